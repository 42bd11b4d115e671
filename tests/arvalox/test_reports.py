"""The reports in the one shape the Reports tab reads, from either server's answer (issue
15): a figure that is missing or not a number is refused as malformed, never shown as 0."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from arkan_desktop.api import arvalox_reports as reports
from arkan_desktop.api.errors import ApiError, ApiErrorKind


def bucket(amount: Any, count: Any = 1) -> dict[str, Any]:
    return {"count": count, "amount": amount}


def real_aging(**summary: Any) -> dict[str, Any]:
    buckets = {
        "current": bucket("100.00"),
        "days_1_30": bucket("249.875"),
        "days_31_60": bucket("0", 0),
        "days_61_90": bucket("0", 0),
        "days_over_90": bucket("50.5"),
        "total": bucket("400.375", 3),
        **summary,
    }
    row = {
        "customer_id": 4,
        "customer_name": "Cedar Trading",
        **{k: v["amount"] for k, v in buckets.items() if isinstance(v, dict) and k != "total"},
        "total": "400.375",
        "invoice_count": 3,
    }
    return {
        "report_date": "2026-12-07",
        "summary": buckets,
        "customer_summaries": [row],
        "invoice_details": [],
    }


def test_the_open_source_backends_aging_reads_as_the_published_shape() -> None:
    aging = reports.aging(real_aging(), "USD")
    assert aging["as_of"] == "2026-12-07" and aging["currency"] == "USD"
    assert [(b["label"], b["amount"], b["count"]) for b in aging["buckets"]] == [
        ("current", Decimal("100.00"), 1),
        ("1-30", Decimal("249.875"), 1),
        ("31-60", Decimal("0"), 0),
        ("61-90", Decimal("0"), 0),
        ("90+", Decimal("50.5"), 1),
    ]
    assert aging["total_outstanding"] == Decimal("400.375")
    [customer] = aging["customers"]
    assert customer["customer_name"] == "Cedar Trading" and customer["1-30"] == Decimal("249.875")


@pytest.mark.parametrize(
    ("summary", "said"),
    [
        ({"days_1_30": bucket(None)}, "aging amount for 1-30 is missing"),
        ({"days_1_30": bucket("n/a")}, "aging amount for 1-30 is not an amount"),
        ({"days_over_90": None}, "has no 90+ bucket"),
        ({"current": bucket("1", "one")}, "aging count for current"),
        ({"total": "400"}, "has no total"),
    ],
)
def test_an_aging_figure_not_understood_is_malformed_not_zero(
    summary: dict[str, Any], said: str
) -> None:
    with pytest.raises(ApiError) as caught:
        reports.aging(real_aging(**summary))
    assert caught.value.kind is ApiErrorKind.MALFORMED and said in caught.value.message


def test_the_published_shapes_pass_checked() -> None:
    aging = {"as_of": "2026-12-07", "buckets": [{"label": "current", "amount": "10.00"}]}
    assert reports.aging(aging, "AED")["buckets"][0]["amount"] == Decimal("10.00")
    with pytest.raises(ApiError, match="current"):
        reports.aging({"buckets": [{"label": "current", "amount": "ten"}]})
    dashboard = {"total_outstanding": "12.50", "open_invoices": 3, "monthly": []}
    assert reports.dashboard(dashboard)["total_outstanding"] == Decimal("12.50")
    with pytest.raises(ApiError, match="overdue amount"):
        reports.dashboard({"overdue_amount": "lots"})


def test_the_open_source_backends_dashboard_reads_as_flat_figures() -> None:
    answer = {
        "date_range": {"from": "2026-11-07", "to": "2026-12-07"},
        "revenue_metrics": {"outstanding_count": 12},
        "invoice_metrics": {"overdue_count": 4, "overdue_amount": "980.00"},
        "payment_metrics": {"total_payments": "1500.50"},
        "customer_metrics": {"total_customers": 60},
        "aging_metrics": {"total_outstanding": "4210.75"},
    }
    dashboard = reports.dashboard(answer, "USD")
    assert {k: v for k, v in dashboard.items() if k != "arvalox"} == {
        "as_of": "2026-12-07",
        "currency": "USD",
        "total_outstanding": Decimal("4210.75"),
        "overdue_amount": Decimal("980.00"),
        "open_invoices": 12,
        "overdue_invoices": 4,
        "total_customers": 60,
        "collected_last_30_days": Decimal("1500.50"),
        "monthly": [],
    }
    del answer["aging_metrics"]
    with pytest.raises(ApiError, match="has no aging metrics"):
        reports.dashboard(answer)
