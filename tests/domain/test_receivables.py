"""Aged receivables: each document in the bucket of its days past due, per customer and
currency, with totals in Decimal."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from arkan_desktop.domain.receivables import AgeBucket, bucket_of, build_report

D = Decimal


def test_buckets_by_days_past_due() -> None:
    day = date(2026, 6, 30)
    cases = {"2026-07-05": 0, "2026-06-30": 0, "2026-06-29": 1, "2026-05-31": 1,
             "2026-05-30": 2, "2026-05-01": 2, "2026-04-30": 3, "2026-04-01": 3,
             "2026-03-31": 4}  # fmt: skip
    assert {due: bucket_of(day, due) for due in cases} == cases


def test_report_per_currency_with_totals_in_decimal() -> None:
    day = date(2026, 6, 30)
    rows = [("AED", "p1", "Alpha", "2026-06-10", "2026-05-10", 10001),
            ("AED", "p2", "Beta", "2026-07-10", "2026-06-10", 500),
            ("AED", "p1", "Alpha", "2026-01-10", "2025-12-10", 99),
            ("KWD", "p3", "Gamma", "2026-06-01", "2026-05-01", 1234)]  # fmt: skip
    report = build_report(day, rows)
    alpha, beta = report.customers("AED")
    assert alpha.partner_name == "Alpha" and alpha.buckets == [0, D("100.01"), 0, 0, D("0.99")]
    assert beta.buckets == [D("5.00"), 0, 0, 0, 0]
    total = report.total("AED")
    assert total is not None and total.total == D("106.00") and total.documents == 3
    kwd = report.total("KWD")
    assert kwd is not None and kwd.buckets[1] == D("1.234")  # three decimals
    assert [r.currency for r in report.rows] == ["AED", "AED", "AED", "KWD", "KWD"]


def test_bucket_keys_are_the_server_reports_names() -> None:
    assert [bucket.key for bucket in AgeBucket] == [
        "current", "days1to30", "days31to60", "days61to90", "days90plus"
    ]  # fmt: skip
    assert bucket_of(date(2026, 6, 30), "2026-06-29T23:00:00Z") is AgeBucket.DAYS_1_30
