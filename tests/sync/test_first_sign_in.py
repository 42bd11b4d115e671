"""First sign-in: the newest records first, history after (resumable), by priority, in budget."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import AsyncGenerator
from pathlib import Path
from typing import Any

from arkan_desktop.api.connector import Page
from arkan_desktop.sandbox.server import SandboxServer
from arkan_desktop.store.records import parse_stamp
from arkan_desktop.sync.completeness import BACKFILL_PREFIX, Backfill, history_loading
from tests.api.conftest import run
from tests.conftest import start_sandbox
from tests.sandbox.conftest import COMPANY_1, Api
from tests.sync.conftest import (
    RESOURCES,
    cache_differences,
    location,
    new_product,
    open_workspace,
    server_list,
)
from tests.test_cli import ROOT, cli, creds


def newest(api: Api, resource: str, count: int) -> list[str]:
    """The ids of the `count` most recently changed records on the server."""
    records = server_list(api, resource).values()
    ranked = sorted(records, key=lambda r: (parse_stamp(r["updatedAt"]), str(r["id"])))
    return [str(r["id"]) for r in ranked[-count:]]


def latest_stamp(api: Api, resource: str) -> str | None:
    stamps = [r["updatedAt"] for r in server_list(api, resource).values()]
    return max(stamps, key=parse_stamp) if stamps else None  # type: ignore[arg-type, return-value]


def wait_for_history(
    home: Path, resource: str, at_least: int, sync: subprocess.Popen[bytes]
) -> int:
    """Watch the CLI's cache until its newest-first walk of `resource` has stored pages of
    history; the number of records stored then."""
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        assert sync.poll() is None, f"the sync ended ({sync.returncode}) before it was killed"
        for cache_file in (home / "caches").glob("*/*.sqlite3"):
            try:
                with sqlite3.connect(f"file:{cache_file}?mode=ro", uri=True, timeout=0.1) as db:
                    walking = db.execute(
                        "SELECT value FROM meta WHERE key = ?", (BACKFILL_PREFIX + resource,)
                    ).fetchone()
                    count = db.execute(f"SELECT count(*) FROM {resource}").fetchone()[0]
            except sqlite3.Error:
                continue  # being created, or its tables not there yet
            if walking and walking[0] and count >= at_least:
                return int(count)
        time.sleep(0.02)
    raise AssertionError(f"the sync never stored {at_least} {resource} within 90 s")


def test_a_client_killed_mid_history_resumes_after_the_last_page_and_ends_equal_to_the_server(
    demo: SandboxServer, admin_api: Api, tmp_path: Path
) -> None:
    home, keyring_file = tmp_path / "home", tmp_path / "keyring.json"
    login = cli(home, "login", *creds(demo), "--company", COMPANY_1, stdin="demo\n",
                keyring=keyring_file)  # fmt: skip
    assert login.returncode == 0, login.stderr
    env = {
        **os.environ,
        "ARKAN_DESKTOP_HOME": str(home),
        "PYTHON_KEYRING_BACKEND": "tests.support.file_keyring.FileKeyring",
        "ARKAN_TEST_KEYRING_FILE": str(keyring_file),
    }
    sync = subprocess.Popen(
        [sys.executable, "-m", "arkan_desktop", "sync"],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        stored_moves = wait_for_history(home, "stock_moves", 300, sync)
        os.kill(sync.pid, signal.SIGKILL)
    finally:
        if sync.poll() is None:
            os.kill(sync.pid, signal.SIGKILL)
        sync.wait(timeout=10)
    assert sync.returncode == -signal.SIGKILL, "the sync ended before it was killed"
    assert stored_moves >= 300
    [cache_file] = (home / "caches").glob("*/*.sqlite3")
    with sqlite3.connect(cache_file) as db:
        marks = dict(db.execute("SELECT resource, value FROM watermarks").fetchall())
        [[state]] = db.execute(
            "SELECT value FROM meta WHERE key = ?", (BACKFILL_PREFIX + "stock_moves",)
        ).fetchall()
        stored = {row[0] for row in db.execute("SELECT id FROM stock_moves")}
    kept = Backfill.decoded(state)
    assert kept is not None and kept.cursor, "the walk kept where it got to"
    assert not marks.get("stock_moves"), "no watermark before the history is complete"
    assert len(stored) >= 300

    # While the client is gone, moves are made: stamped after the walk's mark.
    product = new_product(admin_api, on_hand=20)
    source, target = location(admin_api, "WH1-A-01-1"), location(admin_api, "WH1-B-03-2")
    made = [
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
        for _ in range(3)
    ]

    async def body() -> None:
        workspace = await open_workspace(demo, home)
        walks: list[tuple[str | None, set[str]]] = []  # (cursor asked from, ids it gave)
        real_pages = workspace.connector.pages

        async def watched(resource: str, **options: Any) -> AsyncGenerator[Page, None]:
            given: set[str] = set()
            if resource == "stock_moves":
                walks.append((options.get("cursor"), given))
            async for page in real_pages(resource, **options):
                given.update(str(r["id"]) for r in page.records)
                yield page

        workspace.connector.pages = watched  # type: ignore[method-assign]
        try:
            assert history_loading(workspace.cache, "stock_moves")
            summary = await workspace.service.sync_all()
            assert not summary.errors and not summary.skipped
            assert cache_differences(workspace.cache, admin_api) == {}
            for resource in RESOURCES:  # later incremental syncs start from the server's newest
                assert workspace.cache.watermark(resource) == latest_stamp(admin_api, resource)
            assert not history_loading(workspace.cache, "stock_moves")
        finally:
            await workspace.close()
        # The history resumed at the kept cursor and fetched nothing it had stored; the
        # moves made meanwhile came with the look for changes at the end.
        resumed = walks[0]
        assert resumed[0] == kept.cursor
        assert not resumed[1] & stored, "records stored before the kill were fetched again"
        assert {str(m["id"]) for m in made} <= set().union(*(ids for _, ids in walks[1:]))

    run(body(), timeout=120)


def test_the_newest_invoices_arrive_before_any_history(
    demo: SandboxServer, admin_api: Api, tmp_path: Path
) -> None:
    wanted = set(newest(admin_api, "invoices", 50))
    seen_at_first_invoices: dict[str, Any] = {}

    async def body() -> None:
        workspace = await open_workspace(demo, tmp_path)
        cache = workspace.cache

        def progress(resource: str, done: int, _total: int | None) -> None:
            if resource == "invoices" and not seen_at_first_invoices:
                seen_at_first_invoices["invoices"] = cache.ids("invoices")
                seen_at_first_invoices["largest"] = max(cache.count(r) for r in RESOURCES)

        try:
            await workspace.service.sync_all(progress=progress)
            assert cache_differences(cache, admin_api, ("invoices",)) == {}
        finally:
            await workspace.close()

    run(body(), timeout=90)
    assert wanted <= seen_at_first_invoices["invoices"], "the first invoices shown are the newest"
    # Every list's first page comes before any list's history.
    assert seen_at_first_invoices["largest"] <= 100


def test_a_tab_opened_during_the_first_sync_is_filled_next(
    demo: SandboxServer, admin_api: Api, tmp_path: Path
) -> None:
    order: list[str] = []  # resources in the order their pages were stored

    async def body() -> None:
        workspace = await open_workspace(demo, tmp_path)
        service = workspace.service
        service.pool = 1  # one walk at a time: the order is the queue's

        def progress(resource: str, done: int, _total: int | None) -> None:
            if not order:
                service.prioritise(["stock_moves"])  # the user opens the Stock moves tab
            order.append(resource)

        try:
            await service.sync_all(progress=progress)
        finally:
            await workspace.close()

    run(body(), timeout=90)
    total = len(server_list(admin_api, "stock_moves"))
    first = order[0]
    assert order[1] in (first, "stock_moves")
    start = order.index("stock_moves")
    assert set(order[1:start]) <= {first}, "the opened tab waited for other resources"
    end = len(order) - order[::-1].index("stock_moves")
    assert set(order[start:end]) == {"stock_moves"}, "its history was interrupted by others"
    assert end - start >= -(-total // 100), "its whole history came before the rest"


def test_four_walks_at_once_never_go_past_the_plan(tmp_path: Path) -> None:
    server = start_sandbox(tmp_path / "server", plan="starter")  # 120 a minute, burst 20
    try:

        async def body() -> None:
            workspace = await open_workspace(server, tmp_path / "client")
            try:
                summary = await workspace.service.sync_all(
                    resources=[
                        "invoices",
                        "payments",
                        "products",
                        "stock_levels",
                        "journal_entries",
                    ]
                )
                assert summary.requests > 30, "the plan's burst alone would have held it"
                assert workspace.session.stats.rate_limited == 0, "the server answered 429"
            finally:
                await workspace.close()

        run(body(), timeout=120)
    finally:
        server.stop()


def test_a_history_walk_whose_cursor_the_server_refuses_starts_again_cleanly(
    demo: SandboxServer, admin_api: Api, tmp_path: Path
) -> None:
    async def body() -> None:
        workspace = await open_workspace(demo, tmp_path)
        cache, puller = workspace.cache, workspace.service.puller
        try:
            first = await puller.pull("payments", pages=1)
            assert not first.finished and history_loading(cache, "payments")
            kept = Backfill.decoded(cache.meta(BACKFILL_PREFIX + "payments"))
            assert kept is not None
            # A server restored from backup, or one that expires cursors, refuses it.
            stale = Backfill("bm90LWEtY3Vyc29y", kept.mark).encoded()
            cache.set_meta(BACKFILL_PREFIX + "payments", stale)
            result = await puller.pull("payments")
            assert result.finished and not result.errors
            assert cache_differences(cache, admin_api, ("payments",)) == {}
            assert cache.watermark("payments") == latest_stamp(admin_api, "payments")
            assert not history_loading(cache, "payments")
        finally:
            await workspace.close()

    run(body(), timeout=60)
