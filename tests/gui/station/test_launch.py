"""`--station`: the app's sign-in flow opens the station window instead of the main window."""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from arkan_desktop.gui.station.launch import StationApp
from arkan_desktop.gui.tasks import spawn
from arkan_desktop.sandbox.server import SandboxServer
from tests.gui.conftest import run
from tests.gui.station.conftest import SLOW
from tests.sandbox.conftest import COMPANY_1


def test_signing_in_opens_the_station_and_closing_it_quits(
    qtbot: QtBot, qloop: asyncio.AbstractEventLoop, tmp_path: Path, sandbox: SandboxServer
) -> None:
    app = StationApp(tmp_path / "home")
    app.full_screen = False
    try:
        spawn(app.start(), "test-start")
        qtbot.waitUntil(lambda: app.signin is not None and app.signin.isVisible())
        assert app.signin is not None
        app.signin.fill(sandbox.api_url, "admin@demo.local", "demo")
        qtbot.mouseClick(app.signin.sign_in_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: app.picker is not None, timeout=10_000)
        assert app.picker is not None and app.picker.choose(COMPANY_1)
        app.picker.accept()
        qtbot.waitUntil(lambda: app.live is not None and app.live.ready, timeout=SLOW)
        station = app.station
        assert station is not None and station.isVisible() and app.main is None
        qtbot.waitUntil(lambda: station.catalog is not None and bool(station.catalog.products))
        assert station.scan_input.hasFocus() or not station.isActiveWindow()
        station.close()
        assert app.finished.is_set()
    finally:
        run(qtbot, app.shutdown())
