"""The station's writes: quick moves, transfers, purchase order receipts (guided: one per
bin), deliveries shipped and returns taken back.

The station's stock figures come from its catalog, which counts the outbox commands still
waiting (`domain.pending_stock`); a delivery and a return also show their own record at
once. Every payload that has a `reference` carries the row's id in it, so a lost answer
can be looked up.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from arkan_desktop.domain.commands import Command
from arkan_desktop.store.outbox import OutboxEntry, new_temp_id
from arkan_desktop.sync.commands.descriptions import describe
from arkan_desktop.sync.commands.wire import Write, new_row_id, now_stamp, quantity_text


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


def receive_into(order: dict[str, Any], body: dict[str, Any], location_code: str) -> Write:
    """One bin's share of a guided receipt: `body` is {locationId, lines: [{lineId,
    productId, quantity}]} (domain.warehouse.receiving); the goods go into that bin."""
    row_id = new_row_id()
    sent = {**body, "reference": row_id}
    total = sum((Decimal(str(x["quantity"])) for x in body.get("lines") or ()), Decimal(0))
    entry = OutboxEntry(
        Command("purchase_orders", "receive", str(order["id"]), sent),
        describe(
            "station.receive_into",
            quantity=quantity_text(total),
            number=order.get("number"),
            location=location_code,
        ),
        records={"purchase_orders": [str(order["id"])]},
        id=row_id,
    )
    return Write(entry, {})


def deliver(delivery: dict[str, Any], body: dict[str, Any]) -> Write:
    """Ship what was picked: `body` is a pick session's deliver body (per line, each bin
    and quantity; the shortage reason when short). The delivery shows delivered at once;
    the server answers with it (and makes the backorder)."""
    picked = sum((Decimal(str(x["quantity"])) for x in body.get("lines") or ()), Decimal(0))
    ordered = sum(
        (
            Decimal(str(x.get("quantity") or 0)) - Decimal(str(x.get("deliveredQuantity") or 0))
            for x in delivery.get("lines") or ()
        ),
        Decimal(0),
    )
    number = delivery.get("number") or ""
    short = ordered - picked
    description = (
        describe(
            "station.deliver_short",
            quantity=quantity_text(picked),
            number=number,
            short=quantity_text(short),
        )
        if short > 0
        else describe("station.deliver", quantity=quantity_text(picked), number=number)
    )
    record = {**delivery, "state": "delivered"}
    entry = OutboxEntry(
        Command("deliveries", "deliver", str(delivery["id"]), body),
        description,
        records={"deliveries": [str(delivery["id"])]},
        id=new_row_id(),  # the station follows the row by its id (queued, then done)
    )
    return Write(entry, {"deliveries": [record]})


def take_back(
    body: dict[str, Any], document: dict[str, Any], lines: list[dict[str, Any]]
) -> tuple[Write, Write]:
    """A return at the counter: its creation (`body` from a return session, naming the
    invoice or delivery) and, behind it, taking the goods in where each line goes.

    `document` is the invoice or delivery (number, partner); `lines` the return's lines
    as the station shows them (productId, sku, quantity, condition, locationId,
    locationCode). Both rows show the return at once under a temporary id; the stock it
    brings back counts from that record while its receipt waits. The refund is left to
    the finance desk."""
    row_id = new_row_id()
    temp_id = new_temp_id()
    sent = {**body, "reference": row_id}
    number = str(document.get("number") or "")
    stamp = now_stamp()
    record: dict[str, Any] = {
        "id": temp_id,
        "number": "",
        "state": "draft",
        "refunded": False,
        "refundState": "not_refunded",
        "partnerName": document.get("partnerName") or "",
        "invoiceId": body.get("invoiceId"),
        "deliveryId": body.get("deliveryId"),
        "invoiceNumber": number if "invoiceId" in body or "invoiceNumber" in body else None,
        "deliveryNumber": number if "deliveryId" in body or "deliveryNumber" in body else None,
        "reason": body.get("reason") or "",
        "reference": row_id,
        "lines": lines,
        "createdAt": stamp,
        "updatedAt": stamp,
    }
    total = sum((Decimal(str(x["quantity"])) for x in body.get("lines") or ()), Decimal(0))
    create = OutboxEntry(
        Command("sales_returns", "create", None, sent),
        describe("station.return", quantity=quantity_text(total), number=number),
        temp_id=temp_id,
        id=row_id,
    )
    receive = OutboxEntry(
        Command("sales_returns", "receive", temp_id, {"lines": []}),
        describe("station.return_receive", number=number),
        records={"sales_returns": [temp_id]},
        id=new_row_id(),
    )
    received = {**record, "state": "received"}
    return Write(create, {"sales_returns": [record]}), Write(receive, {"sales_returns": [received]})
