"""Purchase order writes: create, correct a draft, approve, confirm and receive.

A new order shows at once under a temporary id with its Decimal totals; approve, confirm
and receive name the order they change and show the state (and received quantities) the
server is expected to answer with. A draft the server has is corrected with
`update_purchase_order` (the fields that changed); one still waiting in the outbox has its
create rewritten (`edited_create`).
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
    Effect,
    Write,
    currency_of,
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


def _draft_record(
    body: dict[str, Any], record_id: str, currency: str, vendor_name: str
) -> dict[str, Any]:
    """The optimistic record of a draft order made (or remade) from a create body."""
    totals = document_totals(body["lines"], currency)
    lines = [
        {**priced_line(line, currency, discounted=False), "quantityReceived": "0"}
        for line in body["lines"]
    ]
    stamp = now_stamp()
    return {
        **body,
        "id": record_id,
        "number": "",
        "vendorName": vendor_name,
        "state": "draft",
        "currency": currency,
        "lines": lines,
        **total_fields(totals, currency),
        "createdAt": stamp,
        "updatedAt": stamp,
    }


def create_purchase_order(draft: dict[str, Any], currency: str, vendor_name: str = "") -> Write:
    """A draft PO: {vendorId, warehouseId, date, expectedDate?, lines, reference?}."""
    row_id = new_row_id()
    temp_id = new_temp_id()
    body = copy.deepcopy(draft)
    body["reference"] = body.get("reference") or row_id
    record = _draft_record(body, temp_id, currency, vendor_name)
    amount = format_amount(to_decimal(record["total"]), currency)
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


def edited_create(
    queued: Mapping[str, Any],
    temp_id: str,
    draft: dict[str, Any],
    currency: str,
    vendor_name: str,
) -> tuple[dict[str, Any], Effect]:
    """A waiting order's create rewritten (its reference, the write's lookup key, kept) and
    the optimistic record under the same temporary id."""
    body = copy.deepcopy(draft)
    if queued.get("reference") and not body.get("reference"):
        body["reference"] = queued["reference"]
    return body, {RESOURCE: [_draft_record(body, temp_id, currency, vendor_name)]}


EDITABLE = ("vendorId", "warehouseId", "date", "expectedDate", "reference", "lines")
_LINE_KEYS = ("productId", "quantity", "unitPrice", "taxRate")


def _line_shape(line: Mapping[str, Any]) -> tuple[str, ...]:
    numbers = (str(to_decimal(line.get(k) or 0, k).normalize()) for k in _LINE_KEYS[1:])
    return (str(line.get("productId") or ""), *numbers)


def update_purchase_order(
    order: Mapping[str, Any], draft: dict[str, Any], vendor_name: str = ""
) -> Write | None:
    """Correct a draft order the server has: only what differs goes (None: nothing did)."""
    currency = currency_of(order)
    changes: dict[str, Any] = {}
    for key in EDITABLE:
        if key not in draft:
            continue
        if key == "lines":
            old = [_line_shape(x) for x in order.get("lines") or []]
            if old != [_line_shape(x) for x in draft["lines"]]:
                changes["lines"] = copy.deepcopy(draft["lines"])
        elif (draft[key] or None) != (order.get(key) or None):
            changes[key] = draft[key]
    if not changes:
        return None
    record = copy.deepcopy(dict(order))
    record.update({k: v for k, v in changes.items() if k != "lines"})
    if vendor_name and "vendorId" in changes:
        record["vendorName"] = vendor_name
    if "lines" in changes:
        totals = document_totals(changes["lines"], currency)
        record["lines"] = [
            {**priced_line(line, currency, discounted=False), "quantityReceived": "0"}
            for line in changes["lines"]
        ]
        record.update(total_fields(totals, currency))
    record["updatedAt"] = now_stamp()
    entry = OutboxEntry(
        Command(RESOURCE, "update", str(order["id"]), changes),
        _about("update", order),
        records={RESOURCE: [str(order["id"])]},
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
