"""Amounts and dates as banks write them in spreadsheets: read one, or tell the format.

Amounts: 1,234.56 / 1.234,56 / (1,234.56) / 1,234.56- / 1,234.56 CR / DR 1,234.56 /
AED 1,234.56, in Latin or Arabic-Indic digits (٠١٢٣٤٥٦٧٨٩, with ٫ and ٬). Which mark is
the decimal point is decided from a whole column; `detect_decimal_mark` says when no value
decides it. Dates: dd/mm/yyyy, mm/dd/yyyy, ISO, "07-Dec-2026" and relatives, also decided
from the whole column by `detect_date_format`. Pure functions, no I/O.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal

from arkan_desktop.domain.bank.statement import MAX_AMOUNT_DIGITS
from arkan_desktop.domain.typed_amount import Reason, TypedAmountError, parse_typed_amount

_DIGITS = str.maketrans(
    "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹−\u00a0\u202f\u2009",
    "01234567890123456789-   ",
)
# Bidi marks that spreadsheets leave around numbers in Arabic documents.
_INVISIBLE = dict.fromkeys(map(ord, "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\ufeff"))
_CREDIT_WORDS = ("CR", "CR.", "دائن")
_DEBIT_WORDS = ("DR", "DR.", "مدين")
_MARK = re.compile(
    r"^(?:(?P<pre>CR\.?|DR\.?|دائن|مدين)\s*)?(?P<body>.*?)\s*(?P<post>CR\.?|DR\.?|دائن|مدين)?$",
    re.I | re.S,
)
_CURRENCY = re.compile(r"^(?:[A-Z]{3}|د\.إ\.?|ر\.س\.?)\s*|\s*(?:[A-Z]{3}|د\.إ\.?|ر\.س\.?)$")
_BARE = re.compile(r"^[\d.,' ]+$")


_LAYOUT = frozenset({Reason.GROUPING, Reason.DECIMAL_SEPARATOR, Reason.TWO_DECIMAL_MARKS})


class AmountError(ValueError):
    """A cell that is not an amount in the column's format; the message says why."""


def normalise_digits(text: str) -> str:
    """Latin digits, plain spaces and minus, no bidi marks."""
    return text.translate(_INVISIBLE).translate(_DIGITS).strip()


@dataclass(frozen=True)
class _Split:
    negative: bool
    body: str  # digits and separators only


def _split(text: str) -> _Split | None:
    """The sign and the bare number of a cell (None for an empty cell)."""
    t = normalise_digits(text)
    if t in ("", "-", "--"):
        return None
    # Arabic separators are unambiguous: ٫ decimal, ٬ thousands.
    if "٫" in t:
        t = t.replace("٬", "").replace(",", "").replace("٫", ".")
    t = t.replace("٬", ",")
    marked = _MARK.match(t)
    assert marked is not None  # the pattern matches any text
    words = {(marked["pre"] or "").upper(), (marked["post"] or "").upper()}
    t = _CURRENCY.sub("", marked["body"].strip().upper()).strip()
    credit = bool(words & set(_CREDIT_WORDS))
    debit = bool(words & set(_DEBIT_WORDS))
    negative = debit
    if t.startswith("(") and t.endswith(")"):
        t, negative = t[1:-1].strip(), True
    if t[:1] in "+-" and t[:1]:
        negative = negative or t[0] == "-"
        t = t[1:].strip()
    elif t[-1:] in "+-" and t[-1:]:
        negative = negative or t[-1] == "-"
        t = t[:-1].strip()
    if credit and negative:
        raise AmountError(f"the amount '{text.strip()}' is marked both as a credit and negative")
    if not t or not _BARE.match(t) or not any(ch.isdigit() for ch in t):
        raise AmountError(f"'{text.strip()[:40]}' is not an amount")
    return _Split(negative, t.replace(" ", "").replace("'", ""))


def parse_amount(text: str, decimal_mark: str = ".") -> Decimal | None:
    """The signed amount in a cell (None when the cell is empty).

    `decimal_mark` is "." (1,234.56) or "," (1.234,56); the other mark may only group
    digits, by the rules of `domain.typed_amount` (what a person types in a field).
    Raises AmountError with a plain reason.
    """
    split = _split(text)
    if split is None:
        return None
    if "٫" in text:  # the Arabic decimal separator, already turned into "."
        decimal_mark = "."
    group = "," if decimal_mark == "." else "."
    try:
        value = parse_typed_amount(
            split.body,
            decimal_sep=decimal_mark,
            group_sep=group,
            max_integer_digits=MAX_AMOUNT_DIGITS - 2,
        )
    except TypedAmountError as error:
        shown = text.strip()[:40]
        if error.reason is Reason.TOO_LARGE:
            raise AmountError(f"'{shown}' is too large to be an amount") from None
        if error.reason in _LAYOUT:
            example = "1,234.56" if decimal_mark == "." else "1.234,56"
            raise AmountError(
                f"'{shown}' does not follow the column's number format ({example})"
            ) from None
        raise AmountError(f"'{shown}' is not an amount") from None
    return -value if split.negative else value


@dataclass(frozen=True)
class MarkGuess:
    decimal_mark: str  # "." or ","
    decided: bool  # False: no value in the column tells, "." is assumed


def _vote(body: str) -> str | None:
    """Which decimal mark one bare number implies, or None if it could be either."""
    dots, commas = body.count("."), body.count(",")
    if dots and commas:
        return "." if body.rfind(".") > body.rfind(",") else ","
    for mark, other in ((".", ","), (",", ".")):
        count = body.count(mark)
        if count > 1:
            return other  # repeated: it groups thousands
        if count == 1 and len(body) - body.index(mark) - 1 != 3:
            return mark  # 1,5 or 12.50: a decimal mark
    return None


def detect_decimal_mark(cells: list[str]) -> MarkGuess:
    """The decimal mark of a column of amounts, decided by its values when any decides."""
    votes = {".": 0, ",": 0}
    for cell in cells:
        try:
            split = _split(cell)
        except AmountError:
            continue
        vote = _vote(split.body) if split else None
        if vote:
            votes[vote] += 1
    if not votes["."] and not votes[","]:
        return MarkGuess(".", decided=False)
    return MarkGuess("." if votes["."] >= votes[","] else ",", decided=True)


def looks_like_amount(cell: str) -> bool:
    try:
        return _split(cell) is not None
    except AmountError:
        return False


# The date layouts seen in Gulf banks' exports; day-first before month-first, as in the
# Gulf, so that an undecided column is proposed day-first.
DATE_FORMATS: tuple[str, ...] = (
    "%d/%m/%Y",
    "%m/%d/%Y",
    "%Y-%m-%d",
    "%d-%m-%Y",
    "%m-%d-%Y",
    "%d.%m.%Y",
    "%Y/%m/%d",
    "%d/%m/%y",
    "%m/%d/%y",
    "%d-%b-%Y",
    "%d-%b-%y",
    "%d %b %Y",
    "%d %B %Y",
    "%d/%b/%Y",
    "%b %d, %Y",
    "%d-%m-%y",
    "%Y%m%d",
)
_TIME = re.compile(
    r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[AP]M)?(?:Z|[+-]\d{2}:?\d{2})?)$", re.I
)


def _date_text(cell: str) -> str:
    return _TIME.sub("", normalise_digits(cell)).strip()


def parse_date(cell: str, fmt: str) -> dt.date | None:
    """The date in a cell written in `fmt` (None when the cell is empty); ValueError if not."""
    text = _date_text(cell)
    if not text:
        return None
    return dt.datetime.strptime(text, fmt).date()  # noqa: DTZ007 (a calendar day, no time)


def _parses(cells: list[str], fmt: str) -> list[dt.date] | None:
    days = []
    for cell in cells:
        try:
            day = parse_date(cell, fmt)
        except ValueError:
            return None
        if day is not None:
            days.append(day)
    return days or None


@dataclass(frozen=True)
class DateGuess:
    fmt: str
    ambiguous: bool  # another layout reads every value too, into other dates
    alternatives: tuple[str, ...] = ()  # those layouts


def detect_date_format(cells: list[str]) -> DateGuess | None:
    """The date layout of a column, from all its values (None: not a date column)."""
    readings = {}
    for fmt in DATE_FORMATS:
        days = _parses(cells, fmt)
        if days is not None:
            readings[fmt] = days
    if not readings:
        return None
    first, *others = readings
    different = tuple(f for f in others if readings[f] != readings[first])
    return DateGuess(first, ambiguous=bool(different), alternatives=different)


def describe_date_format(fmt: str) -> str:
    """ "dd/mm/yyyy" for "%d/%m/%Y": how a person reads the layout."""
    words = {"%d": "dd", "%m": "mm", "%Y": "yyyy", "%y": "yy", "%b": "Mon", "%B": "Month"}
    for code, word in words.items():
        fmt = fmt.replace(code, word)
    return fmt
