"""Vendor bills: what may be done to one, and the three-way match of ordered, received
and billed quantities when a bill is made from a purchase order."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from arkan_desktop.domain.invoices import CancelRefusal, PaymentRefusal
from arkan_desktop.domain.payables import (
    MatchFlag,
    OrderRefusal,
    bill_cancel_refusal,
    bill_payment_refusal,
    line_flags,
    order_bill_refusal,
    order_match,
)

D = Decimal


def bill(**fields: Any) -> dict[str, Any]:
    base = {
        "id": "b-1",
        "number": "BILL-1",
        "type": "in_invoice",
        "state": "posted",
        "currency": "AED",
        "amountPaid": "0.00",
    }
    return {**base, **fields}


@pytest.mark.parametrize(
    ("fields", "refusal"),
    [
        ({}, None),
        ({"type": "in_refund"}, CancelRefusal.CREDIT_NOTE),
        ({"type": "out_invoice"}, CancelRefusal.NOT_A_CUSTOMER_INVOICE),
        ({"state": "draft"}, CancelRefusal.DRAFT),
        ({"state": "cancelled"}, CancelRefusal.ALREADY_CANCELLED),
        ({"amountPaid": "10.00"}, CancelRefusal.HAS_PAYMENTS),
        ({"id": "local-1"}, CancelRefusal.NOT_ON_SERVER_YET),
    ],
)
def test_bill_cancel_refusal(fields: dict[str, Any], refusal: CancelRefusal | None) -> None:
    assert bill_cancel_refusal(bill(**fields)) is refusal


@pytest.mark.parametrize(
    ("fields", "refusal"),
    [
        ({}, None),
        ({"state": "draft"}, PaymentRefusal.NOT_OPEN),
        ({"type": "out_invoice"}, PaymentRefusal.NOT_OPEN),
        ({"type": "in_refund"}, PaymentRefusal.NOT_OPEN),
        ({"currency": "KWD"}, PaymentRefusal.OTHER_CURRENCY),
    ],
)
def test_bill_payment_refusal(fields: dict[str, Any], refusal: PaymentRefusal | None) -> None:
    assert bill_payment_refusal(bill(**fields), "AED") is refusal


ORDER = {
    "id": "po-1",
    "state": "partially_received",
    "lines": [
        {
            "id": "l1",
            "productId": "p1",
            "sku": "A",
            "productName": "Apples",
            "quantity": "10",
            "quantityReceived": "8",
            "unitPrice": "2.50",
            "taxRate": "5",
        },
        {
            "id": "l2",
            "productId": "p2",
            "sku": "B",
            "productName": "Bananas",
            "quantity": "4",
            "quantityReceived": "4",
            "unitPrice": "1",
            "taxRate": "5",
        },
    ],
}


def _billed(bill_id: str, state: str, quantities: dict[str, str]) -> dict[str, Any]:
    lines = [{"purchaseOrderLineId": k, "quantity": v} for k, v in quantities.items()]
    return bill(id=bill_id, state=state, purchaseOrderId="po-1", lines=lines)


def test_other_bills_of_the_order_count_unless_cancelled_or_being_corrected() -> None:
    bills = [
        _billed("b-1", "posted", {"l1": "3"}),
        _billed("b-2", "draft", {"l1": "1", "l2": "4"}),
        _billed("b-3", "cancelled", {"l1": "5"}),  # reversed by its credit note
        {**_billed("b-4", "posted", {"l1": "9"}), "purchaseOrderId": "po-2"},
        _billed("b-5", "draft", {"l2": "1"}),
    ]
    first, second = order_match(ORDER, bills, excluding="b-5")
    assert (first.ordered, first.received, first.billed, first.billable) == (
        D(10),
        D(8),
        D(4),
        D(4),
    )
    assert (second.billed, second.billable) == (D(4), D(0))
    assert order_bill_refusal(ORDER, [second]) is OrderRefusal.ALL_BILLED
    assert order_bill_refusal(ORDER, [first, second]) is None
    assert order_bill_refusal({**ORDER, "state": "confirmed"}, [first]) is (
        OrderRefusal.NOTHING_RECEIVED
    )


def test_differences_are_flagged_and_billing_more_than_received_refused() -> None:
    first, second = order_match(ORDER, [])
    # 8 of 10 received: goods still to come is always said
    assert line_flags(first, D(8), D("2.50")) == [MatchFlag.NOT_ALL_RECEIVED]
    assert line_flags(first, D(9), D("2.50")) == [
        MatchFlag.OVER_RECEIVED,
        MatchFlag.NOT_ALL_RECEIVED,
    ]
    assert line_flags(first, D(5), D("2.75")) == [
        MatchFlag.NOT_ALL_RECEIVED,
        MatchFlag.PART_BILLED,
        MatchFlag.PRICE_DIFFERS,
    ]
    assert line_flags(second, D(4), D("1.00")) == []  # 1 and 1.00 are the same price
    assert line_flags(second, None, None) == []  # nothing typed that reads yet
