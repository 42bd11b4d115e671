"""What a list cell shows for each Qt role, from one fetched row: text (a server code in
the window's words), italics for rows not yet confirmed by the server, red for rows a
refused write holds, tooltips saying why."""

from __future__ import annotations

import unicodedata
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QGuiApplication

from arkan_desktop.gui import theme
from arkan_desktop.gui.labels import code_label
from arkan_desktop.store.lists.values import RowValues

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


_LRM = "\u200e"  # left-to-right mark: an invisible left-to-right letter


def first_strong_is_ltr(text: str) -> bool:
    """Whether the first letter that has a direction is left-to-right (Latin, ...)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return True
        if kind in ("R", "AL"):
            return False
    return False


def directed(text: str, right_to_left: bool) -> str:
    """In a right-to-left window a cell's paragraph runs right to left, so "Acme Ltd." would
    show its full stop on the left (and "(Acme)" its brackets turned out); marks either side
    of Latin text keep its leading and trailing punctuation with it."""
    if right_to_left and text and first_strong_is_ltr(text):
        return f"{_LRM}{text}{_LRM}"
    return text


def cell_data(row: RowValues, column: int, role: int, *, code: bool = False) -> Any:
    """The value of one of `ROW_ROLES` for the cell of `row` in `column` (`code`: a column
    of server codes, shown through `code_label`)."""
    if role == Qt.ItemDataRole.DisplayRole:
        text = code_label(row.display[column]) if code else row.display[column]
        if not text and column == 0 and row.local:
            return translate("RecordTableModel", "(not sent yet)")
        rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        return directed(text, rtl)
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
