"""A cached list as a `Sheet` for the Export menu: the rows the list shows, in its order,
the columns shown, with the window's words (titles, "Posted" for posted) in both
languages.

The rows are read on the database worker (`RecordTableModel.export_values`), up to
`LIMIT`: a PDF or workbook of more is refused in a sentence that points to CSV, which
streams any number of rows (`RecordTableModel.export_csv`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from arkan_desktop.domain.money import from_minor
from arkan_desktop.gui.models.record_table_model import RecordTableModel
from arkan_desktop.gui.models.titles import column_sources
from arkan_desktop.gui.printing.bilingual import both, code_words, resource_words
from arkan_desktop.gui.printing.export import ExportRefused
from arkan_desktop.gui.printing.sheet import Cell, Kind, Money, Sheet, SheetColumn, SheetRow
from arkan_desktop.store.lists.columns import Column
from arkan_desktop.store.lists.columns import Kind as ListKind

LIMIT = 10_000
CONTEXT = "ListExport"
LISTED_ON = QT_TRANSLATE_NOOP("ListExport", "Listed on %1")
FILTERED = QT_TRANSLATE_NOOP("ListExport", "Listed on %1, filtered by “%2”")

_KINDS: dict[ListKind, Kind] = {
    ListKind.TEXT: "text",
    ListKind.MONEY: "money",
    ListKind.QUANTITY: "quantity",
    ListKind.DATE: "date",
    ListKind.CODE: "text",
}


def _cell(column: Column, value: Any, currency: str | None) -> Cell:
    if value is None or value == "":
        return None
    if column.kind is ListKind.MONEY:
        code = currency or ""
        return Money(from_minor(int(value), code), code)
    if column.kind is ListKind.QUANTITY:
        return value if isinstance(value, Decimal) else Decimal(str(value))
    if column.kind is ListKind.DATE:
        try:
            return date.fromisoformat(str(value)[:10])
        except ValueError:
            return str(value)
    if column.kind is ListKind.CODE:
        return code_words(str(value))
    return str(value)


def _subtitle(text: str) -> tuple[str, str]:
    today = datetime.now().astimezone().date().isoformat()
    source = FILTERED if text else LISTED_ON
    english, arabic = both(CONTEXT, str(source))
    return tuple(  # type: ignore[return-value]
        words.replace("%1", today).replace("%2", text) for words in (english, arabic)
    )


async def list_sheet(model: RecordTableModel, columns: Sequence[int], limit: int = LIMIT) -> Sheet:
    """The list's rows and `columns` (indexes, in the order shown) as a sheet."""
    rows = await model.export_values(limit)
    if len(rows) > limit:
        raise ExportRefused(
            QCoreApplication.translate(
                "ListExport",
                "This list has more than %1 rows, too many for a PDF or a workbook: filter it "
                "first, or export it to CSV, which holds any number of rows.",
            ).replace("%1", f"{limit:,}")
        )
    spec = model.spec
    sources = column_sources(spec)
    chosen = [spec.columns[i] for i in columns]
    sheet_columns = tuple(
        SheetColumn(both(*sources[i]), _KINDS[spec.columns[i].kind]) for i in columns
    )
    sheet_rows = [
        SheetRow(
            tuple(
                _cell(column, row.values[i], row.currencies[i])
                for column, i in zip(chosen, columns, strict=True)
            ),
            key=row.record_id,
        )
        for row in rows
    ]
    currencies = {c.currency for r in sheet_rows for c in r.cells if isinstance(c, Money)}
    return Sheet(
        title=resource_words(spec.resource),
        columns=sheet_columns,
        rows=sheet_rows,
        currency=currencies.pop() if len(currencies) == 1 else "",  # the headings name one
        subtitle=_subtitle(model.query.text),
    )
