"""The stock that writes still waiting in the outbox add on top of the server's figures.

The cache holds the server's stock levels; a move, transfer, count, scrap or receipt the
user queued shows in the station's figures at once, before the server confirms it. This
reads those writes as typed commands (never as requests): moves take stock from one
location to another, a count sets a location's figure whatever waited before it, a
scrap takes stock away, and a receipt on a purchase order both fills its location and
lowers what is still open on the order. A delivery shipped and a return taken in count
as domain.warehouse.effects says. Pure: no cache, no network.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Protocol

from arkan_desktop.domain.commands import Command
from arkan_desktop.domain.warehouse.effects import StockEffect, delivery_effect, return_effect

ZERO = Decimal(0)
Key = tuple[str, str]


class Barcodes(Protocol):
    """Where a move by barcode is known: the ids behind a location's and a product's code."""

    def location_id(self, barcode: str) -> str | None: ...

    def product_id(self, barcode: str) -> str | None: ...


@dataclass
class PendingStock:
    """Changes on top of the server: (product, location) -> quantity, and what is being
    received on each order: (order, product) -> quantity."""

    stock: defaultdict[Key, Decimal] = field(default_factory=lambda: defaultdict(Decimal))
    received: defaultdict[Key, Decimal] = field(default_factory=lambda: defaultdict(Decimal))


def _quantity(value: Any) -> Decimal:
    return Decimal(str(value or 0))


def _moved(pending: PendingStock, product: str, source: str, destination: str, qty: Any) -> None:
    amount = _quantity(qty)
    pending.stock[(product, source)] -= amount
    pending.stock[(product, destination)] += amount


def add_pending(
    pending: PendingStock,
    command: Command,
    server_stock: Mapping[Key, Decimal],
    barcodes: Barcodes,
) -> None:
    """Count one waiting write into `pending` (writes that move no stock change nothing)."""
    body = command.payload
    effect = _sales_effect(command)
    if effect is not None:
        for key, change in effect.items():
            pending.stock[key] += change
        return
    if command.resource == "purchase_orders" and command.action == "receive":
        if isinstance(body, dict) and command.record_id:
            _received(pending, command.record_id, body)
        return
    if command.resource != "stock_moves" or not isinstance(body, dict):
        return
    if command.action == "quick_move":
        source = barcodes.location_id(str(body.get("fromLocationBarcode", "")))
        destination = barcodes.location_id(str(body.get("toLocationBarcode", "")))
        product = barcodes.product_id(str(body.get("productBarcode", "")))
        if source and destination and product:
            _moved(pending, product, source, destination, body["quantity"])
    elif command.action in ("create", "transfer"):
        for line in body.get("lines") or [body]:
            _moved(
                pending,
                line["productId"],
                body["fromLocationId"],
                body["toLocationId"],
                line["quantity"],
            )
    elif command.action == "cycle_count":
        location_id = str(body.get("locationId"))
        for line in body.get("lines") or []:
            key = (str(line["productId"]), location_id)
            # the count sets the figure, whatever waited before it
            pending.stock[key] = _quantity(line["countedQuantity"]) - server_stock.get(key, ZERO)
    elif command.action == "scrap":
        key = (str(body.get("productId")), str(body.get("locationId")))
        pending.stock[key] -= _quantity(body.get("quantity"))


def _sales_effect(command: Command) -> StockEffect | None:
    """A delivery shipped (its picks leave their bins) or a return taken in (its lines
    arrive where they go: the payload is then the return's record, as the store reads it
    for the station); None for any other write."""
    if not isinstance(command.payload, Mapping):
        return None
    if (command.resource, command.action) == ("deliveries", "deliver"):
        return delivery_effect(command.payload)
    if (command.resource, command.action) == ("sales_returns", "receive"):
        return return_effect(command.payload)
    return None


def _received(pending: PendingStock, order_id: str, body: Mapping[str, Any]) -> None:
    for line in body.get("lines") or []:
        if "productId" not in line:
            continue  # a receipt by order line (the Purchasing tab's) names no product
        quantity = _quantity(line["quantity"])
        pending.received[(order_id, line["productId"])] += quantity
        if body.get("locationId"):
            pending.stock[(line["productId"], body["locationId"])] += quantity


def pending_stock(
    commands: Iterable[Command], server_stock: Mapping[Key, Decimal], barcodes: Barcodes
) -> PendingStock:
    """What the waiting writes, in the order they were queued, add to the server's stock."""
    pending = PendingStock()
    for command in commands:
        add_pending(pending, command, server_stock, barcodes)
    return pending
