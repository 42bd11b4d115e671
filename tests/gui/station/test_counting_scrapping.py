"""Cycle count and scrap as step machines on an in-memory catalog (no server, no window)."""

from __future__ import annotations

from decimal import Decimal

from arkan_desktop.api.arkan_reads import reasons_from
from arkan_desktop.domain.barcodes import classify
from arkan_desktop.domain.commands import Command
from arkan_desktop.gui.station.counting import CycleCount
from arkan_desktop.gui.station.scrapping import (
    CACHED,
    STANDARD,
    Scrap,
    ScrapReasons,
    standard_reasons,
)
from tests.gui.station.test_workflows import OTHER, PRODUCT, catalog


def test_waiting_counts_and_scraps_change_the_stations_figures() -> None:
    snapshot = catalog()
    scrapped = {"productId": "p1", "locationId": "a", "quantity": "1"}
    snapshot.add_pending([Command("stock_moves", "scrap", None, scrapped)])
    assert snapshot.on_hand("p1", "a") == 4
    count = {"locationId": "a", "lines": [{"productId": "p1", "countedQuantity": "9"}]}
    snapshot.add_pending([Command("stock_moves", "cycle_count", None, count)])
    assert snapshot.on_hand("p1", "a") == 9  # a count sets the figure
    assert snapshot.location_stock("a") == {"p1": Decimal(9)}


def test_a_count_reviews_the_differences_before_it_is_written() -> None:
    flow = CycleCount(catalog())
    assert not flow.scan(classify(PRODUCT["barcode"])).accepted  # no location yet
    assert flow.scan(classify("LOC-WH1-A-01-1")).accepted
    assert flow.scan(classify(f"]C102{OTHER['barcode'].zfill(14)}373")).accepted  # GS1: 3
    assert not flow.scan(classify(f"]C102{OTHER['barcode'].zfill(14)}370")).accepted  # 0
    assert not flow.set_quantity(Decimal(-1)).accepted
    assert not flow.set_quantity(Decimal(10**7)).accepted
    assert flow.ready()
    review = flow.before_write()
    assert review is not None and "2 difference(s)" in review.message
    shown = "\n".join(flow.display_lines())
    assert "(not found, 5 expected)" in shown and "(+3, 0 expected)" in shown
    assert flow.before_write() is None  # the second Confirm writes
    [write] = flow.writes()
    assert write.entry.response_resource == "" and write.entry.action == "cycle_count"
    assert write.entry.body["lines"] == [
        {"productId": "p1", "countedQuantity": "0"},  # expected, not found
        {"productId": "p2", "countedQuantity": "3"},
    ]
    assert write.entry.body["apply"] is True and write.entry.body["reference"] == write.entry.id


def test_a_blind_count_shows_no_expected_figure_until_the_review() -> None:
    flow = CycleCount(catalog())
    assert flow.choose("blind").accepted and flow.chosen() == {"mode:location", "blind"}
    assert flow.scan(classify("LOC-WH1-A-01-1")).accepted
    assert flow.scan(classify(PRODUCT["barcode"])).accepted
    before = "\n".join(flow.display_lines()) + flow.expects() + flow.heading()
    assert "expected" not in before and "5" not in before and "(blind)" in flow.heading()
    review = flow.before_write()
    assert review is not None and "1 difference(s)" in review.message
    assert "(-4, 5 expected)" in "\n".join(flow.display_lines())


def test_a_count_per_product_visits_each_location_that_holds_it() -> None:
    snapshot = catalog()
    snapshot.stock[("p1", "b")] = Decimal(2)
    flow = CycleCount(snapshot)
    assert flow.choose("mode:product").accepted
    assert not flow.scan(classify("LOC-WH1-A-01-1")).accepted  # the product first
    assert flow.scan(classify(PRODUCT["barcode"])).accepted
    assert "Still to visit: WH1-A-01-1, WH1-B-01-1" in flow.display_lines()
    assert flow.scan(classify("LOC-WH1-B-01-1")).accepted
    assert flow.scan(classify(PRODUCT["barcode"])).accepted
    assert flow.scan(classify(PRODUCT["barcode"])).accepted
    assert not flow.scan(classify(OTHER["barcode"])).accepted  # another product
    assert flow.before_write() is not None and flow.before_write() is None
    writes = flow.writes()
    assert [(w.entry.body["locationId"], w.entry.body["lines"]) for w in writes] == [
        ("a", [{"productId": "p1", "countedQuantity": "0"}]),
        ("b", [{"productId": "p1", "countedQuantity": "2"}]),
    ]


def test_a_scrap_needs_stock_at_the_location_and_a_reason() -> None:
    flow = Scrap(catalog())
    assert flow.scan(classify("LOC-WH1-A-01-1")).accepted
    assert "Wrong location" in flow.scan(classify(OTHER["barcode"])).message
    assert flow.scan(classify(PRODUCT["barcode"])).accepted
    assert "Only 5" in flow.set_quantity(Decimal(6)).message
    assert not flow.ready() and flow.choices()[0] == ("damaged", "1 Damaged")
    assert "no reason 7" in flow.scan(classify("7")).message
    assert flow.scan(classify("6")).accepted and flow.reason == ("other", "Other")
    write = flow.write()
    assert write.entry.body == {
        "productId": "p1",
        "locationId": "a",
        "quantity": "1",
        "reasonId": "other",
        "reference": write.entry.id,
    }
    assert write.entry.response_resource == ""


def test_scrap_reasons_come_from_the_server_else_the_standard_list() -> None:
    answer = {"data": [{"id": "r-1", "code": "damaged", "name": "Damaged"}, {"name": "no id"}]}
    assert reasons_from(answer) == (("r-1", "Damaged"),)
    assert reasons_from({"data": "nonsense"}) == ()
    assert standard_reasons().source == STANDARD and "standard" in standard_reasons().note
    assert ScrapReasons((("r-1", "Damaged"),), CACHED).note == ""
