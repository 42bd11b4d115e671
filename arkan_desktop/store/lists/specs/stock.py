"""The stock move list of the Stock Moves tab.

Moves name their product and locations by id; the list shows SKUs and location codes
through subqueries on the cached products and locations, so it listens to those too.
"""

from __future__ import annotations

from sqlalchemy import select

from arkan_desktop.store.lists.columns import Column, Expression, Kind, ListSpec
from arkan_desktop.store.models import Location, Product, StockMove


def _location_code(column: Expression) -> Expression:
    return select(Location.code).where(Location.id == column).limit(1).scalar_subquery()


def stock_move_list_spec() -> ListSpec:
    sku = select(Product.sku).where(Product.id == StockMove.product_id).limit(1).scalar_subquery()
    columns = (
        Column("number", StockMove.number, searchable=True),
        Column("date", StockMove.date, Kind.DATE, width=100),
        Column("type", StockMove.type, Kind.CODE, width=100),
        Column("state", StockMove.state, Kind.CODE, width=80),
        Column("sku", sku, searchable=True, width=100),
        Column("from", _location_code(StockMove.from_location_id), searchable=True),
        Column("to", _location_code(StockMove.to_location_id), searchable=True),
        Column("quantity", StockMove.quantity, Kind.QUANTITY),
        Column("reference", StockMove.reference, searchable=True),
    )
    return ListSpec(
        "stock_moves",
        "stock_moves",
        columns,
        sort_key="date",
        also_concerns=frozenset({"products", "locations"}),
    )
