"""Deliveries: made from a confirmed order, confirmed (stock reserved), cancelled.

A delivery lists what one shipment of an order should carry. Confirming it reserves the
stock (`availability.reserve`) and suggests the bins to pick from in walking order;
`picking.deliver` then ships what was really picked. The endpoints and the demo seeder
share these functions; `at` is a historical timestamp for seeded records (None: now).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from arkan_desktop.sandbox import clock
from arkan_desktop.sandbox.errors import ApiError
from arkan_desktop.sandbox.inventory.operations import day_of, finish
from arkan_desktop.sandbox.money import ZERO, qty
from arkan_desktop.sandbox.sales import availability
from arkan_desktop.sandbox.sales.order_state import is_goods
from arkan_desktop.sandbox.unit_of_work import UnitOfWork, new_id

DELIVERY_STATES = ("draft", "confirmed", "delivered", "cancelled")
OPEN_STATES = ("draft", "confirmed")


def require_delivery(uow: UnitOfWork, delivery_id: str) -> dict[str, Any]:
    return uow.require("delivery", delivery_id, "Delivery")


def require_state(delivery: dict[str, Any], allowed: Sequence[str], action: str) -> None:
    if delivery["state"] not in allowed:
        wanted = " or ".join(allowed)
        raise ApiError(
            409,
            f"Delivery {delivery['number']} is {delivery['state']}; "
            f"only {wanted} deliveries can be {action}",
        )


def on_open_deliveries(uow: UnitOfWork, order: dict[str, Any]) -> dict[str, Decimal]:
    """Order line id -> quantity already on the order's draft or confirmed deliveries."""
    out: dict[str, Decimal] = {}
    for delivery_id in order["deliveryIds"]:
        delivery = uow.get("delivery", delivery_id)
        if delivery is None or delivery["state"] not in OPEN_STATES:
            continue
        for line in delivery["lines"]:
            key = line["orderLineId"]
            out[key] = out.get(key, ZERO) + Decimal(line["quantity"])
    return out


def delivery_line(order_line: dict[str, Any], quantity: Decimal) -> dict[str, Any]:
    return {
        "id": new_id(),
        "orderLineId": order_line["id"],
        "productId": order_line["productId"],
        "sku": order_line["sku"],
        "description": order_line["description"],
        "uom": order_line["uom"],
        "quantity": qty(quantity),
        "reservedQuantity": "0",
        "deliveredQuantity": "0",
        "picks": [],
        "picked": [],
    }


def new_delivery(
    uow: UnitOfWork,
    order: dict[str, Any],
    lines: list[dict[str, Any]],
    *,
    scheduled_date: str | None = None,
    reference: str = "",
    note: str = "",
    backorder_of: dict[str, Any] | None = None,
    at: str | None = None,
) -> dict[str, Any]:
    """A draft delivery of `lines` for an order, listed on the order."""
    day = day_of(at)
    delivery: dict[str, Any] = {
        "number": uow.next_number("delivery", "DO", day[:4]),
        "date": day,
        "scheduledDate": scheduled_date or max(day, order.get("expectedDate") or day),
        "state": "draft",
        "reservationState": "none",
        "orderId": order["id"],
        "orderNumber": order["number"],
        "partnerId": order["partnerId"],
        "partnerName": order["partnerName"],
        "warehouseId": order["warehouseId"],
        "warehouseCode": order["warehouseCode"],
        "reference": reference,
        "note": note,
        "lines": lines,
        "backorderOfId": backorder_of["id"] if backorder_of else None,
        "backorderOfNumber": backorder_of["number"] if backorder_of else None,
        "backorderId": None,
        "backorderNumber": None,
        "shortageReason": "",
        "moveIds": [],
        "costTotal": None,
        "cogsEntryId": None,
        "confirmedAt": None,
        "deliveredAt": None,
        "cancelledAt": None,
    }
    uow.add("delivery", delivery, created_at=at)
    order["deliveryIds"].append(delivery["id"])
    uow.save("sales_order", order, "sales_order.delivery_created", at=at)
    return delivery


def delivery_from_order(
    uow: UnitOfWork,
    order: dict[str, Any],
    *,
    scheduled_date: str | None = None,
    reference: str = "",
    note: str = "",
    at: str | None = None,
) -> dict[str, Any]:
    """A draft delivery of everything the order still has to ship (and no delivery has)."""
    if order["state"] != "confirmed":
        raise ApiError(
            409,
            f"Sales order {order['number']} is {order['state']}; "
            "only confirmed orders can be delivered",
        )
    planned = on_open_deliveries(uow, order)
    lines = []
    for line in order["lines"]:
        if not is_goods(line):
            continue
        still = (
            Decimal(line["quantity"])
            - Decimal(line["quantityDelivered"])
            - planned.get(line["id"], ZERO)
        )
        if still > 0:
            lines.append(delivery_line(line, still))
    if not lines:
        raise ApiError(
            409,
            f"Sales order {order['number']} has nothing left to deliver: "
            "every line is delivered or already on an open delivery",
        )
    return new_delivery(
        uow, order, lines, scheduled_date=scheduled_date, reference=reference, note=note, at=at
    )


def confirm_delivery(
    uow: UnitOfWork, delivery: dict[str, Any], at: str | None = None
) -> dict[str, Any]:
    """Draft → confirmed, reserving stock; on a confirmed delivery not fully reserved yet,
    look for stock again (goods may have arrived)."""
    if delivery["state"] == "confirmed" and delivery["reservationState"] == "reserved":
        raise ApiError(
            409, f"Delivery {delivery['number']} is already confirmed and fully reserved"
        )
    require_state(delivery, OPEN_STATES, "confirmed")
    availability.release(uow, delivery)
    availability.reserve(uow, delivery)
    if delivery["state"] == "draft":
        delivery["state"] = "confirmed"
        delivery["confirmedAt"] = at or clock.now_iso()
    return finish(uow, "delivery", delivery, at, "delivery.confirmed")


def cancel_delivery(
    uow: UnitOfWork, delivery: dict[str, Any], at: str | None = None
) -> dict[str, Any]:
    """Drop an open delivery and what it reserved; its quantities can be delivered anew."""
    require_state(delivery, OPEN_STATES, "cancelled")
    availability.release(uow, delivery)
    delivery["state"] = "cancelled"
    delivery["cancelledAt"] = at or clock.now_iso()
    return finish(uow, "delivery", delivery, at, "delivery.cancelled")
