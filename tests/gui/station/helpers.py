"""Picking demo records for the station tests from the station's own catalog snapshot."""

from __future__ import annotations

import os
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QApplication

from arkan_desktop.domain.warehouse.catalog import Catalog
from arkan_desktop.gui.station.station_window import StationWindow

Record = dict[str, Any]


def products_by_id(catalog: Catalog) -> dict[str, Record]:
    return {str(p["id"]): p for p in catalog.products.values()}


def stocked_product(catalog: Catalog, at_least: int) -> tuple[Record, Record, Record]:
    """A product with a barcode, a bin holding `at_least` of it, and another bin nearby
    (in the warehouse a new station works in)."""
    products = products_by_id(catalog)
    locations = {str(x["id"]): x for x in catalog.locations.values()}
    home = catalog.default_warehouse()
    for (product_id, location_id), quantity in sorted(catalog.stock.items()):
        product, source = products.get(product_id), locations.get(location_id)
        if not product or not source or quantity < at_least or not product.get("barcode"):
            continue
        if source.get("warehouseId") != home or source.get("purpose") == "quarantine":
            continue
        if source.get("type") != "internal" or catalog.pending_stock.get((product_id, location_id)):
            continue
        for destination in locations.values():
            if (
                destination["id"] != source["id"]
                and destination.get("type") == "internal"
                and destination.get("warehouseId") == source.get("warehouseId")
                and not catalog.stock.get((product_id, str(destination["id"])))
            ):
                return product, source, destination
    raise AssertionError("no stocked product in the demo data")


def receivable_order(catalog: Catalog, lines: int = 2) -> tuple[Record, list[Record]]:
    """A confirmed order with `lines` products (with barcodes) of which 3+ are still open,
    received in the warehouse a new station works in."""
    products = products_by_id(catalog)
    home = catalog.default_warehouse()
    for order in sorted(catalog.orders.values(), key=lambda o: str(o["number"])):
        if order.get("warehouseId") != home:
            continue
        chosen = [
            products[line["productId"]]
            for line in order.get("lines") or []
            if line["productId"] in products
            and products[line["productId"]].get("barcode")
            and catalog.open_quantity(order, line["productId"]) >= 3
        ]
        if len(chosen) >= lines and order.get("state") == "confirmed":
            return order, chosen[:lines]
    raise AssertionError("no receivable order in the demo data")


def not_on(order: Record, catalog: Catalog) -> Record:
    on_order = {line["productId"] for line in order["lines"]}
    return next(
        p
        for p in products_by_id(catalog).values()
        if p["id"] not in on_order and p.get("barcode") and p.get("type") != "service"
    )


def last_answer(window: StationWindow) -> tuple[bool, str]:
    """The newest line of 'Last scans': accepted?, and its text."""
    text = window.recent_list.item(0).text()
    return text.startswith("✔"), text


def open_quantity(order: Record, product_id: str) -> Decimal:
    return sum(
        (
            Decimal(line["quantity"]) - Decimal(line["quantityReceived"])
            for line in order["lines"]
            if line["productId"] == product_id
        ),
        Decimal(0),
    )


def counted_location(catalog: Catalog, products: int = 2) -> tuple[Record, list[Record]]:
    """A storage bin holding `products`+ products with barcodes (none with writes waiting),
    taken from the end of the list so that other tests' bins are left alone."""
    by_id = products_by_id(catalog)
    home = catalog.default_warehouse()
    for location in sorted(catalog.locations.values(), key=lambda x: str(x["code"]))[::-1]:
        if location.get("type") != "internal" or location.get("warehouseId") != home:
            continue
        here = catalog.location_stock(str(location["id"]))
        if any(catalog.pending_stock.get((p, str(location["id"]))) for p in here):
            continue
        chosen = [by_id[p] for p in sorted(here) if p in by_id and by_id[p].get("barcode")]
        if len(chosen) >= products and len(chosen) == len(here):
            return location, chosen
    raise AssertionError("no bin with enough products in the demo data")


def gs1_count(product: Record, count: int) -> str:
    """A GS1-128 carton label: AI 02 (the GTIN inside) and AI 37 (how many)."""
    return f"]C102{str(product['barcode']).zfill(14)}37{count}"


def server_stock(admin: Any, product_id: str, location_id: str) -> Decimal:
    levels = admin.all("/inventory/stock", productId=product_id)
    return sum(
        (
            Decimal(x["quantity"])
            for x in levels
            if x["productId"] == product_id and x["locationId"] == location_id
        ),
        Decimal(0),
    )


def workflow_button(window: StationWindow, name: str) -> Any:
    return window.workflow_button_of[name]


def screenshot(widget: Any, name: str) -> None:
    """With ARKAN_SCREENSHOTS=DIR, save what the widget shows as DIR/NAME.png."""
    folder = os.environ.get("ARKAN_SCREENSHOTS")
    if folder:
        if isinstance(widget, StationWindow):
            widget.resize(1366, 768)
        QApplication.processEvents()
        widget.grab().save(os.path.join(folder, f"{name}.png"))
