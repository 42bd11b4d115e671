"""The station's reads: the catalog snapshot it answers scans from (with the open
deliveries, the putaway rules and the location barcodes it learnt itself), the document a
return is made against, the server's scrap reasons kept for offline use, and a product's
stock asked of a server that lists no stock (kept with the locations it names)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from arkan_desktop.domain.commands import Command
from arkan_desktop.domain.warehouse.catalog import (
    OPEN_DELIVERY_STATES,
    RECEIVABLE_STATES,
    ZERO,
    Catalog,
)
from arkan_desktop.store import learned
from arkan_desktop.store.cache import Cache
from arkan_desktop.store.models import (
    Delivery,
    Invoice,
    Location,
    Product,
    PurchaseOrder,
    PutawayRule,
    SalesReturn,
    StockLevel,
    Warehouse,
)
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
        for barcode, named in learned.barcodes_of(session).items():
            snapshot.learn(barcode, named)
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
        for number, raw in session.execute(
            select(Delivery.number, Delivery.raw).where(Delivery.state.in_(OPEN_DELIVERY_STATES))
        ):
            if number:
                snapshot.deliveries[number.upper()] = json.loads(raw)
        rules = select(PutawayRule.raw).where(
            PutawayRule.state.is_(None) | (PutawayRule.state == "active")
        )
        snapshot.putaway_rules = [json.loads(raw) for (raw,) in session.execute(rules)]
    snapshot.add_pending(waiting_commands(cache))
    return snapshot


def keep_product_stock(
    cache: Cache, levels: list[dict[str, Any]], locations: list[dict[str, Any]]
) -> None:
    """Keep one product's stock by location as the server answered it, with the locations
    it names that this cache does not have yet (a location the server listed stays as
    it is)."""
    new = [x for x in locations if cache.get("locations", str(x["id"])) is None]
    if new:
        cache.upsert("locations", new)
    if levels:
        cache.upsert("stock_levels", levels)


def waiting_commands(cache: Cache) -> list[Command]:
    """The writes still waiting, in order, as the station counts them: a return's receipt
    carries no lines of its own (they went with the return), so it is read with the
    return's cached record (its lines, where each goes) in their place."""
    out = []
    for row in cache.outbox_rows((PENDING, IN_FLIGHT)):
        command = row.command
        if (command.resource, command.action) == ("sales_returns", "receive"):
            record = cache.get("sales_returns", command.record_id or "") or {}
            command = Command(command.resource, command.action, command.record_id, record)
        out.append(command)
    return out


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


@dataclass(frozen=True)
class ReturnSource:
    """What a return is made against: the invoice or delivery, and earlier returns of it."""

    kind: str  # "invoice" or "delivery"
    record: dict[str, Any]
    earlier_returns: list[dict[str, Any]]


def return_source(cache: Cache, number: str) -> ReturnSource | None:
    """The delivery, else the customer invoice, numbered `number` (any case), with the
    returns already made against it (those waiting to be sent included); None if neither
    is cached."""
    wanted = number.strip().upper()
    if not wanted:
        return None
    with cache.reading() as session:
        found: tuple[str, str, str] | None = None
        delivery = session.execute(
            select(Delivery.id, Delivery.raw).where(func.upper(Delivery.number) == wanted)
        ).first()
        if delivery is not None:
            found = ("delivery", delivery.id, delivery.raw)
        else:
            invoice = session.execute(
                select(Invoice.id, Invoice.raw).where(
                    func.upper(Invoice.number) == wanted, Invoice.type == "out_invoice"
                )
            ).first()
            if invoice is not None:
                found = ("invoice", invoice.id, invoice.raw)
        if found is None:
            return None
        kind, record_id, raw = found
        column = SalesReturn.delivery_id if kind == "delivery" else SalesReturn.invoice_id
        earlier = [
            json.loads(x)
            for (x,) in session.execute(select(SalesReturn.raw).where(column == record_id))
        ]
    return ReturnSource(kind, json.loads(raw), earlier)
