"""The Purchasing tab's reads: what a new purchase order can name (vendors, warehouses,
products), and which orders its list shows."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select

from arkan_desktop.domain.money import MoneyError, to_decimal
from arkan_desktop.store.cache import Cache
from arkan_desktop.store.models import Partner, Product, PurchaseOrder, Warehouse
from arkan_desktop.store.queries.filters import Condition
from arkan_desktop.store.records import load_json


@dataclass(frozen=True)
class Named:
    id: str
    label: str


@dataclass(frozen=True)
class PurchasableProduct:
    id: str
    sku: str
    name: str
    cost: Decimal
    tax_rate: Decimal


@dataclass
class OrderChoices:
    vendors: list[Named] = field(default_factory=list)
    warehouses: list[Named] = field(default_factory=list)
    products: list[PurchasableProduct] = field(default_factory=list)


def _number(value: object) -> Decimal:
    try:
        return to_decimal(value if value is not None else 0)
    except MoneyError:
        return Decimal(0)


def order_choices(cache: Cache) -> OrderChoices:
    out = OrderChoices()
    with cache.reading() as session:
        vendors = select(Partner.id, Partner.name).where(Partner.role == "vendor")
        for record_id, name in session.execute(vendors.order_by(Partner.name)):
            out.vendors.append(Named(str(record_id), str(name or record_id)))
        places = select(Warehouse.id, Warehouse.code, Warehouse.name).order_by(Warehouse.code)
        for record_id, code, name in session.execute(places):
            out.warehouses.append(Named(str(record_id), f"{code} · {name}" if name else str(code)))
        products = select(Product.id, Product.sku, Product.name, Product.raw).order_by(Product.sku)
        for record_id, sku, name, raw in session.execute(products):
            record = load_json(raw) if raw else {}
            if record.get("isActive") is False or record.get("type") == "service":
                continue
            out.products.append(
                PurchasableProduct(
                    str(record_id),
                    str(sku or ""),
                    str(name or ""),
                    _number(record.get("cost")),
                    _number(record.get("taxRate")),
                )
            )
    return out


def orders_in_state(state: str) -> list[Condition]:
    """The list's conditions: the orders in a state ("": every order)."""
    return [PurchaseOrder.state == state] if state else []
