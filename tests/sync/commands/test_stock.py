"""Stock write builders: moves, transfers, adjustments, counts and scraps as commands."""

from __future__ import annotations

from decimal import Decimal

import pytest

from arkan_desktop.domain.commands import Command
from arkan_desktop.sync.commands.descriptions import english
from arkan_desktop.sync.commands.stock import (
    adjust_stock,
    count_cycle,
    move_stock,
    scrap,
    transfer_stock,
)


def test_transfer_lines_and_reference() -> None:
    write = transfer_stock(("a", "WH1-A"), ("b", "WH1-B"), [("p1", Decimal("2.500"))])
    body = write.entry.body
    assert body["lines"] == [{"productId": "p1", "quantity": "2.5"}]
    assert body["reference"] == write.entry.id
    assert (write.entry.resource, write.entry.action) == ("stock_moves", "transfer")
    assert write.entry.description is not None
    assert "WH1-A → WH1-B" in english(write.entry.description)


def test_adjustment_counts_may_be_zero() -> None:
    write = adjust_stock(("a", "WH1-A"), "cycle count", [("p1", Decimal(0))])
    assert write.entry.body["lines"] == [{"productId": "p1", "countedQuantity": "0"}]


def test_one_scrap_for_the_stock_tab_and_the_station() -> None:
    write = scrap(("p1", "SKU-1"), ("a", "WH1-A"), Decimal(1), ("r1", "Expired"), "old")
    assert write.entry.body["reasonId"] == "r1" and write.entry.body["note"] == "old"
    assert write.entry.description is not None
    assert english(write.entry.description) == "Scrap 1 × SKU-1 at WH1-A: Expired"
    assert write.entry.response_resource == ""
    plain = scrap(("p1", "SKU-1"), ("a", "WH1-A"), Decimal("2.50"), ("r1", "Expired"))
    assert "note" not in plain.entry.body and plain.entry.body["quantity"] == "2.5"
    with pytest.raises(ValueError, match="above zero"):
        scrap(("p1", "SKU-1"), ("a", "WH1-A"), Decimal(0), ("r1", "Expired"))


def test_a_move_shows_at_once_and_a_count_is_its_own_document() -> None:
    moved = move_stock({"productId": "p1", "fromLocationId": "a", "toLocationId": "b",
                        "quantity": "2"}, {"sku": "SKU-1"})  # fmt: skip
    assert moved.entry.command == Command("stock_moves", "create", None, moved.entry.body)
    assert moved.effect["stock_moves"][0]["id"] == moved.entry.temp_id
    counted = count_cycle({"id": "a", "code": "WH1-A"}, [({"id": "p1"}, Decimal(3))])
    assert counted.entry.action == "cycle_count" and counted.effect == {}
    assert counted.entry.description is not None
    assert english(counted.entry.description) == "Count 1 product(s) at WH1-A"
    with pytest.raises(ValueError, match="negative"):
        count_cycle({"id": "a"}, [({"id": "p1", "sku": "S"}, Decimal(-1))])
