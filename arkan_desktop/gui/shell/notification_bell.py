"""The bell in the toolbar: the unread count on a badge; clicking it opens the panel.

It shows what it is told (`set_unread`); the notification center keeps it up to date.
The count is also its accessible name and tooltip, so a screen reader says it too.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QToolButton, QWidget

from arkan_desktop.gui import theme
from arkan_desktop.gui.resources import icon_path
from arkan_desktop.gui.shell.status_bar import count_text

ICON_SIZE = 24


def bell_icon(unread: int, size: int = ICON_SIZE) -> QIcon:
    """The bell, with a badge holding the unread count when there is one ("99+" beyond)."""
    ratio = 2  # drawn at twice the size: sharp on high-density screens too
    pixmap = QIcon(str(icon_path("bell.svg"))).pixmap(QSize(size, size) * ratio)
    pixmap.setDevicePixelRatio(ratio)
    if unread <= 0:
        return QIcon(pixmap)
    badged = QPixmap(pixmap)
    painter = QPainter(badged)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    text = count_text(unread) if unread < 100 else "99+"
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(size * 0.42))
    painter.setFont(font)
    width = max(size * 0.55, painter.fontMetrics().horizontalAdvance(text) + size * 0.2)
    badge = QRectF(size - width, 0, width, size * 0.55)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(theme.error_color())
    painter.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2)
    painter.setPen(QColor("white"))
    painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return QIcon(badged)


class NotificationBell(QToolButton):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notificationBell")
        self.setAutoRaise(True)
        self.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.unread = -1
        self.set_unread(0)

    def set_unread(self, unread: int) -> None:
        if unread == self.unread:
            return
        self.unread = unread
        self.setIcon(bell_icon(unread))
        if unread:
            text = self.tr("Notifications: %1 unread").replace("%1", count_text(unread))
        else:
            text = self.tr("Notifications: none unread")
        self.setAccessibleName(text)
        self.setToolTip(f"{text} (Ctrl+Shift+N)")
