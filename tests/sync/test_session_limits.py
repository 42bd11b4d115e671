"""Session limits stay invisible to a sync: tokens expiring mid-sync, a free plan's 429s."""

from __future__ import annotations

from pathlib import Path

from arkan_desktop.sandbox.config import parse_chaos
from tests.api.conftest import run
from tests.conftest import start_sandbox
from tests.sandbox.conftest import Api
from tests.sync.conftest import RESOURCES, open_workspace

# Resources with few pages: a free plan serves about one request a second.
SMALL = ("accounts", "clients", "contacts", "vendors", "warehouses", "purchase_orders")


def test_a_token_expiring_mid_sync_is_renewed_invisibly(tmp_path: Path) -> None:
    server = start_sandbox(
        tmp_path / "server", access_ttl=2, chaos=parse_chaos("latency=60-90ms,seed=5")
    )
    try:

        async def body() -> tuple[float, int]:
            workspace = await open_workspace(server, tmp_path / "home")
            try:
                summary = await workspace.service.sync_all()
                assert summary.finished is not None
                assert not summary.skipped and not summary.errors
                for resource in RESOURCES:
                    assert workspace.cache.count(resource) == summary.results[resource].records
                seconds = (summary.finished - summary.started).total_seconds()
                return seconds, workspace.session.stats.refreshes
            finally:
                await workspace.close()

        seconds, refreshes = run(body(), timeout=90)
        print(f"sync with 2 s tokens took {seconds:.1f} s and {refreshes} refreshes")
        assert seconds > 2 and refreshes >= 1
    finally:
        server.stop()


def test_a_free_plan_sync_waits_out_429s_and_completes(tmp_path: Path) -> None:
    server = start_sandbox(tmp_path / "server", plan="free")
    api = Api(server, "admin@demo.local")
    try:
        # A colleague on the same tenant has just used the burst up.
        while api.get("/accounting/accounts", limit=1).status_code != 429:
            pass

        async def body() -> tuple[int, int, float]:
            workspace = await open_workspace(server, tmp_path / "home")
            try:
                summary = await workspace.service.sync_all(resources=SMALL)
                assert summary.finished is not None
                assert not summary.skipped and not summary.errors
                for resource in SMALL:
                    assert workspace.cache.count(resource) == summary.results[resource].records > 0
                stats = workspace.session.stats
                return (
                    stats.rate_limited,
                    stats.requests,
                    (summary.finished - summary.started).total_seconds(),
                )
            finally:
                await workspace.close()

        limited, requests, seconds = run(body(), timeout=90)
        print(f"free plan: {requests} requests, {limited} answered 429, {seconds:.1f} s")
        assert limited > 0
    finally:
        api.close()
        server.stop()
