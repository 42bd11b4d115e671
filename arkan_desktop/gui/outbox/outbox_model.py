"""`OutboxModel`: the outbox rows still in play (waiting, sending, rejected, in conflict).

Unlike the record lists, it holds the rows themselves: the active outbox is a user's own
unsent work, a handful of rows (nothing like a table of invoices), read in one query on
the database worker. A refresh that finds the same rows updates them in place; a
different set of rows resets the model (the panel then reselects by row id).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from arkan_desktop.gui import theme
from arkan_desktop.gui.outbox.descriptions import describe_row
from arkan_desktop.store.models.outbox import ACTIVE, CONFLICT, IN_FLIGHT, PENDING, REJECTED
from arkan_desktop.store.outbox import OutboxRow

AnyIndex = QModelIndex | QPersistentModelIndex
ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS, CREATED, DESCRIPTION, MESSAGE, ATTEMPTS = range(5)
SHOWN = ACTIVE


class OutboxModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[OutboxRow] = []

    def headers(self) -> list[str]:
        return [self.tr("Status"), self.tr("Queued"), self.tr("Change"), self.tr("Server says"),
                self.tr("Attempts")]  # fmt: skip

    def status_text(self, status: str) -> str:
        return {
            PENDING: self.tr("Waiting"),
            IN_FLIGHT: self.tr("Sending"),
            REJECTED: self.tr("Rejected"),
            CONFLICT: self.tr("Conflict"),
        }.get(status, status)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else ATTEMPTS + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section <= ATTEMPTS
        ):
            return self.headers()[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == ROW_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole and row.status in (REJECTED, CONFLICT):
            return theme.error_color() if column in (STATUS, MESSAGE) else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ATTEMPTS:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == STATUS:
            return self.status_text(row.status)
        if column == CREATED:
            return (row.created_at or "")[:19].replace("T", " ")
        if column == DESCRIPTION:
            return describe_row(row)
        if column == MESSAGE:
            errors = row.field_error_list()
            if row.rejection_message and errors:
                first = errors[0]
                return f"{row.rejection_message}: {first.get('field')} {first.get('message')}"
            return row.rejection_message or row.last_error or ""
        return str(row.attempts)

    def row(self, position: int) -> OutboxRow:
        return self._rows[position]

    def find(self, row_id: str) -> int | None:
        for position, row in enumerate(self._rows):
            if row.id == row_id:
                return position
        return None

    def set_rows(self, rows: list[OutboxRow]) -> None:
        rows = [r for r in rows if r.status in SHOWN]
        if [r.id for r in rows] == [r.id for r in self._rows]:
            self._rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, ATTEMPTS))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()
