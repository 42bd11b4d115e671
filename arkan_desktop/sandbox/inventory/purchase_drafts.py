"""Correcting a draft purchase order: vendor, dates, destination, reference, notes, lines.

Only a draft can change: once approved, the order is what the approver saw. Lines sent
replace the order's lines and the totals are computed again, exactly as on creation.
"""

from __future__ import annotations

from typing import Any

from arkan_desktop.sandbox.errors import ApiError
from arkan_desktop.sandbox.inventory import operations as ops
from arkan_desktop.sandbox.inventory import purchasing as po
from arkan_desktop.sandbox.unit_of_work import UnitOfWork


def update_purchase_order(
    uow: UnitOfWork, order: dict[str, Any], changes: dict[str, Any]
) -> dict[str, Any]:
    """Apply the fields sent to a draft order; 409 once it has left draft."""
    if order["state"] != "draft":
        raise ApiError(
            409,
            f"Purchase order {order['number']} is {order['state'].replace('_', ' ')}; "
            "only draft orders can be edited",
        )
    if changes.get("vendorId"):
        vendor = po.require_vendor(uow, changes["vendorId"])
        order["vendorId"], order["vendorName"] = vendor["id"], vendor["name"]
    if "warehouseId" in changes or "locationId" in changes:
        warehouse, location = po.resolve_destination(
            uow, changes.get("warehouseId"), changes.get("locationId")
        )
        order["warehouseId"], order["warehouseCode"] = warehouse["id"], warehouse["code"]
        order["locationId"], order["locationCode"] = location["id"], location["code"]
    if changes.get("date"):
        order["date"] = changes["date"].isoformat()
    if "expectedDate" in changes:
        expected = changes["expectedDate"]
        order["expectedDate"] = expected.isoformat() if expected else None
    if order["expectedDate"] and order["expectedDate"] < order["date"]:
        raise ApiError.field("expectedDate", "cannot be before the order date")
    for name in ("reference", "notes"):
        if name in changes:
            order[name] = changes[name] or ""
    if changes.get("lines") is not None:
        lines = [
            po.OrderLine(
                ops.require_product(uow, line["productId"], f"lines[{i}].productId"),
                line["quantity"],
                line["unitPrice"],
                line.get("taxRate"),
            )
            for i, line in enumerate(changes["lines"])
        ]
        order["lines"] = po.order_lines(lines, order["currency"])
        order.update(po.order_totals(order["lines"], order["currency"]))
    return uow.save("purchase_order", order, "purchase_order.updated")
