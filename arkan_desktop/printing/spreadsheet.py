"""A report or list as CSV or XLSX, with the same human labels as its PDF.

CSV: UTF-8 with a byte-order mark (Excel then reads Arabic correctly), comma separated,
amounts written plainly ("-1234.50": the currency's decimals, no thousands separator),
dates as ISO 8601, so that a spreadsheet reads them as numbers and dates. A text cell
that a spreadsheet would run as a formula (starting with = + - @) is prefixed with "'".
XLSX (xlsxwriter): amounts and quantities as numbers with a number format by currency
(AED 2 decimals, KWD 3), dates as dates, the header row frozen, columns sized, the sheet
right to left in Arabic, subtotals and totals in bold. Imports no Qt.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

import xlsxwriter

from arkan_desktop.domain.money import exponent
from arkan_desktop.printing.branding import Language, check_language
from arkan_desktop.printing.errors import PrintingError
from arkan_desktop.printing.report import (
    Amount,
    CheckedRow,
    ReportColumn,
    TabularReport,
    Value,
    cell_text,
    checked_rows,
    column_title,
    exact_amount,
    pick_text,
    quantity_text,
)

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
SHEET_NAME_BAD = re.compile(r"[\[\]:*?/\\]")
WIDEST = 60  # characters: a long memo wraps in its cell rather than widen the sheet


def _heading(report: TabularReport, column: ReportColumn, language: Language) -> str:
    return " / ".join(column_title(column, language, report.currency_of(column)))


def _plain(value: Value, language: Language) -> str:
    """A cell as CSV text: numbers and dates a spreadsheet reads back exactly."""
    if value is None:
        return ""
    if isinstance(value, Amount):
        return f"{exact_amount(value):f}"
    if isinstance(value, Decimal):
        return quantity_text(value, grouping=False)
    if isinstance(value, date):
        return value.isoformat()
    text = pick_text(value, language, " / ")
    return "'" + text if text.startswith(FORMULA_START) else text


def _csv_rows(
    report: TabularReport, rows: list[CheckedRow], language: Language
) -> Iterator[list[str]]:
    yield [_heading(report, column, language) for column in report.columns]
    blanks = [""] * (len(report.columns) - 1)
    for row in rows:
        if row.role == "group":
            yield [_plain(row.values[0], language), *blanks]
        else:
            yield [_plain(value, language) for value in row.values]


def write_csv(report: TabularReport, target: Path | IO[bytes], lang: str = "en") -> int:
    """Write the report as CSV to a path or a binary stream; return the lines written."""
    language = check_language(lang)
    rows = checked_rows(report)
    text = io.StringIO()
    csv.writer(text).writerows(_csv_rows(report, rows, language))
    data = text.getvalue().encode("utf-8-sig")
    if isinstance(target, Path):
        _write_file(target, data)
    else:
        target.write(data)
    return sum(1 for row in rows if row.role == "line")


def _write_file(path: Path, data: bytes) -> None:
    try:
        path.write_bytes(data)
    except OSError as error:
        raise PrintingError(f"cannot write {path}: {error.strerror or error}") from None


def _money_format(places: int) -> str:
    return "#,##0" + ("." + "0" * places if places else "")


def _places(value: Decimal) -> int:
    return max(0, -int(value.normalize().as_tuple().exponent))


class _Formats:
    """xlsxwriter formats made once each (a workbook holds a few, not one per cell)."""

    def __init__(self, workbook: Any, language: Language) -> None:
        self.workbook = workbook
        self.date = "dd/mm/yyyy" if language == "ar" else "dd mmm yyyy"
        self.made: dict[tuple[str, str], Any] = {}

    def get(self, number: str, role: str) -> Any:
        key = (number, role)
        if key not in self.made:
            spec: dict[str, object] = {"valign": "top"}
            if number:
                spec["num_format"] = number
            if role in ("subtotal", "total", "group", "header"):
                spec["bold"] = True
            if role in ("subtotal", "total"):
                spec["top"] = 2 if role == "total" else 1
            if role == "header":
                spec.update(bottom=1, text_wrap=True, bg_color="#EEF2F7")
            self.made[key] = self.workbook.add_format(spec)
        return self.made[key]


def _sheet_name(report: TabularReport, language: Language) -> str:
    name = SHEET_NAME_BAD.sub(" ", pick_text(report.title, "ar" if language == "ar" else "en"))
    return name.strip("' ")[:31] or "Report"


def write_xlsx(report: TabularReport, target: Path | IO[bytes], lang: str = "en") -> int:
    """Write the report as an .xlsx workbook to a path or a binary stream; return the
    lines written."""
    language = check_language(lang)
    rows = checked_rows(report)
    out = io.BytesIO()
    workbook = xlsxwriter.Workbook(out, {"in_memory": True})
    sheet = workbook.add_worksheet(_sheet_name(report, language))
    if language == "ar":
        sheet.right_to_left()
    formats = _Formats(workbook, language)
    title = workbook.add_format({"bold": True, "font_size": 14})
    sheet.write_string(0, 0, pick_text(report.title, language), title)
    at = 1
    if report.subtitle:
        sheet.write_string(at, 0, pick_text(report.subtitle, language))
        at += 1
    header = at + 1
    widths = [len(_heading(report, c, language)) for c in report.columns]
    quantity_places = _quantity_places(report, rows)
    for index, column in enumerate(report.columns):
        sheet.write_string(
            header, index, _heading(report, column, language), formats.get("", "header")
        )
    for offset, row in enumerate(rows, start=header + 1):
        if row.role == "group":
            sheet.write_string(
                offset, 0, cell_text(row.values[0], language), formats.get("", "group")
            )
            continue
        for index, value in enumerate(row.values):
            width = _write_cell(
                sheet, formats, offset, index, value, row.role, quantity_places[index], language
            )
            widths[index] = max(widths[index], width)
    if report.footnote:
        sheet.write_string(header + len(rows) + 2, 0, pick_text(report.footnote, language))
    sheet.freeze_panes(header + 1, 0)
    for index, width in enumerate(widths):
        sheet.set_column(index, index, min(width, WIDEST) + 2)
    workbook.close()
    data = out.getvalue()
    if isinstance(target, Path):
        _write_file(target, data)
    else:
        target.write(data)
    return sum(1 for row in rows if row.role == "line")


def _quantity_places(report: TabularReport, rows: list[CheckedRow]) -> list[int]:
    """Per quantity column, the most decimals any of its cells has (at most 6)."""
    places = [0] * len(report.columns)
    for row in rows:
        if row.role == "group":
            continue
        for index, value in enumerate(row.values):
            if isinstance(value, Decimal):
                places[index] = min(6, max(places[index], _places(value)))
    return places


def _write_cell(
    sheet: Any,
    formats: _Formats,
    row: int,
    col: int,
    value: Value,
    role: str,
    quantity_places: int,
    language: Language,
) -> int:
    """Write one cell as its type; return its printed width in characters."""
    if value is None:
        if role != "line":
            sheet.write_blank(row, col, None, formats.get("", role))
        return 0
    if isinstance(value, Amount):
        # xlsxwriter writes a number with "{:.16G}", which keeps a Decimal's digits exact.
        number = _money_format(exponent(value.currency))
        sheet.write_number(row, col, exact_amount(value), formats.get(number, role))
        return len(cell_text(value, language))
    if isinstance(value, Decimal):
        sheet.write_number(row, col, value, formats.get(_money_format(quantity_places), role))
        return len(quantity_text(value))
    if isinstance(value, date):
        sheet.write_datetime(row, col, value, formats.get(formats.date, role))
        return 11
    text = pick_text(value, language, " / ")
    sheet.write_string(row, col, text, formats.get("", role))
    return len(text)
