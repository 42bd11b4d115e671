"""The Ledger's reads: the chart of accounts (tree rows, choices for entry lines), the trial
balance from the cached accounts, and what the cached POSTED journal entries say: an
account's general ledger (its lines with a running balance and where each came from), and
the trial balance, profit & loss and balance sheet computed from them (domain.statements),
which work offline and agree with the server's."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, func, select

from arkan_desktop.domain import statements
from arkan_desktop.domain.ledger import TrialBalanceRow, trial_balance_row
from arkan_desktop.domain.statements import LedgerAccount
from arkan_desktop.store.cache import Cache
from arkan_desktop.store.models import Account, JournalEntry, JournalLine


@dataclass(frozen=True)
class AccountRow:
    """One cached account as the chart's tree places it."""

    id: str
    code: str
    name: str
    type: str
    parent_id: str | None
    balance_minor: int
    currency: str


def account_rows(cache: Cache) -> list[AccountRow]:
    """Every cached account (a chart is tens to a few hundred: read at once)."""
    query = select(
        Account.id, Account.code, Account.name, Account.type, Account.parent_id,
        Account.balance_minor, Account.currency,
    )  # fmt: skip
    with cache.reading() as session:
        return [
            AccountRow(str(i), code or "", name or "", kind or "", parent, balance or 0, cur or "")
            for i, code, name, kind, parent, balance, cur in session.execute(query)
        ]


@dataclass(frozen=True)
class AccountChoice:
    """An account a journal line can name."""

    id: str
    code: str
    name: str
    type: str

    @property
    def label(self) -> str:
        return f"{self.code} — {self.name}" if self.code else self.name


def account_choices(cache: Cache) -> list[AccountChoice]:
    query = select(Account.id, Account.code, Account.name, Account.type).order_by(Account.code)
    with cache.reading() as session:
        return [
            AccountChoice(str(i), code or "", name or "", kind or "")
            for i, code, name, kind in session.execute(query)
        ]


def trial_balance(cache: Cache) -> list[TrialBalanceRow]:
    """Every account with a balance, by code, in its trial balance column."""
    query = (
        select(Account.code, Account.name, Account.type, Account.balance_minor)
        .where(Account.balance_minor != 0)
        .order_by(Account.code)
    )
    with cache.reading() as session:
        return [
            trial_balance_row(code or "", name or "", kind or "", int(balance or 0))
            for code, name, kind, balance in session.execute(query)
        ]


# --- from the posted journal entries ------------------------------------------------------


def ledger_accounts(cache: Cache) -> dict[str, LedgerAccount]:
    """Every cached account by id, as the statements need it."""
    subtype = func.json_extract(Account.raw, "$.subtype")
    query = select(Account.id, Account.code, Account.name, Account.type, subtype)
    with cache.reading() as session:
        return {
            str(i): LedgerAccount(str(i), code or "", name or "", kind or "", str(sub or ""))
            for i, code, name, kind, sub in session.execute(query)
        }


def _posted(start: str, end: str) -> ColumnElement[bool]:
    """Lines of posted entries dated from `start` ("" = the beginning) to `end` ("" = on)."""
    conditions = [JournalEntry.state == "posted"]
    if start:
        conditions.append(JournalEntry.date >= start)
    if end:
        conditions.append(JournalEntry.date <= end)
    return and_(*conditions)


def _sums(cache: Cache, start: str, end: str) -> Iterator[tuple[str, int, int]]:
    query = (
        select(
            JournalLine.account_id,
            func.coalesce(func.sum(JournalLine.debit_minor), 0),
            func.coalesce(func.sum(JournalLine.credit_minor), 0),
        )
        .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
        .where(_posted(start, end))
        .group_by(JournalLine.account_id)
    )
    with cache.reading() as session:
        found = list(session.execute(query))
    return ((str(a or ""), int(d or 0), int(c or 0)) for a, d, c in found)


def posted_movements(cache: Cache, start: str = "", end: str = "") -> dict[str, int]:
    """Account id -> natural movement (minor units) over posted entries from `start` to `end`."""
    return statements.movements(ledger_accounts(cache), _sums(cache, start, end))


def trial_balance_on(cache: Cache, as_of: str = "") -> list[TrialBalanceRow]:
    """The trial balance of the posted entries dated up to `as_of` ("" = all of them)."""
    accounts = ledger_accounts(cache)
    return statements.trial_balance(
        accounts, statements.movements(accounts, _sums(cache, "", as_of))
    )


def profit_and_loss(cache: Cache, currency: str, start: str, end: str) -> dict[str, Any]:
    """Profit & loss of a period from the posted entries of this computer's copy."""
    accounts = ledger_accounts(cache)
    amounts = statements.movements(accounts, _sums(cache, start, end))
    return statements.profit_and_loss(accounts, amounts, currency, start, end)


def balance_sheet(cache: Cache, currency: str, as_of: str) -> dict[str, Any]:
    """The balance sheet on a day from the posted entries of this computer's copy."""
    accounts = ledger_accounts(cache)
    amounts = statements.movements(accounts, _sums(cache, "", as_of))
    return statements.balance_sheet(accounts, amounts, currency, as_of)


@dataclass(frozen=True)
class LedgerLine:
    """One posted journal line of an account, with the balance after it."""

    entry_id: str
    number: str
    date: str
    text: str  # the line's description, else its entry's memo
    source_type: str
    source_id: str
    debit_minor: int
    credit_minor: int
    balance_minor: int


@dataclass(frozen=True)
class AccountLedger:
    """An account's general ledger over a period: opening balance, lines, closing balance."""

    account: LedgerAccount | None
    currency: str
    start: str
    end: str
    opening_minor: int
    lines: list[LedgerLine]

    @property
    def closing_minor(self) -> int:
        return self.lines[-1].balance_minor if self.lines else self.opening_minor


def general_ledger(
    cache: Cache, account_id: str, start: str, end: str, currency: str
) -> AccountLedger:
    """The account's posted lines dated from `start` to `end` in date order, each with the
    running balance in the account's natural sign from its balance the day before."""
    account = ledger_accounts(cache).get(account_id)
    kind = account.type if account is not None else "asset"
    entry = JournalEntry
    opening = 0
    with cache.reading() as session:
        if start:
            before = select(
                func.coalesce(func.sum(JournalLine.debit_minor), 0),
                func.coalesce(func.sum(JournalLine.credit_minor), 0),
            ).join(entry, entry.id == JournalLine.entry_id)
            before = before.where(
                JournalLine.account_id == account_id,
                entry.state == "posted",
                entry.date < start,
            )
            debit, credit = session.execute(before).one()
            opening = statements.natural_minor(kind, int(debit or 0), int(credit or 0))
        query = (
            select(
                entry.id,
                entry.number,
                entry.date,
                JournalLine.description,
                func.json_extract(entry.raw, "$.memo"),
                entry.source_type,
                func.json_extract(entry.raw, "$.sourceId"),
                JournalLine.debit_minor,
                JournalLine.credit_minor,
            )
            .join(entry, entry.id == JournalLine.entry_id)
            .where(JournalLine.account_id == account_id, _posted(start, end))
            .order_by(entry.date, entry.number, entry.id, JournalLine.position)
        )
        found = list(session.execute(query))
    balances = statements.running_balances(
        kind, opening, ((int(row[7] or 0), int(row[8] or 0)) for row in found)
    )
    lines = []
    for row, balance in zip(found, balances, strict=True):
        entry_id, number, day, description, memo, source_type, source_id, debit, credit = row
        lines.append(
            LedgerLine(
                str(entry_id),
                str(number or ""),
                str(day or ""),
                str(description or memo or ""),
                str(source_type or "manual"),
                str(source_id or ""),
                int(debit or 0),
                int(credit or 0),
                balance,
            )
        )
    return AccountLedger(account, currency, start, end, opening, lines)
