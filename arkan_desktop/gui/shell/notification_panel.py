"""The notification panel: the user's notifications, newest first, unread in bold.

Clicking a notification or pressing Enter on it marks it read and asks the window to
show its document (`sig_open_requested`: resource and id); "Mark read" and "Mark all
read" mark without opening. It reads and marks through the company's notifications
(`company.notifications`: the cache, so it works offline; the server hears of what was
read when it can) and re-reads when they change. It never talks to the network itself.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from arkan_desktop.domain.notifications import Notification, document_resource
from arkan_desktop.gui.shell.live_sync import LiveSync
from arkan_desktop.gui.shell.notification_model import NotificationModel
from arkan_desktop.store.changes import NOTIFICATIONS, ChangeSet


class _NotificationList(QListView):
    """The list: Enter opens the current notification (a click does too, see the panel)."""

    sig_enter_pressed = Signal(QModelIndex)
    """Enter or Return on the current notification."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.sig_enter_pressed.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class NotificationPanel(QDialog):
    sig_open_requested = Signal(str, str)
    """The user opened a notification about a document: its resource and id."""
    sig_refreshed = Signal()
    """The notifications were read again and shown."""

    def __init__(self, live: LiveSync, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.live = live
        self.notifications = live.company.notifications
        self.setObjectName("notificationPanel")
        self.setWindowTitle(self.tr("Notifications — %1").replace("%1", live.company.name))
        self.resize(520, 560)
        self.model = NotificationModel(self)
        self.view = _NotificationList(self)
        self.view.setObjectName("notificationList")
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(True)
        self.view.setSpacing(2)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.empty_label = QLabel(self.tr("No notifications yet."), self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setToolTip(self.tr("Show the document this notification is about (Enter)"))
        self.read_button = QPushButton(self.tr("Mark &read"), self)
        self.all_read_button = QPushButton(self.tr("Mark &all read"), self)
        close_button = QPushButton(self.tr("Close"), self)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.read_button, self.all_read_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

        mark = QAction(self.tr("Mark read"), self.view)
        mark.triggered.connect(self._mark_current)
        self.view.addAction(mark)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.view.clicked.connect(self.open_index)
        self.view.sig_enter_pressed.connect(self.open_index)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.open_button.clicked.connect(lambda: self.open_index(self.view.currentIndex()))
        self.read_button.clicked.connect(self._mark_current)
        self.all_read_button.clicked.connect(self.mark_all_read)
        close_button.clicked.connect(self.close)
        close_shortcut = QAction(self)
        close_shortcut.setShortcut(QKeySequence(QKeySequence.StandardKey.Close))
        close_shortcut.triggered.connect(self.close)
        self.addAction(close_shortcut)
        live.sig_changes.connect(self._changes_arrived)
        self._update_buttons()

    # --- reading -----------------------------------------------------------------------

    def refresh(self) -> None:
        self.live.spawn(self._refresh(), "notifications-refresh")

    async def _refresh(self) -> None:
        notifications = await self.notifications.recent()
        current = self.current()
        self.model.set_notifications(notifications)
        if current is not None and (row := self.model.row_of(current.id)) is not None:
            self.view.setCurrentIndex(self.model.index(row))
        elif self.model.rowCount() and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.model.index(0))
        empty = not notifications
        self.empty_label.setVisible(empty)
        self.view.setVisible(not empty)
        self._update_buttons()
        self.sig_refreshed.emit()

    def _changes_arrived(self, changes: ChangeSet) -> None:
        if changes.concerns(NOTIFICATIONS) and self.isVisible():
            self.refresh()

    def current(self) -> Notification | None:
        return self.model.notification(self.view.currentIndex().row())

    def select(self, notification_id: str) -> bool:
        row = self.model.row_of(notification_id)
        if row is None:
            return False
        self.view.setCurrentIndex(self.model.index(row))
        return True

    def _update_buttons(self) -> None:
        notice = self.current()
        self.open_button.setEnabled(notice is not None and document_resource(notice) is not None)
        self.read_button.setEnabled(notice is not None and not notice.read)
        self.all_read_button.setEnabled(any(not n.read for n in self.model.notifications))

    # --- acting ------------------------------------------------------------------------

    def open_index(self, index: QModelIndex) -> None:
        """Mark the notification read and ask for its document to be shown."""
        notice = self.model.notification(index.row()) if index.isValid() else None
        if notice is None:
            return
        if not notice.read:
            self.live.spawn(self.notifications.mark_read([notice.id]), "notification-read")
        resource = document_resource(notice)
        if resource is not None and notice.document_id:
            self.sig_open_requested.emit(resource, notice.document_id)

    def _mark_current(self) -> None:
        notice = self.current()
        if notice is not None and not notice.read:
            self.live.spawn(self.notifications.mark_read([notice.id]), "notification-read")

    def mark_all_read(self) -> None:
        self.live.spawn(self.notifications.mark_all_read(), "notifications-read-all")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()
