"""Delivering: what was picked, from which bins, leaves for the customer; the rest waits.

The picker says per line which location each quantity came from. Everything is checked
before anything moves (lines of the delivery, bins of its warehouse, not more than the
line asks for, stock in the bin); then the stock moves to the customer, the reservation
is given back, the cost of goods sold is booked, and whatever was not picked goes on a
backorder that reserves again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from arkan_desktop.sandbox import clock
from arkan_desktop.sandbox.errors import ApiError
from arkan_desktop.sandbox.inventory.operations import finish
from arkan_desktop.sandbox.inventory.putaway import is_quarantine
from arkan_desktop.sandbox.inventory.stock import INTERNAL, move_stock, virtual_location
from arkan_desktop.sandbox.money import ZERO, qty
from arkan_desktop.sandbox.sales import availability, deliveries
from arkan_desktop.sandbox.sales.billing import cost_of_sales
from arkan_desktop.sandbox.sales.order_state import refresh
from arkan_desktop.sandbox.unit_of_work import UnitOfWork

Picked = list[tuple[dict[str, Any], dict[str, Any], Decimal, int]]  # line, bin, qty, index


@dataclass(frozen=True)
class Pick:
    """One quantity of one delivery line taken from one location."""

    location_id: str
    quantity: Decimal
    line_id: str | None = None
    product_id: str | None = None


def _lines_for(
    delivery: dict[str, Any], pick: Pick, field: str
) -> tuple[list[dict[str, Any]], dict[str, str] | None]:
    """The delivery lines a pick may fill, or the error saying why there are none."""
    number = delivery["number"]
    if pick.line_id:
        found = [x for x in delivery["lines"] if x["id"] == pick.line_id]
        if not found:
            return [], {"field": f"{field}.lineId", "message": f"is not a line of {number}"}
        if pick.product_id and pick.product_id != found[0]["productId"]:
            return [], {
                "field": f"{field}.productId",
                "message": f"is not the product of that line ({found[0]['sku']})",
            }
        return found, None
    if pick.product_id:
        found = [x for x in delivery["lines"] if x["productId"] == pick.product_id]
        if not found:
            return [], {
                "field": f"{field}.productId",
                "message": f"product {pick.product_id} is not on {number} (wrong product)",
            }
        return found, None
    return [], {"field": field, "message": "needs a lineId or a productId"}


def _bin(
    uow: UnitOfWork, delivery: dict[str, Any], location_id: str, field: str
) -> tuple[dict[str, Any] | None, dict[str, str] | None]:
    """The location a pick came from, or the error saying why goods cannot come from it."""
    where = f"{field}.locationId"
    location = uow.get("location", location_id)
    if location is None:
        return None, {"field": where, "message": "is not a location of this company"}
    code = location["code"]
    if location["type"] != INTERNAL:
        message = f"{code} is a {location['type']} location; goods are picked from bins"
    elif location.get("warehouseId") != delivery["warehouseId"]:
        message = f"{code} is not in {delivery['warehouseCode']} (wrong location)"
    elif is_quarantine(location):
        message = f"{code} is a quarantine location; its goods are not shipped"
    else:
        return location, None
    return None, {"field": where, "message": message}


def picked_lines(uow: UnitOfWork, delivery: dict[str, Any], picks: Sequence[Pick]) -> Picked:
    """Check every pick against the delivery and the stock; 400 naming each bad one."""
    left = {line["id"]: Decimal(line["quantity"]) for line in delivery["lines"]}
    taken: dict[tuple[str, str], Decimal] = {}
    errors: list[dict[str, str]] = []
    out: Picked = []
    for i, pick in enumerate(picks):
        field = f"lines[{i}]"
        lines, error = _lines_for(delivery, pick, field)
        location = None
        if error is None:
            location, error = _bin(uow, delivery, pick.location_id, field)
        if error is not None or location is None:
            errors.append(error or {"field": field, "message": "is not valid"})
            continue
        if pick.quantity <= 0:
            errors.append({"field": f"{field}.quantity", "message": "must be greater than zero"})
            continue
        still = sum((left[x["id"]] for x in lines), ZERO)
        if pick.quantity > still:
            errors.append(
                {
                    "field": f"{field}.quantity",
                    "message": f"only {qty(still)} of {lines[0]['sku']} is still to pick on "
                    f"{delivery['number']}; cannot deliver {qty(pick.quantity)} (too many)",
                }
            )
            continue
        key = (lines[0]["productId"], location["id"])
        taken[key] = taken.get(key, ZERO) + pick.quantity
        have = uow.quantity(*key)
        if taken[key] > have:
            errors.append(
                {
                    "field": f"{field}.quantity",
                    "message": f"only {qty(have)} of {lines[0]['sku']} at {location['code']}, "
                    f"cannot pick {qty(taken[key])}",
                }
            )
            continue
        remaining = pick.quantity
        for line in lines:
            part = min(remaining, left[line["id"]])
            if part > 0:
                out.append((line, location, part, i))
                left[line["id"]] -= part
                remaining -= part
    if errors:
        raise ApiError(400, f"Cannot deliver {delivery['number']}: {errors[0]['message']}", errors)
    return out


def deliver(
    uow: UnitOfWork,
    delivery: dict[str, Any],
    picks: Sequence[Pick],
    *,
    shortage_reason: str = "",
    at: str | None = None,
) -> dict[str, Any]:
    """Ship what was picked; a backorder (reserved again) takes what was not."""
    deliveries.require_state(delivery, ("confirmed",), "delivered")
    if not picks:
        raise ApiError.field("lines", "say what was picked: at least one line")
    checked = picked_lines(uow, delivery, picks)
    availability.release(uow, delivery)
    customers = virtual_location(uow, "customer")
    for line, location, quantity, i in checked:
        product = uow.get("product", line["productId"])
        if product is None:
            raise ApiError(409, f"Product {line['sku']} no longer exists")
        move = move_stock(
            uow,
            product=product,
            source=location,
            destination=customers,
            quantity=quantity,
            move_type="delivery",
            reference=delivery["number"],
            source_type="delivery",
            source_id=delivery["id"],
            note=delivery["orderNumber"],
            created_at=at,
            field=f"lines[{i}].quantity",
        )
        delivery["moveIds"].append(move["id"])
        line["picked"].append(
            {
                "locationId": location["id"],
                "locationCode": location["code"],
                "quantity": qty(quantity),
                "moveId": move["id"],
            }
        )
        line["deliveredQuantity"] = qty(Decimal(line["deliveredQuantity"]) + quantity)
    delivery["state"] = "delivered"
    delivery["deliveredAt"] = at or clock.now_iso()
    delivery["shortageReason"] = shortage_reason
    _count_delivered(uow, delivery, at)
    cost_of_sales(uow, delivery, at)
    short = [
        (line, Decimal(line["quantity"]) - Decimal(line["deliveredQuantity"]))
        for line in delivery["lines"]
    ]
    short = [(line, missing) for line, missing in short if missing > 0]
    if short:
        _backorder(uow, delivery, short, at)
    return finish(uow, "delivery", delivery, at, "delivery.delivered")


def _count_delivered(uow: UnitOfWork, delivery: dict[str, Any], at: str | None) -> None:
    order = uow.require("sales_order", delivery["orderId"], "Sales order")
    by_id = {line["id"]: line for line in order["lines"]}
    for line in delivery["lines"]:
        ordered = by_id.get(line["orderLineId"])
        if ordered is not None:
            ordered["quantityDelivered"] = qty(
                Decimal(ordered["quantityDelivered"]) + Decimal(line["deliveredQuantity"])
            )
    refresh(order)
    uow.save("sales_order", order, "sales_order.delivered", at=at)


def _backorder(
    uow: UnitOfWork,
    delivery: dict[str, Any],
    short: list[tuple[dict[str, Any], Decimal]],
    at: str | None,
) -> dict[str, Any]:
    order = uow.require("sales_order", delivery["orderId"], "Sales order")
    by_id = {line["id"]: line for line in order["lines"]}
    lines = [
        deliveries.delivery_line(by_id[line["orderLineId"]], missing) for line, missing in short
    ]
    reason = delivery["shortageReason"]
    backorder = deliveries.new_delivery(
        uow,
        order,
        lines,
        scheduled_date=delivery["scheduledDate"],
        reference=delivery["reference"],
        note=f"Backorder of {delivery['number']}" + (f": {reason}" if reason else ""),
        backorder_of=delivery,
        at=at,
    )
    delivery["backorderId"] = backorder["id"]
    delivery["backorderNumber"] = backorder["number"]
    return deliveries.confirm_delivery(uow, backorder, at=at)
