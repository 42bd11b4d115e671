"""Totals match the server's rule: per-line rounding, half-up, exact sums."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from arkan_desktop.domain.money import round_to_currency
from arkan_desktop.domain.totals import document_totals, line_amounts


def test_tax_is_rounded_per_line_not_on_the_sum() -> None:
    lines = [{"quantity": "1", "unitPrice": "0.10", "taxRate": "5"}] * 3
    totals = document_totals(lines, "AED")
    # 0.10 × 5 % = 0.005 → 0.01 per line; on the sum it would be 0.015 → 0.02.
    assert totals.tax == Decimal("0.03")
    assert totals.total == Decimal("0.33")


def test_discount_and_three_decimal_currency() -> None:
    amounts = line_amounts("3", "1.2345", "KWD", discount_percent="10", tax_rate="0")
    assert amounts.net == Decimal("3.333")
    assert amounts.tax == Decimal("0.000")


def test_breakdown_by_rate() -> None:
    totals = document_totals(
        [
            {"quantity": "2", "unitPrice": "100", "taxRate": "5"},
            {"quantity": "1", "unitPrice": "50", "taxRate": "0"},
            {"quantity": "1", "unitPrice": "10", "taxRate": "5.0"},
        ],
        "AED",
    )
    assert totals.tax_by_rate[Decimal(5)] == (Decimal("210.00"), Decimal("10.50"))
    assert totals.tax_by_rate[Decimal(0)] == (Decimal("50.00"), Decimal("0.00"))


prices = st.decimals(min_value=0, max_value=100000, places=3, allow_nan=False)
quantities = st.decimals(min_value=Decimal("0.001"), max_value=10000, places=3, allow_nan=False)


@given(st.lists(st.tuples(quantities, prices, st.sampled_from(["0", "5", "15"])), max_size=20))
def test_totals_are_sums_of_rounded_lines(lines: list[tuple[Decimal, Decimal, str]]) -> None:
    docs = [{"quantity": q, "unitPrice": p, "taxRate": r} for q, p, r in lines]
    totals = document_totals(docs, "AED")
    assert totals.total == totals.subtotal + totals.tax
    assert totals.subtotal == round_to_currency(totals.subtotal, "AED")
    assert sum((b for b, _ in totals.tax_by_rate.values()), Decimal(0)) == totals.subtotal
