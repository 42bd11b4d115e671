"""The station's step machines on an in-memory catalog (no Qt, no server)."""

from __future__ import annotations

from decimal import Decimal

from arkan_desktop.domain.barcodes import classify
from arkan_desktop.domain.commands import Command
from arkan_desktop.domain.warehouse.catalog import Catalog
from arkan_desktop.gui.station.receiving import ReceiveOrder
from arkan_desktop.gui.station.workflows import QuickMove

PRODUCT = {"id": "p1", "sku": "EL-1001", "name": "LED Panel", "barcode": "6291230102990"}
OTHER = {"id": "p2", "sku": "PK-1", "name": "Tape", "barcode": "6291230100316"}
BIN_A = {"id": "a", "code": "WH1-A-01-1", "barcode": "LOC-WH1-A-01-1", "type": "internal"}
BIN_B = {"id": "b", "code": "WH1-B-01-1", "barcode": "LOC-WH1-B-01-1", "type": "internal"}
ORDER = {
    "id": "o1",
    "number": "PO-2026-00042",
    "state": "confirmed",
    "locationId": "b",
    "lines": [{"id": "l1", "productId": "p1", "quantity": "10", "quantityReceived": "4"}],
}


def catalog() -> Catalog:
    found = Catalog()
    for product in (PRODUCT, OTHER):
        found.products[product["barcode"]] = product
        found.products[product["sku"]] = product
        found.by_id[product["id"]] = product
    found.locations = {"LOC-WH1-A-01-1": BIN_A, "LOC-WH1-B-01-1": BIN_B}
    found.orders = {"PO-2026-00042": ORDER}
    found.stock = {("p1", "a"): Decimal(5)}
    return found


def test_a_quick_move_counts_pending_moves_and_builds_a_quick_move() -> None:
    snapshot = catalog()
    moved = {
        "fromLocationBarcode": "LOC-WH1-A-01-1",
        "toLocationBarcode": "LOC-WH1-B-01-1",
        "productBarcode": "6291230102990",
        "quantity": "2",
    }
    snapshot.add_pending([Command("stock_moves", "quick_move", None, moved)])
    assert snapshot.on_hand("p1", "a") == 3 and snapshot.on_hand("p1", "b") == 2
    move = QuickMove(snapshot)
    assert move.scan(classify("LOC-WH1-A-01-1")).accepted
    assert move.scan(classify("el-1001")).accepted  # a SKU typed in lower case
    assert not move.set_quantity(Decimal(4)).accepted  # only 3 left after the pending move
    assert move.set_quantity(Decimal(3)).accepted
    assert not move.scan(classify("LOC-WH1-A-01-1")).accepted  # the source again
    assert move.scan(classify("LOC-WH1-B-01-1")).accepted and move.ready()
    entry = move.write().entry
    assert (entry.resource, entry.action) == ("stock_moves", "quick_move")
    assert entry.body["quantity"] == "3" and entry.body["reference"] == entry.id


def test_receiving_lists_the_order_and_refuses_what_the_order_does_not_allow() -> None:
    snapshot = catalog()
    received = {"lines": [{"productId": "p1", "quantity": "2"}], "locationId": "b"}
    snapshot.add_pending([Command("purchase_orders", "receive", "o1", received)])
    receipt = ReceiveOrder(snapshot)
    assert receipt.scan(classify("]C0PO 2026 00042")).accepted
    # the line is listed at once: ordered 10, received 4 + 2 waiting, 4 open; it goes to b
    assert receipt.display_lines() == ["EL-1001 → WH1-B-01-1\nordered 10 · received 6 · open 4"]
    assert not receipt.scan(classify(OTHER["barcode"])).accepted
    assert receipt.scan(classify(PRODUCT["barcode"])).accepted
    assert receipt.adjust(3).accepted  # 4 of the 4 still open (10 − 4 received − 2 pending)
    outcome = receipt.adjust(1)
    assert not outcome.accepted and outcome.message.startswith("Over-receipt: only 4")
    assert receipt.set_quantity(Decimal(0)).accepted and not receipt.ready()
    assert receipt.scan(classify(PRODUCT["barcode"])).accepted
    assert not receipt.ready()  # not put away yet
    wrong = receipt.scan(classify("LOC-WH1-A-01-1"))
    assert not wrong.accepted and "goes to WH1-B-01-1" in wrong.message
    assert receipt.scan(classify("LOC-WH1-B-01-1")).accepted and receipt.ready()
    [write] = receipt.writes()
    body = write.entry.body
    assert body["lines"] == [{"lineId": "l1", "productId": "p1", "quantity": "1"}]
    assert body["locationId"] == "b" and body["reference"] == write.entry.id


def test_a_transfer_for_several_products() -> None:
    snapshot = catalog()
    snapshot.stock[("p2", "a")] = Decimal(1)
    move = QuickMove(snapshot)
    for code in ("LOC-WH1-A-01-1", PRODUCT["barcode"], OTHER["barcode"], "LOC-WH1-B-01-1"):
        assert move.scan(classify(code)).accepted, code
    entry = move.write().entry
    assert (entry.resource, entry.action) == ("stock_moves", "transfer")
    assert entry.body["lines"] == [
        {"productId": "p1", "quantity": "1"},
        {"productId": "p2", "quantity": "1"},
    ]
