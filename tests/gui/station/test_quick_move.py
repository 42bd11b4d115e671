"""Quick move at the station: scans in, the server's stock out; refusals queue nothing."""

from __future__ import annotations

from decimal import Decimal

from pytestqt.qtbot import QtBot

from arkan_desktop.domain.barcodes import check_digit
from arkan_desktop.domain.scanner_input import CodeEntry
from tests.gui.conftest import run
from tests.gui.station.conftest import SLOW, Station
from tests.gui.station.helpers import last_answer, stocked_product
from tests.sandbox.conftest import Api


def server_stock(admin: Api, product_id: str, location_id: str) -> Decimal:
    levels = admin.all("/inventory/stock", productId=product_id)
    return sum(
        (
            Decimal(x["quantity"])
            for x in levels
            if x["productId"] == product_id and x["locationId"] == location_id
        ),
        Decimal(0),
    )


def test_quick_move_from_the_first_scan_to_the_servers_stock(
    qtbot: QtBot, station: Station, admin: Api
) -> None:
    window, scanner = station.window, station.scanner
    assert window.catalog is not None
    product, source, destination = stocked_product(window.catalog, 4)
    before_source = server_stock(admin, product["id"], source["id"])
    before_destination = server_stock(admin, product["id"], destination["id"])

    scanner.scan(source["barcode"])
    assert last_answer(window)[0], last_answer(window)
    assert "products" in window.expects_label.text()
    scanner.scan(product["barcode"])
    scanner.scan(product["barcode"])  # a second unit by scanning again
    window.plus_button.click()  # and a third from the pad
    assert window.workflow is not None
    assert window.workflow.lines[product["id"]].quantity == 3
    scanner.scan(destination["barcode"], end="\t")  # a scanner that ends codes with Tab
    assert last_answer(window)[0], last_answer(window)
    assert window.confirm_button.isEnabled()
    window.confirm_button.click()

    qtbot.waitUntil(lambda: "done" in window.operation_states()[0], timeout=SLOW)
    qtbot.waitUntil(
        lambda: server_stock(admin, product["id"], source["id"]) == before_source - 3,
        timeout=SLOW,
    )
    assert server_stock(admin, product["id"], destination["id"]) == before_destination + 3
    # The station's figure follows: the server's, once pulled (nothing pending any more).
    qtbot.waitUntil(
        lambda: (
            window.catalog is not None
            and window.catalog.on_hand(product["id"], source["id"]) == before_source - 3
        ),
        timeout=SLOW,
    )
    assert window.tones.played.count("refused") == 0


def test_refused_scans_say_why_and_queue_nothing(qtbot: QtBot, station: Station) -> None:
    window, scanner = station.window, station.scanner
    assert window.catalog is not None
    product, source, destination = stocked_product(window.catalog, 2)

    unknown = "629999999999"
    unknown += check_digit(unknown)
    scanner.scan(unknown)
    assert last_answer(window) == (
        False,
        f"✘ {unknown}\nUnknown product: {unknown} is not in the catalogue",
    )

    scanner.scan(destination["barcode"])  # becomes the source: the product is not there
    scanner.scan(product["barcode"])
    accepted, text = last_answer(window)
    assert not accepted and "Wrong location" in text

    window.cancel_button.click()
    scanner.scan(source["barcode"])
    there = window.catalog.on_hand(product["id"], source["id"])
    scanner.scan(f"]C1{'01' + product['barcode'].zfill(14)}37{int(there) + 1}")
    accepted, text = last_answer(window)
    assert not accepted and f"Only {there.normalize():f} of" in text

    us_digits, azerty = "1234567890", "&é\"'(-è_çà"
    garbled = product["barcode"].translate(str.maketrans(us_digits, azerty))
    scanner.scan(garbled)
    accepted, text = last_answer(window)
    assert not accepted and "Keyboard layout mismatch" in text and product["barcode"] in text

    assert not window.confirm_button.isEnabled()
    window.confirm()  # nothing to confirm yet
    assert "Not ready" in window.message_label.text()
    assert window.tones.played.count("refused") >= 5
    assert run(qtbot, station.company.outbox.rows()) == []


def test_human_typing_is_not_mistaken_for_a_scan(station: Station) -> None:
    window, scanner = station.window, station.scanner
    entries: list[CodeEntry] = []
    window.scan_input.sig_entered.connect(entries.append)
    scanner.type("LOC-NOWHERE-1")
    scanner.scan("LOC-NOWHERE-2")
    assert [(e.text, e.is_scan) for e in entries] == [
        ("LOC-NOWHERE-1", False),
        ("LOC-NOWHERE-2", True),
    ]
    assert "(typed)" in window.recent_list.item(1).text()
    assert "(typed)" not in window.recent_list.item(0).text()
    # The same code read twice within a few milliseconds counts once.
    scanner.scan("LOC-NOWHERE-3")
    scanner.now -= 1_000 - 30
    scanner._type("LOC-NOWHERE-3", 4, "\r")
    assert [e.text for e in entries].count("LOC-NOWHERE-3") == 1


def test_a_move_the_server_refuses_is_shown_as_refused(
    qtbot: QtBot, station: Station, admin: Api
) -> None:
    window, scanner = station.window, station.scanner
    assert window.catalog is not None
    product, source, destination = stocked_product(window.catalog, 2)
    scanner.scan(source["barcode"])
    scanner.scan(product["barcode"])
    # Meanwhile someone empties the bin on the server.
    there = server_stock(admin, product["id"], source["id"])
    admin.ok(
        admin.post(
            "/inventory/moves",
            {
                "productId": product["id"],
                "fromLocationId": source["id"],
                "toLocationId": destination["id"],
                "quantity": str(there),
            },
        )
    )
    scanner.scan(destination["barcode"])
    window.confirm()
    qtbot.waitUntil(lambda: "refused by the server" in window.operation_states()[0], timeout=SLOW)
    rows = run(qtbot, station.company.outbox.rows())
    assert [r.status for r in rows] == ["rejected"]  # it stays for the Outbox panel
