"""Putaway rules: where goods of a product, or of a product category, are stored.

`resolve` answers where a received product should go in a warehouse: its own rule, else
its category's rule, else the bin already holding most of it, else the receiving
location. A deleted rule stays listed (state `deleted`) so that a client pulling changes
sees it go. Quarantine locations (`purpose: quarantine`) hold goods nobody may ship or
put away into.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from arkan_desktop.sandbox import clock
from arkan_desktop.sandbox.errors import ApiError
from arkan_desktop.sandbox.inventory.operations import finish, require_location
from arkan_desktop.sandbox.inventory.purchasing import receiving_location
from arkan_desktop.sandbox.inventory.stock import INTERNAL
from arkan_desktop.sandbox.unit_of_work import UnitOfWork

QUARANTINE = "quarantine"


def is_quarantine(location: dict[str, Any]) -> bool:
    return location.get("purpose") == QUARANTINE


def require_warehouse(uow: UnitOfWork, warehouse_id: str | None, field: str) -> dict[str, Any]:
    warehouse = uow.get("warehouse", warehouse_id) if warehouse_id else None
    if warehouse is None:
        raise ApiError.field(field, f"{warehouse_id or 'it'} is not a warehouse of this company")
    return warehouse


def create_rule(
    uow: UnitOfWork,
    *,
    location: dict[str, Any],
    product: dict[str, Any] | None = None,
    category: str | None = None,
    warehouse: dict[str, Any] | None = None,
    sequence: int = 10,
    reference: str = "",
    note: str = "",
    at: str | None = None,
) -> dict[str, Any]:
    """An active rule sending a product (or a category) to a bin of one warehouse."""
    if (product is None) == (not category):
        raise ApiError.field("productId", "a rule is for one product or for one category")
    if is_quarantine(location):
        raise ApiError.field("locationId", f"{location['code']} is a quarantine location")
    if warehouse is None:
        warehouse = require_warehouse(uow, location.get("warehouseId"), "locationId")
    if location.get("warehouseId") != warehouse["id"]:
        raise ApiError.field("locationId", f"{location['code']} is not in {warehouse['code']}")
    if category and uow.find_one("product", category=category) is None:
        raise ApiError.field("category", f"no product is in category {category}")
    match = {"productId": product["id"]} if product else {"category": str(category)}
    existing = _rule_for(uow, warehouse["id"], **match)
    if existing is not None:
        raise ApiError(
            409,
            f"Rule {existing['name']} already applies to {_subject(product, category)} "
            f"in {warehouse['code']}; delete it first",
            [{"field": next(iter(match)), "message": "already has a rule in this warehouse"}],
        )
    rule_record: dict[str, Any] = {
        "name": f"{_subject(product, category)} → {location['code']}",
        "state": "active",
        "warehouseId": warehouse["id"],
        "warehouseCode": warehouse["code"],
        "productId": product["id"] if product else None,
        "sku": product["sku"] if product else None,
        "category": category if not product else None,
        "locationId": location["id"],
        "locationCode": location["code"],
        "sequence": sequence,
        "reference": reference,
        "note": note,
        "deletedAt": None,
    }
    return uow.add("putaway_rule", rule_record, created_at=at)


def _subject(product: dict[str, Any] | None, category: str | None) -> str:
    return product["sku"] if product else f"category {category}"


def delete_rule(uow: UnitOfWork, rule: dict[str, Any]) -> dict[str, Any]:
    if rule["state"] == "deleted":
        raise ApiError(404, f"Putaway rule {rule['id']} not found (it was deleted)")
    rule["state"] = "deleted"
    rule["deletedAt"] = clock.now_iso()
    return finish(uow, "putaway_rule", rule, None, "putaway_rule.deleted")


def _rule_for(uow: UnitOfWork, warehouse_id: str, **match: str) -> dict[str, Any] | None:
    rules = uow.find("putaway_rule", None, state="active", warehouseId=warehouse_id, **match)
    rules.sort(key=lambda r: (r["sequence"], r["createdAt"]))
    return rules[0] if rules else None


def _fullest_bin(uow: UnitOfWork, product_id: str, warehouse: dict[str, Any]) -> Any:
    receiving = receiving_location(uow, warehouse)
    best: tuple[Decimal, str, dict[str, Any]] | None = None
    for location_id, quantity in uow.quantities_of_product(product_id).items():
        location = uow.get("location", location_id)
        if (
            location is None
            or quantity <= 0
            or location["type"] != INTERNAL
            or location.get("warehouseId") != warehouse["id"]
            or location["id"] == receiving["id"]
            or is_quarantine(location)
        ):
            continue
        if best is None or (-quantity, location["code"]) < (-best[0], best[1]):
            best = (quantity, location["code"], location)
    return best[2] if best else None


def resolve(uow: UnitOfWork, warehouse: dict[str, Any], product: dict[str, Any]) -> dict[str, Any]:
    """Where a product goes when it arrives in a warehouse, and why."""
    rule = _rule_for(uow, warehouse["id"], productId=product["id"])
    matched = "product"
    if rule is None and product.get("category"):
        rule = _rule_for(uow, warehouse["id"], category=product["category"])
        matched = "category"
    location = require_location(uow, rule["locationId"], "locationId") if rule else None
    if location is None:
        location = _fullest_bin(uow, product["id"], warehouse)
        matched = "stock"
    if location is None:
        location = receiving_location(uow, warehouse)
        matched = "default"
    return {
        "warehouseId": warehouse["id"],
        "warehouseCode": warehouse["code"],
        "productId": product["id"],
        "sku": product["sku"],
        "locationId": location["id"],
        "locationCode": location["code"],
        "locationBarcode": location.get("barcode", ""),
        "matchedBy": matched,
        "ruleId": rule["id"] if rule else None,
    }
