"""Journal entry writes: a new draft entry and posting it.

A new entry shows at once under a temporary id with its debit and credit totals; posting
shows it posted (account balances follow the server's answer).
"""

from __future__ import annotations

import copy
from decimal import Decimal
from typing import Any

from arkan_desktop.domain.commands import Command
from arkan_desktop.domain.money import format_amount, to_decimal
from arkan_desktop.store.outbox import OutboxEntry, new_temp_id
from arkan_desktop.sync.commands.descriptions import describe
from arkan_desktop.sync.commands.wire import Write, money, new_row_id, now_stamp, today

RESOURCE = "journal_entries"


def create_journal_entry(draft: dict[str, Any], currency: str) -> Write:
    """A new draft entry: {date, memo, reference?, lines: [{accountId, debit, credit, …}]}."""
    row_id = new_row_id()
    temp_id = new_temp_id()
    body = copy.deepcopy(draft)
    body["reference"] = body.get("reference") or row_id
    debit = sum((to_decimal(x.get("debit") or 0, "debit") for x in body["lines"]), Decimal(0))
    credit = sum((to_decimal(x.get("credit") or 0, "credit") for x in body["lines"]), Decimal(0))
    stamp = now_stamp()
    record = {
        **body,
        "id": temp_id,
        "number": "",
        "date": body.get("date") or today(),
        "currency": currency,
        "state": "draft",
        "sourceType": "manual",
        "lines": [{**line, "id": new_temp_id()} for line in body["lines"]],
        "totalDebit": money(debit, currency),
        "totalCredit": money(credit, currency),
        "postedAt": None,
        "createdAt": stamp,
        "updatedAt": stamp,
    }
    amount = format_amount(debit, currency)
    description = (
        describe("journal.create_memo", amount=amount, currency=currency, memo=body["memo"])
        if body.get("memo")
        else describe("journal.create", amount=amount, currency=currency)
    )
    entry = OutboxEntry(
        Command(RESOURCE, "create", None, body), description, temp_id=temp_id, id=row_id
    )
    return Write(entry, {RESOURCE: [record]})


def post_journal_entry(journal_entry: dict[str, Any]) -> Write:
    """Post a draft entry; the list shows it posted at once."""
    record = copy.deepcopy(journal_entry)
    record["state"] = "posted"
    number = journal_entry.get("number")
    entry = OutboxEntry(
        Command(RESOURCE, "post", str(journal_entry["id"])),
        describe("journal.post", number=number) if number else describe("journal.post_new"),
        records={RESOURCE: [journal_entry["id"]]},
    )
    return Write(entry, {RESOURCE: [record]})
