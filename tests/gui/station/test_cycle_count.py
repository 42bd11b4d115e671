"""Cycle count at the station: a location's scans in, the server's stock out; refusals queue
nothing."""

from __future__ import annotations

from decimal import Decimal

from pytestqt.qtbot import QtBot

from arkan_desktop.gui.station.counting import CycleCount
from arkan_desktop.gui.station.station_settings import StationSettings
from tests.gui.conftest import run
from tests.gui.station.conftest import SLOW, Station
from tests.gui.station.helpers import (
    counted_location,
    gs1_count,
    last_answer,
    products_by_id,
    screenshot,
    server_stock,
    stocked_product,
    workflow_button,
)
from tests.sandbox.conftest import Api


def test_a_cycle_count_from_the_first_scan_to_the_servers_stock(
    qtbot: QtBot, station: Station, admin: Api
) -> None:
    window, scanner = station.window, station.scanner
    workflow_button(window, "Cycle count").click()
    assert isinstance(window.workflow, CycleCount)
    catalog = window.catalog
    assert catalog is not None
    location, (first, second, *others) = counted_location(catalog, 2)
    expected = catalog.location_stock(str(location["id"]))
    stranger = next(  # found at the bin although the cache has none of it there
        p
        for p in products_by_id(catalog).values()
        if p["id"] not in expected and p.get("barcode") and p.get("type") != "service"
    )

    scanner.scan(first["barcode"])
    assert not last_answer(window)[0] and "location first" in last_answer(window)[1]
    scanner.scan(location["barcode"])
    assert last_answer(window)[0], last_answer(window)
    assert "Scan everything" in window.expects_label.text()

    scanner.scan(first["barcode"])
    scanner.scan(first["barcode"])  # each scan counts one
    window.digit_buttons["7"].click()  # the pad sets the figure
    window.set_button.click()
    scanner.scan(gs1_count(second, 2))  # a carton label carries its own count
    scanner.scan(stranger["barcode"])
    window.minus_button.click()  # 1 → 0: counted none
    window.minus_button.click()  # below zero: refused
    assert "cannot be negative" in window.message_label.text()
    scanner.scan(stranger["barcode"])  # there was one after all
    flow = window.workflow
    assert isinstance(flow, CycleCount) and flow.session is not None
    here = str(location["id"])
    assert flow.session.counted == {
        (first["id"], here): Decimal(7),
        (second["id"], here): Decimal(2),
        (stranger["id"], here): Decimal(1),
    }
    assert window.pad.caption.text() == f"Count of {stranger['sku']} at {location['code']}"

    window.confirm_button.click()  # the review, nothing sent yet
    assert "difference" in window.message_label.text() or "No differences" in (
        window.message_label.text()
    )
    assert run(qtbot, station.company.outbox.rows()) == []
    screenshot(window, "station-cycle-count")
    shown = "\n".join(window.lines_list.item(i).text() for i in range(window.lines_list.count()))
    for product in (first, second, stranger, *others):
        assert str(product["sku"]) in shown
    if others:
        assert "not found" in shown

    window.confirm_button.click()
    qtbot.waitUntil(lambda: "done" in window.operation_states()[0], timeout=SLOW)
    [row] = run(qtbot, station.company.outbox.rows())
    assert row.response_resource == "" and row.response_data()["state"] == "done"
    counted = {first["id"]: 7, second["id"]: 2, stranger["id"]: 1}
    counted.update({p["id"]: 0 for p in others})
    for product_id, quantity in counted.items():
        assert server_stock(admin, product_id, location["id"]) == quantity
    # The station's figures follow once the inventory module is pulled.
    qtbot.waitUntil(
        lambda: (
            window.catalog is not None
            and window.catalog.location_stock(str(location["id"]))
            == {k: Decimal(v) for k, v in counted.items() if v}
        ),
        timeout=SLOW,
    )
    assert window.tones.played.count("refused") == 2


def test_refused_count_scans_say_why_and_queue_nothing(qtbot: QtBot, station: Station) -> None:
    window, scanner = station.window, station.scanner
    catalog = window.catalog
    assert catalog is not None
    _, home_bin, _ = stocked_product(catalog, 1)
    elsewhere = next(
        x
        for x in catalog.locations.values()
        if x.get("type") == "internal" and x.get("warehouseId") != home_bin.get("warehouseId")
    )
    window.apply_settings(StationSettings(warehouse_id=str(home_bin["warehouseId"])))
    workflow_button(window, "Cycle count").click()

    scanner.scan("LOC-NO-SUCH-BIN")
    assert "Unknown location" in last_answer(window)[1]
    scanner.scan(elsewhere["barcode"])
    accepted, text = last_answer(window)
    assert not accepted and "Wrong location" in text
    scanner.scan("4006381333931")  # a good EAN-13 that no product has
    assert "Unknown product" in last_answer(window)[1]
    scanner.scan(home_bin["barcode"])
    assert last_answer(window)[0]
    scanner.scan(elsewhere["barcode"])
    assert "Confirm or Cancel" in last_answer(window)[1]
    window.minus_button.click()
    assert "Scan a product first" in window.message_label.text()
    window.cancel_button.click()
    assert not window.confirm_button.isEnabled()
    window.confirm()  # nothing to confirm
    assert "Not ready" in window.message_label.text()
    assert window.tones.played.count("refused") == 6
    assert run(qtbot, station.company.outbox.rows()) == []


def test_a_blind_count_per_product_hides_the_figures_until_the_review(
    qtbot: QtBot, station: Station, admin: Api
) -> None:
    window, scanner = station.window, station.scanner
    catalog = window.catalog
    assert catalog is not None
    product, source, destination = stocked_product(catalog, 2)
    expected = catalog.on_hand(str(product["id"]), str(source["id"]))
    workflow_button(window, "Cycle count").click()
    window.choice_row.buttons["mode:product"].click()
    window.choice_row.buttons["blind"].click()
    assert "Scan the PRODUCT" in window.expects_label.text()
    assert {k for k, b in window.choice_row.buttons.items() if b.isChecked()} == {
        "mode:product",
        "blind",
    }
    scanner.scan(product["barcode"])
    assert last_answer(window)[0], last_answer(window)
    scanner.scan(source["barcode"])
    scanner.scan(product["barcode"])  # one found where more are expected
    scanner.scan(destination["barcode"])
    scanner.scan(product["barcode"])  # and one where none is expected
    shown = "\n".join(window.lines_list.item(i).text() for i in range(window.lines_list.count()))
    assert "expected" not in shown and str(expected) not in shown.replace(product["sku"], "")
    window.confirm_button.click()  # the review shows them
    assert "difference" in window.message_label.text()
    shown = "\n".join(window.lines_list.item(i).text() for i in range(window.lines_list.count()))
    assert f"{expected} expected" in shown
    window.confirm_button.click()
    qtbot.waitUntil(
        lambda: all("done" in state for state in window.operation_states()), timeout=SLOW
    )
    counted = {str(source["id"]): 1, str(destination["id"]): 1}
    for location_id, quantity in counted.items():
        assert server_stock(admin, product["id"], location_id) == quantity
