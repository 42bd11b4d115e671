"""One typed bank statement, whatever file it came from (CSV, MT940, CAMT.053, OFX).

Every importer returns `Statement`s made of `StatementLine`s with exact `Decimal` amounts
(positive: money into the account) or raises one `StatementError` naming the line, element
or record that is wrong: a file is imported whole or not at all. `balance_problem` says in
one sentence when the opening balance plus the lines does not give the closing balance.
Pure data: no I/O, no Qt.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

ZERO = Decimal(0)
# A bank never sends amounts this large; a parser must refuse "1e999999" rather than hang.
MAX_AMOUNT_DIGITS = 20


class StatementError(ValueError):
    """A statement file that cannot be imported, with where and what in one plain sentence.

    `line` is the 1-based line of the file (None when the problem is the whole file);
    `where` names an XML element or a record when a line number alone would not help.
    """

    def __init__(self, line: int | None, message: str, where: str = "") -> None:
        self.line = line
        # One line whatever the file held: quoted file content must not break the sentence.
        self.message = " ".join(message.split())
        self.where = " ".join(where.split())
        super().__init__(self.sentence)

    @property
    def sentence(self) -> str:
        place = []
        if self.line is not None:
            place.append(f"line {self.line}")
        if self.where:
            place.append(self.where)
        text = self.message.rstrip(".") + "."
        if not place:
            return text[0].upper() + text[1:]
        joined = ", ".join(place)
        return f"{joined[0].upper()}{joined[1:]}: {text}"


@dataclass(frozen=True, slots=True, kw_only=True)
class StatementLine:
    """One booked movement on the account, as the bank reports it."""

    date: dt.date  # booking date
    value_date: dt.date | None = None
    amount: Decimal  # signed: positive is money in, negative is money out
    balance: Decimal | None = None  # the running balance after this line, when given
    reference: str = ""  # the customer's reference (what the payer wrote)
    memo: str = ""  # narrative / remittance text
    counterparty: str = ""  # name of the payer (money in) or payee (money out)
    counterparty_account: str = ""  # their IBAN or account number
    bank_reference: str = ""  # the bank's own id for the movement


@dataclass(frozen=True, slots=True)
class Statement:
    """A statement of one account for one period."""

    account: str  # IBAN or account number as the bank gives it ("" if the file has none)
    currency: str  # ISO 4217 ("" if the file has none: the caller knows the account's)
    opening_balance: Decimal | None
    closing_balance: Decimal | None
    start: dt.date | None
    end: dt.date | None
    lines: tuple[StatementLine, ...]
    identifier: str = ""  # the bank's statement number or id, to spot a second import

    @property
    def total(self) -> Decimal:
        return sum((line.amount for line in self.lines), ZERO)

    @property
    def balance_problem(self) -> str | None:
        """One sentence when opening + lines ≠ closing (None when it adds up or is unknown)."""
        if self.opening_balance is None or self.closing_balance is None:
            return None
        expected = self.opening_balance + self.total
        if expected == self.closing_balance:
            return None
        label = f"Statement {self.identifier}" if self.identifier else "The statement"
        return (
            f"{label} does not add up: opening balance {self.opening_balance} plus "
            f"{len(self.lines)} lines ({self.total}) gives {expected}, but the closing "
            f"balance is {self.closing_balance} (a difference of "
            f"{self.closing_balance - expected}); lines may be missing from the file."
        )


def clean_text(value: object, limit: int = 500) -> str:
    """Text from a file as one tidy line: control characters gone, spaces collapsed."""
    if value is None:
        return ""
    text = "".join(ch if ch.isprintable() else " " for ch in str(value))
    return " ".join(text.split())[:limit]


def finish(
    lines: list[StatementLine],
    *,
    account: str,
    currency: str,
    opening: Decimal | None,
    closing: Decimal | None,
    start: dt.date | None = None,
    end: dt.date | None = None,
    identifier: str = "",
) -> Statement:
    """A Statement with its period taken from the lines when the file does not give one."""
    dates = [line.date for line in lines]
    return Statement(
        account=account,
        currency=currency.upper(),
        opening_balance=opening,
        closing_balance=closing,
        start=start or (min(dates) if dates else None),
        end=end or (max(dates) if dates else None),
        lines=tuple(lines),
        identifier=identifier,
    )


def check_balances(statement: Statement, line: int | None, where: str = "") -> None:
    """Raise when the statement's balances do not add up (the caller names the closing)."""
    problem = statement.balance_problem
    if problem is not None:
        raise StatementError(line, problem, where)


def plausible(amount: Decimal) -> bool:
    return amount.is_finite() and amount.adjusted() < MAX_AMOUNT_DIGITS
