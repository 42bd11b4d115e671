"""Vendor bill writes: a new draft bill (perhaps from a purchase order), posting it,
cancelling it with a vendor credit note.

A bill is an invoice of type `in_invoice` (sync.commands.invoices builds it); this adds
what is the vendor side's own: the vendor's reference, the purchase order the bill bills
(shown at once with its number) and descriptions that say "bill".
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from arkan_desktop.store.outbox import OutboxRow
from arkan_desktop.sync.commands import invoices
from arkan_desktop.sync.commands.descriptions import describe
from arkan_desktop.sync.commands.wire import Write

BILL = "in_invoice"


def create_bill(
    draft: dict[str, Any], currency: str, vendor_name: str = "", order_number: str = ""
) -> Write:
    """A new draft bill: {partnerId, vendorReference?, purchaseOrderId?, date, dueDate, lines}."""
    write = invoices.create_invoice({**draft, "type": BILL}, currency, vendor_name)
    if order_number:
        write.effect[invoices.RESOURCE][0]["purchaseOrderNumber"] = order_number
    return write


def _told(write: Write, action: str, bill: dict[str, Any]) -> Write:
    number = bill.get("number")
    told = describe(f"bill.{action}", number=number) if number else describe(f"bill.{action}_new")
    return Write(replace(write.entry, description=told), write.effect)


def post_bill(bill: dict[str, Any]) -> Write:
    return _told(invoices.post_invoice(bill), "post", bill)


def cancel_bill(bill: dict[str, Any], reason: str) -> Write:
    """Cancel a posted, unpaid bill; the server issues the vendor credit note."""
    return _told(invoices.cancel_invoice(bill, reason), "cancel", bill)


def bill_write(row: OutboxRow) -> bool:
    """Whether an outbox row of invoices is a bill's (its form is the bill editor's)."""
    body = row.body_data()
    if isinstance(body, dict) and body.get("type") == BILL:
        return True
    message = row.description_message
    return message is not None and message.code.startswith("bill.")
