"""Invoice writes: a new draft invoice or bill, correcting a draft, posting it, cancelling
it with a credit note.

A new invoice shows at once under a temporary id with its Decimal totals; posting and
cancelling name the invoice they change and show the state the server is expected to
answer with. Cancelling: the server issues the credit note that reverses the invoice;
the cache learns of the note from the pull that follows (its number is the server's).
A draft the server has is corrected with `update_invoice` (the fields that changed); one
still waiting in the outbox has its create rewritten (`edited_create`).

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
from arkan_desktop.domain.money import MoneyError, format_amount, to_decimal
from arkan_desktop.domain.totals import document_totals
from arkan_desktop.store.outbox import OutboxEntry, new_temp_id
from arkan_desktop.sync.commands.descriptions import describe
from arkan_desktop.sync.commands.wire import (
    Effect,
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


def _draft_record(
    body: dict[str, Any], record_id: str, currency: str, partner_name: str
) -> dict[str, Any]:
    """The optimistic record of a draft made (or remade) from a create body."""
    totals = document_totals(body["lines"], currency)
    day = today()
    body["date"] = body.get("date") or day
    body["dueDate"] = body.get("dueDate") or body["date"]
    stamp = now_stamp()
    return {
        **body,
        "id": record_id,
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
    record = _draft_record(body, temp_id, currency, partner_name)
    noun = "bill" if body["type"] == "in_invoice" else "invoice"
    amount = format_amount(to_decimal(record["total"]), currency)
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


def edited_create(
    queued: dict[str, Any], temp_id: str, draft: dict[str, Any], currency: str, partner_name: str
) -> tuple[dict[str, Any], Effect]:
    """A waiting create rewritten: the new body (keeping the queued one's type and currency,
    and its reference, the write's lookup key, unless one is typed) and the optimistic
    record under the same id."""
    body = copy.deepcopy(draft)
    for key in ("type", "currency"):
        if queued.get(key):
            body[key] = queued[key]
    if queued.get("reference") and not body.get("reference"):
        body["reference"] = queued["reference"]
    body.setdefault("type", "out_invoice")
    body.setdefault("currency", currency)
    return body, {RESOURCE: [_draft_record(body, temp_id, currency, partner_name)]}


# The fields of a draft a correction may change (the server's names).
EDITABLE = ("partnerId", "date", "dueDate", "reference", "notes", "lines")


_TEXTS = ("productId", "description")
_NUMBERS = ("quantity", "unitPrice", "discountPercent", "taxRate")


def _line_shape(line: dict[str, Any]) -> tuple[str, ...]:
    """A line as a correction compares it: its texts, and its numbers by value (2 = 2.00)."""
    numbers = []
    for key in _NUMBERS:
        try:
            numbers.append(str(to_decimal(line.get(key) or 0).normalize()))
        except MoneyError:
            numbers.append(str(line.get(key)))
    return (*(str(line.get(key) or "") for key in _TEXTS), *numbers)


def _same_lines(old: list[dict[str, Any]], new: list[dict[str, Any]]) -> bool:
    return [_line_shape(x) for x in old] == [_line_shape(x) for x in new]


def update_invoice(
    invoice: dict[str, Any], draft: dict[str, Any], partner_name: str = ""
) -> Write | None:
    """Correct a draft the server has: only the fields that differ go (None: nothing did).
    The list shows the corrected draft, with its totals, at once."""
    currency = currency_of(invoice)
    changes: dict[str, Any] = {}
    for key in EDITABLE:
        if key not in draft:
            continue
        if key == "lines":
            if not _same_lines(invoice.get("lines") or [], draft["lines"]):
                changes["lines"] = copy.deepcopy(draft["lines"])
        elif (draft[key] or None) != (invoice.get(key) or None):
            changes[key] = draft[key]
    if not changes:
        return None
    record = copy.deepcopy(invoice)
    record.update({k: v for k, v in changes.items() if k != "lines"})
    if partner_name and "partnerId" in changes:
        record["partnerName"] = partner_name
    if "lines" in changes:
        totals = document_totals(changes["lines"], currency)
        record["lines"] = [priced_line(line, currency) for line in changes["lines"]]
        record.update(total_fields(totals, currency))
        record["amountDue"] = money(totals.total, currency)
    record["updatedAt"] = now_stamp()
    number = invoice.get("number")
    entry = OutboxEntry(
        Command(RESOURCE, "update", str(invoice["id"]), changes),
        describe("invoice.update", number=number) if number else describe("invoice.update_new"),
        records={RESOURCE: [str(invoice["id"])]},
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
