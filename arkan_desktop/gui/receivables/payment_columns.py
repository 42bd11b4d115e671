"""The open invoices a new payment can settle: a query run on the database worker for the
posted customer invoices that still have something due. No widgets here.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import or_, select

from arkan_desktop.domain.money import from_minor
from arkan_desktop.store.cache import Cache
from arkan_desktop.store.models import Invoice


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
