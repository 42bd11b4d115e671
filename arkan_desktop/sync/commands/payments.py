"""Payment writes: recording a payment (with its allocations), correcting a draft,
posting it, and allocating what is left of it to open invoices later.

A new payment shows at once under a temporary id; posting it also shows the invoices it
is allocated to as (partly) paid, with the amounts the server is expected to answer with.
Allocating a posted payment (or a customer's credit: the unallocated part of one) pays
the invoices at once; allocating a draft keeps the shares for its posting.
A payment by a method the server does not take (`connector.write_rules`) is refused
before it is queued (`WriteRefused`).
"""

from __future__ import annotations

import copy
from decimal import Decimal
from typing import Any

from arkan_desktop.api.write_rules import WriteRules, check_payment
from arkan_desktop.domain.commands import Command
from arkan_desktop.domain.money import format_amount, to_decimal
from arkan_desktop.store.outbox import OutboxEntry, new_temp_id
from arkan_desktop.sync.commands.descriptions import describe
from arkan_desktop.sync.commands.wire import (
    Effect,
    Write,
    currency_of,
    money,
    new_row_id,
    now_stamp,
    today,
)

RESOURCE = "payments"


def _draft_record(
    body: dict[str, Any], record_id: str, currency: str, partner_name: str
) -> dict[str, Any]:
    """The optimistic record of a draft payment made (or remade) from a create body."""
    amount = to_decimal(body["amount"], "amount")
    shares = sum((to_decimal(a["amount"], "allocation") for a in body.get("allocations") or []),
                 Decimal(0))  # fmt: skip
    stamp = now_stamp()
    return {
        **body,
        "id": record_id,
        "number": "",
        "partnerName": partner_name,
        "date": body.get("date") or today(),
        "state": "draft",
        "amountAllocated": money(shares, currency),
        "amountUnallocated": money(amount - shares, currency),
        "createdAt": stamp,
        "updatedAt": stamp,
    }


def record_payment(
    draft: dict[str, Any],
    currency: str,
    partner_name: str = "",
    *,
    rules: WriteRules | None = None,
) -> Write:
    """A payment: {type inbound|outbound, partnerId, amount, method, date?, allocations?}."""
    row_id = new_row_id()
    temp_id = new_temp_id()
    body = copy.deepcopy(draft)
    body.setdefault("type", "inbound")
    body.setdefault("currency", currency)
    body.setdefault("method", "bank")
    check_payment(body["method"], rules or WriteRules())
    body["date"] = body.get("date") or today()
    body["reference"] = body.get("reference") or row_id
    amount = to_decimal(body["amount"], "amount")
    body["amount"] = money(amount, currency)
    record = _draft_record(body, temp_id, currency, partner_name)
    shown = format_amount(amount, currency)
    if partner_name:
        code = "payment.create_from" if body["type"] == "inbound" else "payment.create_to"
        description = describe(code, amount=shown, currency=currency, partner=partner_name)
    else:
        description = describe("payment.create", amount=shown, currency=currency)
    entry = OutboxEntry(
        Command(RESOURCE, "create", None, body), description, temp_id=temp_id, id=row_id
    )
    return Write(entry, {RESOURCE: [record]})


def edited_create(
    queued: dict[str, Any], temp_id: str, draft: dict[str, Any], partner_name: str
) -> tuple[dict[str, Any], Effect]:
    """A waiting payment's create rewritten with the corrected fields (its type, currency,
    partner, allocations and reference kept unless corrected)."""
    body = {**copy.deepcopy(queued), **copy.deepcopy(draft)}
    currency = currency_of(body)
    body["amount"] = money(to_decimal(body["amount"], "amount"), currency)
    return body, {RESOURCE: [_draft_record(body, temp_id, currency, partner_name)]}


# The fields of a draft payment a correction may change (the server's names).
EDITABLE = ("date", "amount", "method", "reference", "memo")


def update_payment(payment: dict[str, Any], draft: dict[str, Any]) -> Write | None:
    """Correct a draft payment the server has: only what differs goes (None: nothing did)."""
    currency = currency_of(payment)
    changes: dict[str, Any] = {}
    for key in EDITABLE:
        if key not in draft:
            continue
        if key == "amount":
            amount = to_decimal(draft["amount"], "amount")
            if amount != to_decimal(payment.get("amount") or 0, "amount"):
                changes["amount"] = money(amount, currency)
        elif (draft[key] or None) != (payment.get(key) or None):
            changes[key] = draft[key]
    if not changes:
        return None
    record = copy.deepcopy(payment)
    record.update(changes)
    allocated = to_decimal(payment.get("amountAllocated") or 0, "amount")
    amount = to_decimal(record["amount"], "amount")
    record["amountUnallocated"] = money(amount - allocated, currency)
    record["updatedAt"] = now_stamp()
    number = payment.get("number")
    entry = OutboxEntry(
        Command(RESOURCE, "update", str(payment["id"]), changes),
        describe("payment.update", number=number) if number else describe("payment.update_new"),
        records={RESOURCE: [str(payment["id"])]},
    )
    return Write(entry, {RESOURCE: [record]})


def _paid(invoice: dict[str, Any], share: Decimal, currency: str) -> dict[str, Any]:
    """An invoice as the server answers it once `share` more of it is paid."""
    updated = copy.deepcopy(invoice)
    paid = to_decimal(updated.get("amountPaid") or 0) + share
    due = to_decimal(updated["total"]) - paid
    updated["amountPaid"] = money(paid, currency)
    updated["amountDue"] = money(due, currency)
    updated["paymentState"] = "paid" if due <= 0 else "partial"
    if due <= 0:
        updated["state"] = "paid"
    return updated


def allocate_payment(
    payment: dict[str, Any], shares: list[tuple[dict[str, Any], Decimal]]
) -> Write:
    """Allocate (more of) a payment to open invoices: [(invoice, share)], each share more
    than zero. A posted payment pays them at once; a draft keeps them for its posting."""
    currency = currency_of(payment)
    record = copy.deepcopy(payment)
    allocations = record.setdefault("allocations", [])
    for invoice, share in shares:
        for existing in allocations:
            if str(existing.get("invoiceId")) == str(invoice["id"]):
                existing["amount"] = money(to_decimal(existing["amount"]) + share, currency)
                break
        else:
            allocations.append(
                {
                    "invoiceId": str(invoice["id"]),
                    "invoiceNumber": str(invoice.get("number") or ""),
                    "amount": money(share, currency),
                }
            )
    total = sum((share for _invoice, share in shares), Decimal(0))
    allocated = to_decimal(record.get("amountAllocated") or 0) + total
    record["amountAllocated"] = money(allocated, currency)
    record["amountUnallocated"] = money(to_decimal(record["amount"]) - allocated, currency)
    record["updatedAt"] = now_stamp()
    effect: Effect = {RESOURCE: [record]}
    changed = []
    if payment.get("state") == "posted":
        changed = [_paid(invoice, share, currency) for invoice, share in shares]
        effect["invoices"] = changed
    body = {
        "allocations": [
            {"invoiceId": str(invoice["id"]), "amount": money(share, currency)}
            for invoice, share in shares
        ]
    }
    number = payment.get("number") or ""
    entry = OutboxEntry(
        Command(RESOURCE, "allocate", str(payment["id"]), body),
        describe(
            "payment.allocate",
            number=number,
            amount=format_amount(total, currency),
            currency=currency,
            count=len(shares),
        ),
        records={RESOURCE: [str(payment["id"])], "invoices": [i["id"] for i in changed]},
    )
    return Write(entry, effect)


def post_payment(payment: dict[str, Any], invoices: list[dict[str, Any]]) -> Write:
    """Post a payment; the invoices it is allocated to show as (partly) paid at once."""
    record = copy.deepcopy(payment)
    record["state"] = "posted"
    currency = currency_of(payment)
    allocated = {
        str(a["invoiceId"]): to_decimal(a["amount"], "allocation")
        for a in payment.get("allocations") or []
    }
    changed = [
        _paid(invoice, allocated[invoice["id"]], currency)
        for invoice in invoices
        if invoice["id"] in allocated
    ]
    number = payment.get("number")
    entry = OutboxEntry(
        Command(RESOURCE, "post", str(payment["id"])),
        describe("payment.post", number=number) if number else describe("payment.post_new"),
        records={RESOURCE: [payment["id"]], "invoices": [i["id"] for i in changed]},
    )
    effect: Effect = {RESOURCE: [record]}
    if changed:
        effect["invoices"] = changed
    return Write(entry, effect)
