"""The station's writes as outbox entries: quick moves, transfers and PO receipts.

Each returns a `Write` for `SyncService.queue`; none has an optimistic record of its own
(stock figures come from the catalog, which counts the outbox rows still waiting). Every
body carries the row's id as its `reference`, so a lost answer can be looked up.
Nothing here talks to the network or the cache.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from arkan_desktop.store.outbox import OutboxEntry
from arkan_desktop.sync.writes import Write


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


def _qty(value: Decimal) -> str:
    return format(value.normalize(), "f")


def quick_move(source: dict[str, Any], destination: dict[str, Any], lines: list[Line]) -> Write:
    """One product by barcode (`/inventory/barcode/quick-move`), several as one transfer."""
    row_id = str(uuid.uuid4())
    where = f"{source.get('code')} → {destination.get('code')}"
    if len(lines) == 1 and lines[0].product.get("barcode"):
        line = lines[0]
        body: dict[str, Any] = {
            "fromLocationBarcode": source.get("barcode") or f"LOC-{source.get('code')}",
            "toLocationBarcode": destination.get("barcode") or f"LOC-{destination.get('code')}",
            "productBarcode": line.product["barcode"],
            "quantity": _qty(line.quantity),
            "reference": row_id,
        }
        entry = OutboxEntry(
            resource="stock_moves",
            action="create",
            method="POST",
            path="/inventory/barcode/quick-move",
            body=body,
            description=f"Move {_qty(line.quantity)} × {line.sku}, {where}",
            id=row_id,
        )
        return Write(entry, {})
    body = {
        "fromLocationId": source["id"],
        "toLocationId": destination["id"],
        "lines": [{"productId": x.product_id, "quantity": _qty(x.quantity)} for x in lines],
        "reference": row_id,
    }
    total = sum((x.quantity for x in lines), Decimal(0))
    entry = OutboxEntry(
        resource="stock_moves",
        action="transfer",
        method="POST",
        path="/inventory/moves/transfer",
        body=body,
        description=f"Move {_qty(total)} units of {len(lines)} products, {where}",
        id=row_id,
    )
    return Write(entry, {})


def receive_purchase_order(order: dict[str, Any], lines: list[Line]) -> Write:
    """Receive goods on a purchase order (all or part of what is open)."""
    row_id = str(uuid.uuid4())
    body: dict[str, Any] = {
        "lines": [{"productId": x.product_id, "quantity": _qty(x.quantity)} for x in lines],
        "reference": row_id,
    }
    if order.get("locationId"):
        body["locationId"] = order["locationId"]
    total = sum((x.quantity for x in lines), Decimal(0))
    entry = OutboxEntry(
        resource="purchase_orders",
        action="receive",
        method="POST",
        path=f"/inventory/purchase-orders/{order['id']}/receive",
        body=body,
        description=f"Receive {_qty(total)} units on {order.get('number')}",
        records={"purchase_orders": [str(order["id"])]},
        id=row_id,
    )
    return Write(entry, {})
