"""The sender honours `response_resource`: counts and scraps against the sandbox, lookups."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select

from arkan_desktop.domain.commands import Command
from arkan_desktop.sandbox.server import SandboxServer
from arkan_desktop.store import Cache, OutboxEntry
from arkan_desktop.store.models import StockLevel
from arkan_desktop.store.models.outbox import SENT
from arkan_desktop.sync.commands import stock
from arkan_desktop.sync.outbox_sender import OutboxSender
from arkan_desktop.sync.worker import DatabaseWorker
from tests.api.conftest import run
from tests.sandbox.conftest import Api
from tests.sync.conftest import location, new_product, open_workspace, queue_write


def cached_on_hand(cache: Cache, product_id: str, location_id: str) -> Decimal:
    with cache.reading() as session:
        found = session.scalar(
            select(StockLevel.quantity).where(
                StockLevel.product_id == product_id, StockLevel.location_id == location_id
            )
        )
    return Decimal(found or 0)


def test_a_count_and_a_scrap_are_sent_and_the_pull_brings_their_stock(
    demo: SandboxServer, admin_api: Api, tmp_path: Path
) -> None:
    product = new_product(admin_api, on_hand=5)
    bin_ = location(admin_api, "WH1-A-01-1")

    async def body() -> None:
        workspace = await open_workspace(demo, tmp_path)
        service, cache = workspace.service, workspace.cache
        try:
            await service.sync_all()
            assert cached_on_hand(cache, product["id"], bin_["id"]) == 5
            count = stock.count_cycle(bin_, [(product, Decimal("3"))])
            scrap = stock.scrap(
                (product["id"], product["sku"]),
                (bin_["id"], bin_["code"]),
                Decimal("1"),
                ("damaged", "Damaged"),
            )
            moves_before = cache.ids("stock_moves")
            for write in (count, scrap):
                await queue_write(service, write)
            await service.sync_all()

            rows = {row.id: row for row in await service.outbox_rows()}
            counted, scrapped = rows[count.entry.id or ""], rows[scrap.entry.id or ""]
            assert (counted.status, scrapped.status) == (SENT, SENT)
            assert counted.response_resource == scrapped.response_resource == ""
            answer, scrap_answer = counted.response_data(), scrapped.response_data()
            assert answer["number"].startswith("CC-") and answer["state"] == "done"
            assert scrap_answer["number"].startswith("SCR-")
            # Neither document was taken for a stock move; the moves they made were pulled.
            new_moves = cache.ids("stock_moves") - moves_before
            assert answer["id"] not in new_moves and scrap_answer["id"] not in new_moves
            assert set(answer["moveIds"]) <= new_moves and scrap_answer["moveId"] in new_moves
            assert cached_on_hand(cache, product["id"], bin_["id"]) == 2
        finally:
            await workspace.close()

    run(body(), timeout=60)


class LookingUpConnector:
    """A stand-in for the server: records which resource a lost answer is looked up in."""

    def __init__(self) -> None:
        self.looked_up: list[str] = []
        self.sent: list[Command] = []

    async def find_by_reference(self, resource: str, reference: str) -> dict[str, Any] | None:
        self.looked_up.append(resource)
        return None

    async def send(self, command: Command, **_: Any) -> dict[str, Any]:
        self.sent.append(command)
        return {"id": "6d3c8f8e-0000-4000-8000-000000000001", "number": "X-1"}


def test_an_ambiguous_row_is_looked_up_where_its_answer_would_be_cached(tmp_path: Path) -> None:
    cache = Cache.open(tmp_path / "cache.sqlite3")
    worker = DatabaseWorker()
    connector = LookingUpConnector()
    sender = OutboxSender(connector, cache, worker)  # type: ignore[arg-type]

    def entry(response_resource: str | None) -> OutboxEntry:
        return OutboxEntry(
            Command("stock_levels", "create", None, {"reference": "R-1"}),
            response_resource=response_resource,
        )

    async def body() -> None:
        for response_resource in ("stock_moves", None, ""):
            row = cache.enqueue(entry(response_resource))
            cache.mark_in_flight(row)
            cache.mark_retry(row, "timed out", None, ambiguous=True)
            pending = cache.outbox_row(row.id)
            assert pending is not None and pending.ambiguous
            assert await sender.send_one(pending) == "sent"

    try:
        run(body(), timeout=20)
    finally:
        worker.shutdown()
        cache.close()
    # "" : no record to look for, so the Idempotency-Key alone protects the retry.
    assert connector.looked_up == ["stock_moves", "stock_levels"]
    assert len(connector.sent) == 3
