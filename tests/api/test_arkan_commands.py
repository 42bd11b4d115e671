"""Each write builder's command reaches the Arkan endpoint the reference names for it."""

from __future__ import annotations

from decimal import Decimal

import pytest

from arkan_desktop.api.arkan_commands import arkan_request
from arkan_desktop.api.errors import ApiError, ApiErrorKind
from arkan_desktop.domain.commands import Command
from arkan_desktop.sync.commands import invoices, journal, payments, purchasing, station, stock
from arkan_desktop.sync.commands.wire import Write

PRODUCT = {"id": "p1", "sku": "EL-1001", "barcode": "6291230102990"}
BIN_A = {"id": "a", "code": "WH1-A", "barcode": "LOC-WH1-A"}
BIN_B = {"id": "b", "code": "WH1-B", "barcode": "LOC-WH1-B"}
LINE = {"productId": "p1", "quantity": "1", "unitPrice": "10.00", "taxRate": "5"}
ORDER = {"id": "o1", "number": "PO-1", "lines": [{"id": "l1", "quantity": "2"}]}


def request(write: Write) -> tuple[str, str]:
    return arkan_request(write.entry.command)


@pytest.mark.parametrize(
    ("write", "endpoint"),
    [
        (invoices.create_invoice({"lines": [LINE]}, "AED"), "/accounting/invoices"),
        (invoices.post_invoice({"id": "i1"}), "/accounting/invoices/i1/post"),
        (invoices.cancel_invoice({"id": "i1"}, "wrong"), "/accounting/invoices/i1/cancel"),
        (payments.record_payment({"amount": "5"}, "AED"), "/accounting/payments"),
        (payments.post_payment({"id": "y1"}, []), "/accounting/payments/y1/post"),
        (journal.create_journal_entry({"lines": []}, "AED"), "/accounting/journal-entries"),
        (journal.post_journal_entry({"id": "j1"}), "/accounting/journal-entries/j1/post"),
        (stock.move_stock({"quantity": "1"}), "/inventory/moves"),
        (stock.transfer_stock(("a", "A"), ("b", "B"), []), "/inventory/moves/transfer"),
        (stock.adjust_stock(("a", "A"), "count", []), "/inventory/adjustments"),
        (stock.count_cycle(BIN_A, []), "/inventory/cycle-counts"),
        (stock.scrap(("p1", "S"), ("a", "A"), Decimal(1), ("r", "R")), "/inventory/scrap"),
        (
            station.quick_move(BIN_A, BIN_B, [station.Line(PRODUCT, Decimal(1))]),
            "/inventory/barcode/quick-move",
        ),
        (
            station.receive_purchase_order(ORDER, [station.Line(PRODUCT, Decimal(1))]),
            "/inventory/purchase-orders/o1/receive",
        ),
        (
            purchasing.create_purchase_order({"lines": [LINE]}, "AED"),
            "/inventory/purchase-orders",
        ),
        (purchasing.approve_purchase_order(ORDER), "/inventory/purchase-orders/o1/approve"),
        (purchasing.confirm_purchase_order(ORDER), "/inventory/purchase-orders/o1/confirm"),
        (
            purchasing.receive_purchase_order(ORDER, {"l1": Decimal(1)}),
            "/inventory/purchase-orders/o1/receive",
        ),
    ],
)
def test_every_write_has_its_arkan_endpoint(write: Write, endpoint: str) -> None:
    assert request(write) == ("POST", endpoint)


def test_a_record_id_is_one_path_segment() -> None:
    command = Command("invoices", "post", "a/b c")
    assert arkan_request(command) == ("POST", "/accounting/invoices/a%2Fb%20c/post")


@pytest.mark.parametrize(
    ("command", "message"),
    [
        (Command("customers", "create"), "An Arkan server cannot do this (create customers)"),
        (
            Command("invoices", "post"),
            "An Arkan server cannot do this (post invoices): it names no record",
        ),
    ],
)
def test_a_command_arkan_cannot_carry_out_is_refused_in_words(
    command: Command, message: str
) -> None:
    with pytest.raises(ApiError) as refused:
        arkan_request(command)
    assert refused.value.kind is ApiErrorKind.REJECTED and refused.value.is_rejection
    assert refused.value.message == message
