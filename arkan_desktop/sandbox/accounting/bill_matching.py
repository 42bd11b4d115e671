"""Bills made from a purchase order: which order and order lines they bill, checked.

A bill may name the purchase order it bills (`purchaseOrderId`) and, per line, the order
line (`purchaseOrderLineId`). The order must be the bill's vendor's and have goods
received; a line may not bill more of an order line than was received and is not billed
by the order's other bills yet (those not cancelled): the three-way match of ordered,
received and billed. Field errors name the bill's lines. The bill keeps the order's
number for display (`purchaseOrderNumber`).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from arkan_desktop.sandbox.errors import ApiError
from arkan_desktop.sandbox.money import ZERO, qty
from arkan_desktop.sandbox.unit_of_work import UnitOfWork, _is_uuid

BILLABLE_STATES = ("partially_received", "received")


def _billed(uow: UnitOfWork, order_id: str, excluding: str | None) -> dict[str, Decimal]:
    """Per order line, what the order's bills (not cancelled, not `excluding`) bill."""
    out: dict[str, Decimal] = {}
    for bill in uow.find("invoice", purchaseOrderId=order_id):
        if bill["state"] == "cancelled" or bill["id"] == excluding:
            continue
        for line in bill["lines"]:
            key = line.get("purchaseOrderLineId")
            if key:
                out[key] = out.get(key, ZERO) + Decimal(line["quantity"])
    return out


def check_order_lines(
    uow: UnitOfWork,
    doc_type: str,
    partner: dict[str, Any],
    order_id: str | None,
    raw_lines: list[dict[str, Any]],
    lines: list[dict[str, Any]],
    bill_id: str | None = None,
) -> dict[str, Any] | None:
    """The order a bill bills (None when it names none), its lines' links checked and kept
    on `lines` (the checked lines, in the order of `raw_lines`)."""
    linked = [str(raw.get("purchaseOrderLineId") or "") for raw in raw_lines]
    if not order_id:
        if any(linked):
            raise ApiError.field("purchaseOrderId", "is required when lines name order lines")
        return None
    if doc_type != "in_invoice":
        raise ApiError.field("purchaseOrderId", "only bills are made from purchase orders")
    order = uow.get("purchase_order", order_id) if _is_uuid(order_id) else None
    if order is None:
        raise ApiError.field("purchaseOrderId", "is not a purchase order of this company")
    number = order["number"]
    if order["vendorId"] != partner.get("id"):
        raise ApiError.field(
            "purchaseOrderId",
            f"{number} is from {order['vendorName']}, not {partner.get('name') or 'this vendor'}",
        )
    if order["state"] not in BILLABLE_STATES:
        state = order["state"].replace("_", " ")
        raise ApiError.field(
            "purchaseOrderId", f"{number} is {state}; bills are made from goods received"
        )
    by_id = {line["id"]: line for line in order["lines"]}
    billed = _billed(uow, order["id"], bill_id)
    errors: list[dict[str, str]] = []
    for i, (key, line) in enumerate(zip(linked, lines, strict=True)):
        if not key:
            continue
        ordered = by_id.get(key)
        if ordered is None:
            errors.append(
                {
                    "field": f"lines[{i}].purchaseOrderLineId",
                    "message": f"is not a line of {number}",
                }
            )
            continue
        billed[key] = billed.get(key, ZERO) + Decimal(line["quantity"])
        received = Decimal(ordered["quantityReceived"])
        if billed[key] > received:
            before = billed[key] - Decimal(line["quantity"])
            errors.append(
                {
                    "field": f"lines[{i}].quantity",
                    "message": f"bills {qty(Decimal(line['quantity']))} {ordered['sku']} but only "
                    f"{qty(received)} were received on {number} and {qty(before)} are billed "
                    "already; a bill cannot bill more than was received",
                }
            )
        line["purchaseOrderLineId"] = key
    if errors:
        raise ApiError(400, "Validation failed", errors)
    return order
