"""A delivery's pick list: what to take where, location by location in walking order.

Each product's quantity comes from as few locations as possible: one that holds it all
if there is one (the first in walking order), else the fullest ones first, the last stop
being the first in walking order that fills the rest. What no location holds is left
over as missing. Lines of the same product are planned together. Pure.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from arkan_desktop.domain.warehouse.bins import Bin, LocationKind, walking_key
from arkan_desktop.domain.warehouse.outcome import ZERO, decimal_of
from arkan_desktop.domain.warehouse.scans import ProductRef, product_ref


@dataclass(frozen=True)
class DeliveryLine:
    line_id: str
    product: ProductRef
    quantity: Decimal  # still to ship on this delivery


@dataclass(frozen=True)
class StockAt:
    """So much of a product at a location (the station's figure, moves waiting included)."""

    product_id: str
    bin: Bin
    quantity: Decimal


@dataclass(frozen=True)
class PickTask:
    product: ProductRef
    quantity: Decimal


@dataclass(frozen=True)
class PickStop:
    bin: Bin
    tasks: tuple[PickTask, ...]


@dataclass(frozen=True)
class PickList:
    stops: tuple[PickStop, ...]
    missing: Mapping[str, Decimal]  # product id -> what no location holds


def delivery_lines(delivery: Mapping[str, Any]) -> list[DeliveryLine]:
    """The lines of a served delivery record still to ship (quantity − delivered)."""
    out = []
    for line in delivery.get("lines") or ():
        left = decimal_of(line.get("quantity")) - decimal_of(line.get("deliveredQuantity"))
        if left > 0:
            out.append(DeliveryLine(str(line["id"]), product_ref(line), left))
    return out


def fewest_stops(need: Decimal, offers: Iterable[tuple[Bin, Decimal]]) -> list[tuple[Bin, Decimal]]:
    """How much to take from which bins so that `need` comes from as few as possible.

    Taking the fullest first reaches any quantity in the fewest stops (the k fullest
    hold the most any k bins can); the last stop is the first in walking order that
    fills what is left, so a big bin is not broken into when a small one will do."""
    left = [(b, q) for b, q in offers if q > 0]
    left.sort(key=lambda offer: walking_key(offer[0].code))
    out: list[tuple[Bin, Decimal]] = []
    while need > 0 and left:
        filling = next((offer for offer in left if offer[1] >= need), None)
        if filling is not None:
            out.append((filling[0], need))
            break
        fullest = max(left, key=lambda offer: offer[1])  # max keeps the first of equals
        out.append(fullest)
        left.remove(fullest)
        need -= fullest[1]
    return out


def plan_picks(lines: Sequence[DeliveryLine], stock: Iterable[StockAt]) -> PickList:
    """The pick list of a delivery from the stock per location (stock bins only)."""
    need: dict[str, Decimal] = {}
    products: dict[str, ProductRef] = {}
    for line in lines:
        need[line.product.id] = need.get(line.product.id, ZERO) + line.quantity
        products.setdefault(line.product.id, line.product)
    offers: dict[str, dict[str, tuple[Bin, Decimal]]] = {}
    for at in stock:
        if at.product_id in need and at.bin.kind is LocationKind.STOCK:
            there = offers.setdefault(at.product_id, {})
            before = there.get(at.bin.id, (at.bin, ZERO))[1]
            there[at.bin.id] = (at.bin, before + at.quantity)
    tasks: dict[str, list[PickTask]] = {}
    bins: dict[str, Bin] = {}
    missing: dict[str, Decimal] = {}
    for product_id, quantity in need.items():
        planned = fewest_stops(quantity, offers.get(product_id, {}).values())
        for where, take in planned:
            bins[where.id] = where
            tasks.setdefault(where.id, []).append(PickTask(products[product_id], take))
        short = quantity - sum((take for _, take in planned), ZERO)
        if short > 0:
            missing[product_id] = short
    stops = sorted(bins.values(), key=lambda b: walking_key(b.code))
    return PickList(tuple(PickStop(b, tuple(tasks[b.id])) for b in stops), missing)
