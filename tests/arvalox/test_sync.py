"""SyncService and Cache over an Arvalox server of either flavour (the published reference
and the open-source backend as deployed): the cache equals the server, writes go once."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

from arkan_desktop.api.arvalox import ArvaloxConnector
from arkan_desktop.api.arvalox_poll import ArvaloxPoller
from arkan_desktop.api.arvalox_session import ArvaloxSession
from arkan_desktop.sandbox.arvalox.seed import CUSTOMERS, INVOICES
from arkan_desktop.sandbox.server import SandboxServer
from arkan_desktop.store.cache import Cache
from arkan_desktop.store.models.outbox import REJECTED, SENT
from arkan_desktop.sync.commands import invoices
from arkan_desktop.sync.service import SyncService
from tests.arvalox.conftest import DEMO_KEY, Truth, run, start_arvalox, syncing
from tests.support.arvalox_flavours import FLAVOURS, Deployment, start_deployment

RESOURCES = ("customers", "invoices", "payments")
KEY = {"x-arvalox-api-key": DEMO_KEY}


async def no_events(*_args: object) -> None:
    raise AssertionError("an Arvalox server has no events")


def differences(cache: Cache, truth: Truth) -> dict[str, list[str]]:
    """resource -> how the cache differs from the server (empty when they are equal)."""
    out: dict[str, list[str]] = {}
    for resource in RESOURCES:
        server = truth.all(resource)
        problems = [f"count {cache.count(resource)} != {len(server)}"]
        problems = problems if cache.count(resource) != len(server) else []
        for record_id, record in server.items():
            mine = cache.get(resource, record_id)
            if mine is None or mine["arvalox"] != record:
                problems.append(f"{record_id} differs")
        if problems:
            out[resource] = problems[:5]
    return out


def draft(partner_id: Any, quantity: str = "2") -> dict[str, Any]:
    line = {"description": "Offline work", "quantity": quantity, "unitPrice": "150"}
    return {"partnerId": str(partner_id), "date": "2024-06-01", "lines": [line]}


def test_a_sync_equals_the_server_and_polls_cheaply(
    arvalox_deployment: Deployment, truth: Truth, tmp_path: Path
) -> None:
    async def body() -> tuple[int, int, dict[str, list[str]], dict[str, list[str]]]:
        async with syncing(arvalox_deployment, tmp_path) as service:
            await service.sync_all()
            first = differences(service.cache, truth)
            poll = await service.sync_all()
            invoice = truth.open_invoice()
            customer = str(invoice["customer_id"])
            truth.ok(truth.http.put(f"/customers/{customer}", json={"name": "Renamed Co"}))
            truth.pay(invoice, "12.50")
            changed = await service.sync_all()
            after = differences(service.cache, truth)
            assert service.cache.get("customers", customer)["name"] == "Renamed Co"
            # The invoice shows its customer's new name, though the server may not have
            # moved the invoice's updated_at (the open-source backend does not).
            mine = service.cache.get("invoices", str(invoice["id"]))
            assert mine is not None and mine["partnerName"] == "Renamed Co"
            poller = service.connector.events(no_events, no_events)
            assert isinstance(poller, ArvaloxPoller)  # no socket: it polls instead
            return poll.requests, changed.records, first, after

    requests, changed, first, after = run(body(), timeout=120)
    assert first == {} and after == {}
    assert requests == len(RESOURCES)  # nothing changed: one request per resource
    assert changed >= 2


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_an_invoice_made_offline_is_sent_once(flavour: str, tmp_path: Path) -> None:
    deployment = start_deployment(tmp_path / "server", flavour)
    truth = Truth(deployment)
    customer = truth.active_customer()

    async def body() -> tuple[Any, Any, Any, list[Any]]:
        async with syncing(deployment, tmp_path) as service:
            await service.sync_all()
            deployment.server.stop()  # the server goes away; the user carries on
            write = invoices.create_invoice(
                draft(customer["id"]),
                "USD",
                customer["name"],
                rules=service.connector.write_rules,
            )
            row = await service.queue(write.entry, write.effect)
            offline = await service.send_outbox()
            assert service.cache.get("invoices", write.entry.temp_id or "") is not None
            deployment.server.start()
            back = await service.send_outbox()
            again = await service.send_outbox()
            sent = await service.outbox_row(row.id)
            return offline, back, again, [sent, write.entry.body]

    try:
        offline, back, again, (row, body_sent) = run(body(), timeout=120)
        assert (offline.sent, offline.deferred, back.sent, again.sent) == (0, 1, 1, 0)
        assert row.status == SENT
        number = f"DSK-{body_sent['reference'].replace('-', '')[:10].upper()}"
        truth.http.close()
        truth = Truth(deployment)  # signed in again: the server was restarted
        found = truth.numbered("invoices", "invoice_number", number)
        assert len(found) == 1 and str(found[0]["total_amount"]) == "300.00"
        assert found[0].get("due_date") == "2024-06-01"  # the date the user saw, in full
        with Cache.open(tmp_path / "arvalox.sqlite3") as cache:
            mine = cache.get("invoices", str(found[0]["id"]))
            assert mine is not None and mine["number"] == number and mine["total"] == "300.00"
            assert not any(i.startswith("local-") for i in cache.ids("invoices"))
    finally:
        truth.close()
        deployment.stop()


def test_field_errors_from_the_server_reach_the_outbox_row(
    arvalox_deployment: Deployment, tmp_path: Path
) -> None:
    async def body() -> list[Any]:
        async with syncing(arvalox_deployment, tmp_path) as service:
            rows = []
            for bad in (draft("99999"), draft("5", quantity="0")):
                write = invoices.create_invoice(bad, "USD")
                rows.append((await service.queue(write.entry, write.effect)).id)
            report = await service.send_outbox()
            assert report.rejected == 2
            return [await service.outbox_row(row_id) for row_id in rows]

    unknown, zero = run(body())
    assert unknown.status == REJECTED == zero.status
    if arvalox_deployment.flavour == "real":  # FastAPI's 404 for a customer of no one's
        assert (unknown.rejection_status, unknown.rejection_message) == (404, "Customer not found")
    else:
        assert [e["field"] for e in unknown.field_error_list()] == ["partnerId"]
        assert unknown.rejection_status == 400
    assert [e["field"] for e in zero.field_error_list()] == ["lines[0].quantity"]
    assert zero.rejection_status == 422


@asynccontextmanager
async def keyed(server: SandboxServer, home: Path) -> AsyncIterator[SyncService]:
    session = ArvaloxSession(server.api_url)
    cache = Cache.open(home / "arvalox.sqlite3")
    service = SyncService(ArvaloxConnector(session), cache)
    try:
        await session.use_api_key(DEMO_KEY)
        yield service
    finally:
        await service.stop()
        cache.close()
        await session.aclose()


def test_a_429_from_the_server_is_waited_out(tmp_path: Path) -> None:
    # Only the published flavour limits (the open-source backend counts nothing).
    # A 3-second window of 8 requests stands in for the hour (a real hour is too long).
    server = start_arvalox(tmp_path / "server", plan="free", rate_windows=((50, 60.0), (8, 3.0)))

    async def body() -> tuple[int, dict[str, int]]:
        async with keyed(server, tmp_path) as service:
            with httpx.Client(base_url=server.api_url, headers=KEY) as other_client:
                time.sleep(3.0 - time.time() % 3.0)  # the top of a fixed 3 s slot, so the
                # window spent below is still spent when our client starts
                while other_client.get("/ping").status_code != 429:  # it spends the window
                    pass
            await service.sync_all()
            counts = {r: service.cache.count(r) for r in ("customers", "invoices")}
            return service.connector.session.stats.rate_limited, counts

    try:
        limited, counts = run(body(), timeout=60)
    finally:
        server.stop()
    assert limited >= 1
    assert counts == {"customers": CUSTOMERS, "invoices": INVOICES}
