"""The station's writes: quick moves, transfers and purchase order receipts.

None has an optimistic record of its own: the station's stock figures come from its
catalog, which counts the outbox commands still waiting (`domain.pending_stock`). Every
payload carries the row's id as its `reference`, so a lost answer can be looked up.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from arkan_desktop.domain.commands import Command
from arkan_desktop.store.outbox import OutboxEntry
from arkan_desktop.sync.commands.descriptions import describe
from arkan_desktop.sync.commands.wire import Write, new_row_id, quantity_text


@dataclass(frozen=True)
class Line:
    product: dict[str, Any]
    quantity: Decimal

    @property
    def product_id(self) -> str:
        return str(self.product["id"])

    @property
    def sku(self) -> str:
        return str(self.product.get("sku") or self.product.get("name") or "product")


def quick_move(source: dict[str, Any], destination: dict[str, Any], lines: list[Line]) -> Write:
    """One product with a barcode: a move by barcodes; several: one transfer."""
    row_id = new_row_id()
    where = {"source": source.get("code"), "destination": destination.get("code")}
    if len(lines) == 1 and lines[0].product.get("barcode"):
        line = lines[0]
        body: dict[str, Any] = {
            "fromLocationBarcode": source.get("barcode") or f"LOC-{source.get('code')}",
            "toLocationBarcode": destination.get("barcode") or f"LOC-{destination.get('code')}",
            "productBarcode": line.product["barcode"],
            "quantity": quantity_text(line.quantity),
            "reference": row_id,
        }
        entry = OutboxEntry(
            Command("stock_moves", "quick_move", None, body),
            describe("station.move", quantity=quantity_text(line.quantity), sku=line.sku, **where),
            id=row_id,
        )
        return Write(entry, {})
    body = {
        "fromLocationId": source["id"],
        "toLocationId": destination["id"],
        "lines": [
            {"productId": x.product_id, "quantity": quantity_text(x.quantity)} for x in lines
        ],
        "reference": row_id,
    }
    total = sum((x.quantity for x in lines), Decimal(0))
    entry = OutboxEntry(
        Command("stock_moves", "transfer", None, body),
        describe("station.transfer", quantity=quantity_text(total), count=len(lines), **where),
        id=row_id,
    )
    return Write(entry, {})


def receive_purchase_order(order: dict[str, Any], lines: list[Line]) -> Write:
    """Receive goods on a purchase order (all or part of what is open)."""
    row_id = new_row_id()
    body: dict[str, Any] = {
        "lines": [
            {"productId": x.product_id, "quantity": quantity_text(x.quantity)} for x in lines
        ],
        "reference": row_id,
    }
    if order.get("locationId"):
        body["locationId"] = order["locationId"]
    total = sum((x.quantity for x in lines), Decimal(0))
    entry = OutboxEntry(
        Command("purchase_orders", "receive", str(order["id"]), body),
        describe("station.receive", quantity=quantity_text(total), number=order.get("number")),
        records={"purchase_orders": [str(order["id"])]},
        id=row_id,
    )
    return Write(entry, {})
