"""`SheetTable`: a report's sheet on screen, in the window's language.

Group headings span the table, subtotals and the total are bold, amounts sit on the
right with the currency's decimals (kept left-to-right in an Arabic window, so a minus
stays in front), figures worth a second look are red. Each row remembers the key its
sheet gave it (a VAT box, a document id): Enter or a double-click on it emits
`sig_row_activated`, selecting it `sig_row_selected`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from arkan_desktop.gui import theme
from arkan_desktop.gui.printing.bilingual import window_language
from arkan_desktop.gui.printing.sheet import Sheet, SheetColumn, cell_text, pick

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
# Right in both directions: decimal points line up under each other in Arabic too.
_RIGHT = (
    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
)
_LRI, _PDI = "\u2066", "\u2069"  # isolate a number left to right inside Arabic text


class SheetTable(QTableWidget):
    sig_row_activated = Signal(str)
    """Enter or a double-click on a row: its key ("" for rows without one)."""
    sig_row_selected = Signal(str)
    """The current row changed: its key."""

    def __init__(self, parent: QWidget | None = None, name: str = "") -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.sheet: Sheet | None = None
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        rows = self.verticalHeader()
        rows.setVisible(False)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.activated.connect(lambda index: self.sig_row_activated.emit(self.key_at(index.row())))
        self.currentCellChanged.connect(
            lambda row, *_: self.sig_row_selected.emit(self.key_at(row))
        )

    def _heading(self, column: SheetColumn, currency: str, language: str) -> str:
        title = pick(column.title, language)
        return f"{title} ({currency})" if column.kind == "money" and currency else title

    def show_sheet(self, sheet: Sheet) -> None:
        self.sheet = sheet
        language = window_language()
        rtl = language == "ar"
        self.clearSpans()
        self.setRowCount(0)
        self.setColumnCount(len(sheet.columns))
        self.setHorizontalHeaderLabels(
            [self._heading(c, sheet.currency, language) for c in sheet.columns]
        )
        self.setRowCount(len(sheet.rows))
        bold = QFont(self.font())
        bold.setBold(True)
        alert = theme.error_color()
        for number, row in enumerate(sheet.rows):
            if row.role == "group":
                item = QTableWidgetItem(cell_text(row.cells[0], sheet.columns[0], "", language))
                item.setFont(bold)
                item.setData(KEY_ROLE, row.key)
                self.setItem(number, 0, item)
                self.setSpan(number, 0, 1, len(sheet.columns))
                continue
            for column_number, (cell, column) in enumerate(
                zip(row.cells, sheet.columns, strict=True)
            ):
                text = cell_text(cell, column, sheet.currency, language)
                if column.numeric and rtl and text:
                    text = f"{_LRI}{text}{_PDI}"
                item = QTableWidgetItem(text)
                item.setData(KEY_ROLE, row.key)
                if column.numeric:
                    item.setTextAlignment(_RIGHT)
                    if row.alert:
                        item.setForeground(alert)
                if row.role != "line":
                    item.setFont(bold)
                self.setItem(number, column_number, item)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        texts = [i for i, c in enumerate(sheet.columns) if c.kind == "text"]
        wide = texts[-1] if texts else 0  # the last words column takes the room left
        header.setSectionResizeMode(wide, QHeaderView.ResizeMode.Stretch)

    def clear_sheet(self) -> None:
        self.sheet = None
        self.clearSpans()
        self.setRowCount(0)

    # --- what the view and tests ask -------------------------------------------------------

    def key_at(self, row: int) -> str:
        item = self.item(row, 0)
        return str(item.data(KEY_ROLE) or "") if item is not None else ""

    def row_of(self, key: str) -> int | None:
        for row in range(self.rowCount()):
            if key and self.key_at(row) == key:
                return row
        return None

    def select_key(self, key: str) -> bool:
        row = self.row_of(key)
        if row is None:
            return False
        self.setCurrentCell(row, 0)
        item = self.item(row, 0)
        if item is not None:
            self.scrollToItem(item)
        return True

    def text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text().strip(_LRI + _PDI) if item is not None else ""

    def figure(self, label: str, column: int = -1) -> str:
        """The text in `column` (default the last) of the first row whose cells show
        `label` (for tests and accessibility)."""
        for row in range(self.rowCount()):
            cells = [self.text(row, c) for c in range(self.columnCount())]
            if label in cells:
                return cells[column]
        return ""
