"""The payment list's columns, and the open invoices a new payment can settle.

No widgets here: a ListSpec over the cached payments, and a query (run on the database
worker) for the posted customer invoices that still have something due.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from sqlalchemy import func, or_, select

from arkan_desktop.domain.money import from_minor
from arkan_desktop.gui.models.columns import Column, Kind, ListSpec
from arkan_desktop.store.cache import Cache
from arkan_desktop.store.models import Invoice, Payment

translate = QCoreApplication.translate
# Money received from customers (a vendor payment is the purchasing side's).
CUSTOMER_PAYMENTS = or_(Payment.type.is_(None), Payment.type == "inbound")


def payment_list_spec() -> ListSpec:
    cur = Payment.currency
    invoice = func.json_extract(Payment.raw, "$.allocations[0].invoiceNumber")
    columns = (
        Column("number", translate("PaymentList", "Number"), Payment.number, searchable=True),
        Column(
            "customer",
            translate("PaymentList", "Customer"),
            Payment.partner_name,
            searchable=True,
            width=240,
        ),
        Column("date", translate("PaymentList", "Date"), Payment.date, Kind.DATE, width=100),
        Column("method", translate("PaymentList", "Method"), Payment.method, Kind.CODE),
        Column("invoice", translate("PaymentList", "Invoice"), invoice, searchable=True),
        Column("amount", translate("PaymentList", "Amount"), Payment.amount_minor, Kind.MONEY, cur),
        Column("state", translate("PaymentList", "State"), Payment.state, Kind.CODE, width=100),
        Column(
            "reference",
            translate("PaymentList", "Reference"),
            Payment.reference,
            searchable=True,
            width=220,
        ),
        Column("currency", translate("PaymentList", "Currency"), Payment.currency, hidden=True),
    )
    return ListSpec("payments", "payments", columns, sort_key="date", descending=True)


@dataclass(frozen=True)
class DueInvoice:
    """A posted customer invoice with something still due."""

    id: str
    number: str
    partner_name: str
    due_date: str
    currency: str
    due: Decimal


def _due(minor: int | None, currency: str) -> Decimal:
    return from_minor(int(minor or 0), currency)


def due_invoices(cache: Cache, currency: str) -> list[DueInvoice]:
    """Posted customer invoices in `currency` with an amount due, oldest due date first."""
    query = (
        select(
            Invoice.id,
            Invoice.number,
            Invoice.partner_name,
            Invoice.due_date,
            Invoice.currency,
            Invoice.amount_due_minor,
        )
        .where(
            Invoice.state == "posted",
            Invoice.amount_due_minor > 0,
            Invoice.currency == currency,
            or_(Invoice.type.is_(None), Invoice.type == "out_invoice"),
        )
        .order_by(Invoice.due_date, Invoice.number)
    )
    with cache.reading() as session:
        return [
            DueInvoice(
                str(i),
                str(n or i),
                str(p or ""),
                str(d or ""),
                str(c),
                from_minor(int(m or 0), str(c)),
            )
            for i, n, p, d, c, m in session.execute(query)
        ]
