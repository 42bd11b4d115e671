"""Payment writes: recording a payment (with its allocations) and posting it.

A new payment shows at once under a temporary id; posting it also shows the invoices it
is allocated to as (partly) paid, with the amounts the server is expected to answer with.
"""

from __future__ import annotations

import copy
from typing import Any

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


def record_payment(draft: dict[str, Any], currency: str, partner_name: str = "") -> Write:
    """A payment: {type inbound|outbound, partnerId, amount, method, date?, allocations?}."""
    row_id = new_row_id()
    temp_id = new_temp_id()
    body = copy.deepcopy(draft)
    body.setdefault("type", "inbound")
    body.setdefault("currency", currency)
    body.setdefault("method", "bank")
    body["reference"] = body.get("reference") or row_id
    amount = to_decimal(body["amount"], "amount")
    body["amount"] = money(amount, currency)
    stamp = now_stamp()
    record = {
        **body,
        "id": temp_id,
        "number": "",
        "partnerName": partner_name,
        "date": body.get("date") or today(),
        "state": "draft",
        "createdAt": stamp,
        "updatedAt": stamp,
    }
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


def post_payment(payment: dict[str, Any], invoices: list[dict[str, Any]]) -> Write:
    """Post a payment; the invoices it is allocated to show as (partly) paid at once."""
    record = copy.deepcopy(payment)
    record["state"] = "posted"
    currency = currency_of(payment)
    allocated = {
        str(a["invoiceId"]): to_decimal(a["amount"], "allocation")
        for a in payment.get("allocations") or []
    }
    changed = []
    for invoice in invoices:
        if invoice["id"] not in allocated:
            continue
        updated = copy.deepcopy(invoice)
        paid = to_decimal(updated.get("amountPaid") or 0) + allocated[invoice["id"]]
        due = to_decimal(updated["total"]) - paid
        updated["amountPaid"] = money(paid, currency)
        updated["amountDue"] = money(due, currency)
        updated["paymentState"] = "paid" if due <= 0 else "partial"
        if due <= 0:
            updated["state"] = "paid"
        changed.append(updated)
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
