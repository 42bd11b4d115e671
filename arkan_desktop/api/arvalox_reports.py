"""The Arvalox reports (aging, dashboard) in the one shape the app reads, whatever the server.

The published reference answers aging as `{as_of, currency, total_outstanding, buckets:
[{label, amount, count}], customers}` and the dashboard as flat figures with `monthly`.
The open-source backend answers aging as `{report_date, summary: {current, days_1_30, …,
total: {count, amount}}, customer_summaries, invoice_details}` and the dashboard as one
nested document (`revenue_metrics`, `aging_metrics`, …). Both become the published shape
(amounts as `Decimal`, counts as int), with the server's answer kept under `arvalox`.

A figure that is missing or not a number is never shown as 0.00: the report is refused
as malformed, naming the figure. `Reports` holds both reports fetched each on its own,
so that one failing (that backend's dashboard answers 500 for most organisations) does
not hide the other. Nothing here sends a request.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from arkan_desktop.api.wire import malformed

Report = dict[str, Any]
# The open-source backend's buckets, and the labels the published reference gives them.
BUCKETS = (
    ("current", "current"),
    ("days_1_30", "1-30"),
    ("days_31_60", "31-60"),
    ("days_61_90", "61-90"),
    ("days_over_90", "90+"),
)


@dataclass
class Reports:
    """Both reports, each fetched on its own: a report that failed is None, and
    `failures` says why in one sentence (report name -> message)."""

    aging: Report | None = None
    dashboard: Report | None = None
    failures: dict[str, str] = field(default_factory=dict)


def _section(answer: Mapping[str, Any], name: str, what: str) -> Mapping[str, Any]:
    found = answer.get(name)
    if not isinstance(found, Mapping):
        raise malformed(f"The server's {what} has no {name.replace('_', ' ')}")
    return found


def amount(value: Any, what: str) -> Decimal:
    """An amount of a report, exactly; anything else is a malformed report, not 0."""
    if isinstance(value, bool) or value is None or isinstance(value, float):
        raise malformed(f"The server's {what} is missing or not an amount")
    try:
        number = Decimal(str(value).strip())
    except InvalidOperation:
        raise malformed(f"The server's {what} is not an amount ({str(value)[:20]})") from None
    if not number.is_finite():
        raise malformed(f"The server's {what} is not an amount")
    return number


def count(value: Any, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int | Decimal):
        raise malformed(f"The server's {what} is missing or not a count")
    if value != int(value) or value < 0:
        raise malformed(f"The server's {what} is not a count")
    return int(value)


def _published_aging(answer: Mapping[str, Any]) -> Report:
    buckets = answer.get("buckets")
    if not isinstance(buckets, list) or not buckets:
        raise malformed("The server's aging report has no buckets")
    out = []
    for bucket in buckets:
        if not isinstance(bucket, Mapping):
            raise malformed("The server's aging report has a bucket that is not an object")
        label = str(bucket.get("label") or bucket.get("bucket") or "")
        figure = amount(bucket.get("amount", bucket.get("total")), f"aging amount for {label}")
        entry: Report = {**bucket, "label": label, "amount": figure}
        out.append(entry)
    report: Report = {**answer, "buckets": out}
    if answer.get("total_outstanding") is not None:
        report["total_outstanding"] = amount(answer["total_outstanding"], "total outstanding")
    return report


def _real_aging(answer: Mapping[str, Any], currency: str) -> Report:
    what = "aging report"
    summary = _section(answer, "summary", what)
    buckets = []
    for key, label in BUCKETS:
        bucket = summary.get(key)
        if not isinstance(bucket, Mapping):
            raise malformed(f"The server's {what} has no {label} bucket")
        buckets.append(
            {
                "label": label,
                "amount": amount(bucket.get("amount"), f"aging amount for {label}"),
                "count": count(bucket.get("count"), f"aging count for {label}"),
            }
        )
    total = summary.get("total")
    if not isinstance(total, Mapping):
        raise malformed(f"The server's {what} has no total")
    customers = []
    for row in answer.get("customer_summaries") or []:
        if not isinstance(row, Mapping):
            continue
        name = row.get("customer_name") or row.get("customer_id")
        line: Report = {"customer_id": row.get("customer_id"), "customer_name": name}
        for key, label in BUCKETS:
            line[label] = amount(row.get(key), f"aging amount of {name} for {label}")
        line["total"] = amount(row.get("total"), f"aging total of {name}")
        customers.append(line)
    return {
        "as_of": str(answer.get("report_date") or ""),
        "currency": currency,
        "total_outstanding": amount(total.get("amount"), "total outstanding"),
        "buckets": buckets,
        "customers": customers,
        "invoices": answer.get("invoice_details") or [],
        "arvalox": dict(answer),
    }


def aging(answer: Any, currency: str = "") -> Report:
    """The aging report in the published shape, from either server's answer."""
    if not isinstance(answer, Mapping):
        raise malformed("The server's aging report is not an object")
    if "summary" in answer:
        return _real_aging(answer, currency)
    report = _published_aging(answer)
    report.setdefault("currency", currency)
    return report


def _real_dashboard(answer: Mapping[str, Any], currency: str) -> Report:
    what = "dashboard"
    revenue = _section(answer, "revenue_metrics", what)
    invoices = _section(answer, "invoice_metrics", what)
    payments = _section(answer, "payment_metrics", what)
    customers = _section(answer, "customer_metrics", what)
    aged = _section(answer, "aging_metrics", what)
    period = answer.get("date_range") if isinstance(answer.get("date_range"), Mapping) else {}
    assert isinstance(period, Mapping)
    return {
        "as_of": str(period.get("to") or ""),
        "currency": currency,
        "total_outstanding": amount(aged.get("total_outstanding"), "total outstanding"),
        "overdue_amount": amount(invoices.get("overdue_amount"), "overdue amount"),
        "open_invoices": count(revenue.get("outstanding_count"), "number of open invoices"),
        "overdue_invoices": count(invoices.get("overdue_count"), "number of overdue invoices"),
        "total_customers": count(customers.get("total_customers"), "number of customers"),
        # The backend's default period is the last 30 days.
        "collected_last_30_days": amount(payments.get("total_payments"), "amount collected"),
        "monthly": [],
        "arvalox": dict(answer),
    }


def dashboard(answer: Any, currency: str = "") -> Report:
    """The dashboard in the published shape (flat figures), from either server's answer."""
    if not isinstance(answer, Mapping):
        raise malformed("The server's dashboard is not an object")
    if "revenue_metrics" in answer:
        return _real_dashboard(answer, currency)
    report: Report = dict(answer)
    for key, value in answer.items():
        if key in ("as_of", "currency", "monthly") or isinstance(value, Mapping | list):
            continue
        if isinstance(value, int | bool):
            continue
        report[key] = amount(value, key.replace("_", " "))
    report.setdefault("currency", currency)
    return report
