"""Invoice writes: a new draft invoice or bill, posting it, cancelling it with a credit note.

A new invoice shows at once under a temporary id with its Decimal totals; posting and
cancelling name the invoice they change and show the state the server is expected to
answer with. Cancelling: the server issues the credit note that reverses the invoice;
the cache learns of the note from the pull that follows (its number is the server's).

A new invoice carries its date and due date (the ones the user saw), and is refused
before it is queued (`WriteRefused`, with the fields it concerns) when the server would
not keep it as meant (`connector.write_rules`: tax where none is kept, more decimals than
kept) or when its customer is inactive or suspended.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from arkan_desktop.api.write_rules import WriteRules, check_customer, check_invoice
from arkan_desktop.domain.commands import Command
from arkan_desktop.domain.money import format_amount
from arkan_desktop.domain.totals import document_totals
from arkan_desktop.store.outbox import OutboxEntry, new_temp_id
from arkan_desktop.sync.commands.descriptions import describe
from arkan_desktop.sync.commands.wire import (
    Write,
    currency_of,
    money,
    new_row_id,
    now_stamp,
    priced_line,
    today,
    total_fields,
)

RESOURCE = "invoices"
REASON_MAX = 500


def create_invoice(
    draft: dict[str, Any],
    currency: str,
    partner_name: str = "",
    *,
    rules: WriteRules | None = None,
    customer: Mapping[str, Any] | None = None,
) -> Write:
    """A new draft invoice or bill: {type?, partnerId, date?, dueDate?, lines, reference?}.

    `rules`: what the server keeps (`connector.write_rules`); `customer`: the cached
    customer record, whose status is checked. Either refusal is `WriteRefused`.
    """
    check_customer(customer)
    check_invoice(list(draft.get("lines") or []), rules or WriteRules())
    row_id = new_row_id()
    temp_id = new_temp_id()
    body = copy.deepcopy(draft)
    body.setdefault("type", "out_invoice")
    body.setdefault("currency", currency)
    body["reference"] = body.get("reference") or row_id
    totals = document_totals(body["lines"], currency)
    day = today()
    body["date"] = body.get("date") or day
    body["dueDate"] = body.get("dueDate") or body["date"]
    stamp = now_stamp()
    record = {
        **body,
        "id": temp_id,
        "number": "",
        "partnerName": partner_name,
        "date": body["date"],
        "dueDate": body["dueDate"],
        "state": "draft",
        "paymentState": "not_paid",
        "lines": [priced_line(line, currency) for line in body["lines"]],
        **total_fields(totals, currency),
        "amountPaid": money(Decimal(0), currency),
        "amountDue": money(totals.total, currency),
        "createdAt": stamp,
        "updatedAt": stamp,
    }
    noun = "bill" if body["type"] == "in_invoice" else "invoice"
    amount = format_amount(totals.total, currency)
    description = (
        describe(f"{noun}.create_for", partner=partner_name, amount=amount, currency=currency)
        if partner_name
        else describe(f"{noun}.create", amount=amount, currency=currency)
    )
    entry = OutboxEntry(
        Command(RESOURCE, "create", None, body),
        description,
        temp_id=temp_id,
        id=row_id,
    )
    return Write(entry, {RESOURCE: [record]})


def post_invoice(invoice: dict[str, Any]) -> Write:
    record = copy.deepcopy(invoice)
    record["state"] = "posted"
    number = invoice.get("number")
    entry = OutboxEntry(
        Command(RESOURCE, "post", str(invoice["id"])),
        describe("invoice.post", number=number) if number else describe("invoice.post_new"),
        records={RESOURCE: [invoice["id"]]},
    )
    return Write(entry, {RESOURCE: [record]})


def cancel_invoice(invoice: dict[str, Any], reason: str) -> Write:
    """Cancel a posted, unpaid invoice; the server issues the credit note that reverses it."""
    record = copy.deepcopy(invoice)
    record["state"] = "cancelled"
    record["amountDue"] = money(Decimal(0), currency_of(invoice))
    record["cancelReason"] = reason
    number = invoice.get("number")
    entry = OutboxEntry(
        Command(RESOURCE, "cancel", str(invoice["id"]), {"reason": reason}),
        describe("invoice.cancel", number=number) if number else describe("invoice.cancel_new"),
        records={RESOURCE: [invoice["id"]]},
    )
    return Write(entry, {RESOURCE: [record]})
