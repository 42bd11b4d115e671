"""Quantities typed in the stock dialogs."""

from __future__ import annotations

from decimal import Decimal

from arkan_desktop.gui.stock.stock_dialogs import parse_quantity


def test_quantities_are_positive_with_at_most_three_decimals() -> None:
    assert parse_quantity("1,250.5") == Decimal("1250.5")
    for bad in ("0", "-1", "1.0001", "abc", "", "nan", "inf"):
        assert parse_quantity(bad) is None
