"""Money arithmetic: exact round trips, currency rounding, clear refusals."""

from __future__ import annotations

import contextlib
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from arkan_desktop.domain.money import (
    MoneyError,
    format_amount,
    from_minor,
    round_to_currency,
    to_decimal,
    to_minor,
)

CURRENCIES = st.sampled_from(["AED", "KWD", "BHD", "OMR", "USD", "JPY"])


@given(st.integers(min_value=-(10**15), max_value=10**15), CURRENCIES)
def test_minor_units_round_trip_exactly(units: int, currency: str) -> None:
    assert to_minor(from_minor(units, currency), currency) == units


@given(st.decimals(min_value=-(10**12), max_value=10**12, allow_nan=False, places=3), CURRENCIES)
def test_rounded_amounts_always_fit_minor_units(amount: Decimal, currency: str) -> None:
    rounded = round_to_currency(amount, currency)
    assert from_minor(to_minor(rounded, currency), currency) == rounded
    assert abs(rounded - amount) <= Decimal("0.5")


@given(st.lists(st.integers(min_value=0, max_value=10**9), max_size=50))
def test_sums_of_strings_are_exact(units: list[int]) -> None:
    strings = [str(from_minor(u, "KWD")) for u in units]
    assert sum((to_decimal(s) for s in strings), Decimal(0)) == from_minor(sum(units), "KWD")


def test_half_up_like_tax_invoices() -> None:
    assert round_to_currency(Decimal("2.345"), "AED") == Decimal("2.35")
    assert round_to_currency(Decimal("-2.345"), "AED") == Decimal("-2.35")
    assert round_to_currency(Decimal("1.0005"), "KWD") == Decimal("1.001")


def test_formatting_shows_the_currency_decimals() -> None:
    assert format_amount(Decimal("1234.5"), "AED") == "1,234.50"
    assert format_amount(Decimal("12.3456"), "KWD") == "12.346"
    assert format_amount(Decimal("7"), "OMR", grouping=False) == "7.000"


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (0.1, "binary float"),
        ("abc", "not a decimal number"),
        ("NaN", "not a finite number"),
        ("Infinity", "not a finite number"),
        ("1e999999", "implausibly large"),
        (None, "missing"),
        (True, "missing"),
        ([], "type list"),
        ("9" * 100, "not a decimal number"),
    ],
)
def test_bad_values_are_refused_with_a_reason(value: object, message: str) -> None:
    with pytest.raises(MoneyError, match=message):
        to_decimal(value)


def test_amounts_finer_than_the_currency_are_refused() -> None:
    with pytest.raises(MoneyError, match="more decimals than AED"):
        to_minor(Decimal("1.005"), "AED")


@given(st.text(max_size=80))
def test_parsing_never_crashes(text: str) -> None:
    with contextlib.suppress(MoneyError):
        to_decimal(text)
