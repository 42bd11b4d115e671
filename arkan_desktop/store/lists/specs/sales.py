"""The lists of the Sales tab: sales orders, deliveries and returns."""

from __future__ import annotations

from arkan_desktop.store.lists.columns import Column, Kind, ListSpec
from arkan_desktop.store.models import Delivery, SalesOrder, SalesReturn


def sales_order_list_spec() -> ListSpec:
    so = SalesOrder
    columns = (
        Column("number", so.number, searchable=True),
        Column("client", so.partner_name, searchable=True, width=260),
        Column("date", so.date, Kind.DATE),
        Column("expected", so.expected_date, Kind.DATE),
        Column("state", so.state, Kind.CODE),
        Column("delivery", so.delivery_state, Kind.CODE),
        Column("invoice", so.invoice_state, Kind.CODE),
        Column("total", so.total_minor, Kind.MONEY, so.currency),
        Column("reference", so.reference, searchable=True, hidden=True),
    )
    return ListSpec("sales_orders", "sales_orders", columns, sort_key="date")


def delivery_list_spec() -> ListSpec:
    do = Delivery
    columns = (
        Column("number", do.number, searchable=True),
        Column("order", do.order_number, searchable=True),
        Column("client", do.partner_name, searchable=True, width=240),
        Column("scheduled", do.scheduled_date, Kind.DATE),
        Column("state", do.state, Kind.CODE),
        Column("reservation", do.reservation_state, Kind.CODE),
        Column("reference", do.reference, searchable=True, hidden=True),
    )
    return ListSpec("deliveries", "deliveries", columns, sort_key="scheduled")


def return_list_spec() -> ListSpec:
    ret = SalesReturn
    columns = (
        Column("number", ret.number, searchable=True),
        Column("client", ret.partner_name, searchable=True, width=240),
        Column("date", ret.date, Kind.DATE),
        Column("invoice", ret.invoice_number, searchable=True),
        Column("delivery", ret.delivery_number, searchable=True),
        Column("state", ret.state, Kind.CODE),
        Column("refund", ret.refund_state, Kind.CODE),
    )
    return ListSpec("sales_returns", "sales_returns", columns, sort_key="date")
