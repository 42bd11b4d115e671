"""The product list of the Stock Moves tab: what is on hand and available, and the price."""

from __future__ import annotations

from arkan_desktop.store.lists.columns import Column, Kind, ListSpec
from arkan_desktop.store.models import Product


def product_list_spec() -> ListSpec:
    columns = (
        Column("sku", Product.sku, searchable=True, width=100),
        Column("name", Product.name, searchable=True, width=260),
        Column("barcode", Product.barcode, searchable=True, hidden=True),
        Column("category", Product.category, searchable=True),
        Column("type", Product.type, Kind.CODE, hidden=True),
        Column("on_hand", Product.on_hand, Kind.QUANTITY),
        Column("available", Product.available, Kind.QUANTITY),
        Column("uom", Product.uom, width=70),
        Column("price", Product.sale_price_minor, Kind.MONEY, Product.currency),
    )
    return ListSpec("products", "products", columns, sort_key="sku", descending=False)
