"""Journal entry writes: a new draft entry, correcting a draft, posting it.

A new entry shows at once under a temporary id with its debit and credit totals; posting
shows it posted (account balances follow the server's answer). A draft the server has is
corrected with `update_journal_entry` (the fields that changed); one still waiting in the
outbox has its create rewritten (`edited_create`).
"""

from __future__ import annotations

import copy
from decimal import Decimal
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

RESOURCE = "journal_entries"


def _sides(lines: list[dict[str, Any]]) -> tuple[Decimal, Decimal]:
    debit = sum((to_decimal(x.get("debit") or 0, "debit") for x in lines), Decimal(0))
    credit = sum((to_decimal(x.get("credit") or 0, "credit") for x in lines), Decimal(0))
    return debit, credit


def _draft_record(body: dict[str, Any], record_id: str, currency: str) -> dict[str, Any]:
    """The optimistic record of a draft entry made (or remade) from a create body."""
    debit, credit = _sides(body["lines"])
    stamp = now_stamp()
    return {
        **body,
        "id": record_id,
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


def create_journal_entry(draft: dict[str, Any], currency: str) -> Write:
    """A new draft entry: {date, memo, reference?, lines: [{accountId, debit, credit, …}]}."""
    row_id = new_row_id()
    temp_id = new_temp_id()
    body = copy.deepcopy(draft)
    body["reference"] = body.get("reference") or row_id
    record = _draft_record(body, temp_id, currency)
    amount = format_amount(_sides(body["lines"])[0], currency)
    description = (
        describe("journal.create_memo", amount=amount, currency=currency, memo=body["memo"])
        if body.get("memo")
        else describe("journal.create", amount=amount, currency=currency)
    )
    entry = OutboxEntry(
        Command(RESOURCE, "create", None, body), description, temp_id=temp_id, id=row_id
    )
    return Write(entry, {RESOURCE: [record]})


def edited_create(
    queued: dict[str, Any], temp_id: str, draft: dict[str, Any], currency: str
) -> tuple[dict[str, Any], Effect]:
    """A waiting create rewritten: the new body (its reference, the write's lookup key,
    kept unless one is typed) and the optimistic record under the same temporary id."""
    body = copy.deepcopy(draft)
    if queued.get("reference") and not body.get("reference"):
        body["reference"] = queued["reference"]
    return body, {RESOURCE: [_draft_record(body, temp_id, currency)]}


def _line_shape(line: dict[str, Any]) -> tuple[str, ...]:
    amounts = tuple(str(to_decimal(line.get(k) or 0, k).normalize()) for k in ("debit", "credit"))
    return (str(line.get("accountId") or ""), str(line.get("description") or ""), *amounts)


def update_journal_entry(entry: dict[str, Any], draft: dict[str, Any]) -> Write | None:
    """Correct a draft entry the server has: only what differs goes (None: nothing did)."""
    changes: dict[str, Any] = {}
    for key in ("date", "memo", "reference"):
        if key in draft and (draft[key] or None) != (entry.get(key) or None):
            changes[key] = draft[key]
    lines = draft.get("lines")
    if lines is not None and [_line_shape(x) for x in lines] != [
        _line_shape(x) for x in entry.get("lines") or []
    ]:
        changes["lines"] = copy.deepcopy(lines)
    if not changes:
        return None
    currency = currency_of(entry)
    record = copy.deepcopy(entry)
    record.update({k: v for k, v in changes.items() if k != "lines"})
    if "lines" in changes:
        debit, credit = _sides(changes["lines"])
        record["lines"] = [{**line, "id": new_temp_id()} for line in changes["lines"]]
        record["totalDebit"] = money(debit, currency)
        record["totalCredit"] = money(credit, currency)
    record["updatedAt"] = now_stamp()
    number = entry.get("number")
    command = Command(RESOURCE, "update", str(entry["id"]), changes)
    write = OutboxEntry(
        command,
        describe("journal.update", number=number) if number else describe("journal.update_new"),
        records={RESOURCE: [str(entry["id"])]},
    )
    return Write(write, {RESOURCE: [record]})


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
