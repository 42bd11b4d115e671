"""The trial balance from the cached chart of accounts (no server needed).

Each account's cached balance is in its natural sign (debit-normal for assets and
expenses); a positive natural balance goes in its normal column, a negative one in the
other. Runs on the database worker; returns plain rows in minor units.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from arkan_desktop.store.cache import Cache
from arkan_desktop.store.models import Account

DEBIT_NORMAL = ("asset", "expense")


@dataclass(frozen=True)
class TrialBalanceRow:
    code: str
    name: str
    type: str
    debit_minor: int
    credit_minor: int


def trial_balance_row(code: str, name: str, kind: str, balance_minor: int) -> TrialBalanceRow:
    debit_side = (kind in DEBIT_NORMAL) == (balance_minor >= 0)
    amount = abs(balance_minor)
    return TrialBalanceRow(
        code, name, kind, amount if debit_side else 0, 0 if debit_side else amount
    )


def load_trial_balance(cache: Cache) -> list[TrialBalanceRow]:
    """Every account with a balance, by code."""
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
