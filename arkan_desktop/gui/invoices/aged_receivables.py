"""Aged receivables from the cache: what each customer owes, by how late it is, per currency.

Computed from the cached invoices so it works offline: every posted customer invoice
dated by the chosen day with something still due counts with its amount due, in the
bucket of its days past the due date (current, 1–30, 31–60, 61–90, over 90), exactly as
the server's `/accounting/reports/aged-receivables` buckets them. Amounts are Decimal
from the cache's integer minor units. No Qt here; runs on the database worker.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select

from arkan_desktop.domain.money import format_amount, from_minor
from arkan_desktop.store.cache import Cache
from arkan_desktop.store.models import Invoice

BUCKET_KEYS = ("current", "days1to30", "days31to60", "days61to90", "days90plus")
ZERO = Decimal(0)


def bucket_of(as_of: date, due: str) -> int:
    """The bucket (an index into BUCKET_KEYS) of a document due on `due`."""
    late = (as_of - date.fromisoformat(due[:10])).days
    if late <= 0:
        return 0
    if late <= 30:
        return 1
    if late <= 60:
        return 2
    if late <= 90:
        return 3
    return 4


@dataclass
class AgedRow:
    currency: str
    partner_id: str  # "" on a totals row
    partner_name: str
    buckets: list[Decimal] = field(default_factory=lambda: [ZERO] * len(BUCKET_KEYS))
    documents: int = 0

    @property
    def total(self) -> Decimal:
        return sum(self.buckets, ZERO)

    @property
    def is_total(self) -> bool:
        return not self.partner_id


@dataclass
class AgedReport:
    as_of: date
    rows: list[AgedRow]  # per currency: its customers (largest total first), then its total

    def customers(self, currency: str) -> list[AgedRow]:
        return [r for r in self.rows if r.currency == currency and not r.is_total]

    def total(self, currency: str) -> AgedRow | None:
        return next((r for r in self.rows if r.currency == currency and r.is_total), None)


def aged_receivables(cache: Cache, as_of: date) -> AgedReport:
    day = as_of.isoformat()
    statement = select(
        Invoice.currency,
        Invoice.partner_id,
        Invoice.partner_name,
        Invoice.due_date,
        Invoice.date,
        Invoice.amount_due_minor,
    ).where(
        or_(Invoice.type.is_(None), Invoice.type == "out_invoice"),
        Invoice.state == "posted",
        Invoice.amount_due_minor > 0,
        Invoice.date <= day,
    )
    with cache.reading() as session:
        found = list(session.execute(statement))
    return build_report(as_of, found)


def build_report(as_of: date, found: Iterable[Sequence[Any]]) -> AgedReport:
    """Rows of (currency, partner id, partner name, due date, date, amount due in minor units)."""
    customers: dict[tuple[str, str], AgedRow] = {}
    for currency, partner_id, partner_name, due_date, day, due_minor in found:
        key = (currency, partner_id or "?")
        row = customers.setdefault(key, AgedRow(currency, key[1], partner_name or ""))
        row.buckets[bucket_of(as_of, due_date or day or as_of.isoformat())] += from_minor(
            int(due_minor or 0), currency
        )
        row.documents += 1
    rows: list[AgedRow] = []
    for currency in sorted({c for c, _p in customers}):
        mine = sorted(
            (r for (c, _p), r in customers.items() if c == currency),
            key=lambda r: (-r.total, r.partner_name),
        )
        total = AgedRow(currency, "", "")
        for row in mine:
            total.buckets = [a + b for a, b in zip(total.buckets, row.buckets, strict=True)]
            total.documents += row.documents
        rows.extend([*mine, total])
    return AgedReport(as_of, rows)


def write_csv(report: AgedReport, path: Path, headers: list[str], total_label: str) -> int:
    """The report as CSV (plain decimals, no grouping); returns the rows written."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(headers)
        for row in report.rows:
            name = total_label if row.is_total else row.partner_name
            amounts = [format_amount(a, row.currency, grouping=False) for a in row.buckets]
            total = format_amount(row.total, row.currency, grouping=False)
            out.writerow([row.currency, name, *amounts, total])
    return len(report.rows)
