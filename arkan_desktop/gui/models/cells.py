"""What a list cell shows for each Qt role, from one fetched row: text, italics for rows not
yet confirmed by the server, red for rows a refused write holds, tooltips saying why."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont

from arkan_desktop.gui import theme
from arkan_desktop.gui.models.columns import RowValues

RECORD_ID_ROLE = Qt.ItemDataRole.UserRole + 1
VALUE_ROLE = Qt.ItemDataRole.UserRole + 2
LOCAL_ROLE = Qt.ItemDataRole.UserRole + 3

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
ROW_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ForegroundRole,
        VALUE_ROLE,
        LOCAL_ROLE,
    }
)


translate = QCoreApplication.translate  # the model's own context, as self.tr() gave it


def cell_data(row: RowValues, column: int, role: int) -> Any:
    """The value of one of `ROW_ROLES` for the cell of `row` in `column`."""
    if role == Qt.ItemDataRole.DisplayRole:
        text = row.display[column]
        if not text and column == 0 and row.local:
            return translate("RecordTableModel", "(not sent yet)")
        return text
    if role == VALUE_ROLE:
        return row.values[column]
    if role == LOCAL_ROLE:
        return row.local
    if role == Qt.ItemDataRole.ForegroundRole:
        return theme.error_color() if row.refused else None
    if role == Qt.ItemDataRole.FontRole:
        if not row.local:
            return None
        font = QFont()
        font.setItalic(True)
        return font
    if row.refused:
        return translate(
            "RecordTableModel", "The server refused a change to this record: see the Outbox"
        )
    if row.local:
        return translate(
            "RecordTableModel", "Not yet confirmed by the server (waiting in the outbox)"
        )
    return None
