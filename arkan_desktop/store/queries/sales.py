"""The Sales tab's reads: what a new order can name (clients, products, warehouses), and
which orders, deliveries and returns its lists show."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select

from arkan_desktop.store.cache import Cache
from arkan_desktop.store.models import Delivery, SalesOrder, SalesReturn, Warehouse
from arkan_desktop.store.queries import invoices
from arkan_desktop.store.queries.filters import Condition
from arkan_desktop.store.queries.invoices import Client, Product
from arkan_desktop.store.queries.purchasing import Named


@dataclass
class SalesChoices:
    clients: list[Client] = field(default_factory=list)
    products: list[Product] = field(default_factory=list)
    warehouses: list[Named] = field(default_factory=list)


def order_choices(cache: Cache) -> SalesChoices:
    out = SalesChoices(invoices.clients(cache), invoices.products(cache))
    with cache.reading() as session:
        places = select(Warehouse.id, Warehouse.code, Warehouse.name).order_by(Warehouse.code)
        for record_id, code, name in session.execute(places):
            out.warehouses.append(Named(str(record_id), f"{code} · {name}" if name else str(code)))
    return out


def orders_in_state(state: str) -> list[Condition]:
    """The order list's conditions: the orders in a state ("": every order)."""
    return [SalesOrder.state == state] if state else []


def deliveries_in_state(state: str) -> list[Condition]:
    return [Delivery.state == state] if state else []


def returns_in_state(state: str) -> list[Condition]:
    return [SalesReturn.state == state] if state else []
