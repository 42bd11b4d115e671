"""Bank reconciliation writes: import a statement, match a line, write off, unmatch.

Each shows at once. An imported statement appears under a temporary id with its lines
unmatched; a match shows its line matched (the statement's state and reconciled balance
worked out as the server will) and the journal items and invoices it settles as no
longer open; a write-off and an unmatch likewise. The server answers every change with
the whole statement, which then replaces the optimistic one. A statement's `reference`
is the bank's statement number: after a lost answer the sender finds the import by it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from arkan_desktop.domain.bank.books import Share
from arkan_desktop.domain.bank.open_items import ItemKind
from arkan_desktop.domain.bank.reconciliation import (
    cleared,
    find_line,
    invoice_paid,
    matched,
    refresh,
    unmatched,
    written_off,
)
from arkan_desktop.domain.bank.statement import StatementLine
from arkan_desktop.domain.commands import Command
from arkan_desktop.domain.money import format_amount
from arkan_desktop.store.outbox import OutboxEntry, new_temp_id
from arkan_desktop.sync.commands.descriptions import describe
from arkan_desktop.sync.commands.wire import Effect, Write, money, new_row_id, now_stamp

RESOURCE = "bank_statements"
Record = dict[str, Any]


@dataclass(frozen=True)
class StatementDraft:
    """A statement read from a file, as the user confirmed it for one bank account."""

    bank_account_id: str
    bank_account_code: str
    bank_account_name: str
    reference: str  # the bank's statement number
    currency: str
    opening: Decimal
    closing: Decimal
    lines: Sequence[StatementLine]
    write_off_account_id: str = ""
    name: str = ""


def _line_body(line: StatementLine) -> dict[str, Any]:
    memo = " ".join(part for part in (line.memo, line.bank_reference) if part)
    body: dict[str, Any] = {
        "date": line.date.isoformat(),
        "amount": str(line.amount),
        "reference": line.reference[:140],
        "memo": memo[:500],
        "counterparty": line.counterparty[:200],
        "counterpartyAccount": line.counterparty_account[:42],
    }
    if line.balance is not None:
        body["balance"] = str(line.balance)
    return body


def import_statement(draft: StatementDraft) -> Write:
    """Queue a statement's import; it shows at once with every line unmatched."""
    row_id = new_row_id()
    temp_id = new_temp_id()
    currency = draft.currency
    body: dict[str, Any] = {
        "reference": draft.reference,
        "bankAccountId": draft.bank_account_id,
        "currency": currency,
        "openingBalance": money(draft.opening, currency),
        "closingBalance": money(draft.closing, currency),
        "lines": [_line_body(line) for line in draft.lines],
    }
    if draft.name:
        body["name"] = draft.name
    if draft.write_off_account_id:
        body["writeOffAccountId"] = draft.write_off_account_id
    stamp = now_stamp()
    days = sorted(line.date.isoformat() for line in draft.lines)
    record: Record = {
        **{k: v for k, v in body.items() if k != "lines"},
        "id": temp_id,
        "number": "",
        "name": draft.name or f"{draft.bank_account_name} {draft.reference}",
        "bankAccountCode": draft.bank_account_code,
        "bankAccountName": draft.bank_account_name,
        "date": days[-1],
        "dateFrom": days[0],
        "dateTo": days[-1],
        "lineCount": len(draft.lines),
        "writeOffLimit": "0",
        "lines": [
            {
                **_line_body(line),
                "id": new_temp_id(),
                "sequence": n + 1,
                "amount": money(line.amount, currency),
                "matches": [],
            }
            for n, line in enumerate(draft.lines)
        ],
        "createdAt": stamp,
        "updatedAt": stamp,
    }
    refresh(record)
    queued = OutboxEntry(
        Command(RESOURCE, "create", None, body),
        describe(
            "bank.import",
            reference=draft.reference,
            count=len(draft.lines),
            account=draft.bank_account_code,
        ),
        temp_id=temp_id,
        id=row_id,
    )
    return Write(queued, {RESOURCE: [record]})


def _label(statement: Mapping[str, Any]) -> str:
    return str(statement.get("number") or statement.get("reference") or "")


def _sequence(statement: Mapping[str, Any], line_id: str) -> str:
    return str((find_line(statement, line_id) or {}).get("sequence") or "")


def match_line(
    statement: Mapping[str, Any],
    line_id: str,
    shares: Sequence[Share],
    records: Mapping[str, Mapping[str, Record]],
) -> Write:
    """Match a line to items (several: many-to-one; part of one: a partial match).

    `records` holds the cached journal entries and invoices the shares settle
    ({"journal_entries": {id: entry}, "invoices": {id: invoice}}), to show them settled.
    """
    stamp = now_stamp()
    currency = str(statement.get("currency") or "")
    parts = [(s.item.target, s.item.item.number, s.amount) for s in shares]
    effect: Effect = {RESOURCE: [matched(statement, line_id, parts, stamp)]}
    entries = dict(records.get("journal_entries") or {})
    invoices = dict(records.get("invoices") or {})
    changed_entries: dict[str, Record] = {}
    changed_invoices: list[Record] = []
    for share in shares:
        target = share.item.target
        if target.kind is ItemKind.INVOICE:
            invoice = invoices.get(target.invoice_id)
            if invoice is not None:
                changed_invoices.append(invoice_paid(invoice, share.amount))
            continue
        entry = changed_entries.get(target.journal_entry_id) or entries.get(target.journal_entry_id)
        if entry is not None:
            changed_entries[target.journal_entry_id] = cleared(
                entry, target.journal_item_id, share.amount, line_id
            )
    if changed_entries:
        effect["journal_entries"] = list(changed_entries.values())
    if changed_invoices:
        effect["invoices"] = changed_invoices
    body = {
        "statementId": str(statement["id"]),
        "statementLineId": line_id,
        "matches": [s.item.target.request(s.amount) for s in shares],
    }
    total = sum((s.amount for s in shares), Decimal(0))
    numbers = ", ".join(s.item.item.number or s.item.item.partner for s in shares[:3])
    if len(shares) > 3:
        numbers += f" (+{len(shares) - 3})"
    queued = OutboxEntry(
        Command(RESOURCE, "match", str(statement["id"]), body),
        describe(
            "bank.match",
            line=_sequence(statement, line_id),
            statement=_label(statement),
            items=numbers,
            amount=format_amount(total, currency),
            currency=currency,
        ),
        records={
            RESOURCE: [str(statement["id"])],
            "journal_entries": list(changed_entries),
            "invoices": [str(i["id"]) for i in changed_invoices],
        },
    )
    return Write(queued, effect)


def write_off(
    statement: Mapping[str, Any], line_id: str, amount: Decimal | None = None, label: str = ""
) -> Write:
    """Write off what is left of a line (or `amount` of it) to the statement's account."""
    currency = str(statement.get("currency") or "")
    line = find_line(statement, line_id) or {}
    size = amount if amount is not None else abs(Decimal(str(line.get("amountResidual") or 0)))
    body: dict[str, Any] = {"statementId": str(statement["id"]), "statementLineId": line_id}
    if amount is not None:
        body["amount"] = money(amount, currency)
    if label:
        body["label"] = label
    queued = OutboxEntry(
        Command(RESOURCE, "write_off", str(statement["id"]), body),
        describe(
            "bank.write_off",
            amount=format_amount(size, currency),
            currency=currency,
            line=_sequence(statement, line_id),
            statement=_label(statement),
            account=str(statement.get("writeOffAccountCode") or ""),
        ),
        records={RESOURCE: [str(statement["id"])]},
    )
    return Write(queued, {RESOURCE: [written_off(statement, line_id, amount, now_stamp())]})


def unmatch(statement: Mapping[str, Any], line_id: str, entries: Mapping[str, Record]) -> Write:
    """Undo a line's matches; the items they settled show as open again."""
    line = find_line(statement, line_id) or {}
    changed: dict[str, Record] = {}
    for found in line.get("matches") or ():
        entry_id, item_id = found.get("journalEntryId"), found.get("journalItemId")
        if found.get("type") == "writeOff" or not entry_id or not item_id:
            continue
        entry = changed.get(entry_id) or entries.get(entry_id)
        if entry is not None:
            amount = abs(Decimal(str(found.get("amount") or 0)))
            changed[entry_id] = cleared(entry, item_id, -amount, line_id)
    effect: Effect = {RESOURCE: [unmatched(statement, line_id)]}
    if changed:
        effect["journal_entries"] = list(changed.values())
    queued = OutboxEntry(
        Command(
            RESOURCE,
            "unmatch",
            str(statement["id"]),
            {"statementId": str(statement["id"]), "statementLineId": line_id},
        ),
        describe("bank.unmatch", line=_sequence(statement, line_id), statement=_label(statement)),
        records={RESOURCE: [str(statement["id"])], "journal_entries": list(changed)},
    )
    return Write(queued, effect)
