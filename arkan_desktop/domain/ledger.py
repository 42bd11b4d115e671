"""Which side of the ledger an account's balance sits on: the trial balance's signs.

Each account's balance is kept in its natural sign: debit-normal for assets and
expenses, credit-normal for the rest. A positive natural balance goes in the account's
normal column, a negative one (an overdrawn bank) in the other. Amounts in minor units.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Side(enum.Enum):
    DEBIT = "debit"
    CREDIT = "credit"


DEBIT_NORMAL = frozenset({"asset", "expense"})


def normal_side(account_type: str) -> Side:
    """The side an account of this type grows on."""
    return Side.DEBIT if account_type in DEBIT_NORMAL else Side.CREDIT


def balance_side(account_type: str, balance_minor: int) -> Side:
    """The trial balance column of a natural balance: its normal side unless negative."""
    normal = normal_side(account_type)
    if balance_minor >= 0:
        return normal
    return Side.CREDIT if normal is Side.DEBIT else Side.DEBIT


@dataclass(frozen=True)
class TrialBalanceRow:
    code: str
    name: str
    type: str
    debit_minor: int
    credit_minor: int
    account_id: str = ""


def trial_balance_row(
    code: str, name: str, kind: str, balance_minor: int, account_id: str = ""
) -> TrialBalanceRow:
    amount = abs(balance_minor)
    if balance_side(kind, balance_minor) is Side.DEBIT:
        return TrialBalanceRow(code, name, kind, amount, 0, account_id)
    return TrialBalanceRow(code, name, kind, 0, amount, account_id)
