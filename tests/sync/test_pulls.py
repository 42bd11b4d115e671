"""Pulls: an exact first copy, one request per resource after, no mixing, safe watermarks."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from arkan_desktop.api.arkan import ARKAN_RESOURCES
from arkan_desktop.api.errors import ApiError, ApiErrorKind
from arkan_desktop.sandbox.server import SandboxServer
from arkan_desktop.store.records import parse_stamp
from arkan_desktop.sync.completeness import backfill, history_loading
from tests.api.conftest import run
from tests.conftest import start_sandbox
from tests.sandbox.conftest import COMPANY_1, COMPANY_2, Api
from tests.sync.conftest import (
    RESOURCES,
    cache_differences,
    location,
    money_equal,
    new_client,
    new_product,
    open_workspace,
    server_list,
)


def test_the_first_sync_copies_the_server_record_by_record(
    demo: SandboxServer, admin_api: Api, tmp_path: Path
) -> None:
    async def body() -> None:
        workspace = await open_workspace(demo, tmp_path)
        try:
            summary = await workspace.service.sync_all()
            assert not summary.skipped and not summary.errors
            assert summary.sender_active
            assert cache_differences(workspace.cache, admin_api) == {}
            for resource in RESOURCES:
                assert workspace.cache.count(resource) > 0, resource
            invoices = server_list(admin_api, "invoices")
            for record_id, record in invoices.items():
                cached = workspace.cache.get("invoices", record_id)
                assert cached is not None and money_equal(cached, record)
                assert isinstance(Decimal(cached["total"]), Decimal)
        finally:
            await workspace.close()

    run(body(), timeout=60)


def test_a_sync_without_changes_asks_once_per_resource(demo: SandboxServer, tmp_path: Path) -> None:
    async def body() -> None:
        workspace = await open_workspace(demo, tmp_path)
        try:
            await workspace.service.sync_all()
            workspace.session.stats.reset()
            summary = await workspace.service.sync_all()
            expected = {f"GET {r.path}": 1 for r in ARKAN_RESOURCES.values()}
            assert dict(workspace.session.stats.by_endpoint) == expected
            assert summary.requests == len(ARKAN_RESOURCES)
            assert not any(r.changes for r in summary.results.values())  # overlap re-reads only
        finally:
            await workspace.close()

    run(body(), timeout=60)


def test_switching_company_never_shows_the_other_companys_records(
    demo: SandboxServer, tmp_path: Path
) -> None:
    async def body() -> None:
        first = await open_workspace(demo, tmp_path, COMPANY_1)
        await first.service.sync_all()
        first_ids = {r: first.cache.ids(r) for r in RESOURCES}
        first_path = first.cache.path
        await first.close()

        second = await open_workspace(demo, tmp_path, COMPANY_2)
        try:
            await second.service.sync_all()
            assert second.cache.path != first_path
            kuwait = Api(demo, "admin@demo.local", COMPANY_2)
            try:
                assert cache_differences(second.cache, kuwait) == {}
            finally:
                kuwait.close()
            for resource in RESOURCES:
                assert not (second.cache.ids(resource) & first_ids[resource]), resource
            currencies = {
                second.cache.get("invoices", i)["currency"]  # type: ignore[index]
                for i in second.cache.ids("invoices")
            }
            assert currencies == {"KWD"}
        finally:
            await second.close()

        again = await open_workspace(demo, tmp_path, COMPANY_1)
        try:
            assert again.cache.path == first_path
            assert {r: again.cache.ids(r) for r in RESOURCES} == first_ids
        finally:
            await again.close()

    run(body(), timeout=60)


def test_a_server_gone_mid_walk_leaves_watermarks_a_resumed_pull_can_trust(
    demo: SandboxServer, admin_api: Api, tmp_path: Path
) -> None:
    async def body() -> None:
        workspace = await open_workspace(demo, tmp_path)
        service, cache = workspace.service, workspace.cache
        try:
            # First walk (newest first): stop the server after the fifth page.
            def stop_after_five_pages(resource: str, done: int, total: int | None) -> None:
                if done >= 500 and demo.running:
                    demo.stop()

            with pytest.raises(ApiError) as caught:
                await service.puller.pull("stock_moves", progress=stop_after_five_pages)
            assert caught.value.kind is ApiErrorKind.NETWORK
            demo.start()
            assert cache.watermark("stock_moves") is None, "no watermark before the walk's end"
            kept = backfill(cache, "stock_moves")
            assert kept is not None and kept.cursor and kept.mark
            assert history_loading(cache, "stock_moves")
            server = server_list(admin_api, "stock_moves")
            cached = cache.ids("stock_moves")
            assert 500 <= len(cached) < len(server)
            oldest = min(parse_stamp(server[i]["updatedAt"]) for i in cached)  # type: ignore[type-var]
            for record_id, record in server.items():
                moment = parse_stamp(record["updatedAt"])
                assert moment is not None
                if moment > oldest:
                    assert record_id in cached, "a record newer than the oldest cached is missing"
            result = await service.puller.pull("stock_moves")
            assert cache_differences(cache, admin_api, ("stock_moves",)) == {}
            assert cache.watermark("stock_moves") == kept.mark
            assert not history_loading(cache, "stock_moves")
            # The rest only: its pages, and one to look for what changed during the walk.
            rest = len(server) - len(cached)
            assert result.requests <= -(-rest // 100) + 2
            assert rest <= result.records <= rest + 100

            # Incremental (descending): 150 new moves, stop after the first page.
            product = new_product(admin_api, on_hand=500)
            source, target = location(admin_api, "WH1-A-01-1"), location(admin_api, "WH1-B-03-2")
            for _ in range(150):
                admin_api.ok(
                    admin_api.post(
                        "/inventory/moves",
                        {
                            "productId": product["id"],
                            "fromLocationId": source["id"],
                            "toLocationId": target["id"],
                            "quantity": "1",
                        },
                    )
                )
            before = cache.watermark("stock_moves")

            def stop_after_one_page(resource: str, done: int, total: int | None) -> None:
                if demo.running:
                    demo.stop()

            with pytest.raises(ApiError):
                await service.puller.pull("stock_moves", progress=stop_after_one_page)
            assert cache.watermark("stock_moves") == before
            demo.start()
            await service.puller.pull("stock_moves")
            assert cache_differences(cache, admin_api, ("stock_moves",)) == {}
            assert cache.watermark("stock_moves") != before
        finally:
            if not demo.running:
                demo.start()
            await workspace.close()

    run(body(), timeout=90)


def test_a_record_the_cache_cannot_store_is_skipped_and_reported(tmp_path: Path) -> None:
    server = start_sandbox(tmp_path / "server", seed="empty")
    api = Api(server, "admin@demo.local")
    try:
        client = new_client(api)
        invoices = [
            api.ok(
                api.post(
                    "/accounting/invoices",
                    {
                        "partnerId": client["id"],
                        "lines": [
                            {"description": "Work", "quantity": "1", "unitPrice": str(100 + n)}
                        ],
                    },
                )
            )
            for n in range(3)
        ]
        bad = invoices[1]

        def set_total(total: str, stamp: str) -> None:
            # Out of band, as a broken server would: the record's body and its stamp.
            with sqlite3.connect(server.config.database_path) as db:
                db.execute(
                    "UPDATE records SET body = json_set(body, '$.total', ?, '$.updatedAt', ?),"
                    " updated_at = ? WHERE id = ?",
                    (total, stamp, stamp, bad["id"]),
                )

        # Stamped a minute ahead (the newest record; a stamp further in the future than
        # the server's clock allows would not be trusted to move the watermark).
        soon = datetime.now(UTC) + timedelta(minutes=1)
        first, second = (
            (soon + timedelta(minutes=n)).strftime("%Y-%m-%dT%H:%M:%S.%fZ") for n in (0, 1)
        )
        set_total("twelve", first)

        async def body() -> None:
            workspace = await open_workspace(server, tmp_path / "home")
            try:
                summary = await workspace.service.sync_all(resources=["invoices", "clients"])
                [problem] = summary.errors["invoices"]
                assert bad["id"] in problem and "total" in problem
                assert workspace.cache.ids("invoices") == {i["id"] for i in invoices} - {bad["id"]}
                assert workspace.cache.watermark("invoices") == first

                set_total(bad["total"], second)  # fixed on the server
                summary = await workspace.service.sync_all(resources=["invoices"])
                assert not summary.errors
                assert cache_differences(workspace.cache, api, ("invoices", "clients")) == {}
            finally:
                await workspace.close()

        run(body(), timeout=60)
    finally:
        api.close()
        server.stop()
