"""The window's notifications: the bell and its count, the panel, the OS's notifications.

The main window owns one and points it at each company it shows (`follow`, `forget`).
It re-counts the unread notifications when they change (at most every `RECOUNT_MS`, on
the database thread), opens the panel from the bell, hands notifications that arrive
while the window is not in front to the OS (`DesktopNotice`), and passes on the
document the user asked to see (`sig_open_requested`); the window shows it in its tab.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

from arkan_desktop.domain.notifications import Notification, document_resource
from arkan_desktop.gui.shell.desktop_notice import DesktopNotice
from arkan_desktop.gui.shell.live_sync import LiveSync
from arkan_desktop.gui.shell.notification_bell import NotificationBell
from arkan_desktop.gui.shell.notification_panel import NotificationPanel
from arkan_desktop.store.changes import NOTIFICATIONS, ChangeSet

RECOUNT_MS = 150


class NotificationCenter(QObject):
    sig_open_requested = Signal(str, str)
    """Show a notification's document: its resource and id."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.bell = NotificationBell(window)
        self.bell.clicked.connect(self.open_panel)
        self.desktop = DesktopNotice(window)
        self.desktop.sig_clicked.connect(self._desktop_clicked)
        self.panel: NotificationPanel | None = None
        self.live: LiveSync | None = None
        self._recount = QTimer(self)
        self._recount.setSingleShot(True)
        self._recount.setInterval(RECOUNT_MS)
        self._recount.timeout.connect(self._count)

    @property
    def offered(self) -> bool:
        return self.live is not None and self.live.company.notifications.offered

    def follow(self, live: LiveSync) -> None:
        self.live = live
        live.sig_changes.connect(self._changes)
        live.sig_notifications_arrived.connect(self._arrived)
        self._recount.start()

    def forget(self) -> None:
        self.live = None
        self._recount.stop()
        if self.panel is not None:
            self.panel.close()
            self.panel.deleteLater()
            self.panel = None
        self.bell.set_unread(0)
        self.desktop.all_read()

    def open_panel(self) -> NotificationPanel | None:
        if self.live is None or not self.offered:
            return None
        if self.panel is None:
            self.panel = NotificationPanel(self.live, self.window)
            self.panel.sig_open_requested.connect(self.sig_open_requested)
            self._place_under_bell(self.panel)
        self.panel.show()
        self.panel.raise_()
        self.panel.activateWindow()
        return self.panel

    def _place_under_bell(self, panel: QWidget) -> None:
        """Open the panel under the bell, on the window's side of it."""
        bell = self.bell
        if not bell.isVisible():
            return
        left_to_right = bell.layoutDirection() == Qt.LayoutDirection.LeftToRight
        corner = bell.mapToGlobal(QPoint(bell.width() if left_to_right else 0, bell.height()))
        x = corner.x() - panel.width() if left_to_right else corner.x()
        screen = bell.screen().availableGeometry()
        x = max(screen.left(), min(x, screen.right() - panel.width()))
        panel.move(x, corner.y() + 4)

    def _following(self) -> bool:
        return self.live is not None and self.sender() in (self.live, None)

    def _changes(self, changes: ChangeSet) -> None:
        if self._following() and changes.concerns(NOTIFICATIONS):
            self._recount.start()

    def _count(self) -> None:
        live = self.live
        if live is not None and self.offered:
            live.spawn(self._show_count(live), "notifications-count")

    async def _show_count(self, live: LiveSync) -> None:
        unread = await live.company.notifications.unread_count()
        if self.live is live:
            self.bell.set_unread(unread)
            if not unread:
                self.desktop.all_read()

    def _arrived(self, notifications: list[Notification]) -> None:
        if self._following():
            self.desktop.tell(notifications)

    def _desktop_clicked(self, shown: list[Notification]) -> None:
        """The OS's message was clicked: one notification's document, or the panel."""
        live = self.live
        one = shown[0] if len(shown) == 1 else None
        resource = document_resource(one) if one is not None else None
        if live is None or one is None or resource is None or not one.document_id:
            self.open_panel()
            return
        live.spawn(live.company.notifications.mark_read([one.id]), "notification-read")
        self.sig_open_requested.emit(resource, one.document_id)
