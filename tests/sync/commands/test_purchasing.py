"""Purchase order write builders: bodies, optimistic effects, records they change."""

from __future__ import annotations

from decimal import Decimal

from arkan_desktop.sync.commands.descriptions import english
from arkan_desktop.sync.commands.purchasing import (
    approve_purchase_order,
    create_purchase_order,
    open_quantity,
    receive_purchase_order,
)

LINE = {"productId": "p1", "quantity": "3", "unitPrice": "10.00", "taxRate": "5"}


def test_a_new_order_carries_its_row_id_as_reference_and_its_totals() -> None:
    write = create_purchase_order({"vendorId": "v1", "lines": [LINE]}, "AED", "Acme")
    assert write.entry.body["reference"] == write.entry.id
    record = write.effect["purchase_orders"][0]
    assert record["id"] == write.entry.temp_id and record["state"] == "draft"
    assert (record["subtotal"], record["taxTotal"], record["total"]) == ("30.00", "1.50", "31.50")
    assert write.entry.description is not None
    assert english(write.entry.description) == "New purchase order from Acme, 31.50 AED"


def test_approve_names_the_order_it_changes() -> None:
    write = approve_purchase_order({"id": "o1", "number": "PO-1", "state": "draft"})
    assert (write.entry.action, write.entry.command.record_id) == ("approve", "o1")
    assert write.entry.records == {"purchase_orders": ["o1"]}
    assert write.effect["purchase_orders"][0]["state"] == "approved"


def test_receiving_part_then_the_rest() -> None:
    order = {
        "id": "o1",
        "state": "confirmed",
        "lines": [
            {"id": "l1", "quantity": "10", "quantityReceived": "0"},
            {"id": "l2", "quantity": "4", "quantityReceived": "0"},
        ],
    }
    part = receive_purchase_order(order, {"l1": Decimal(6)})
    assert part.entry.body == {"lines": [{"lineId": "l1", "quantity": "6"}]}
    shown = part.effect["purchase_orders"][0]
    assert shown["state"] == "partially_received"
    assert [open_quantity(line) for line in shown["lines"]] == [4, 4]
    rest = receive_purchase_order(shown, {"l1": Decimal(4), "l2": Decimal(4)})
    assert rest.effect["purchase_orders"][0]["state"] == "received"
    assert order["lines"][0]["quantityReceived"] == "0"  # the input is left alone
