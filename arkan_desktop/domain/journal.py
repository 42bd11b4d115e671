"""The rules a journal entry keeps before it may be queued: each line, and the balance.

A line names an account of the chart and carries a debit or a credit, not both and not
neither; an amount is positive with no more decimals than the currency has. An entry
balances when its debits equal its credits and are more than zero, and has two lines or
more. Each rule answers with a reason from an enum (None: nothing wrong); the editor turns
reasons into words. Amounts are `Decimal`, already read from what the user typed.
"""

from __future__ import annotations

import enum
from collections.abc import Container, Iterable
from dataclasses import dataclass
from decimal import Decimal

from arkan_desktop.domain.money import round_to_currency

ZERO = Decimal(0)
MIN_LINES = 2


class LineProblem(enum.Enum):
    """What is wrong with one line of an entry."""

    CHOOSE_ACCOUNT = "choose_account"  # the line names no account
    UNKNOWN_ACCOUNT = "unknown_account"  # what it names is not in the chart
    NEGATIVE_AMOUNT = "negative_amount"
    TOO_MANY_DECIMALS = "too_many_decimals"  # more decimals than the currency has
    DEBIT_AND_CREDIT = "debit_and_credit"  # a line is a debit or a credit, not both
    NO_AMOUNT = "no_amount"  # nor neither


class EntryRefusal(enum.Enum):
    """Why an entry cannot be queued yet."""

    UNBALANCED = "unbalanced"  # debits differ from credits, or both are zero
    TOO_FEW_LINES = "too_few_lines"
    LINE_PROBLEMS = "line_problems"


@dataclass(frozen=True)
class Balance:
    debit: Decimal
    credit: Decimal

    @property
    def difference(self) -> Decimal:
        return self.debit - self.credit

    @property
    def balanced(self) -> bool:
        return self.debit == self.credit and self.debit > 0


def account_problem(account_id: str, typed: str, chart: Container[str]) -> LineProblem | None:
    """An account is chosen from the chart (`typed`: text that matched no account)."""
    if typed:
        return LineProblem.UNKNOWN_ACCOUNT
    if not account_id:
        return LineProblem.CHOOSE_ACCOUNT
    return None if account_id in chart else LineProblem.UNKNOWN_ACCOUNT


def amount_problem(amount: Decimal, currency: str) -> LineProblem | None:
    """A debit or credit is not negative and has at most the currency's decimals."""
    if amount < 0:
        return LineProblem.NEGATIVE_AMOUNT
    if round_to_currency(amount, currency) != amount:
        return LineProblem.TOO_MANY_DECIMALS
    return None


def sides_problem(debit: Decimal | None, credit: Decimal | None) -> LineProblem | None:
    """A line carries a debit or a credit (None or zero: nothing on that side)."""
    if debit and credit:
        return LineProblem.DEBIT_AND_CREDIT
    if not debit and not credit:
        return LineProblem.NO_AMOUNT
    return None


def balance_of(sides: Iterable[tuple[Decimal | None, Decimal | None]]) -> Balance:
    """The entry's debits and credits from each line's (debit, credit)."""
    debit = credit = ZERO
    for line_debit, line_credit in sides:
        debit += line_debit or ZERO
        credit += line_credit or ZERO
    return Balance(debit, credit)


def entry_refusal(balance: Balance, lines: int, line_problems: int) -> EntryRefusal | None:
    """Whether an entry of `lines` filled lines may be queued (None: it may)."""
    if line_problems:
        return EntryRefusal.LINE_PROBLEMS
    if lines < MIN_LINES:
        return EntryRefusal.TOO_FEW_LINES
    if not balance.balanced:
        return EntryRefusal.UNBALANCED
    return None
