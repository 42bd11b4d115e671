"""What may be done to a customer invoice, with the reason when not: cancel it with a
credit note, record a payment against it, post it."""

from __future__ import annotations

from typing import Any

import pytest

from arkan_desktop.domain.invoices import (
    CancelRefusal,
    PaymentRefusal,
    can_post,
    cancel_refusal,
    payment_refusal,
)


def invoice(**fields: Any) -> dict[str, Any]:
    base = {"id": "inv-1", "number": "INV-1", "type": "out_invoice", "state": "posted",
            "currency": "AED", "amountPaid": "0.00"}  # fmt: skip
    return {**base, **fields}


@pytest.mark.parametrize(
    ("fields", "refusal"),
    [
        ({}, None),
        ({"type": None}, None),  # a record without a type is a customer invoice
        ({"type": "out_refund"}, CancelRefusal.CREDIT_NOTE),
        ({"type": "in_invoice"}, CancelRefusal.NOT_A_CUSTOMER_INVOICE),
        ({"state": "cancelled"}, CancelRefusal.ALREADY_CANCELLED),
        ({"state": "draft"}, CancelRefusal.DRAFT),
        ({"state": "paid"}, CancelRefusal.HAS_PAYMENTS),
        ({"amountPaid": "0.01"}, CancelRefusal.HAS_PAYMENTS),  # partly paid
        ({"amountPaid": "a lot"}, CancelRefusal.HAS_PAYMENTS),  # unreadable: not blindly
        ({"id": "local-5b2c"}, CancelRefusal.NOT_ON_SERVER_YET),
    ],
)
def test_cancel_refusal(fields: dict[str, Any], refusal: CancelRefusal | None) -> None:
    assert cancel_refusal(invoice(**fields)) is refusal


@pytest.mark.parametrize(
    ("fields", "refusal"),
    [
        ({}, None),
        ({"currency": None}, None),  # no currency on the record: the company's
        ({"state": "draft"}, PaymentRefusal.NOT_OPEN),
        ({"state": "paid"}, PaymentRefusal.NOT_OPEN),
        ({"type": "out_refund"}, PaymentRefusal.NOT_OPEN),
        ({"currency": "KWD"}, PaymentRefusal.OTHER_CURRENCY),
    ],
)
def test_payment_refusal(fields: dict[str, Any], refusal: PaymentRefusal | None) -> None:
    assert payment_refusal(invoice(**fields), "AED") is refusal


def test_only_drafts_are_posted() -> None:
    assert can_post(invoice(state="draft"))
    assert not can_post(invoice())
    assert not can_post(None)
