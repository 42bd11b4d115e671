"""A write's description in the window's language, rendered from its code when shown.

The outbox stores a description as a message code and its arguments
(`domain.commands.Description`); this turns it into text through Qt's translation, so an
Arabic window never shows English saved in SQLite. The English here is the same as
`sync.commands.descriptions.ENGLISH` (a test keeps the two equal); a code this version
does not know shows as its English, and a row queued before codes shows its saved text.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from arkan_desktop.domain.commands import Description
from arkan_desktop.store.models.outbox import OutboxRow
from arkan_desktop.sync.commands.descriptions import english, fallback_text, render

CONTEXT = "OutboxChange"
TEMPLATES: dict[str, object] = {  # QT_TRANSLATE_NOOP marks the English for lupdate
    "invoice.create": QT_TRANSLATE_NOOP("OutboxChange", "New invoice, {amount} {currency}"),
    "invoice.create_for": QT_TRANSLATE_NOOP(
        "OutboxChange", "New invoice for {partner}, {amount} {currency}"
    ),
    "bill.create": QT_TRANSLATE_NOOP("OutboxChange", "New bill, {amount} {currency}"),
    "bill.create_for": QT_TRANSLATE_NOOP(
        "OutboxChange", "New bill for {partner}, {amount} {currency}"
    ),
    "invoice.post": QT_TRANSLATE_NOOP("OutboxChange", "Post {number}"),
    "invoice.post_new": QT_TRANSLATE_NOOP("OutboxChange", "Post new invoice"),
    "invoice.cancel": QT_TRANSLATE_NOOP("OutboxChange", "Cancel {number} with a credit note"),
    "invoice.cancel_new": QT_TRANSLATE_NOOP(
        "OutboxChange", "Cancel new invoice with a credit note"
    ),
    "payment.create": QT_TRANSLATE_NOOP("OutboxChange", "Payment {amount} {currency}"),
    "payment.create_from": QT_TRANSLATE_NOOP(
        "OutboxChange", "Payment {amount} {currency} from {partner}"
    ),
    "payment.post": QT_TRANSLATE_NOOP("OutboxChange", "Post {number}"),
    "payment.post_new": QT_TRANSLATE_NOOP("OutboxChange", "Post new payment"),
    "journal.create": QT_TRANSLATE_NOOP("OutboxChange", "New journal entry, {amount} {currency}"),
    "journal.create_memo": QT_TRANSLATE_NOOP(
        "OutboxChange", "New journal entry, {amount} {currency} — {memo}"
    ),
    "journal.post": QT_TRANSLATE_NOOP("OutboxChange", "Post {number}"),
    "journal.post_new": QT_TRANSLATE_NOOP("OutboxChange", "Post new journal entry"),
    "stock.move": QT_TRANSLATE_NOOP("OutboxChange", "Move {quantity} × {sku}"),
    "stock.transfer": QT_TRANSLATE_NOOP(
        "OutboxChange", "Transfer {count} product(s) {source} → {destination}"
    ),
    "stock.adjust": QT_TRANSLATE_NOOP(
        "OutboxChange", "Adjust {count} product(s) at {location}: {reason}"
    ),
    "stock.count": QT_TRANSLATE_NOOP("OutboxChange", "Count {count} product(s) at {location}"),
    "stock.scrap": QT_TRANSLATE_NOOP(
        "OutboxChange", "Scrap {quantity} × {sku} at {location}: {reason}"
    ),
    "station.move": QT_TRANSLATE_NOOP(
        "OutboxChange", "Move {quantity} × {sku}, {source} → {destination}"
    ),
    "station.transfer": QT_TRANSLATE_NOOP(
        "OutboxChange", "Move {quantity} units of {count} products, {source} → {destination}"
    ),
    "station.receive": QT_TRANSLATE_NOOP("OutboxChange", "Receive {quantity} units on {number}"),
    "purchase_order.create": QT_TRANSLATE_NOOP(
        "OutboxChange", "New purchase order, {amount} {currency}"
    ),
    "purchase_order.create_from": QT_TRANSLATE_NOOP(
        "OutboxChange", "New purchase order from {partner}, {amount} {currency}"
    ),
    "purchase_order.approve": QT_TRANSLATE_NOOP("OutboxChange", "Approve {number}"),
    "purchase_order.approve_new": QT_TRANSLATE_NOOP("OutboxChange", "Approve new purchase order"),
    "purchase_order.confirm": QT_TRANSLATE_NOOP("OutboxChange", "Confirm {number}"),
    "purchase_order.confirm_new": QT_TRANSLATE_NOOP("OutboxChange", "Confirm new purchase order"),
    "purchase_order.receive": QT_TRANSLATE_NOOP(
        "OutboxChange", "Receive {quantity} unit(s) on {number}"
    ),
    "purchase_order.receive_new": QT_TRANSLATE_NOOP(
        "OutboxChange", "Receive {quantity} unit(s) on new purchase order"
    ),
    "customer.create": QT_TRANSLATE_NOOP("OutboxChange", "New customer {name}"),
    "customer.create_unnamed": QT_TRANSLATE_NOOP("OutboxChange", "New customer"),
    "customer.update": QT_TRANSLATE_NOOP("OutboxChange", "Change customer {name}"),
    "invoice.update": QT_TRANSLATE_NOOP("OutboxChange", "Change draft {number}"),
    "invoice.update_new": QT_TRANSLATE_NOOP("OutboxChange", "Change a draft invoice"),
    "journal.update": QT_TRANSLATE_NOOP("OutboxChange", "Change draft journal entry {number}"),
    "journal.update_new": QT_TRANSLATE_NOOP("OutboxChange", "Change a draft journal entry"),
    "payment.update": QT_TRANSLATE_NOOP("OutboxChange", "Change draft payment {number}"),
    "payment.update_new": QT_TRANSLATE_NOOP("OutboxChange", "Change a draft payment"),
    "payment.allocate": QT_TRANSLATE_NOOP(
        "OutboxChange", "Allocate {amount} {currency} of {number} to {count} invoice(s)"
    ),
    "purchase_order.update": QT_TRANSLATE_NOOP("OutboxChange", "Change draft {number}"),
    "purchase_order.update_new": QT_TRANSLATE_NOOP("OutboxChange", "Change a draft purchase order"),
    "bank.import": QT_TRANSLATE_NOOP(
        "OutboxChange", "Import statement {reference} ({count} lines) into account {account}"
    ),
    "bank.match": QT_TRANSLATE_NOOP(
        "OutboxChange", "Match line {line} of {statement} to {items}, {amount} {currency}"
    ),
    "bank.write_off": QT_TRANSLATE_NOOP(
        "OutboxChange", "Write off {amount} {currency} on line {line} of {statement} to {account}"
    ),
    "bank.unmatch": QT_TRANSLATE_NOOP("OutboxChange", "Unmatch line {line} of {statement}"),
    "asset.create": QT_TRANSLATE_NOOP(
        "OutboxChange", "New fixed asset {name}, {amount} {currency}"
    ),
    "asset.depreciate": QT_TRANSLATE_NOOP("OutboxChange", "Depreciate {number} through {period}"),
    "asset.dispose": QT_TRANSLATE_NOOP(
        "OutboxChange", "Dispose of {number} on {date} for {amount} {currency}"
    ),
    "partner.bank_details": QT_TRANSLATE_NOOP("OutboxChange", "Bank details of {name}"),
    "payments.export": QT_TRANSLATE_NOOP(
        "OutboxChange", "{format} payment file of {count} payment(s), {amount} {currency}"
    ),
    "vendor.create": QT_TRANSLATE_NOOP("OutboxChange", "New vendor {name}"),
    "vendor.update": QT_TRANSLATE_NOOP("OutboxChange", "Change vendor {name}"),
    "contact.create": QT_TRANSLATE_NOOP("OutboxChange", "New contact {name} of {partner}"),
    "bill.post": QT_TRANSLATE_NOOP("OutboxChange", "Post bill {number}"),
    "bill.post_new": QT_TRANSLATE_NOOP("OutboxChange", "Post new bill"),
    "bill.cancel": QT_TRANSLATE_NOOP(
        "OutboxChange", "Cancel bill {number} with a vendor credit note"
    ),
    "bill.cancel_new": QT_TRANSLATE_NOOP(
        "OutboxChange", "Cancel new bill with a vendor credit note"
    ),
    "payment.create_to": QT_TRANSLATE_NOOP(
        "OutboxChange", "Payment {amount} {currency} to {partner}"
    ),
    "sales_order.create": QT_TRANSLATE_NOOP("OutboxChange", "New sales order, {amount} {currency}"),
    "sales_order.create_for": QT_TRANSLATE_NOOP(
        "OutboxChange", "New sales order for {partner}, {amount} {currency}"
    ),
    "sales_order.confirm": QT_TRANSLATE_NOOP("OutboxChange", "Confirm {number}"),
    "sales_order.confirm_new": QT_TRANSLATE_NOOP("OutboxChange", "Confirm new sales order"),
    "sales_order.invoice": QT_TRANSLATE_NOOP("OutboxChange", "Invoice {number}"),
    "sales_order.invoice_new": QT_TRANSLATE_NOOP("OutboxChange", "Invoice new sales order"),
    "delivery.from_order": QT_TRANSLATE_NOOP("OutboxChange", "New delivery for {number}"),
    "delivery.from_order_new": QT_TRANSLATE_NOOP(
        "OutboxChange", "New delivery for new sales order"
    ),
    "delivery.confirm": QT_TRANSLATE_NOOP("OutboxChange", "Reserve stock for {number}"),
    "station.deliver": QT_TRANSLATE_NOOP("OutboxChange", "Ship {quantity} units on {number}"),
    "station.deliver_short": QT_TRANSLATE_NOOP(
        "OutboxChange", "Ship {quantity} units on {number}, {short} on backorder"
    ),
    "station.return": QT_TRANSLATE_NOOP("OutboxChange", "Return of {quantity} units on {number}"),
    "station.return_receive": QT_TRANSLATE_NOOP("OutboxChange", "Take in the return on {number}"),
    "station.receive_into": QT_TRANSLATE_NOOP(
        "OutboxChange", "Receive {quantity} units on {number} into {location}"
    ),
}


def describe(description: Description | None) -> str:
    """The description in the window's language ("" for none)."""
    if description is None:
        return ""
    template = TEMPLATES.get(description.code)
    if template is None:
        return english(description)
    return render(QCoreApplication.translate(CONTEXT, str(template)), description.args)


def describe_row(row: OutboxRow) -> str:
    """An outbox row's description in the window's language (its saved text if it has
    no code)."""
    message = row.description_message
    return fallback_text(row) if message is None else describe(message)
