"""Stock quantities and the moves that change them.

Every change of stock — a manual move, a transfer, a goods receipt, a delivery, an
adjustment, a count, a scrap — is a stock move made by `move_stock`, which keeps three
things consistent in the same transaction: the quantity per location, each product's
on-hand and available figures, and the move history. Only internal locations hold
stock; vendor, customer, scrap and adjustment locations are where stock comes from
and goes to.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from arkan_desktop.sandbox import clock
from arkan_desktop.sandbox.errors import ApiError
from arkan_desktop.sandbox.money import ZERO, qty
from arkan_desktop.sandbox.unit_of_work import UnitOfWork

INTERNAL = "internal"
VIRTUAL_LOCATIONS = {
    "supplier": ("VENDORS", "Vendors"),
    "customer": ("CUSTOMERS", "Customers"),
    "scrap": ("SCRAP", "Scrap"),
    "inventory": ("ADJUSTMENT", "Inventory adjustment"),
}


def virtual_location(uow: UnitOfWork, location_type: str) -> dict[str, Any]:
    """The company's vendor, customer, scrap or adjustment location."""
    key = f"virtual:{location_type}"
    if key not in uow.memo:
        found = uow.find_one("location", type=location_type)
        if found is None:
            code, name = VIRTUAL_LOCATIONS[location_type]
            found = uow.add(
                "location",
                {
                    "warehouseId": None,
                    "code": code,
                    "name": name,
                    "barcode": "",
                    "type": location_type,
                },
            )
        uow.memo[key] = found
    return uow.memo[key]


def product_quantities(product: dict[str, Any], on_hand: Decimal) -> None:
    reserved = Decimal(product.get("reserved") or 0)
    product["onHand"] = qty(on_hand)
    product["available"] = qty(on_hand - reserved)


def move_stock(
    uow: UnitOfWork,
    *,
    product: dict[str, Any],
    source: dict[str, Any],
    destination: dict[str, Any],
    quantity: Decimal,
    move_type: str = "internal",
    reference: str = "",
    source_type: str = "manual",
    source_id: str | None = None,
    note: str = "",
    date: str | None = None,
    created_at: str | None = None,
    field: str = "quantity",
) -> dict[str, Any]:
    """Move `quantity` of a product from one location to another, now."""
    if quantity <= 0:
        raise ApiError.field(field, "must be greater than zero")
    if source["id"] == destination["id"]:
        raise ApiError.field("toLocationId", "must differ from the source location")
    if product.get("type") == "service":
        raise ApiError.field("productId", f"{product['sku']} is a service and has no stock")
    delta_on_hand = ZERO
    if source["type"] == INTERNAL:
        have = uow.quantity(product["id"], source["id"])
        if have < quantity:
            raise ApiError.field(
                field,
                f"only {qty(have)} of {product['sku']} at {source['code']}, "
                f"cannot move {qty(quantity)}",
            )
        uow.set_quantity(product["id"], source["id"], have - quantity)
        delta_on_hand -= quantity
    if destination["type"] == INTERNAL:
        uow.set_quantity(
            product["id"],
            destination["id"],
            uow.quantity(product["id"], destination["id"]) + quantity,
        )
        delta_on_hand += quantity
    if delta_on_hand:
        product_quantities(product, Decimal(product["onHand"]) + delta_on_hand)
        uow.save("product", product, "stock.changed")
    day = date or (created_at or clock.now_iso())[:10]
    move = {
        "number": uow.next_number("stock_move", "MV", day[:4]),
        "date": day,
        "type": move_type,
        "state": "done",
        "productId": product["id"],
        "sku": product["sku"],
        "productName": product["name"],
        "fromLocationId": source["id"],
        "fromLocationCode": source["code"],
        "toLocationId": destination["id"],
        "toLocationCode": destination["code"],
        "quantity": qty(quantity),
        "uom": product.get("uom", "unit"),
        "reference": reference,
        "sourceType": source_type,
        "sourceId": source_id,
        "note": note,
    }
    uow.add("stock_move", move, created_at=created_at)
    uow.emit("inventory", "stock.moved")
    return move
