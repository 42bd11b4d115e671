"""`Sheet`: a report or list as the window shows it and hands it over, in both languages.

A sheet is columns (a title in English and Arabic, a kind) and rows (lines, group
headings, subtotals, a total) of plain values: words as (English, Arabic) pairs, amounts
as Decimal in the sheet's currency, dates, counts. A report view draws it in the
window's language (`cell_text`); the Export menu turns it into the printing engine's
`TabularReport` (`to_tabular`, which loads the printing engine on first use, not at
start-up) for PDF, CSV, XLSX and Print, so what is exported is what is shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Literal, NamedTuple

from arkan_desktop.domain.money import format_amount

if TYPE_CHECKING:
    from arkan_desktop.printing.report import TabularReport

Pair = tuple[str, str]  # (English, Arabic)
Kind = Literal["text", "money", "quantity", "date", "code"]
Role = Literal["line", "group", "subtotal", "total"]


class Money(NamedTuple):
    """An amount in its own currency (a list whose rows differ in currency)."""

    value: Decimal
    currency: str


Cell = Pair | str | Money | Decimal | int | date | None


@dataclass(frozen=True)
class SheetColumn:
    title: Pair
    kind: Kind = "text"

    @property
    def numeric(self) -> bool:
        return self.kind in ("money", "quantity")


@dataclass(frozen=True)
class SheetRow:
    """One row: a cell per column (a group heading: one cell). `key` says what the row
    stands for (a VAT box, a document id) to a view that drills into it."""

    cells: tuple[Cell, ...]
    role: Role = "line"
    key: str = ""
    alert: bool = False  # figures worth a second look (an unfavourable variance)


@dataclass(frozen=True)
class Sheet:
    title: Pair
    columns: tuple[SheetColumn, ...]
    rows: Sequence[SheetRow]
    currency: str
    subtitle: Pair = ("", "")  # the period: "2026-01-01 – 2026-03-31"
    footnote: Pair = ("", "")  # "As of …"
    notes: tuple[Pair, ...] = field(default_factory=tuple)

    def with_footnote(self, footnote: Pair) -> Sheet:
        return Sheet(
            self.title, self.columns, self.rows, self.currency, self.subtitle, footnote, self.notes
        )


def pick(pair: Pair, language: str) -> str:
    english, arabic = pair
    return (arabic or english) if language == "ar" else english


def cell_text(cell: Cell, column: SheetColumn, currency: str, language: str) -> str:
    """A cell as the window shows it: amounts grouped with the currency's decimals."""
    if cell is None or cell == "":
        return ""
    if isinstance(cell, Money):
        return format_amount(cell.value, cell.currency)
    if isinstance(cell, tuple):
        return pick(cell, language)
    if isinstance(cell, date):
        return cell.isoformat()
    if isinstance(cell, Decimal) and column.kind == "money":
        return format_amount(cell, currency)
    if isinstance(cell, (Decimal, int)):
        return f"{cell:,}" if isinstance(cell, int) else f"{cell:,f}"
    return str(cell)


def _words(cell: Cell) -> str | Pair:
    if isinstance(cell, str):
        return cell
    if isinstance(cell, tuple) and not isinstance(cell, Money):
        return cell
    return ""


def to_tabular(sheet: Sheet) -> TabularReport:
    """The printing engine's report for this sheet (both languages kept)."""
    from arkan_desktop.printing.report import Amount, ReportColumn, ReportRow, TabularReport

    columns = tuple(ReportColumn(c.title, c.kind) for c in sheet.columns)
    rows: list[ReportRow] = []
    totals = None
    for row in sheet.rows:
        cells = tuple(Amount(c.value, c.currency) if isinstance(c, Money) else c for c in row.cells)
        if row.role == "group":
            rows.append(ReportRow.group(_words(row.cells[0])))
        elif row.role == "total" and row is sheet.rows[-1]:
            totals = cells
        else:
            rows.append(ReportRow(cells, "line" if row.role == "line" else "subtotal"))
    subtitle = sheet.subtitle if any(sheet.subtitle) else ""
    footnote = sheet.footnote if any(sheet.footnote) else ""
    return TabularReport(
        title=sheet.title,
        columns=columns,
        rows=rows,
        subtitle=subtitle,
        totals=totals,
        footnote=footnote,
        currency=sheet.currency,
    )
