"""kill -9 of the server mid-replay, the client mid-send and mid-sync: nothing lost or doubled."""

from __future__ import annotations

import asyncio
import dataclasses
import sqlite3
import time
from pathlib import Path

from arkan_desktop.sandbox.config import Chaos, parse_chaos
from arkan_desktop.sandbox.server import SandboxServer
from arkan_desktop.store.cache import Cache
from arkan_desktop.store.models.outbox import IN_FLIGHT, SENT
from arkan_desktop.store.outbox import OutboxRow
from arkan_desktop.sync.commands import invoices, stock
from arkan_desktop.sync.commands.descriptions import row_text
from tests.api.conftest import eventually, run
from tests.conftest import start_sandbox
from tests.sandbox.conftest import Api
from tests.sync.conftest import (
    ChildSandbox,
    ClientProcess,
    by_reference,
    cache_differences,
    free_port,
    location,
    new_client,
    new_product,
    open_workspace,
    queue_write,
)


def test_a_server_killed_mid_replay_applies_every_write_exactly_once(tmp_path: Path) -> None:
    server = ChildSandbox(
        tmp_path / "server", free_port(), "--plan", "unlimited", "--chaos", "latency=20-40ms,seed=3"
    ).start()
    api = Api(server, "admin@demo.local")  # type: ignore[arg-type]
    try:
        client = new_client(api)
        product = new_product(api, on_hand=100)
        source, target = location(api, "WH1-A-01-1")["id"], location(api, "WH1-B-03-2")["id"]

        killed: list[int] = []

        async def body() -> list[OutboxRow]:
            workspace = await open_workspace(server, tmp_path / "home")  # type: ignore[arg-type]
            service, cache = workspace.service, workspace.cache
            try:
                for n in range(10):  # 10 moves, 10 invoices, 10 postings of them: 30 rows
                    await queue_write(
                        service,
                        stock.move_stock(
                            {
                                "productId": product["id"],
                                "fromLocationId": source,
                                "toLocationId": target,
                                "quantity": "1",
                            },
                            product,
                        ),
                    )
                    created = invoices.create_invoice(
                        {
                            "partnerId": client["id"],
                            "lines": [
                                {
                                    "description": f"Batch {n}",
                                    "quantity": "1",
                                    "unitPrice": f"{100 + n}.00",
                                }
                            ],
                        },
                        "AED",
                    )
                    await queue_write(service, created)
                    draft = cache.get("invoices", created.entry.temp_id or "")
                    assert draft is not None
                    await queue_write(service, invoices.post_invoice(draft))
                await service.start(["accounting", "inventory"])

                await eventually(lambda: len(cache.outbox_rows(SENT)) >= 5, timeout=30)
                await asyncio.to_thread(server.kill)
                killed.append(len(cache.outbox_rows(SENT)))
                assert killed[0] < 30, "the replay finished before the kill"
                await asyncio.to_thread(server.start)
                await eventually(lambda: len(cache.outbox_rows(SENT)) == 30, timeout=60)
                return await service.outbox_rows()
            finally:
                await workspace.close()

        rows = run(body(), timeout=120)
        again = [r for r in rows if r.attempts > 1]
        print(
            f"server killed after {killed[0]} of 30 rows were sent; {len(again)} rows were "
            f"sent more than once ({sum(r.ambiguous for r in rows)} after an ambiguous failure)"
        )
        for row in rows:
            if row.action == "create":
                found = by_reference(api, row.resource, row.id)
                assert len(found) == 1, f"{row_text(row)}: {len(found)} on the server"
                assert found[0]["id"] == row.server_id
        posted = [r for r in rows if r.action == "post"]
        for row in posted:
            invoice = api.ok(api.get(f"/accounting/invoices/{row.record_id}"))
            assert invoice["state"] == "posted"
            assert len(api.all("/accounting/journal-entries", reference=invoice["number"])) == 1
        assert len(api.all("/inventory/moves", productId=product["id"], type="internal")) == 10
    finally:
        api.close()
        server.kill()


def test_a_client_killed_mid_send_resumes_its_rows_without_sending_any_twice(
    tmp_path: Path,
) -> None:
    # Half the answers to writes are cut off after the commit: a row the sender retries
    # stays in flight long enough to die with a write that did reach the server.
    server = start_sandbox(
        tmp_path / "server", chaos=parse_chaos("latency=30-60ms,lost=0.5,seed=2")
    )
    api = Api(server, "admin@demo.local")
    try:
        product = new_product(api, on_hand=100)
        source, target = location(api, "WH1-A-01-1")["id"], location(api, "WH1-B-03-2")["id"]

        async def queue_moves() -> Path:
            workspace = await open_workspace(server, tmp_path / "home")
            try:
                for _ in range(20):
                    move = {
                        "productId": product["id"],
                        "fromLocationId": source,
                        "toLocationId": target,
                        "quantity": "1",
                    }
                    await queue_write(workspace.service, stock.move_stock(move, product))
                return workspace.cache.path
            finally:
                await workspace.close()

        cache_file = run(queue_moves())
        sender = ClientProcess("serve", tmp_path / "home", server.api_url)
        try:
            with Cache.open(cache_file) as cache:
                deadline, flying, since = time.monotonic() + 60, "", 0.0
                while True:
                    assert time.monotonic() < deadline, f"nothing sent; it said {sender.seen}"
                    rows = cache.outbox_rows((SENT, IN_FLIGHT))
                    now_flying = next((r.id for r in rows if r.status == IN_FLIGHT), "")
                    if now_flying != flying:
                        flying, since = now_flying, time.monotonic()
                    sent = sum(r.status == SENT for r in rows)
                    if sent >= 3 and flying and time.monotonic() - since > 0.1:
                        break
                    time.sleep(0.005)
                sender.kill()
                [in_flight] = cache.outbox_rows(IN_FLIGHT)
                sent_before = len(cache.outbox_rows(SENT))
            arrived = bool(by_reference(api, "stock_moves", in_flight.id))
        finally:
            sender.kill()
        server.stop()  # the bad network is gone when the user starts the app again
        server.config = dataclasses.replace(server.config, chaos=Chaos())
        server.start()

        async def resume() -> list[OutboxRow]:
            workspace = await open_workspace(server, tmp_path / "home")
            try:
                summary = await workspace.service.sync_all(resources=["stock_moves"])
                assert summary.outbox.sent == 20 - sent_before
                return await workspace.service.outbox_rows()
            finally:
                await workspace.close()

        rows = run(resume())
        print(
            f"client killed after {sent_before} of 20 rows were sent, one in flight "
            f"({'it had' if arrived else 'it had not'} reached the server)"
        )
        for row in rows:
            assert row.status == SENT
            assert [m["id"] for m in by_reference(api, "stock_moves", row.id)] == [row.server_id]
    finally:
        api.close()
        server.stop()


def test_a_client_killed_mid_sync_leaves_a_sound_cache_that_the_next_sync_completes(
    demo: SandboxServer, admin_api: Api, tmp_path: Path
) -> None:
    child = ClientProcess("sync", tmp_path, demo.api_url)
    try:
        child.wait_for(
            lambda line: line.startswith("page journal_entries") and int(line.split()[-1]) >= 300,
            timeout=60,
        )
        child.kill()
    finally:
        child.kill()
    assert "synced" not in child.seen
    [cache_file] = (tmp_path / "caches").glob("*/*.sqlite3")
    with sqlite3.connect(cache_file) as db:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        kept = dict(db.execute("SELECT key, value FROM meta").fetchall())
        stored = db.execute("SELECT count(*) FROM journal_entries").fetchone()[0]
    # The first walk goes newest first; where it got to is kept with the pages stored.
    assert kept.get("backfill:journal_entries") and stored >= 300, "the pages stored were kept"

    async def body() -> None:
        workspace = await open_workspace(demo, tmp_path)
        try:
            summary = await workspace.service.sync_all()
            assert not summary.errors and not summary.skipped
            assert cache_differences(workspace.cache, admin_api) == {}
        finally:
            await workspace.close()

    run(body(), timeout=60)
