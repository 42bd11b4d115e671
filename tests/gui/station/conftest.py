"""Fixtures for the station tests: a station window on a signed-in company, and a scanner.

`Scanner` sends key events straight to the scan input with timestamps it controls: a
burst is a few milliseconds per key ending in Enter, typing is a person's pace.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from arkan_desktop.gui.session import close_all, list_companies, open_company
from arkan_desktop.gui.session import sign_in as open_session
from arkan_desktop.gui.shell.live_sync import LiveSync
from arkan_desktop.gui.station.station_window import StationWindow
from arkan_desktop.sandbox.server import SandboxServer
from arkan_desktop.sync.company import Company
from tests.conftest import start_sandbox
from tests.gui.conftest import run
from tests.sandbox.conftest import COMPANY_1

SLOW = 45_000


class Scanner:
    """A keyboard-wedge scanner (or a person) typing into the station's scan input."""

    def __init__(self, window: StationWindow) -> None:
        self.window = window
        self.now = 1_000_000.0

    def _key(self, key: int, text: str, at: float) -> None:
        event = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, text)
        event.setTimestamp(int(at))
        QApplication.sendEvent(self.window.scan_input, event)

    def _type(self, text: str, gap_ms: float, end: str) -> None:
        self.now += 1_000  # a second since the last code: never a double read
        for char in text:
            code = ord(char.upper()) if " " <= char < "\x7f" else int(Qt.Key.Key_unknown)
            self._key(code, char, self.now)
            self.now += gap_ms
        terminator = Qt.Key.Key_Tab if end == "\t" else Qt.Key.Key_Return
        self._key(int(terminator), end, self.now)

    def press(self, key: Qt.Key, text: str = "") -> None:
        """One key on its own (Enter on an empty field, Esc), a second after the last."""
        self.now += 1_000
        self._key(int(key), text, self.now)

    def scan(self, text: str, *, end: str = "\r") -> None:
        self._type(text, 4, end)

    def type(self, text: str) -> None:
        self._type(text, 180, "\r")


@dataclass
class Station:
    window: StationWindow
    company: Company
    live: LiveSync
    scanner: Scanner


def open_station(qtbot: QtBot, server: SandboxServer, home: Path) -> Station:
    session = run(qtbot, open_session(server.api_url, "admin@demo.local", "demo", remember=False))
    companies = run(qtbot, list_companies(session))
    company = next(c for c in companies if c["id"] == COMPANY_1)
    opened = run(qtbot, open_company(home, session, company))
    live = LiveSync(opened)
    window = StationWindow(opened, live)
    window.resize(1280, 800)
    window.show()
    run(qtbot, live.start(), timeout=SLOW / 1000)
    run(qtbot, window.reload_catalog())
    assert window.catalog is not None and window.catalog.products
    return Station(window, opened, live, Scanner(window))


def close_station(qtbot: QtBot, station: Station) -> None:
    station.window.release()
    station.window.hide()
    run(qtbot, station.live.stop())
    run(qtbot, close_all(station.company))
    station.window.deleteLater()


@pytest.fixture
def station(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot, tmp_path: Path, sandbox: SandboxServer
) -> Iterator[Station]:
    opened = open_station(qtbot, sandbox, tmp_path / "home")
    yield opened
    close_station(qtbot, opened)


@pytest.fixture(scope="module")
def own_sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxServer]:
    """A sandbox of the module's own, for tests that stop and start the server."""
    server = start_sandbox(tmp_path_factory.mktemp("station-sandbox"))
    yield server
    server.stop()
