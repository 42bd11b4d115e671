"""Where received goods go: the product's putaway rule, else its category's, else the
warehouse's receiving location.

Rules come from `GET /inventory/putaway/rules` (kept in the cache); `resolve_putaway`
answers from them alone, so the station knows the bin offline. The server's own resolve
also tries the bin already holding most of the product before its default: a station
that wants that answer asks the server. Pure.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any

from arkan_desktop.domain.warehouse.bins import Bin
from arkan_desktop.domain.warehouse.scans import ProductRef


class PutawayMatch(Enum):
    PRODUCT = "product"  # the product's own rule
    CATEGORY = "category"  # its category's rule
    DEFAULT = "default"  # no rule: the warehouse's receiving location
    CHOSEN = "chosen"  # the storekeeper put it elsewhere


@dataclass(frozen=True)
class PutawayRule:
    """One rule of one warehouse: a product (or a category) to a location."""

    location: Bin
    product_id: str | None = None
    category: str | None = None
    sequence: int = 10


@dataclass(frozen=True)
class Putaway:
    location: Bin
    matched_by: PutawayMatch


def resolve_putaway(product: ProductRef, rules: Iterable[PutawayRule], default: Bin) -> Putaway:
    """Where `product` goes: the first rule (by sequence) for it, else for its category."""
    ordered = sorted(rules, key=lambda rule: rule.sequence)  # stable: ties keep their order
    for rule in ordered:
        if rule.product_id == product.id:
            return Putaway(rule.location, PutawayMatch.PRODUCT)
    if product.category:
        for rule in ordered:
            if rule.product_id is None and rule.category == product.category:
                return Putaway(rule.location, PutawayMatch.CATEGORY)
    return Putaway(default, PutawayMatch.DEFAULT)


def rules_from_records(
    records: Iterable[Mapping[str, Any]], warehouse_id: str, bins: Mapping[str, Bin]
) -> list[PutawayRule]:
    """The active rules of a warehouse from served rule records; `bins` by location id
    gives the locations' barcodes and kinds (a rule to an unknown location keeps its code)."""
    out = []
    for record in records:
        if record.get("state", "active") != "active" or record.get("warehouseId") != warehouse_id:
            continue
        location_id = str(record["locationId"])
        code = str(record.get("locationCode") or location_id)
        product_id, category = record.get("productId"), record.get("category")
        out.append(
            PutawayRule(
                location=bins.get(location_id) or Bin(location_id, code, f"LOC-{code}"),
                product_id=str(product_id) if product_id else None,
                category=None if product_id or not category else str(category),
                sequence=int(record.get("sequence") or 10),
            )
        )
    return out
