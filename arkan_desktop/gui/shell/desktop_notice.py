"""Notifications the OS shows while the window is not in front (Qt's tray API).

When notifications arrive and the main window is not the active window, the OS is asked
to show them (`QSystemTrayIcon.showMessage`): one with its title and body, several as a
count. Clicking the OS's message brings the window forward and says which notifications
it showed (the notification center opens the document of one, the panel for several).
Where the desktop has no notification area the taskbar entry is flashed instead
(`QApplication.alert`). The tray icon appears with the first message and goes when
nothing is unread any more.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget

from arkan_desktop.domain.notifications import Notification
from arkan_desktop.gui.resources import icon_path
from arkan_desktop.gui.shell.status_bar import count_text

SHOW_MS = 8000


class DesktopNotice(QObject):
    sig_clicked = Signal(list)
    """The user clicked the OS's message: the notifications it told of."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.tray: QSystemTrayIcon | None = None
        self._shown: list[Notification] = []
        self.shown_count = 0  # messages the OS was asked to show

    def tell(self, notifications: list[Notification]) -> bool:
        """Ask the OS to show these, unless the window is in front; whether it was asked."""
        unread = [n for n in notifications if not n.read]
        if not unread or self.window.isActiveWindow():
            return False
        if not QSystemTrayIcon.isSystemTrayAvailable() or not QSystemTrayIcon.supportsMessages():
            QApplication.alert(self.window)
            return False
        tray = self._tray()
        self._shown = unread
        if len(unread) == 1:
            title, body = unread[0].title, unread[0].body
        else:
            title = self.tr("%1 new notifications").replace("%1", count_text(len(unread)))
            body = "\n".join(n.title for n in unread[:3])
        tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, SHOW_MS)
        self.shown_count += 1
        return True

    def all_read(self) -> None:
        """Nothing is unread: the tray icon goes."""
        if self.tray is not None:
            self.tray.hide()

    def _tray(self) -> QSystemTrayIcon:
        if self.tray is None:
            self.tray = QSystemTrayIcon(QIcon(str(icon_path("arkan-desktop.svg"))), self)
            self.tray.setToolTip(self.window.windowTitle())
            self.tray.messageClicked.connect(self._clicked)
            self.tray.activated.connect(lambda _reason: self._bring_forward())
        self.tray.show()
        return self.tray

    def _bring_forward(self) -> None:
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()

    def _clicked(self) -> None:
        self._bring_forward()
        self.sig_clicked.emit(self._shown)
