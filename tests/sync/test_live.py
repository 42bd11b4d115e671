"""The live service: pushes arrive within a second, bursts coalesce, one process sends."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import httpx

from arkan_desktop.api.events import ConnectionState
from arkan_desktop.sandbox.server import SandboxServer
from arkan_desktop.sync.commands import stock, wire
from arkan_desktop.sync.service import ANOTHER_SENDER
from arkan_desktop.sync.workspace import Workspace
from tests.api.conftest import eventually, run
from tests.sandbox.conftest import Api
from tests.sync.conftest import (
    ClientProcess,
    by_reference,
    in_cache,
    location,
    new_client,
    new_product,
    open_workspace,
    queue_write,
    server_shows,
)

MODULES = ["accounting", "crm", "inventory"]


async def go_live(workspace: Workspace) -> None:
    await workspace.service.sync_all()
    await workspace.service.start(MODULES)
    events = workspace.service._events
    assert events is not None
    await eventually(
        lambda: (
            workspace.service.connection is ConnectionState.ONLINE
            and events.joined_modules >= set(MODULES)
        ),
        timeout=10,
    )


def test_a_server_change_reaches_the_cache_by_push_within_a_second(
    demo: SandboxServer, admin_api: Api, tmp_path: Path
) -> None:
    latencies: list[float] = []

    async def body() -> None:
        workspace = await open_workspace(demo, tmp_path)
        try:
            await go_live(workspace)
            for _ in range(5):
                started = time.monotonic()
                client = await asyncio.to_thread(new_client, admin_api)
                await eventually(in_cache(workspace.cache, "clients", client["id"]), timeout=1.0)
                latencies.append(time.monotonic() - started)
        finally:
            await workspace.close()

    run(body(), timeout=60)
    print(
        f"invalidation-to-cache latency: max {max(latencies) * 1000:.0f} ms, "
        f"all {[round(x * 1000) for x in latencies]} ms"
    )
    assert max(latencies) < 1.0


def test_closing_as_the_outbox_is_woken_stops_at_once(demo: SandboxServer, tmp_path: Path) -> None:
    # A write queued in the same moment as the window closes: on Python 3.11 the sender's
    # asyncio.wait_for swallowed the stop's cancel, and closing the app hung for good.
    async def body() -> float:
        workspace = await open_workspace(demo, tmp_path)
        try:
            await go_live(workspace)
            sender = workspace.service.sender
            await eventually(lambda: sender.idle, timeout=10)
            sender.wake()  # and the stop, in the same turn of the loop
            started = time.monotonic()
            async with asyncio.timeout(10):
                await sender.stop()
                await workspace.service.stop()
            return time.monotonic() - started
        finally:
            workspace.cache.close()
            await workspace.session.aclose()

    assert run(body(), timeout=60) < 1.0


def test_a_pull_that_works_again_brings_the_status_back_online(
    demo: SandboxServer, tmp_path: Path
) -> None:
    # A pull that times out shows "offline" while the events socket stays up; the next
    # pull that works must show "online" again (the socket reports no change of its own,
    # so the status bar said "offline" until the next real outage).
    async def body() -> None:
        workspace = await open_workspace(demo, tmp_path)
        service = workspace.service
        try:
            await go_live(workspace)
            http = workspace.session._http  # type: ignore[attr-defined]
            usual = http.timeout
            http.timeout = httpx.Timeout(1e-6)  # no answer can come this fast: a timeout
            service.request_pull("crm")
            await eventually(lambda: service.connection is ConnectionState.OFFLINE, timeout=20)
            assert service._events is not None and service._events.connected
            http.timeout = usual
            service.request_pull("crm")
            await eventually(lambda: service.connection is ConnectionState.ONLINE, timeout=10)
        finally:
            await workspace.close()

    run(body(), timeout=60)


def test_a_burst_of_changes_is_pulled_in_a_few_debounced_pulls(
    demo: SandboxServer, admin_api: Api, tmp_path: Path
) -> None:
    async def body() -> tuple[int, int]:
        workspace = await open_workspace(demo, tmp_path)
        try:
            await go_live(workspace)
            pulls_before = workspace.service.pulls_run
            requests_before = workspace.session.stats.requests
            created = []
            for _ in range(100):
                created.append(await asyncio.to_thread(new_client, admin_api))
            await eventually(
                lambda: all(workspace.cache.get("clients", c["id"]) for c in created), timeout=10
            )
            return (
                workspace.service.pulls_run - pulls_before,
                workspace.session.stats.requests - requests_before,
            )
        finally:
            await workspace.close()

    pulls, requests = run(body(), timeout=60)
    print(f"100 server changes -> {pulls} pulls, {requests} requests")
    assert 1 <= pulls <= 25


def test_a_burst_of_100_invalidations_makes_one_pull(
    demo: SandboxServer, admin_api: Api, tmp_path: Path
) -> None:
    """One bulk change on the server pokes the room many times; the client pulls once."""

    async def body() -> int:
        workspace = await open_workspace(demo, tmp_path)
        try:
            await workspace.service.sync_all()
            service = workspace.service
            before = service.pulls_run
            for _ in range(100):  # what the events client does for each module.invalidate
                service.request_pull("crm")
            await eventually(lambda: service.pulls_run > before, timeout=5)
            # The burst is over: nothing may trigger another pull (bounded wait for absence).
            await asyncio.sleep(service.debounce_cap * 2)
            return service.pulls_run - before
        finally:
            await workspace.close()

    assert run(body(), timeout=60) == 1


def _move(api: Api, product_id: str) -> wire.Write:
    return stock.move_stock(
        {
            "productId": product_id,
            "fromLocationId": location(api, "WH1-A-01-1")["id"],
            "toLocationId": location(api, "WH1-B-03-2")["id"],
            "quantity": "1",
        }
    )


def test_two_copies_on_one_cache_have_one_sender(
    demo: SandboxServer, admin_api: Api, tmp_path: Path
) -> None:
    product = new_product(admin_api, on_hand=50)

    async def body() -> None:
        first = await open_workspace(demo, tmp_path)
        second = await open_workspace(demo, tmp_path)
        try:
            assert first.cache.path == second.cache.path
            await first.service.start([])
            await second.service.start([])
            assert first.service.sender_active and not second.service.sender_active

            summary = await second.service.sync_all(resources=["clients"])
            assert not summary.sender_active and ANOTHER_SENDER in summary.notes
            assert summary.results["clients"].records == second.cache.count("clients") > 0

            # Queued by the copy that does not send; the sending copy picks it up.
            row = await queue_write(second.service, _move(admin_api, product["id"]))
            await server_shows(lambda: len(by_reference(admin_api, "stock_moves", row.id)) == 1)

            await first.close()
            await eventually(lambda: second.service.sender_active, timeout=10)
            row = await queue_write(second.service, _move(admin_api, product["id"]))
            await server_shows(lambda: len(by_reference(admin_api, "stock_moves", row.id)) == 1)
        finally:
            await first.close()
            await second.close()

    run(body(), timeout=60)


def test_a_copy_in_another_process_holds_the_sender_until_it_dies(
    demo: SandboxServer, admin_api: Api, tmp_path: Path
) -> None:
    product = new_product(admin_api, on_hand=50)
    other = ClientProcess("serve", tmp_path, demo.api_url)
    try:
        other.wait_for(lambda line: line.startswith("live"), timeout=60)
        assert other.seen[-1] == "live sender_active=True"

        async def body() -> None:
            workspace = await open_workspace(demo, tmp_path)
            try:
                await workspace.service.start([])
                assert not workspace.service.sender_active
                row = await queue_write(workspace.service, _move(admin_api, product["id"]))
                await server_shows(lambda: len(by_reference(admin_api, "stock_moves", row.id)) == 1)
                await asyncio.to_thread(other.kill)
                await eventually(lambda: workspace.service.sender_active, timeout=10)
                row = await queue_write(workspace.service, _move(admin_api, product["id"]))
                await server_shows(lambda: len(by_reference(admin_api, "stock_moves", row.id)) == 1)
            finally:
                await workspace.close()

        run(body(), timeout=60)
    finally:
        other.kill()
