"""Purchase order writes: create, approve, confirm and receive.

A new order shows at once under a temporary id with its Decimal totals; approve, confirm
and receive name the order they change and show the state (and received quantities) the
server is expected to answer with.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from arkan_desktop.domain.commands import Command, Description
from arkan_desktop.domain.money import format_amount, to_decimal
from arkan_desktop.domain.totals import document_totals
from arkan_desktop.store.outbox import OutboxEntry, new_temp_id
from arkan_desktop.sync.commands.descriptions import describe
from arkan_desktop.sync.commands.wire import (
    Write,
    new_row_id,
    now_stamp,
    priced_line,
    quantity_text,
    total_fields,
)

RESOURCE = "purchase_orders"


def _about(action: str, order: Mapping[str, Any], **args: object) -> Description:
    """`purchase_order.<action>` naming the order, or `…_new` for one not numbered yet."""
    number = order.get("number")
    if number:
        return describe(f"purchase_order.{action}", number=number, **args)
    return describe(f"purchase_order.{action}_new", **args)


def create_purchase_order(draft: dict[str, Any], currency: str, vendor_name: str = "") -> Write:
    """A draft PO: {vendorId, warehouseId, date, expectedDate?, lines, reference?}."""
    row_id = new_row_id()
    temp_id = new_temp_id()
    body = copy.deepcopy(draft)
    body["reference"] = body.get("reference") or row_id
    totals = document_totals(body["lines"], currency)
    lines = [
        {**priced_line(line, currency, discounted=False), "quantityReceived": "0"}
        for line in body["lines"]
    ]
    stamp = now_stamp()
    record = {
        **body,
        "id": temp_id,
        "number": "",
        "vendorName": vendor_name,
        "state": "draft",
        "currency": currency,
        "lines": lines,
        **total_fields(totals, currency),
        "createdAt": stamp,
        "updatedAt": stamp,
    }
    amount = format_amount(totals.total, currency)
    description = (
        describe(
            "purchase_order.create_from", partner=vendor_name, amount=amount, currency=currency
        )
        if vendor_name
        else describe("purchase_order.create", amount=amount, currency=currency)
    )
    entry = OutboxEntry(
        Command(RESOURCE, "create", None, body), description, temp_id=temp_id, id=row_id
    )
    return Write(entry, {RESOURCE: [record]})


def _transition(order: Mapping[str, Any], action: str, state: str) -> Write:
    record = copy.deepcopy(dict(order))
    record["state"] = state
    entry = OutboxEntry(
        Command(RESOURCE, action, str(order["id"])),
        _about(action, order),
        records={RESOURCE: [str(order["id"])]},
    )
    return Write(entry, {RESOURCE: [record]})


def approve_purchase_order(order: Mapping[str, Any]) -> Write:
    return _transition(order, "approve", "approved")


def confirm_purchase_order(order: Mapping[str, Any]) -> Write:
    return _transition(order, "confirm", "confirmed")


def open_quantity(line: Mapping[str, Any]) -> Decimal:
    ordered = to_decimal(line.get("quantity") or 0, "quantity")
    return ordered - to_decimal(line.get("quantityReceived") or 0, "quantity")


def receive_purchase_order(order: Mapping[str, Any], received: Mapping[str, Decimal]) -> Write:
    """Goods in for some lines: {line id: quantity}; the order shows them received at once."""
    record = copy.deepcopy(dict(order))
    for line in record.get("lines") or []:
        now = received.get(str(line.get("id")))
        if now:
            done = to_decimal(line.get("quantityReceived") or 0, "quantity") + now
            line["quantityReceived"] = quantity_text(done)
    finished = all(open_quantity(line) <= 0 for line in record.get("lines") or [])
    record["state"] = "received" if finished else "partially_received"
    body = {
        "lines": [
            {"lineId": line_id, "quantity": quantity_text(quantity)}
            for line_id, quantity in received.items()
            if quantity > 0
        ]
    }
    count = sum(received.values(), Decimal(0))
    entry = OutboxEntry(
        Command(RESOURCE, "receive", str(order["id"]), body),
        _about("receive", order, quantity=quantity_text(count)),
        records={RESOURCE: [str(order["id"])]},
    )
    return Write(entry, {RESOURCE: [record]})
