"""What stock a warehouse can still promise: on hand, reserved, committed, incoming.

A confirmed delivery reserves stock for its lines (a quantity per line, with the bins it
is suggested to be picked from); the product's `reserved` figure is the sum of those
reservations, so its `available` is what no delivery holds. Confirmed orders commit the
rest of what they still have to ship. Quarantine locations hold stock nobody may ship.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from arkan_desktop.sandbox.errors import ApiError
from arkan_desktop.sandbox.inventory.purchasing import RECEIVABLE_STATES, warehouses
from arkan_desktop.sandbox.inventory.putaway import is_quarantine
from arkan_desktop.sandbox.inventory.stock import INTERNAL, product_quantities
from arkan_desktop.sandbox.money import ZERO, qty
from arkan_desktop.sandbox.unit_of_work import UnitOfWork

Key = tuple[str, str]  # (product id, location id)


def stock_in_warehouse(
    uow: UnitOfWork, product_id: str, warehouse_id: str, *, quarantine: bool = False
) -> list[tuple[dict[str, Any], Decimal]]:
    """(location, quantity) of a product in a warehouse's bins, in walking order (bin code).

    Quarantine locations only when `quarantine` is set (they are then the only ones)."""
    out = []
    for location_id, quantity in uow.quantities_of_product(product_id).items():
        location = uow.get("location", location_id)
        if (
            quantity > 0
            and location is not None
            and location.get("type") == INTERNAL
            and location.get("warehouseId") == warehouse_id
            and is_quarantine(location) == quarantine
        ):
            out.append((location, quantity))
    out.sort(key=lambda pair: pair[0]["code"])
    return out


@dataclass
class Reservations:
    """What the confirmed deliveries of one warehouse hold, by product and by bin."""

    by_product: dict[str, Decimal] = field(default_factory=lambda: defaultdict(lambda: ZERO))
    by_bin: dict[Key, Decimal] = field(default_factory=lambda: defaultdict(lambda: ZERO))
    by_order: dict[tuple[str, str], Decimal] = field(
        default_factory=lambda: defaultdict(lambda: ZERO)
    )

    def hold(self, order_id: str, product_id: str, picks: list[dict[str, Any]]) -> None:
        for pick in picks:
            amount = Decimal(pick["quantity"])
            self.by_product[product_id] += amount
            self.by_bin[(product_id, pick["locationId"])] += amount
            self.by_order[(order_id, product_id)] += amount


def reservations(
    uow: UnitOfWork,
    warehouse_id: str,
    *,
    skip_delivery: str | None = None,
    skip_order: str | None = None,
) -> Reservations:
    held = Reservations()
    for delivery in uow.find("delivery", state="confirmed", warehouseId=warehouse_id):
        if delivery["id"] == skip_delivery or delivery["orderId"] == skip_order:
            continue
        for line in delivery["lines"]:
            held.hold(delivery["orderId"], line["productId"], line["picks"])
    return held


def _set_reserved(uow: UnitOfWork, product: dict[str, Any], change: Decimal) -> None:
    reserved = max(ZERO, Decimal(product.get("reserved") or 0) + change)
    product["reserved"] = qty(reserved)
    product_quantities(product, Decimal(product["onHand"]))
    uow.save("product", product, "stock.reserved")


def reserve(uow: UnitOfWork, delivery: dict[str, Any]) -> None:
    """Hold what the warehouse can spare for each line, bin by bin in walking order.

    The delivery must hold nothing yet (`release` it first to reserve again)."""
    held = reservations(uow, delivery["warehouseId"], skip_delivery=delivery["id"])
    for line in delivery["lines"]:
        product = uow.get("product", line["productId"])
        if product is None:
            raise ApiError(409, f"Product {line['sku']} no longer exists")
        stock = stock_in_warehouse(uow, product["id"], delivery["warehouseId"])
        free = sum((q for _, q in stock), ZERO) - held.by_product[product["id"]]
        remaining = max(ZERO, min(Decimal(line["quantity"]), free))
        picks = []
        for location, quantity in stock:
            take = min(quantity - held.by_bin[(product["id"], location["id"])], remaining)
            if take > 0:
                picks.append(
                    {
                        "locationId": location["id"],
                        "locationCode": location["code"],
                        "quantity": qty(take),
                    }
                )
                remaining -= take
        held.hold(delivery["orderId"], product["id"], picks)
        reserved = sum((Decimal(p["quantity"]) for p in picks), ZERO)
        line["picks"] = picks
        line["reservedQuantity"] = qty(reserved)
        if reserved:
            _set_reserved(uow, product, reserved)
    delivery["reservationState"] = reservation_state(delivery["lines"])


def release(uow: UnitOfWork, delivery: dict[str, Any]) -> None:
    """Give back everything a delivery holds."""
    for line in delivery["lines"]:
        reserved = Decimal(line["reservedQuantity"])
        product = uow.get("product", line["productId"])
        if reserved and product is not None:
            _set_reserved(uow, product, -reserved)
        line["reservedQuantity"] = "0"
        line["picks"] = []
    delivery["reservationState"] = "none"


def reservation_state(lines: list[dict[str, Any]]) -> str:
    """reserved (ready to pick), partially_reserved or waiting (nothing could be held)."""
    reserved = [Decimal(x["reservedQuantity"]) for x in lines]
    if all(r >= Decimal(x["quantity"]) for r, x in zip(reserved, lines, strict=True)):
        return "reserved"
    return "partially_reserved" if any(reserved) else "waiting"


# --- available to promise ----------------------------------------------------------------


def _incoming(uow: UnitOfWork, product_id: str, warehouse_id: str) -> Decimal:
    total = ZERO
    for state in RECEIVABLE_STATES:
        for order in uow.find("purchase_order", state=state, warehouseId=warehouse_id):
            for line in order["lines"]:
                if line["productId"] == product_id:
                    total += Decimal(line["quantity"]) - Decimal(line["quantityReceived"])
    return total


def _committed(
    uow: UnitOfWork, product_id: str, warehouse_id: str, held: Reservations, skip: str | None
) -> Decimal:
    """What confirmed orders still have to ship and no delivery holds yet."""
    total = ZERO
    for order in uow.find("sales_order", state="confirmed", warehouseId=warehouse_id):
        if order["id"] == skip:
            continue
        owed = sum(
            (
                Decimal(x["quantity"]) - Decimal(x["quantityDelivered"])
                for x in order["lines"]
                if x["productId"] == product_id
            ),
            ZERO,
        )
        total += max(ZERO, owed - held.by_order[(order["id"], product_id)])
    return total


def available_to_promise(
    uow: UnitOfWork,
    product: dict[str, Any],
    warehouse_id: str | None = None,
    exclude_order_id: str | None = None,
) -> dict[str, Any]:
    """On hand − reserved − committed, per warehouse and in total, with each bin's share."""
    if warehouse_id and uow.get("warehouse", warehouse_id) is None:
        raise ApiError.field("warehouseId", f"{warehouse_id} is not a warehouse of this company")
    chosen = [w for w in warehouses(uow) if not warehouse_id or w["id"] == warehouse_id]
    names = ("onHand", "reserved", "committed", "availableToPromise", "incoming", "quarantined")
    totals = dict.fromkeys(names, ZERO)
    rows = []
    for warehouse in chosen:
        held = reservations(uow, warehouse["id"], skip_order=exclude_order_id)
        bins = stock_in_warehouse(uow, product["id"], warehouse["id"])
        on_hand = sum((q for _, q in bins), ZERO)
        reserved = held.by_product[product["id"]]
        committed = _committed(uow, product["id"], warehouse["id"], held, exclude_order_id)
        figures = {
            "onHand": on_hand,
            "reserved": reserved,
            "committed": committed,
            "availableToPromise": on_hand - reserved - committed,
            "incoming": _incoming(uow, product["id"], warehouse["id"]),
            "quarantined": sum(
                (
                    q
                    for _, q in stock_in_warehouse(
                        uow, product["id"], warehouse["id"], quarantine=True
                    )
                ),
                ZERO,
            ),
        }
        for name in names:
            totals[name] += figures[name]
        locations = []
        for location, quantity in bins:
            reserved_here = held.by_bin[(product["id"], location["id"])]
            locations.append(
                {
                    "locationId": location["id"],
                    "locationCode": location["code"],
                    "quantity": qty(quantity),
                    "reserved": qty(reserved_here),
                    "free": qty(max(ZERO, quantity - reserved_here)),
                }
            )
        rows.append(
            {
                "warehouseId": warehouse["id"],
                "warehouseCode": warehouse["code"],
                **{name: qty(value) for name, value in figures.items()},
                "locations": locations,
            }
        )
    return {
        "productId": product["id"],
        "sku": product["sku"],
        "productName": product["name"],
        "uom": product.get("uom", "unit"),
        **{name: qty(value) for name, value in totals.items()},
        "warehouses": rows,
    }
