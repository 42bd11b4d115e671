"""Bins, products and stock for the warehouse workflow tests (warehouse WH1)."""

from __future__ import annotations

from decimal import Decimal

from arkan_desktop.domain.warehouse.bins import Bin, LocationKind
from arkan_desktop.domain.warehouse.pick_list import StockAt
from arkan_desktop.domain.warehouse.scans import ProductRef, ProductScan


def bin_(code: str, kind: LocationKind = LocationKind.STOCK) -> Bin:
    return Bin(id=f"loc-{code}", code=code, barcode=f"LOC-{code}", kind=kind, warehouse_id="wh1")


def product(sku: str, category: str | None = None) -> ProductRef:
    return ProductRef(id=f"p-{sku}", sku=sku, category=category)


def scan(item: ProductRef, quantity: int | str = 1, lot: str | None = None) -> ProductScan:
    return ProductScan(item, Decimal(quantity), lot)


def stock(item: ProductRef, where: Bin, quantity: int | str) -> StockAt:
    return StockAt(item.id, where, Decimal(quantity))


CABLE, ROUTER, SWITCH = product("EL-1001"), product("EL-2002"), product("EL-3003")
A1, A2, A10 = bin_("WH1-A-01-1"), bin_("WH1-A-01-2"), bin_("WH1-A-01-10")
B1, C1 = bin_("WH1-B-02-1"), bin_("WH1-C-01-1")
QUARANTINE = bin_("WH1-QUAR", LocationKind.QUARANTINE)
SCRAP = bin_("Scrap", LocationKind.SCRAP)
