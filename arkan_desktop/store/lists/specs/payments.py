"""The payment list: money received from customers (a vendor payment is the purchasing
side's, left out by `CUSTOMER_PAYMENTS`)."""

from __future__ import annotations

from sqlalchemy import func, or_

from arkan_desktop.store.lists.columns import Column, Condition, Kind, ListSpec
from arkan_desktop.store.models import Payment

CUSTOMER_PAYMENTS: Condition = or_(Payment.type.is_(None), Payment.type == "inbound")


def payment_list_spec() -> ListSpec:
    cur = Payment.currency
    invoice = func.json_extract(Payment.raw, "$.allocations[0].invoiceNumber")
    columns = (
        Column("number", Payment.number, searchable=True),
        Column("customer", Payment.partner_name, searchable=True, width=240),
        Column("date", Payment.date, Kind.DATE, width=100),
        Column("method", Payment.method, Kind.CODE),
        Column("invoice", invoice, searchable=True),
        Column("amount", Payment.amount_minor, Kind.MONEY, cur),
        Column("state", Payment.state, Kind.CODE, width=100),
        Column("reference", Payment.reference, searchable=True, width=220),
        Column("currency", Payment.currency, hidden=True),
    )
    return ListSpec("payments", "payments", columns, sort_key="date", descending=True)
