"""Purchase order writes as outbox entries: create, approve, confirm and receive.

Builders only: no network, no cache. A new order shows at once under a temporary id with
its Decimal totals; approve, confirm and receive name the order in `records=` and show the
state (and received quantities) the server is expected to answer with.
"""

from __future__ import annotations

import copy
import uuid
from collections.abc import Mapping
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from arkan_desktop.domain.money import format_amount, round_to_currency, to_decimal
from arkan_desktop.domain.totals import document_totals, line_amounts
from arkan_desktop.store.outbox import OutboxEntry, new_temp_id
from arkan_desktop.sync.writes import Write

PATH = "/inventory/purchase-orders"


def _money(amount: Decimal, currency: str) -> str:
    return str(round_to_currency(amount, currency))


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _label(order: Mapping[str, Any]) -> str:
    return str(order.get("number") or "new purchase order")


def create_purchase_order(draft: dict[str, Any], currency: str, vendor_name: str = "") -> Write:
    """A draft PO: {vendorId, warehouseId, date, expectedDate?, lines, reference?}."""
    row_id = str(uuid.uuid4())
    temp_id = new_temp_id()
    body = copy.deepcopy(draft)
    body["reference"] = body.get("reference") or row_id
    totals = document_totals(body["lines"], currency)
    lines = []
    for line in body["lines"]:
        amounts = line_amounts(
            line["quantity"], line["unitPrice"], currency, 0, line.get("taxRate") or 0
        )
        lines.append(
            {
                **line,
                "id": new_temp_id(),
                "quantityReceived": "0",
                "subtotal": _money(amounts.net, currency),
                "taxAmount": _money(amounts.tax, currency),
                "total": _money(amounts.total, currency),
            }
        )
    stamp = _now()
    record = {
        **body,
        "id": temp_id,
        "number": "",
        "vendorName": vendor_name,
        "state": "draft",
        "currency": currency,
        "lines": lines,
        "subtotal": _money(totals.subtotal, currency),
        "taxTotal": _money(totals.tax, currency),
        "total": _money(totals.total, currency),
        "createdAt": stamp,
        "updatedAt": stamp,
    }
    who = f" from {vendor_name}" if vendor_name else ""
    entry = OutboxEntry(
        resource="purchase_orders",
        action="create",
        method="POST",
        path=PATH,
        body=body,
        description=f"New purchase order{who}, {format_amount(totals.total, currency)} {currency}",
        temp_id=temp_id,
        id=row_id,
    )
    return Write(entry, {"purchase_orders": [record]})


def _transition(order: Mapping[str, Any], action: str, state: str, verb: str) -> Write:
    record = copy.deepcopy(dict(order))
    record["state"] = state
    entry = OutboxEntry(
        resource="purchase_orders",
        action=action,
        method="POST",
        path=f"{PATH}/{order['id']}/{action}",
        description=f"{verb} {_label(order)}",
        records={"purchase_orders": [str(order["id"])]},
    )
    return Write(entry, {"purchase_orders": [record]})


def approve_purchase_order(order: Mapping[str, Any]) -> Write:
    return _transition(order, "approve", "approved", "Approve")


def confirm_purchase_order(order: Mapping[str, Any]) -> Write:
    return _transition(order, "confirm", "confirmed", "Confirm")


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
            line["quantityReceived"] = format(done.normalize(), "f")
    finished = all(open_quantity(line) <= 0 for line in record.get("lines") or [])
    record["state"] = "received" if finished else "partially_received"
    body = {
        "lines": [
            {"lineId": line_id, "quantity": format(quantity.normalize(), "f")}
            for line_id, quantity in received.items()
            if quantity > 0
        ]
    }
    count = sum(received.values(), Decimal(0))
    entry = OutboxEntry(
        resource="purchase_orders",
        action="receive",
        method="POST",
        path=f"{PATH}/{order['id']}/receive",
        body=body,
        description=f"Receive {format(count.normalize(), 'f')} unit(s) on {_label(order)}",
        records={"purchase_orders": [str(order["id"])]},
    )
    return Write(entry, {"purchase_orders": [record]})
