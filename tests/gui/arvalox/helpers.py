"""Helpers for the Arvalox window tests: an Arvalox sandbox, and signing in with a key."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from arkan_desktop.gui.app import ArkanDesktopApp
from arkan_desktop.gui.main_window import MainWindow
from arkan_desktop.gui.signin.signin_window import SignInWindow
from arkan_desktop.gui.tasks import spawn
from arkan_desktop.sandbox.server import SandboxServer
from tests.conftest import start_sandbox
from tests.gui.conftest import wait_live

DEMO_KEY = "demo-arvalox-key"
ARVALOX = "arvalox"


def start_arvalox(data_dir: Path, **options: object) -> SandboxServer:
    return start_sandbox(data_dir, flavor=ARVALOX, **options)


def open_signin(qtbot: QtBot, desktop: ArkanDesktopApp) -> SignInWindow:
    spawn(desktop.start(), "test-start")
    qtbot.waitUntil(lambda: desktop.signin is not None and desktop.signin.isVisible())
    assert desktop.signin is not None
    return desktop.signin


def submit_key(
    qtbot: QtBot, desktop: ArkanDesktopApp, url: str, key: str, *, remember: bool = True
) -> SignInWindow:
    """Type a server and an API key into the sign-in window and press Sign in."""
    signin = open_signin(qtbot, desktop)
    signin.fill_api_key(url, key, ARVALOX, remember=remember)
    qtbot.mouseClick(signin.sign_in_button, Qt.MouseButton.LeftButton)
    return signin


def sign_in_with_key(
    qtbot: QtBot, desktop: ArkanDesktopApp, server: SandboxServer, key: str = DEMO_KEY
) -> MainWindow:
    """Sign in to an Arvalox server with an API key and wait for the first sync."""
    submit_key(qtbot, desktop, server.api_url, key)
    wait_live(qtbot, desktop)
    assert desktop.main is not None
    return desktop.main


def titles(main: MainWindow) -> list[str]:
    return [main.tabs.tabText(i) for i in range(main.tabs.count())]


def cell(table: QTableWidget, row: int, column: int) -> str:
    """The text of one cell of a report table."""
    item = table.item(row, column)
    assert item is not None
    return item.text()
