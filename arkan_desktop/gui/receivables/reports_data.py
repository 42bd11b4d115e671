"""The receivables reports (aging buckets, dashboard figures), read for the Reports tab.

A server that has them answers them (`company.receivables.fetch_reports`, where its
connector offers `ReceivablesReports`); the answers are kept in the cache with the time
they were fetched, so the tab shows them offline, saying as of when. Reading is
tolerant: buckets as a list or as a mapping, figures under any name (a whole number is a
count, anything else an amount); amounts become `Decimal`, never floats. No widgets.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

from arkan_desktop.domain.money import MoneyError, to_decimal

ZERO = Decimal(0)


@dataclass(frozen=True)
class Bucket:
    label: str
    amount: Decimal
    count: int | None = None


@dataclass(frozen=True)
class Figure:
    key: str
    value: Decimal | int
    money: bool


@dataclass
class ReceivablesReport:
    fetched_at: datetime | None = None
    as_of: str = ""
    currency: str = ""
    total_outstanding: Decimal = ZERO
    buckets: list[Bucket] = field(default_factory=list)
    customers: list[tuple[str, list[Decimal], Decimal]] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    monthly: list[tuple[str, Decimal, Decimal]] = field(default_factory=list)
    # A report the server failed to give ("aging", "dashboard") with its words: shown as
    # not available, never as zeros.
    failures: dict[str, str] = field(default_factory=dict)


def _amount(value: Any) -> Decimal:
    try:
        return to_decimal(value if value is not None else 0)
    except MoneyError:
        return ZERO


def _count(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _buckets(raw: Any) -> list[Bucket]:
    if isinstance(raw, Mapping):
        return [Bucket(str(k), _amount(v)) for k, v in raw.items()]
    out = []
    for item in raw if isinstance(raw, list) else []:
        if isinstance(item, Mapping):
            label = item.get("label") or item.get("bucket") or item.get("name") or ""
            amount = item.get("amount", item.get("total"))
            out.append(Bucket(str(label), _amount(amount), _count(item.get("count"))))
    return out


def _figures(dashboard: Mapping[str, Any]) -> list[Figure]:
    out = []
    for key, value in dashboard.items():
        if key in ("as_of", "currency") or isinstance(value, (Mapping, list, bool)):
            continue
        count = _count(value)
        if count is not None:
            out.append(Figure(key, count, money=False))
            continue
        try:
            out.append(Figure(key, to_decimal(value), money=True))
        except MoneyError:
            continue
    return out


def read_reports(saved: Mapping[str, Any]) -> ReceivablesReport:
    """The report the tab shows, from what `fetch_reports` answered (or the saved copy)."""
    aging = saved.get("aging") if isinstance(saved.get("aging"), Mapping) else {}
    dashboard = saved.get("dashboard") if isinstance(saved.get("dashboard"), Mapping) else {}
    assert isinstance(aging, Mapping) and isinstance(dashboard, Mapping)
    report = ReceivablesReport()
    try:
        report.fetched_at = datetime.fromisoformat(str(saved.get("fetchedAt")))
    except ValueError:
        report.fetched_at = None
    report.as_of = str(aging.get("as_of") or dashboard.get("as_of") or "")
    report.currency = str(aging.get("currency") or dashboard.get("currency") or "")
    report.buckets = _buckets(aging.get("buckets"))
    outstanding = aging.get("total_outstanding", dashboard.get("total_outstanding"))
    report.total_outstanding = (
        _amount(outstanding)
        if outstanding is not None
        else sum((b.amount for b in report.buckets), ZERO)
    )
    labels = [b.label for b in report.buckets]
    for row in aging.get("customers") or []:
        if isinstance(row, Mapping):
            amounts = [_amount(row.get(label)) for label in labels]
            name = str(row.get("customer_name") or row.get("name") or row.get("customer_id"))
            report.customers.append((name, amounts, _amount(row.get("total"))))
    failures = saved.get("failures")
    if isinstance(failures, Mapping):
        report.failures = {str(k): str(v) for k, v in failures.items()}
    report.figures = _figures(dashboard)
    for month in dashboard.get("monthly") or []:
        if isinstance(month, Mapping):
            report.monthly.append(
                (
                    str(month.get("month")),
                    _amount(month.get("invoiced")),
                    _amount(month.get("collected")),
                )
            )
    return report
