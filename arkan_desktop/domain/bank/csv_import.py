"""CSV bank statements: a column mapping the user confirms once per bank account, then import.

`detect_csv(data)` reads a file the user picked and proposes a `CsvMapping` (encoding,
delimiter, header row, which column is what, date layout, decimal mark) with the
questions the file could not answer; the user confirms or corrects it, and the caller
stores it for that bank account (`CsvMapping.to_dict`/`from_dict`: plain JSON values).
`parse_csv(data, mapping)` gives the whole `Statement` or raises one `StatementError`
naming the line. Pure: no I/O, no Qt.
"""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass, field, replace
from decimal import Decimal

from arkan_desktop.domain.bank.csv_layout import (
    find_header,
    guess_delimiter,
    guess_encoding,
    guess_roles,
    preamble_account,
    read_rows,
)
from arkan_desktop.domain.bank.csv_mapping import CsvMapping
from arkan_desktop.domain.bank.formats import (
    AmountError,
    describe_date_format,
    detect_date_format,
    detect_decimal_mark,
    parse_amount,
    parse_date,
)
from arkan_desktop.domain.bank.statement import (
    Statement,
    StatementError,
    StatementLine,
    check_balances,
    clean_text,
    finish,
)

__all__ = ["CsvMapping", "CsvProposal", "decode", "detect_csv", "parse_csv"]

_DEBIT_SIGNS = frozenset({"DR", "D", "DEBIT", "مدين", "سحب"})
_CREDIT_SIGNS = frozenset({"CR", "C", "CREDIT", "دائن", "ايداع", "إيداع"})
# Summary rows some banks add around the lines; recognised by a word in any cell.
_OPENING_WORDS = ("opening balance", "balance brought forward", "الرصيد الافتتاحي")
_CLOSING_WORDS = ("closing balance", "balance carried forward", "الرصيد الختامي")
_TOTAL_WORDS = ("total", "المجموع", "الإجمالي")


@dataclass(frozen=True)
class CsvProposal:
    """What `detect_csv` found, for the user to confirm before the first import."""

    mapping: CsvMapping
    header: tuple[str, ...]
    sample: tuple[tuple[str, ...], ...]  # the first data rows, as read
    questions: tuple[str, ...] = ()  # plain sentences: what the file could not decide
    date_alternatives: tuple[str, ...] = ()  # other strptime layouts that read every date
    roles: dict[str, tuple[int, ...]] = field(default_factory=dict)


def decode(data: bytes | str, encoding: str) -> str:
    if isinstance(data, str):
        return data.removeprefix("\ufeff")
    try:
        return data.decode(encoding).removeprefix("\ufeff")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise StatementError(
            line, f"the file is not {encoding} text (byte {error.start + 1} cannot be read)"
        ) from None


def detect_csv(data: bytes | str) -> CsvProposal:
    """A proposed mapping for a CSV statement; StatementError if it is not a CSV table."""
    encoding = guess_encoding(data) if isinstance(data, bytes) else "utf-8-sig"
    text = decode(data, encoding)
    delimiter = guess_delimiter(text)
    try:
        rows = read_rows(text, delimiter)
    except csv.Error as error:
        raise StatementError(None, f"the file is not a readable CSV table ({error})") from None
    if not rows:
        raise StatementError(None, "the file is empty")
    start, has_header = find_header(rows)
    header = rows[start][1] if has_header else []
    body = [cells for _, cells in rows[start + int(has_header) :]]
    roles = guess_roles(header, body)
    if "date" not in roles:
        raise StatementError(None, "no column of the file holds dates, so it is not a statement")
    if not {"amount", "debit", "credit"} & roles.keys():
        raise StatementError(None, "no column of the file holds amounts, so it is not a statement")

    def one(role: str) -> int | None:
        return roles[role][0] if role in roles else None

    def cells(column: int | None) -> list[str]:
        if column is None:
            return []
        return [r[column] for r in body if column < len(r) and r[column].strip()]

    questions = []
    date_guess = detect_date_format(cells(one("date")))
    date_format, alternatives = "%d/%m/%Y", tuple[str, ...]()
    if date_guess is not None:
        date_format, alternatives = date_guess.fmt, date_guess.alternatives
        if date_guess.ambiguous:
            questions.append(
                f"The dates read as {describe_date_format(date_guess.fmt)}, but no date in "
                f"the file rules out {describe_date_format(alternatives[0])}; please confirm."
            )
    money = [c for r in ("amount", "debit", "credit", "balance") for c in roles.get(r, [])]
    mark = detect_decimal_mark([c for col in money for c in cells(col)])
    if not mark.decided:
        questions.append(
            "No amount in the file shows which mark is the decimal point; read as "
            "1,234.56, please confirm."
        )
    sign = one("sign")
    if sign is not None and not all(
        _sign_of(c) is not None for c in cells(sign)
    ):  # a "Type" column of words like TRANSFER, not DR/CR
        sign = None
    amount = one("amount")
    account, currency = preamble_account(rows[:start])
    debit, credit = (None, None) if amount is not None else (one("debit"), one("credit"))
    mapping = CsvMapping(
        date_column=roles["date"][0],
        date_format=date_format,
        amount_column=amount,
        debit_column=debit,
        credit_column=credit,
        sign_column=sign if amount is not None else None,
        decimal_mark=mark.decimal_mark,
        balance_column=one("balance"),
        value_date_column=one("value_date"),
        reference_column=one("reference"),
        memo_columns=tuple(roles.get("memo", ())),
        counterparty_column=one("counterparty"),
        counterparty_account_column=one("counterparty_account"),
        bank_reference_column=one("bank_reference"),
        delimiter=delimiter,
        encoding=encoding,
        skip_rows=start,
        has_header=has_header,
        account=account,
        currency=currency,
    )
    return CsvProposal(
        mapping=mapping,
        header=tuple(header),
        sample=tuple(tuple(r) for r in body[:5]),
        questions=tuple(questions),
        date_alternatives=alternatives,
        roles={k: tuple(v) for k, v in roles.items()},
    )


def _sign_of(cell: str) -> int | None:
    word = cell.strip().upper().rstrip(".")
    if word in _DEBIT_SIGNS:
        return -1
    if word in _CREDIT_SIGNS:
        return 1
    return None


def _cell(cells: list[str], column: int | None) -> str:
    if column is None or column >= len(cells):
        return ""
    return cells[column].strip()


def _summary(cells: list[str]) -> str | None:
    text = " ".join(cells).lower()
    for kind, words in (("opening", _OPENING_WORDS), ("closing", _CLOSING_WORDS)):
        if any(w in text for w in words):
            return kind
    return "total" if any(w in text for w in _TOTAL_WORDS) else None


class _Reader:
    """Reads the rows of one file with one mapping; every error names its line."""

    def __init__(self, mapping: CsvMapping) -> None:
        self.m = mapping

    def amount(self, line: int, cells: list[str], column: int | None, what: str) -> Decimal | None:
        try:
            return parse_amount(_cell(cells, column), self.m.decimal_mark)
        except AmountError as error:
            raise StatementError(line, f"the {what} {error}") from None

    def date(self, line: int, cells: list[str], column: int | None, what: str) -> dt.date | None:
        text = _cell(cells, column)
        try:
            return parse_date(text, self.m.date_format)
        except ValueError:
            layout = describe_date_format(self.m.date_format)
            raise StatementError(line, f"the {what} '{text[:30]}' is not a {layout} date") from None

    def signed_amount(self, line: int, cells: list[str]) -> Decimal | None:
        m = self.m
        if m.amount_column is not None:
            value = self.amount(line, cells, m.amount_column, "amount")
            if value is None or m.sign_column is None:
                return value
            sign = _sign_of(_cell(cells, m.sign_column))
            if sign is None:
                word = _cell(cells, m.sign_column)[:20]
                raise StatementError(line, f"'{word}' does not say debit (DR) or credit (CR)")
            return abs(value) * sign
        debit = self.amount(line, cells, m.debit_column, "debit")
        credit = self.amount(line, cells, m.credit_column, "credit")
        if debit and credit:
            raise StatementError(line, "the row has both a debit and a credit amount")
        if debit is None and credit is None:
            return None
        return abs(credit) if credit else -abs(debit or Decimal(0))

    def line(self, number: int, cells: list[str], amount: Decimal, day: dt.date) -> StatementLine:
        m = self.m
        memo = " ".join(_cell(cells, c) for c in m.memo_columns if _cell(cells, c))
        return StatementLine(
            date=day,
            amount=amount,
            value_date=self.date(number, cells, m.value_date_column, "value date"),
            balance=self.amount(number, cells, m.balance_column, "balance"),
            reference=clean_text(_cell(cells, m.reference_column), 140),
            memo=clean_text(memo),
            counterparty=clean_text(_cell(cells, m.counterparty_column), 200),
            counterparty_account=clean_text(_cell(cells, m.counterparty_account_column), 42),
            bank_reference=clean_text(_cell(cells, m.bank_reference_column), 140),
        )


def parse_csv(data: bytes | str, mapping: CsvMapping, *, check_balance: bool = True) -> Statement:
    """The whole statement, or one StatementError naming the line that is wrong."""
    text = decode(data, mapping.encoding)
    try:
        rows = read_rows(text, mapping.delimiter)
    except csv.Error as error:
        raise StatementError(None, f"the file is not a readable CSV table ({error})") from None
    reader = _Reader(mapping)
    rows = rows[mapping.skip_rows + int(mapping.has_header) :]
    numbered: list[tuple[int, StatementLine]] = []
    opening = closing = None
    for number, cells in rows:
        date_text = _cell(cells, mapping.date_column)
        kind = _summary(cells)
        if kind and (not date_text or _date_fails(reader, cells) or _no_money(mapping, cells)):
            value = reader.amount(number, cells, mapping.balance_column, "balance")
            if value is None and mapping.amount_column is not None:
                value = reader.amount(number, cells, mapping.amount_column, "amount")
            if kind == "opening":
                opening = value
            elif kind == "closing":
                closing = value
            continue
        amount = reader.signed_amount(number, cells)
        if not date_text:
            if amount is None and numbered:  # a narrative running onto the next row
                previous_number, previous = numbered[-1]
                more = " ".join(c.strip() for c in cells if c.strip())
                memo = clean_text(f"{previous.memo} {more}")
                numbered[-1] = (previous_number, replace(previous, memo=memo))
                continue
            raise StatementError(number, "the row has no date")
        day = reader.date(number, cells, mapping.date_column, "date")
        if amount is None:
            raise StatementError(number, "the row has no amount")
        assert day is not None
        numbered.append((number, reader.line(number, cells, amount, day)))
    if not numbered:
        raise StatementError(None, "the file has no statement lines under its header")
    numbered, opening_from_balances = _in_order(numbered)
    if opening is None:
        opening = opening_from_balances
    lines = [line for _, line in numbered]
    if closing is None and lines[-1].balance is not None:
        closing = lines[-1].balance
    statement = finish(
        lines, account=mapping.account, currency=mapping.currency, opening=opening, closing=closing
    )
    if check_balance:
        check_balances(statement, numbered[-1][0])
    return statement


def _date_fails(reader: _Reader, cells: list[str]) -> bool:
    try:
        reader.date(0, cells, reader.m.date_column, "date")
    except StatementError:
        return True
    return False


def _no_money(mapping: CsvMapping, cells: list[str]) -> bool:
    columns = (mapping.amount_column, mapping.debit_column, mapping.credit_column)
    return not any(_cell(cells, c) for c in columns)


def _running_error(numbered: list[tuple[int, StatementLine]]) -> StatementError | None:
    previous: Decimal | None = None
    for number, line in numbered:
        if line.balance is None:
            return None
        if previous is not None and previous + line.amount != line.balance:
            return StatementError(
                number,
                f"the balance {line.balance} is not the previous balance {previous} plus "
                f"this line's {line.amount} (that would be {previous + line.amount})",
            )
        previous = line.balance
    return None


def _in_order(
    numbered: list[tuple[int, StatementLine]],
) -> tuple[list[tuple[int, StatementLine]], Decimal | None]:
    """Lines oldest first (many banks export newest first) and the opening balance.

    With a balance column the running balances decide the order and are checked line by
    line; without one, the dates do.
    """
    forward, backward = numbered, numbered[::-1]
    preferred = (
        [backward, forward]
        if numbered[0][1].date > numbered[-1][1].date
        else [
            forward,
            backward,
        ]
    )
    if all(line.balance is not None for _, line in numbered):
        first_error = None
        for order in preferred:
            error = _running_error(order)
            if error is None:
                first = order[0][1]
                assert first.balance is not None
                return order, first.balance - first.amount
            first_error = first_error or error
        assert first_error is not None
        raise first_error
    return preferred[0], None
