"""`NotificationModel`: the user's notifications as a list, newest first, unread in bold.

Each row shows the title, then the body and when it came, as plain text (a server's
words are never rendered as markup). It holds the few hundred notifications the cache
keeps; `set_notifications` replaces them, keeping rows that did not change.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QDateTime,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from arkan_desktop.domain.notifications import Notification

NOTIFICATION_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


def when_text(created_at: str) -> str:
    """When a notification came, local time: the time today, else the date and time (dates
    written as the lists write them, 2026-12-04)."""
    try:
        moment = datetime.fromisoformat(created_at.replace("Z", "+00:00"))
    except ValueError:
        return ""
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()
    if local.date() == QDateTime.currentDateTime().date():
        return local.toString("HH:mm")
    return local.toString("yyyy-MM-dd HH:mm")


class NotificationModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.notifications: list[Notification] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.notifications)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.notifications):
            return None
        notice = self.notifications[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            parts = (notice.body, when_text(notice.created_at))
            second = " · ".join(part for part in parts if part)
            return f"{notice.title}\n{second}" if second else notice.title
        if role == Qt.ItemDataRole.FontRole and not notice.read:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole:
            return notice.body or notice.title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            state = self.tr("unread") if not notice.read else self.tr("read")
            return f"{notice.title}. {notice.body} ({state})"
        if role == NOTIFICATION_ROLE:
            return notice
        return None

    def set_notifications(self, notifications: list[Notification]) -> None:
        """Show these (newest first); the same list again changes nothing."""
        if notifications == self.notifications:
            return
        old_ids = [n.id for n in self.notifications]
        if old_ids == [n.id for n in notifications]:
            self.notifications = notifications
            if notifications:
                self.dataChanged.emit(self.index(0), self.index(len(notifications) - 1))
            return
        self.beginResetModel()
        self.notifications = notifications
        self.endResetModel()

    def notification(self, row: int) -> Notification | None:
        return self.notifications[row] if 0 <= row < len(self.notifications) else None

    def row_of(self, notification_id: str) -> int | None:
        for row, notice in enumerate(self.notifications):
            if notice.id == notification_id:
                return row
        return None
