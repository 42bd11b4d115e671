"""The purchase order list of the Purchasing tab."""

from __future__ import annotations

from arkan_desktop.store.lists.columns import Column, Kind, ListSpec
from arkan_desktop.store.models import PurchaseOrder


def purchase_order_list_spec() -> ListSpec:
    po = PurchaseOrder
    columns = (
        Column("number", po.number, searchable=True),
        Column("vendor", po.vendor_name, searchable=True, width=260),
        Column("date", po.date, Kind.DATE),
        Column("expected", po.expected_date, Kind.DATE),
        Column("state", po.state, Kind.CODE),
        Column("total", po.total_minor, Kind.MONEY, po.currency),
        Column("reference", po.reference, searchable=True),
    )
    return ListSpec("purchase_orders", "purchase_orders", columns, sort_key="date")
