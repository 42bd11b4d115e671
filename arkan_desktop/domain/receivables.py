"""Aged receivables: what each customer owes, by how late it is, per currency.

Every open customer invoice counts with its amount due, in the bucket of its days past the
due date (current, 1–30, 31–60, 61–90, over 90), exactly as the server's
`/accounting/reports/aged-receivables` buckets them. `AgeBucket` is the reason a document
sits where it sits; the window names the buckets. Amounts are Decimal from integer minor
units. Pure: the rows come from the cache (store/queries/receivables.py).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from arkan_desktop.domain.money import from_minor

ZERO = Decimal(0)


class AgeBucket(enum.IntEnum):
    """How late a document is, by days past its due date (its value: the bucket's index)."""

    CURRENT = 0  # not due yet, or due today
    DAYS_1_30 = 1
    DAYS_31_60 = 2
    DAYS_61_90 = 3
    OVER_90 = 4

    @property
    def key(self) -> str:
        """The server report's name for the bucket."""
        return BUCKET_KEYS[self.value]


BUCKET_KEYS = ("current", "days1to30", "days31to60", "days61to90", "days90plus")
# The last day late of each bucket but the last.
_LAST_DAY = ((0, AgeBucket.CURRENT), (30, AgeBucket.DAYS_1_30), (60, AgeBucket.DAYS_31_60),
             (90, AgeBucket.DAYS_61_90))  # fmt: skip


def bucket_of(as_of: date, due: str) -> AgeBucket:
    """The bucket of a document due on `due` (an ISO date), seen on `as_of`."""
    late = (as_of - date.fromisoformat(due[:10])).days
    return next((bucket for last, bucket in _LAST_DAY if late <= last), AgeBucket.OVER_90)


@dataclass
class AgedRow:
    currency: str
    partner_id: str  # "" on a totals row
    partner_name: str
    buckets: list[Decimal] = field(default_factory=lambda: [ZERO] * len(AgeBucket))
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
