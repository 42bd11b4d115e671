"""The Stock tab's reads: what its dialogs offer (products, locations, stock per location),
a product's stock by location, and which moves its history lists."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select

from arkan_desktop.store.cache import Cache
from arkan_desktop.store.models import Location, Product, StockLevel, StockMove
from arkan_desktop.store.queries.filters import Condition
from arkan_desktop.store.records import load_json


@dataclass(frozen=True)
class ProductChoice:
    id: str
    sku: str
    name: str

    @property
    def label(self) -> str:
        return f"{self.sku} · {self.name}" if self.name else self.sku


@dataclass(frozen=True)
class LocationChoice:
    id: str
    code: str
    name: str
    type: str

    @property
    def label(self) -> str:
        return f"{self.code} · {self.name}" if self.name else self.code


@dataclass
class StockChoices:
    products: list[ProductChoice] = field(default_factory=list)
    locations: list[LocationChoice] = field(default_factory=list)
    on_hand: dict[tuple[str, str], Decimal] = field(default_factory=dict)  # (product, location)

    def quantity(self, product_id: str, location_id: str) -> Decimal:
        return self.on_hand.get((product_id, location_id), Decimal(0))


def stock_choices(cache: Cache) -> StockChoices:
    """Active storable products, internal locations, and the cached stock levels."""
    out = StockChoices()
    with cache.reading() as session:
        rows = session.execute(
            select(Product.id, Product.sku, Product.name, Product.type, Product.raw).order_by(
                Product.sku
            )
        )
        for record_id, sku, name, kind, raw in rows:
            if kind not in (None, "storable") or (raw and load_json(raw).get("isActive") is False):
                continue
            out.products.append(ProductChoice(str(record_id), str(sku or ""), str(name or "")))
        places = session.execute(
            select(Location.id, Location.code, Location.name, Location.type).order_by(Location.code)
        )
        for record_id, code, name, kind in places:
            if kind in (None, "internal"):
                out.locations.append(
                    LocationChoice(str(record_id), str(code or ""), str(name or ""), kind or "")
                )
        levels = session.execute(
            select(StockLevel.product_id, StockLevel.location_id, StockLevel.quantity)
        )
        for product_id, location_id, quantity in levels:
            key = (str(product_id), str(location_id))
            out.on_hand[key] = out.on_hand.get(key, Decimal(0)) + (quantity or Decimal(0))
    return out


def stock_by_location(cache: Cache, product_id: str) -> list[tuple[str, str, Decimal]]:
    """(location code, location name, quantity) where one product is held, biggest first."""
    statement = (
        select(Location.code, Location.name, StockLevel.quantity)
        .select_from(StockLevel)
        .outerjoin(Location, Location.id == StockLevel.location_id)
        .where(StockLevel.product_id == product_id, StockLevel.quantity != 0)
        .order_by(StockLevel.quantity.desc(), Location.code)
    )
    with cache.reading() as session:
        return [
            (str(code or "?"), str(name or ""), quantity or Decimal(0))
            for code, name, quantity in session.execute(statement)
        ]


def move_history(product_id: str = "") -> list[Condition]:
    """The history's conditions: every move with a source, of one product when given.

    Caches written before outbox rows named their answer's resource (migration 0004) may
    hold a scrap or adjustment document among the moves (no source location); the history
    leaves those out.
    """
    conditions: list[Condition] = [StockMove.from_location_id.is_not(None)]
    if product_id:
        conditions.append(StockMove.product_id == product_id)
    return conditions
