"""How a write is told to the user: message codes, their English, and rendering.

A write's description is stored as a code and its arguments (`domain.commands.Description`)
and rendered when shown: here in English (the CLI, logs, the soak harness), in the window
through Qt's translation (`gui/outbox/descriptions.py` holds the same English, marked for
the translators; a test keeps the two tables equal). Arguments are values (numbers,
names, codes), never words, so a description reads whole in any language. Outbox rows
queued before codes existed (migration 0006) keep their English text and show it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from arkan_desktop.domain.commands import Description
from arkan_desktop.store.models.outbox import OutboxRow

ENGLISH: Mapping[str, str] = {
    "invoice.create": "New invoice, {amount} {currency}",
    "invoice.create_for": "New invoice for {partner}, {amount} {currency}",
    "bill.create": "New bill, {amount} {currency}",
    "bill.create_for": "New bill for {partner}, {amount} {currency}",
    "invoice.post": "Post {number}",
    "invoice.post_new": "Post new invoice",
    "invoice.cancel": "Cancel {number} with a credit note",
    "invoice.cancel_new": "Cancel new invoice with a credit note",
    "payment.create": "Payment {amount} {currency}",
    "payment.create_from": "Payment {amount} {currency} from {partner}",
    "payment.post": "Post {number}",
    "payment.post_new": "Post new payment",
    "journal.create": "New journal entry, {amount} {currency}",
    "journal.create_memo": "New journal entry, {amount} {currency} — {memo}",
    "journal.post": "Post {number}",
    "journal.post_new": "Post new journal entry",
    "stock.move": "Move {quantity} × {sku}",
    "stock.transfer": "Transfer {count} product(s) {source} → {destination}",
    "stock.adjust": "Adjust {count} product(s) at {location}: {reason}",
    "stock.count": "Count {count} product(s) at {location}",
    "stock.scrap": "Scrap {quantity} × {sku} at {location}: {reason}",
    "station.move": "Move {quantity} × {sku}, {source} → {destination}",
    "station.transfer": "Move {quantity} units of {count} products, {source} → {destination}",
    "station.receive": "Receive {quantity} units on {number}",
    "purchase_order.create": "New purchase order, {amount} {currency}",
    "purchase_order.create_from": "New purchase order from {partner}, {amount} {currency}",
    "purchase_order.approve": "Approve {number}",
    "purchase_order.approve_new": "Approve new purchase order",
    "purchase_order.confirm": "Confirm {number}",
    "purchase_order.confirm_new": "Confirm new purchase order",
    "purchase_order.receive": "Receive {quantity} unit(s) on {number}",
    "purchase_order.receive_new": "Receive {quantity} unit(s) on new purchase order",
    "customer.create": "New customer {name}",
    "customer.create_unnamed": "New customer",
    "customer.update": "Change customer {name}",
    "invoice.update": "Change draft {number}",
    "invoice.update_new": "Change a draft invoice",
    "journal.update": "Change draft journal entry {number}",
    "journal.update_new": "Change a draft journal entry",
    "payment.update": "Change draft payment {number}",
    "payment.update_new": "Change a draft payment",
    "payment.allocate": "Allocate {amount} {currency} of {number} to {count} invoice(s)",
    "purchase_order.update": "Change draft {number}",
    "purchase_order.update_new": "Change a draft purchase order",
    "bank.import": "Import statement {reference} ({count} lines) into account {account}",
    "bank.match": "Match line {line} of {statement} to {items}, {amount} {currency}",
    "bank.write_off": "Write off {amount} {currency} on line {line} of {statement} to {account}",
    "bank.unmatch": "Unmatch line {line} of {statement}",
    "asset.create": "New fixed asset {name}, {amount} {currency}",
    "asset.depreciate": "Depreciate {number} through {period}",
    "asset.dispose": "Dispose of {number} on {date} for {amount} {currency}",
    "partner.bank_details": "Bank details of {name}",
    "payments.export": "{format} payment file of {count} payment(s), {amount} {currency}",
    "vendor.create": "New vendor {name}",
    "vendor.update": "Change vendor {name}",
    "contact.create": "New contact {name} of {partner}",
    "bill.post": "Post bill {number}",
    "bill.post_new": "Post new bill",
    "bill.cancel": "Cancel bill {number} with a vendor credit note",
    "bill.cancel_new": "Cancel new bill with a vendor credit note",
    "payment.create_to": "Payment {amount} {currency} to {partner}",
    "sales_order.create": "New sales order, {amount} {currency}",
    "sales_order.create_for": "New sales order for {partner}, {amount} {currency}",
    "sales_order.confirm": "Confirm {number}",
    "sales_order.confirm_new": "Confirm new sales order",
    "sales_order.invoice": "Invoice {number}",
    "sales_order.invoice_new": "Invoice new sales order",
    "delivery.from_order": "New delivery for {number}",
    "delivery.from_order_new": "New delivery for new sales order",
    "delivery.confirm": "Reserve stock for {number}",
    "station.deliver": "Ship {quantity} units on {number}",
    "station.deliver_short": "Ship {quantity} units on {number}, {short} on backorder",
    "station.return": "Return of {quantity} units on {number}",
    "station.return_receive": "Take in the return on {number}",
    "station.receive_into": "Receive {quantity} units on {number} into {location}",
}

_FIELD = re.compile(r"\{(\w+)\}")


def describe(code: str, **args: object) -> Description:
    """A description by its code (a code without English is a bug, found when built)."""
    if code not in ENGLISH:
        raise KeyError(f"no description {code!r}")
    return Description(code, {name: str(value) for name, value in args.items()})


def render(template: str, args: Mapping[str, str]) -> str:
    """The template with `{name}` replaced by its argument (an unknown name stays as is)."""
    return _FIELD.sub(lambda found: args.get(found.group(1), found.group(0)), template)


def english(description: Description) -> str:
    """A description in English; a code this version does not know shows as the code."""
    template = ENGLISH.get(description.code)
    return description.code if template is None else render(template, description.args)


def fallback_text(row: OutboxRow) -> str:
    """What a row without a code says: its saved text (rows from before 0006), else what
    it does."""
    return row.description or f"{row.action.replace('_', ' ')} {row.resource.replace('_', ' ')}"


def row_text(row: OutboxRow) -> str:
    """An outbox row's description in English."""
    message = row.description_message
    return fallback_text(row) if message is None else english(message)
