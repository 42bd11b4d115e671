"""The payment list: money received from customers (a vendor payment is the purchasing
side's, left out by `CUSTOMER_PAYMENTS`). "Invoices" names every invoice a payment is
allocated to, in the payment's own order."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, func, or_, select

from arkan_desktop.store.lists.columns import Column, Condition, Kind, ListSpec
from arkan_desktop.store.models import Payment, PaymentAllocation

CUSTOMER_PAYMENTS: Condition = or_(Payment.type.is_(None), Payment.type == "inbound")


def invoice_numbers() -> ColumnElement[Any]:
    """Every invoice a payment is allocated to, comma-separated (its allocations' order)."""
    return (
        select(func.group_concat(PaymentAllocation.invoice_number, ", "))
        .where(PaymentAllocation.payment_id == Payment.id)
        .correlate(Payment)
        .scalar_subquery()
    )


def payment_list_spec() -> ListSpec:
    cur = Payment.currency
    invoice = invoice_numbers()
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
