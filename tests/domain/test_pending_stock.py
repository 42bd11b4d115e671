"""The stock waiting writes add on top of the server's figures, from typed commands."""

from __future__ import annotations

from decimal import Decimal

from arkan_desktop.domain.commands import Command
from arkan_desktop.domain.pending_stock import pending_stock

SERVER = {("p1", "a"): Decimal(5), ("p2", "a"): Decimal(1)}


class Codes:
    locations = {"LOC-A": "a", "LOC-B": "b"}
    products = {"6291230102990": "p1"}

    def location_id(self, barcode: str) -> str | None:
        return self.locations.get(barcode.upper())

    def product_id(self, barcode: str) -> str | None:
        return self.products.get(barcode)


def move(action: str, **body: object) -> Command:
    return Command("stock_moves", action, None, body)


def test_moves_transfers_and_quick_moves_take_from_one_place_to_another() -> None:
    pending = pending_stock(
        [
            move("create", productId="p1", fromLocationId="a", toLocationId="b", quantity="1"),
            move(
                "transfer",
                fromLocationId="a",
                toLocationId="b",
                lines=[{"productId": "p1", "quantity": "1"}, {"productId": "p2", "quantity": "1"}],
            ),
            move(
                "quick_move",
                fromLocationBarcode="loc-a",
                toLocationBarcode="LOC-B",
                productBarcode="6291230102990",
                quantity="0.5",
            ),
            move(
                "quick_move",
                fromLocationBarcode="LOC-A",
                toLocationBarcode="LOC-B",
                productBarcode="unknown",
                quantity="9",
            ),
        ],
        SERVER,
        Codes(),
    )
    assert pending.stock == {
        ("p1", "a"): Decimal("-2.5"),
        ("p1", "b"): Decimal("2.5"),
        ("p2", "a"): Decimal(-1),
        ("p2", "b"): Decimal(1),
    }
    assert pending.received == {}


def test_a_count_sets_the_figure_whatever_waited_before_and_a_scrap_takes_away() -> None:
    pending = pending_stock(
        [
            move("scrap", productId="p1", locationId="a", quantity="1", reasonId="damaged"),
            move(
                "cycle_count", locationId="a", lines=[{"productId": "p1", "countedQuantity": "9"}]
            ),
            move("scrap", productId="p1", locationId="a", quantity="2", reasonId="lost"),
        ],
        SERVER,
        Codes(),
    )
    assert SERVER[("p1", "a")] + pending.stock[("p1", "a")] == 7  # counted 9, then 2 scrapped


def test_a_receipt_fills_its_location_and_lowers_what_is_open_on_the_order() -> None:
    station = {"lines": [{"productId": "p1", "quantity": "3"}], "locationId": "b"}
    by_line = {"lines": [{"lineId": "l1", "quantity": "4"}]}  # the Purchasing tab's
    pending = pending_stock(
        [
            Command("purchase_orders", "receive", "o1", station),
            Command("purchase_orders", "receive", "o1", by_line),
            Command("invoices", "post", "i1"),
            move("adjust", locationId="a", lines=[{"productId": "p1", "countedQuantity": "0"}]),
        ],
        SERVER,
        Codes(),
    )
    assert pending.received == {("o1", "p1"): Decimal(3)}
    assert pending.stock == {("p1", "b"): Decimal(3)}
