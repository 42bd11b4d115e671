"""Helpers for the notification tests: the server's count, the bell, the panel's rows."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from pytestqt.qtbot import QtBot

from arkan_desktop.gui.main_window import MainWindow
from arkan_desktop.gui.shell.notification_panel import NotificationPanel
from tests.sandbox.conftest import Api

SLOW = 30_000


def unread_on_server(api: Api) -> int:
    return int(api.ok(api.get("/notifications", limit=1))["meta"]["unreadCount"])


def read_on_server(api: Api, notification_id: str) -> bool:
    listed = api.ok(api.get("/notifications", limit=100))["data"]
    return any(n["id"] == notification_id and n["read"] for n in listed)


def bell_shows(qtbot: QtBot, main: MainWindow, api: Api) -> int:
    """Wait until the bell has caught up with the server; the unread count it shows."""
    bell = main.notifications.bell
    count = -1

    def caught_up() -> bool:
        nonlocal count
        count = unread_on_server(api)
        return bell.unread == count

    qtbot.waitUntil(caught_up, timeout=SLOW)
    return count


def open_panel(qtbot: QtBot, main: MainWindow) -> NotificationPanel:
    qtbot.mouseClick(main.notifications.bell, Qt.MouseButton.LeftButton)
    panel = main.notifications.panel
    assert panel is not None
    qtbot.waitUntil(lambda: panel.isVisible() and panel.model.rowCount() > 0, timeout=SLOW)
    return panel


def row_about(panel: NotificationPanel, document_id: str) -> int | None:
    for row, notice in enumerate(panel.model.notifications):
        if notice.document_id == document_id:
            return row
    return None


def is_bold(panel: NotificationPanel, row: int) -> bool:
    font = panel.model.index(row).data(Qt.ItemDataRole.FontRole)
    return isinstance(font, QFont) and font.bold()


def click_row(qtbot: QtBot, panel: NotificationPanel, row: int) -> None:
    index = panel.model.index(row)
    panel.view.scrollTo(index)
    rect = panel.view.visualRect(index)
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def shot_with_panel(main: MainWindow, panel: NotificationPanel, name: str) -> None:
    """With `ARKAN_SCREENSHOTS=DIR`: the window as the user sees it, the panel where it
    opened over it (a dialog is a window of its own, so each is grabbed and laid out)."""
    folder = os.environ.get("ARKAN_SCREENSHOTS")
    if not folder:
        return
    picture = main.grab()
    painter = QPainter(picture)
    offset = panel.geometry().topLeft() - main.geometry().topLeft()
    painter.drawPixmap(offset, panel.grab())
    painter.setPen(QColor("#8a94a3"))
    painter.drawRect(QRect(offset, panel.size()).adjusted(-1, -1, 0, 0))
    painter.end()
    Path(folder).mkdir(parents=True, exist_ok=True)
    picture.save(str(Path(folder) / f"{name}.png"))
