"""The station's reads: the catalog snapshot it answers scans from, and the server's scrap
reasons kept for offline use."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select

from arkan_desktop.domain.warehouse.catalog import RECEIVABLE_STATES, ZERO, Catalog
from arkan_desktop.store.cache import Cache
from arkan_desktop.store.models import Location, Product, PurchaseOrder, StockLevel, Warehouse
from arkan_desktop.store.models.outbox import IN_FLIGHT, PENDING

SCRAP_REASONS_KEY = "station.scrap_reasons"


def catalog(cache: Cache) -> Catalog:
    """On the database worker: the snapshot the station answers scans from."""
    snapshot = Catalog()
    with cache.reading() as session:
        for barcode, sku, raw in session.execute(select(Product.barcode, Product.sku, Product.raw)):
            product = json.loads(raw)
            for key in (barcode, sku, (sku or "").upper()):
                if key:
                    snapshot.products.setdefault(key, product)
            snapshot.by_id[str(product["id"])] = product
        for barcode, code, raw in session.execute(
            select(Location.barcode, Location.code, Location.raw)
        ):
            location = json.loads(raw)
            key = (barcode or (f"LOC-{code}" if code else "")).upper()
            if key:
                snapshot.locations[key] = location
        for number, raw in session.execute(
            select(PurchaseOrder.number, PurchaseOrder.raw).where(
                PurchaseOrder.state.in_(RECEIVABLE_STATES)
            )
        ):
            if number:
                snapshot.orders[number] = json.loads(raw)
        for warehouse_id, raw in session.execute(select(Warehouse.id, Warehouse.raw)):
            snapshot.warehouses[warehouse_id] = json.loads(raw)
        for product_id, location_id, quantity in session.execute(
            select(StockLevel.product_id, StockLevel.location_id, StockLevel.quantity)
        ):
            if product_id and location_id:
                snapshot.stock[(product_id, location_id)] = quantity or ZERO
    snapshot.add_pending(row.command for row in cache.outbox_rows((PENDING, IN_FLIGHT)))
    return snapshot


def kept_scrap_reasons(cache: Cache) -> Any:
    """The scrap reasons last heard from the server, as it listed them (None: never)."""
    raw = cache.meta(SCRAP_REASONS_KEY)
    try:
        return json.loads(raw) if raw else None
    except ValueError:
        return None


def keep_scrap_reasons(cache: Cache, reasons: list[tuple[str, str]]) -> None:
    """Remember the server's scrap reasons, (id, name) each, for offline use."""
    data = [{"id": reason_id, "name": name} for reason_id, name in reasons]
    cache.set_meta(SCRAP_REASONS_KEY, json.dumps(data))
