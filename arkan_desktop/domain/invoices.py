"""What may be done to a customer invoice: cancel it with a credit note, pay it, post it.

Each rule reads the invoice as the server shapes it (a dict with `type`, `state`,
`amountPaid`, `currency` ...) and answers with a reason from an enum, or None when the
action may go ahead. The window turns the reason into a sentence; nothing here is text a
user reads. The server decides in the end: these are the checks the local copy can make.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any

from arkan_desktop.domain.commands import is_temporary_id
from arkan_desktop.domain.money import MoneyError, to_decimal

INVOICE, CREDIT_NOTE = "out_invoice", "out_refund"
DRAFT, POSTED, PAID, CANCELLED = "draft", "posted", "paid", "cancelled"


class CancelRefusal(enum.Enum):
    """Why an invoice cannot be cancelled with a credit note."""

    CREDIT_NOTE = "credit_note"  # a credit note is not cancelled itself
    NOT_A_CUSTOMER_INVOICE = "not_a_customer_invoice"
    ALREADY_CANCELLED = "already_cancelled"
    DRAFT = "draft"  # only posted invoices are cancelled with a credit note
    HAS_PAYMENTS = "has_payments"
    NOT_ON_SERVER_YET = "not_on_server_yet"


class PaymentRefusal(enum.Enum):
    """Why a payment cannot be recorded against an invoice."""

    NOT_OPEN = "not_open"  # only posted, unpaid customer invoices take payments
    OTHER_CURRENCY = "other_currency"  # payments are recorded in the company's currency


def kind_of(invoice: Mapping[str, Any]) -> str:
    """The document's type; a record without one is a customer invoice."""
    return str(invoice.get("type") or INVOICE)


def _paid(invoice: Mapping[str, Any]) -> bool:
    try:
        return to_decimal(invoice.get("amountPaid") or 0) > 0
    except MoneyError:
        return True  # an unreadable figure: let the server say, do not cancel blindly


def cancel_refusal(invoice: Mapping[str, Any]) -> CancelRefusal | None:
    """Why this invoice cannot be cancelled, as far as the cache knows (None if it can)."""
    kind, state = kind_of(invoice), invoice.get("state")
    if kind == CREDIT_NOTE:
        return CancelRefusal.CREDIT_NOTE
    if kind != INVOICE:
        return CancelRefusal.NOT_A_CUSTOMER_INVOICE
    if state == CANCELLED:
        return CancelRefusal.ALREADY_CANCELLED
    if state == DRAFT:
        return CancelRefusal.DRAFT
    if state == PAID or _paid(invoice):
        return CancelRefusal.HAS_PAYMENTS
    if is_temporary_id(invoice.get("id")):
        return CancelRefusal.NOT_ON_SERVER_YET
    return None


def payment_refusal(invoice: Mapping[str, Any], currency: str) -> PaymentRefusal | None:
    """Why no payment can be recorded against this invoice in `currency` (None if it can)."""
    if invoice.get("state") != POSTED or kind_of(invoice) != INVOICE:
        return PaymentRefusal.NOT_OPEN
    if invoice.get("currency") and invoice["currency"] != currency:
        return PaymentRefusal.OTHER_CURRENCY
    return None


def can_post(invoice: Mapping[str, Any] | None) -> bool:
    """Only a draft is posted."""
    return invoice is not None and invoice.get("state") == DRAFT
