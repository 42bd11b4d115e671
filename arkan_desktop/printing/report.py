"""A report or a list as it is handed over: columns, labelled rows, subtotals and totals.

The GUI builds a `TabularReport` from what a list or report shows, with human words
already in the cells ("Posted", not "posted"); `report_pdf` prints it on the invoices'
pages and `spreadsheet` writes it as CSV or XLSX. Here: the value, its checks, and each
cell's printed text per language. Amounts are Decimal (a float is refused). Imports no Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Literal, NamedTuple, TypeAlias

from arkan_desktop.domain.money import (
    DEFAULT_CURRENCY,
    MoneyError,
    format_amount,
    round_to_currency,
    to_decimal,
)
from arkan_desktop.printing.branding import Language
from arkan_desktop.printing.errors import PrintingError

ColumnKind = Literal["text", "money", "quantity", "date", "code"]
RowRole = Literal["line", "group", "subtotal"]
# One text for every language, or (English, Arabic).
Text: TypeAlias = str | tuple[str, str]

ARABIC_MONTHS = (
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
)


class Amount(NamedTuple):
    """A money cell in its own currency, for lists whose rows differ in currency."""

    value: Decimal
    currency: str


CellValue: TypeAlias = Text | Decimal | int | Amount | date | None


@dataclass(frozen=True)
class ReportColumn:
    """One column: its heading, what its cells hold, and (money) the currency's decimals.

    `currency` "" takes the report's; a money cell given as `Amount` keeps its own.
    """

    title: Text
    kind: ColumnKind = "text"
    currency: str = ""

    @property
    def numeric(self) -> bool:
        return self.kind in ("money", "quantity")


@dataclass(frozen=True)
class ReportRow:
    """A line (one cell per column), a group heading (one cell), or a group's subtotal."""

    cells: tuple[CellValue, ...]
    role: RowRole = "line"

    @classmethod
    def group(cls, heading: Text) -> ReportRow:
        return cls((heading,), "group")

    @classmethod
    def subtotal(cls, *cells: CellValue) -> ReportRow:
        return cls(tuple(cells), "subtotal")


@dataclass(frozen=True)
class TabularReport:
    """What a report prints: `rows` holds ReportRow values or plain tuples (lines)."""

    title: tuple[str, str]  # (English, Arabic)
    columns: tuple[ReportColumn, ...]
    rows: Sequence[ReportRow | tuple[CellValue, ...]]
    subtitle: Text = ""  # the period or the filter: "1 Jan 2026 – 31 Mar 2026"
    totals: tuple[CellValue, ...] | None = None
    footnote: Text = ""  # "As of 19 Nov 2026 14:05, from the local copy"
    currency: str = DEFAULT_CURRENCY  # of money cells given as plain Decimals; "" when rows differ

    def currency_of(self, column: ReportColumn) -> str:
        """The currency a money column's heading names ("" for anything else)."""
        return (column.currency or self.currency) if column.kind == "money" else ""


# After checking, a cell is one of these: money always carries its currency.
Value: TypeAlias = Text | Decimal | Amount | date | None


@dataclass(frozen=True)
class CheckedRow:
    role: RowRole | Literal["total"]
    values: tuple[Value, ...]


def pick_text(text: Text, language: Language, separator: str = " · ") -> str:
    """The text to print: one language's half of a pair, or both halves joined."""
    if isinstance(text, str):
        return text
    english, arabic = text
    if language == "en" or not arabic:
        return english
    if language == "ar" or not english or english == arabic:
        return arabic
    return f"{english}{separator}{arabic}"


def column_title(column: ReportColumn, language: Language, currency: str = "") -> list[str]:
    """The heading's lines: one per language (both: English above Arabic), a money
    column's with its currency."""
    title = column.title
    pair = (title, title) if isinstance(title, str) else title
    lines = [pair[0]] if language == "en" else [pair[1]] if language == "ar" else list(pair)
    lines = list(dict.fromkeys(line for line in lines if line)) or [""]
    if currency:
        lines[-1] = f"{lines[-1]} ({currency})".strip()
    return lines


def _refuse(where: str, column: ReportColumn, value: object, why: str) -> PrintingError:
    title = pick_text(column.title, "en")
    return PrintingError(f"{where}, column '{title}': {str(value)[:30]!r} {why}")


def _check(value: CellValue, column: ReportColumn, currency: str, where: str) -> Value:
    if value is None or value == "":
        return None
    kind = column.kind
    if kind in ("text", "code"):
        if isinstance(value, str) or (
            isinstance(value, tuple) and len(value) == 2 and all(isinstance(v, str) for v in value)
        ):
            return value
        raise _refuse(where, column, value, "is not text: pass the words to print")
    if kind == "date":
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        if isinstance(value, str):
            try:
                return date.fromisoformat(value[:10])
            except ValueError:
                pass
        raise _refuse(where, column, value, "is not a date like 2026-11-19")
    if isinstance(value, Amount):
        if kind != "money":
            raise _refuse(where, column, value, "is an amount in a quantity column")
        return Amount(_number(value.value, column, where), value.currency or currency)
    number = _number(value, column, where)
    if kind != "money":
        return number
    if not (column.currency or currency):
        raise _refuse(where, column, value, "has no currency: give the column one, or an Amount")
    return Amount(number, column.currency or currency)


def _number(value: object, column: ReportColumn, where: str) -> Decimal:
    if isinstance(value, float):
        raise _refuse(where, column, value, "is a binary float: pass a Decimal")
    if isinstance(value, tuple):
        raise _refuse(where, column, value, "is not a number")
    try:
        return to_decimal(value)
    except MoneyError:
        raise _refuse(where, column, value, "is not a number") from None


def checked_rows(report: TabularReport) -> list[CheckedRow]:
    """Every row with its cells checked against the columns (money always with currency).

    A row with the wrong number of cells, a word in an amount column or a float is
    refused with one sentence naming the row and the column.
    """
    columns = report.columns
    if not columns:
        raise PrintingError(f"the report '{report.title[0]}' has no columns")
    out: list[CheckedRow] = []
    for number, raw in enumerate(report.rows, start=1):
        row = raw if isinstance(raw, ReportRow) else ReportRow(tuple(raw))
        where = f"row {number}"
        if row.role == "group":
            if len(row.cells) != 1:
                raise PrintingError(f"{where} is a group heading and holds one text")
            heading = _check(row.cells[0], ReportColumn("heading"), report.currency, where)
            out.append(CheckedRow("group", (heading,)))
            continue
        out.append(CheckedRow(row.role, _checked_cells(row.cells, report, where)))
    if report.totals is not None:
        out.append(CheckedRow("total", _checked_cells(report.totals, report, "the totals row")))
    return out


def _checked_cells(
    cells: Sequence[CellValue], report: TabularReport, where: str
) -> tuple[Value, ...]:
    if len(cells) != len(report.columns):
        raise PrintingError(
            f"{where} has {len(cells)} cells but the report has {len(report.columns)} columns"
        )
    return tuple(
        _check(value, column, report.currency, where)
        for value, column in zip(cells, report.columns, strict=True)
    )


def display_date(day: date, language: Language) -> str:
    """'19 Nov 2026' in English (as invoices print), '19 نوفمبر 2026' in Arabic."""
    if language == "ar":
        return f"{day.day} {ARABIC_MONTHS[day.month - 1]} {day.year}"
    return day.strftime("%d %b %Y")


def quantity_text(value: Decimal, grouping: bool = True) -> str:
    normal = value.normalize()
    if normal == normal.to_integral_value():
        normal = normal.quantize(Decimal(1))
    return f"{normal:,f}" if grouping else f"{normal:f}"


def cell_text(value: Value, language: Language) -> str:
    """A checked cell as printed: amounts grouped with the currency's decimals."""
    if value is None:
        return ""
    if isinstance(value, Amount):
        return format_amount(value.value, value.currency)
    if isinstance(value, Decimal):
        return quantity_text(value)
    if isinstance(value, date):
        return display_date(value, language)
    return pick_text(value, language)


def exact_amount(amount: Amount) -> Decimal:
    """The amount rounded to its currency's decimals (AED 2, KWD 3), as spreadsheets hold it."""
    return round_to_currency(amount.value, amount.currency)
