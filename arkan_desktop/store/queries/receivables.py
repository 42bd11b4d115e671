"""What customers owe: open customer invoices, aged receivables, the reports kept offline.

"Open customer receivable" is one condition, `open_customer_receivable()`: a posted
customer invoice (not a credit note) with something still due. The aged view, the
payment dialog's open invoices and the Payments tab's due invoices all read through it.
The receivables reports a server computes (aging, dashboard) are kept in the cache's
metadata as JSON so the Reports tab shows them offline.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, and_, or_, select

from arkan_desktop.domain.money import from_minor
from arkan_desktop.domain.payments import OpenInvoice
from arkan_desktop.domain.receivables import AgedReport, build_report
from arkan_desktop.store.cache import Cache
from arkan_desktop.store.models import Invoice

REPORTS_KEY = "receivables_reports"


def open_customer_receivable() -> ColumnElement[bool]:
    """A posted customer invoice (not a credit note) with an amount still due."""
    return and_(
        or_(Invoice.type.is_(None), Invoice.type == "out_invoice"),
        Invoice.state == "posted",
        Invoice.amount_due_minor > 0,
    )


def aged_receivables(cache: Cache, as_of: date) -> AgedReport:
    """Every open customer invoice dated by `as_of`, by customer and lateness."""
    statement = select(
        Invoice.currency,
        Invoice.partner_id,
        Invoice.partner_name,
        Invoice.due_date,
        Invoice.date,
        Invoice.amount_due_minor,
    ).where(open_customer_receivable(), Invoice.date <= as_of.isoformat())
    with cache.reading() as session:
        found = list(session.execute(statement))
    return build_report(as_of, found)


def open_invoices(cache: Cache, partner_id: str, currency: str) -> list[OpenInvoice]:
    """A customer's open invoices in `currency`, oldest due first (a payment's choices)."""
    statement = (
        select(
            Invoice.id,
            Invoice.number,
            Invoice.date,
            Invoice.due_date,
            Invoice.total_minor,
            Invoice.amount_due_minor,
        )
        .where(
            open_customer_receivable(),
            Invoice.partner_id == partner_id,
            Invoice.currency == currency,
        )
        .order_by(Invoice.due_date, Invoice.date, Invoice.number)
    )
    with cache.reading() as session:
        return [
            OpenInvoice(
                id=str(i),
                number=str(n or ""),
                date=str(d or ""),
                due_date=str(dd or d or ""),
                currency=currency,
                total=from_minor(int(t or 0), currency),
                open=from_minor(int(due or 0), currency),
            )
            for i, n, d, dd, t, due in session.execute(statement)
        ]


@dataclass(frozen=True)
class DueInvoice:
    """An open customer invoice, as the Payments tab's form offers it."""

    id: str
    number: str
    partner_name: str
    due_date: str
    currency: str
    due: Decimal


def due_invoices(cache: Cache, currency: str) -> list[DueInvoice]:
    """Every open customer invoice in `currency`, oldest due date first."""
    query = (
        select(
            Invoice.id,
            Invoice.number,
            Invoice.partner_name,
            Invoice.due_date,
            Invoice.currency,
            Invoice.amount_due_minor,
        )
        .where(open_customer_receivable(), Invoice.currency == currency)
        .order_by(Invoice.due_date, Invoice.number)
    )
    with cache.reading() as session:
        return [
            DueInvoice(
                str(i), str(n or i), str(p or ""), str(d or ""), str(c), from_minor(int(m or 0), c)
            )
            for i, n, p, d, c, m in session.execute(query)
        ]


def partner_name(cache: Cache, partner_id: str) -> str:
    """The name a customer's invoices carry ("" when none is cached)."""
    statement = select(Invoice.partner_name).where(Invoice.partner_id == partner_id).limit(1)
    with cache.reading() as session:
        return str(session.scalar(statement) or "")


def kept_reports(cache: Cache) -> dict[str, Any] | None:
    """The receivables reports last fetched from the server (amounts as Decimal), or None."""
    text = cache.meta(REPORTS_KEY)
    if not text:
        return None
    try:
        found = json.loads(text, parse_float=Decimal)
    except ValueError:
        return None
    return found if isinstance(found, dict) else None


def keep_reports(cache: Cache, reports: Mapping[str, Any]) -> None:
    cache.set_meta(REPORTS_KEY, json.dumps(reports, default=str, ensure_ascii=False))
