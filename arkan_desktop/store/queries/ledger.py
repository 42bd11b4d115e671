"""The Ledger's reads: the chart of accounts (tree rows, choices for entry lines) and the
trial balance, all from the cached accounts."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from arkan_desktop.domain.ledger import TrialBalanceRow, trial_balance_row
from arkan_desktop.store.cache import Cache
from arkan_desktop.store.models import Account


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
