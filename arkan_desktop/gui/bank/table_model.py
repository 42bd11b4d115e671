"""`PlainTableModel`: a small table held whole in memory (a statement's lines, the open
items, suggestions, exportable payments, a schedule), each row with its id and values.

The Bank tab's tables are hundreds to a few thousand rows built from a statement and the
open items already in memory; they are replaced whole (`set_rows`) keeping the current
row by id. Numbers align right, in the window's digits; a row may carry a tooltip, be
shown in italics (waiting in the outbox) or be checkable.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from arkan_desktop.gui.amount_field import amount_text
from arkan_desktop.gui.models.cells import RECORD_ID_ROLE, RIGHT

AnyIndex = QModelIndex | QPersistentModelIndex
VALUE_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass
class Row:
    id: str
    cells: Sequence[Any]  # str, or Decimal (shown as an amount), or None
    tooltip: str = ""
    italic: bool = False
    checked: bool | None = None  # None: not checkable
    data: Any = None
    extra: dict[str, Any] = field(default_factory=dict)


def cell_text(value: Any, places: int) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return amount_text(value, places)
    return str(value)


class PlainTableModel(QAbstractTableModel):
    def __init__(self, titles: Sequence[str], parent: QObject | None = None, places: int = 2):
        super().__init__(parent)
        self.titles = list(titles)
        self.places = places
        self.rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_of(self, row_id: str) -> int | None:
        return next((n for n, row in enumerate(self.rows) if row.id == row_id), None)

    def ids(self) -> list[str]:
        return [row.id for row in self.rows]

    def checked_ids(self) -> list[str]:
        return [row.id for row in self.rows if row.checked]

    def set_checked(self, row_id: str, checked: bool) -> None:
        found = self.row_of(row_id)
        if found is not None and self.rows[found].checked is not None:
            self.rows[found].checked = checked
            index = self.index(found, 0)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.titles)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.titles[section] if section < len(self.titles) else None
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == 0 and self.rows[index.row()].checked is not None:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        value = row.cells[index.column()] if index.column() < len(row.cells) else None
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(value, self.places)
        if role == RECORD_ID_ROLE:
            return row.id
        if role == VALUE_ROLE:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if isinstance(value, Decimal) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tooltip or None
        if role == Qt.ItemDataRole.FontRole and row.italic:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            if row.checked is None:
                return None
            return Qt.CheckState.Checked if row.checked else Qt.CheckState.Unchecked
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        row = self.rows[index.row()]
        if row.checked is None:
            return False
        row.checked = Qt.CheckState(value) == Qt.CheckState.Checked
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True
