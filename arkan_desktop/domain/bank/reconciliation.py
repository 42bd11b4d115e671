"""A bank statement as the server keeps it: its open lines, its balances, and what a match,
a write-off or an unmatch does to it before the server answers.

A statement record (`/accounting/bank-reconciliation/statements`) holds its lines with
their matches; a line is reconciled when its matches add up to its amount, and the
statement's reconciled balance is its opening balance plus its reconciled lines. The
functions that change a record return a new one, the way the server will answer, so the
window shows a match at once while it waits in the outbox (the server's answer then
replaces it). Pure: no I/O, no Qt.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from typing import Any

from arkan_desktop.domain.bank.books import ZERO, Target, day, number
from arkan_desktop.domain.bank.open_items import ItemKind
from arkan_desktop.domain.bank.statement import StatementLine
from arkan_desktop.domain.money import round_to_currency

Record = dict[str, Any]
RECONCILED, PARTIAL, UNMATCHED = "reconciled", "partial", "unmatched"


def money(amount: Decimal, currency: str) -> str:
    return str(round_to_currency(amount, currency))


@dataclass(frozen=True)
class OpenLine:
    """A statement line still to reconcile, as the matcher reads it."""

    id: str
    sequence: int
    line: StatementLine  # amount: what is still open on it


def open_lines(statement: Mapping[str, Any]) -> list[OpenLine]:
    """The lines not reconciled yet, in statement order, each with what is left of it."""
    found = []
    for n, raw in enumerate(statement.get("lines") or ()):
        if raw.get("state") == RECONCILED:
            continue
        residual = number(raw.get("amountResidual", raw.get("amount")))
        if residual == 0:
            continue
        line = StatementLine(
            date=day(raw.get("date")),
            amount=residual,
            reference=str(raw.get("reference") or ""),
            memo=str(raw.get("memo") or ""),
            counterparty=str(raw.get("counterparty") or ""),
            counterparty_account=str(raw.get("counterpartyAccount") or ""),
        )
        found.append(OpenLine(str(raw.get("id")), int(raw.get("sequence") or n + 1), line))
    return found


@dataclass(frozen=True)
class Balances:
    opening: Decimal
    closing: Decimal
    reconciled: Decimal  # opening + the reconciled lines
    lines: int
    reconciled_lines: int

    @property
    def difference(self) -> Decimal:
        return self.closing - self.reconciled

    @property
    def done(self) -> bool:
        return self.reconciled_lines == self.lines


def balances(statement: Mapping[str, Any]) -> Balances:
    lines = statement.get("lines") or ()
    done = [x for x in lines if x.get("state") == RECONCILED]
    opening = number(statement.get("openingBalance"))
    return Balances(
        opening=opening,
        closing=number(statement.get("closingBalance")),
        reconciled=opening + sum((number(x.get("amount")) for x in done), ZERO),
        lines=len(lines),
        reconciled_lines=len(done),
    )


def refresh(statement: Record) -> None:
    """Line states and the statement's reconciled balance from the lines' matches (as the
    server works them out)."""
    currency = str(statement.get("currency") or "")
    reconciled = ZERO
    count = 0
    lines = statement.get("lines") or []
    for line in lines:
        amount = number(line.get("amount"))
        matched = sum((number(m.get("amount")) for m in line.get("matches") or ()), ZERO)
        residual = amount - matched
        line["amountMatched"] = money(matched, currency)
        line["amountResidual"] = money(residual, currency)
        if not line.get("matches"):
            line["state"] = UNMATCHED
        elif residual == 0:
            line["state"] = RECONCILED
            reconciled += amount
            count += 1
        else:
            line["state"] = PARTIAL
    balance = number(statement.get("openingBalance")) + reconciled
    statement["reconciledCount"] = count
    statement["reconciledBalance"] = money(balance, currency)
    statement["difference"] = money(number(statement.get("closingBalance")) - balance, currency)
    statement["state"] = RECONCILED if count == len(lines) else "open"


def find_line(statement: Mapping[str, Any], line_id: str) -> Mapping[str, Any] | None:
    return next((x for x in statement.get("lines") or () if x.get("id") == line_id), None)


def _line(statement: Record, line_id: str) -> Record:
    found = find_line(statement, line_id)
    if found is None:
        raise KeyError(f"statement {statement.get('id')} has no line {line_id}")
    return found  # type: ignore[return-value]


_KINDS = {ItemKind.PAYMENT: "payment", ItemKind.JOURNAL_ITEM: "journalItem"}


def matched(
    statement: Mapping[str, Any],
    line_id: str,
    shares: Sequence[tuple[Target, str, Decimal]],
    at: str,
) -> Record:
    """The statement once a line is matched to (target, number, amount) shares."""
    new = copy.deepcopy(dict(statement))
    currency = str(new.get("currency") or "")
    line = _line(new, line_id)
    sign = 1 if number(line.get("amount")) > 0 else -1
    for target, label, amount in shares:
        line.setdefault("matches", []).append(
            {
                "type": _KINDS.get(target.kind, "invoice"),
                "amount": money(amount * sign, currency),
                "journalEntryId": target.journal_entry_id or None,
                "journalItemId": target.journal_item_id or None,
                "paymentId": target.payment_id or None,
                "invoiceId": target.invoice_id or None,
                "number": label,
                "matchedAt": at,
            }
        )
    refresh(new)
    return new


def written_off(
    statement: Mapping[str, Any], line_id: str, amount: Decimal | None, at: str
) -> Record:
    """The statement once what is left of a line (or `amount` of it) is written off."""
    new = copy.deepcopy(dict(statement))
    currency = str(new.get("currency") or "")
    line = _line(new, line_id)
    residual = number(line.get("amountResidual"))
    size = abs(residual) if amount is None else amount
    line.setdefault("matches", []).append(
        {
            "type": "writeOff",
            "amount": money(size if residual > 0 else -size, currency),
            "journalEntryId": None,
            "journalItemId": None,
            "accountCode": new.get("writeOffAccountCode"),
            "number": "",
            "matchedAt": at,
        }
    )
    refresh(new)
    return new


def unmatched(statement: Mapping[str, Any], line_id: str) -> Record:
    """The statement once a line's matches are undone."""
    new = copy.deepcopy(dict(statement))
    line = _line(new, line_id)
    line["matches"] = []
    line["partnerId"] = line["partnerName"] = None
    refresh(new)
    return new


def cleared(entry: Mapping[str, Any], item_id: str, amount: Decimal, line_id: str) -> Record:
    """A journal entry once `amount` of its bank item is reconciled (negative: undone)."""
    new = copy.deepcopy(dict(entry))
    currency = str(new.get("currency") or "")
    for item in new.get("lines") or ():
        if item.get("id") != item_id:
            continue
        done = number(item.get("reconciledAmount")) + amount
        item["reconciledAmount"] = money(done, currency)
        item["reconciled"] = done == abs(number(item.get("debit")) - number(item.get("credit")))
        ids = item.setdefault("statementLineIds", [])
        if amount > 0 and line_id not in ids:
            ids.append(line_id)
        elif amount < 0 and line_id in ids:
            ids.remove(line_id)
    return new


def invoice_paid(invoice: Mapping[str, Any], amount: Decimal) -> Record:
    """An invoice once a statement line pays `amount` of it (its payment is the server's)."""
    new = copy.deepcopy(dict(invoice))
    currency = str(new.get("currency") or "")
    due = number(new.get("amountDue")) - amount
    new["amountDue"] = money(due, currency)
    new["paymentState"] = "paid" if due <= 0 else "partial"
    return new


class WriteOffProblem(Enum):
    NOTHING_LEFT = "nothing_left"
    OVER_LIMIT = "over_limit"


def write_off_problem(statement: Mapping[str, Any], line_id: str) -> WriteOffProblem | None:
    """Why what is left of a line cannot be written off (None: it can)."""
    line = find_line(statement, line_id)
    residual = number((line or {}).get("amountResidual"))
    if residual == 0:
        return WriteOffProblem.NOTHING_LEFT
    if abs(residual) > number(statement.get("writeOffLimit")):
        return WriteOffProblem.OVER_LIMIT
    return None
