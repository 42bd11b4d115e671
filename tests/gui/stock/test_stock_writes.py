"""Stock write builders: transfer, adjustment and scrap bodies and descriptions."""

from __future__ import annotations

from decimal import Decimal

from arkan_desktop.gui.stock.stock_dialogs import parse_quantity
from arkan_desktop.gui.stock.stock_writes import adjust_stock, scrap_stock, transfer_stock


def test_transfer_lines_and_reference() -> None:
    write = transfer_stock(("a", "WH1-A"), ("b", "WH1-B"), [("p1", Decimal("2.500"))])
    body = write.entry.body
    assert body["lines"] == [{"productId": "p1", "quantity": "2.5"}]
    assert body["reference"] == write.entry.id
    assert write.entry.path == "/inventory/moves/transfer"
    assert "WH1-A → WH1-B" in write.entry.description


def test_adjustment_counts_may_be_zero() -> None:
    write = adjust_stock(("a", "WH1-A"), "cycle count", [("p1", Decimal(0))])
    assert write.entry.body["lines"] == [{"productId": "p1", "countedQuantity": "0"}]


def test_scrap_names_its_reason() -> None:
    write = scrap_stock(("p1", "SKU-1"), ("a", "WH1-A"), Decimal(1), ("r1", "Expired"), "old")
    assert write.entry.body["reasonId"] == "r1" and write.entry.body["note"] == "old"
    assert write.entry.description == "Scrap 1 × SKU-1 at WH1-A: Expired"


def test_quantities_are_positive_with_at_most_three_decimals() -> None:
    assert parse_quantity("1,250.5") == Decimal("1250.5")
    for bad in ("0", "-1", "1.0001", "abc", "", "nan", "inf"):
        assert parse_quantity(bad) is None
