"""Picking and returns as the station words them, on an in-memory catalog (no server, no
window); and every reason of every session has its sentence, in English and Arabic."""

from __future__ import annotations

from decimal import Decimal
from enum import Enum

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from arkan_desktop.domain.barcodes import classify
from arkan_desktop.domain.commands import Command
from arkan_desktop.domain.warehouse.counting import CountReason
from arkan_desktop.domain.warehouse.pick_reasons import PickReason, ShortageReason
from arkan_desktop.domain.warehouse.receiving import ReceiveReason
from arkan_desktop.domain.warehouse.returns import ReturnReason
from arkan_desktop.gui.i18n import install_translations, remove_translations
from arkan_desktop.gui.station import counting, picking, receiving, returns
from arkan_desktop.gui.station.picking import PickShip
from arkan_desktop.gui.station.returns import TakeBack
from arkan_desktop.gui.station.wording import SHORTAGES
from arkan_desktop.store.queries.station import ReturnSource
from tests.gui.station.test_workflows import BIN_A, BIN_B, OTHER, PRODUCT, catalog

DELIVERY = {
    "id": "d1",
    "number": "DO-2026-00007",
    "state": "confirmed",
    "partnerId": "c1",
    "partnerName": "Gulf Retail",
    "warehouseId": "w1",
    "lines": [
        {"id": "dl1", "productId": "p1", "sku": "EL-1001", "quantity": "6"},
        {"id": "dl2", "productId": "p2", "sku": "PK-1", "quantity": "3"},
    ],
}
SHIPPED = {
    **DELIVERY,
    "id": "d0",
    "number": "DO-2026-00003",
    "state": "delivered",
    "lines": [{"id": "x1", "productId": "p1", "sku": "EL-1001", "deliveredQuantity": "4"}],
}
QUARANTINE = {
    "id": "q",
    "code": "WH1-QUAR",
    "barcode": "LOC-WH1-QUAR",
    "type": "internal",
    "purpose": "quarantine",
    "warehouseId": "w1",
}


def picking_catalog():  # type: ignore[no-untyped-def]
    snapshot = catalog()
    for place in (BIN_A, BIN_B, QUARANTINE):
        place["warehouseId"] = "w1"
    snapshot.locations["LOC-WH1-QUAR"] = QUARANTINE
    snapshot.warehouses = {"w1": {"id": "w1", "code": "WH1"}}
    snapshot.stock = {("p1", "a"): Decimal(5), ("p1", "b"): Decimal(4), ("p2", "b"): Decimal(2)}
    snapshot.deliveries = {"DO-2026-00007": DELIVERY}
    return snapshot


def test_a_picking_walks_the_bins_checks_each_scan_and_ships_with_a_backorder() -> None:
    flow = PickShip(picking_catalog(), "w1")
    assert flow.choices() == [("delivery:DO-2026-00007", "DO-2026-00007 · Gulf Retail")]
    assert not flow.scan(classify(PRODUCT["barcode"])).accepted  # the delivery first
    assert flow.scan(classify("do-2026-00007")).accepted
    assert flow.expects() == "Go to WH1-A-01-1 and scan it"
    wrong = flow.scan(classify("LOC-WH1-B-01-1"))
    assert (wrong.accepted, wrong.message) == (
        False,
        "Wrong bin: WH1-B-01-1 comes later; go to WH1-A-01-1 first",
    )
    assert flow.scan(classify("LOC-WH1-A-01-1")).accepted
    assert flow.expects() == "Take 5 × EL-1001 from WH1-A-01-1"
    assert flow.pad_purpose() == "Quantity taken: scan a product first"
    other = flow.scan(classify(OTHER["barcode"]))
    assert other.message == "Wrong product: PK-1 is not taken at WH1-A-01-1; take EL-1001"
    assert flow.scan(classify(PRODUCT["barcode"])).accepted
    assert flow.pad_purpose() == "How many EL-1001 taken at WH1-A-01-1"
    too_many = flow.set_quantity(Decimal(9))
    assert too_many.message == "Too many: 9 × EL-1001; the delivery takes at most 6"
    assert flow.set_quantity(Decimal(4)).accepted  # one is missing from the bin
    assert flow.choose("short").message == (
        "WH1-A-01-1 left short: 1 × EL-1001 will be taken at WH1-B-01-1"
    )
    assert flow.scan(classify("LOC-WH1-B-01-1")).accepted
    assert flow.expects() == "Take 2 × EL-1001 from WH1-B-01-1"
    assert not flow.adjust(1).accepted  # the pad's +1: no product scanned here yet
    assert flow.scan(classify(PRODUCT["barcode"])).accepted
    assert flow.adjust(1).accepted
    assert flow.scan(classify(OTHER["barcode"])).accepted
    last = flow.scan(classify(OTHER["barcode"]))
    assert last.message == "PK-1: 2 taken; the route is done, short: PK-1"
    short = flow.scan(classify(OTHER["barcode"]))
    assert not short.accepted
    assert not flow.ready()
    assert [key for key, _ in flow.choices()] == [f"shortage:{r.value}" for r in ShortageReason]
    assert "PK-1 is short by 1: choose why" in flow.before_write().message  # type: ignore[union-attr]
    assert flow.choose("shortage:damaged").message == "Backorder of PK-1: Damaged"
    assert flow.ready() and flow.before_write() is None
    assert "Backorder: PK-1 × 1 (Damaged)" in flow.display_lines()
    [write] = flow.writes()
    assert (write.entry.resource, write.entry.action, write.entry.command.record_id) == (
        "deliveries",
        "deliver",
        "d1",
    )
    assert write.entry.body == {
        "lines": [
            {"lineId": "dl1", "productId": "p1", "locationId": "a", "quantity": "4"},
            {"lineId": "dl1", "productId": "p1", "locationId": "b", "quantity": "2"},
            {"lineId": "dl2", "productId": "p2", "locationId": "b", "quantity": "2"},
        ],
        "shortageReason": "damaged",
    }
    assert write.effect["deliveries"][0]["state"] == "delivered"
    offer = flow.offer()
    assert offer is not None and [key for key, _text, _job in offer.jobs] == ["label", "note"]
    # waiting in the outbox, the delivery's picks are off the shelves at once
    snapshot = picking_catalog()
    snapshot.add_pending([write.entry.command])
    assert snapshot.on_hand("p1", "a") == 1 and snapshot.on_hand("p2", "b") == 0


def test_another_warehouses_delivery_and_an_unready_one_are_refused() -> None:
    snapshot = picking_catalog()
    snapshot.deliveries["DO-2026-00008"] = {**DELIVERY, "number": "DO-2026-00008", "state": "draft"}
    flow = PickShip(snapshot, "w2")
    assert flow.choices() == []
    assert "not from this warehouse" in flow.scan(classify("DO-2026-00007")).message
    refused = PickShip(snapshot).scan(classify("DO-2026-00008"))
    assert refused.message == (
        "DO-2026-00008 cannot be picked now (Draft): only confirmed deliveries can"
    )


def test_a_return_is_looked_up_scanned_by_condition_and_taken_in() -> None:
    flow = TakeBack(picking_catalog(), "w1")
    looking = flow.scan(classify("DO-2026-00003"))
    assert looking.accepted and flow.lookup == "DO-2026-00003"
    missing = flow.found("DO-2026-00003", None)
    assert not missing.accepted and "No delivery or invoice DO-2026-00003" in missing.message
    earlier = [{"deliveryId": "d0", "lines": [{"productId": "p1", "quantity": "1"}]}]
    assert flow.found("DO-2026-00003", ReturnSource("delivery", SHIPPED, earlier)).accepted
    assert not flow.scan(classify(OTHER["barcode"])).accepted  # not on the delivery
    assert flow.scan(classify(PRODUCT["barcode"])).accepted
    assert flow.scan(classify("LOC-WH1-A-01-1")).message == "Goods to resell go to WH1-A-01-1"
    assert flow.scan(classify(PRODUCT["barcode"])).accepted
    assert flow.choose("condition:damaged").message == "Next scans: damaged"
    bad = flow.scan(classify("LOC-WH1-B-01-1"))
    assert bad.message == "WH1-B-01-1 is neither quarantine nor scrap: damaged goods go there"
    assert flow.scan(classify(PRODUCT["barcode"])).accepted
    assert "only 3 can come back" in flow.scan(classify(PRODUCT["barcode"])).message
    assert flow.choose("scrap").accepted
    assert flow.ready()
    create, receive = flow.writes()
    assert create.entry.body["deliveryId"] == "d0"
    assert create.entry.body["lines"] == [
        {"productId": "p1", "quantity": "1", "condition": "resell", "locationId": "a"},
        {"productId": "p1", "quantity": "2", "condition": "damaged"},
    ]
    assert receive.entry.command.record_id == create.entry.temp_id
    assert (receive.entry.action, receive.entry.body) == ("receive", {"lines": []})
    record = receive.effect["sales_returns"][0]
    assert record["refunded"] is False and record["state"] == "received"
    # waiting, the resold unit is back on the shelf at once (the scrapped ones are not)
    snapshot = picking_catalog()
    snapshot.add_pending([Command("sales_returns", "receive", record["id"], record)])
    assert snapshot.on_hand("p1", "a") == 6


@pytest.mark.parametrize(
    ("table", "reasons"),
    [
        (picking.SAID, PickReason),
        (returns.SAID, ReturnReason),
        (receiving.SAID, ReceiveReason),
        (counting.SAID, CountReason),
        (SHORTAGES, ShortageReason),
    ],
    ids=["pick", "return", "receive", "count", "shortage"],
)
def test_every_reason_is_a_sentence_in_english_and_arabic(
    qapp: QApplication, table: dict[object, object], reasons: type[Enum]
) -> None:
    keys = {member.value if table is SHORTAGES else member for member in reasons}
    assert set(table) == keys
    translators = install_translations(qapp, QLocale("ar"))
    try:
        arabic = [QApplication.translate("Station", str(text)) for text in table.values()]
    finally:
        remove_translations(qapp, translators)
    untranslated = [str(t) for t, a in zip(table.values(), arabic, strict=True) if t == a]
    assert not untranslated
    assert all(any("\u0600" <= ch <= "\u06ff" for ch in text) for text in arabic)
