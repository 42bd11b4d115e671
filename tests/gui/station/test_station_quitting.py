"""Small things seen in use at the station: a new station works in the main warehouse,
the number pad says what it sets, and Ctrl+Q with a write still waiting asks first
(Stay is the default; the write survives either way)."""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from arkan_desktop.gui.station.picking import PickShip
from arkan_desktop.sandbox.server import SandboxServer
from tests.gui.conftest import run
from tests.gui.station.conftest import SLOW, close_station, open_station
from tests.gui.station.helpers import stocked_product, workflow_button


def test_a_new_station_takes_the_main_warehouse_labels_its_pad_and_asks_before_quitting(
    qtbot: QtBot, qloop: asyncio.AbstractEventLoop, tmp_path: Path, own_sandbox: SandboxServer
) -> None:
    station = open_station(qtbot, own_sandbox, tmp_path / "home")
    window, scanner = station.window, station.scanner
    try:
        assert window.catalog is not None
        main = window.catalog.default_warehouse()
        assert main and window.settings.warehouse_id == main  # nobody chose one yet

        pick = workflow_button(window, PickShip.name)
        assert pick.text() == "Pick && ship"  # shown as "Pick & ship", not a mnemonic
        pick.click()
        assert window.pad.caption.text() == "Quantity taken: scan a product first"
        assert window.pad.display.accessibleName() == "Number pad display"

        product, source, destination = stocked_product(window.catalog, 1)
        workflow_button(window, "Quick move").click()
        own_sandbox.stop()
        try:
            qtbot.waitUntil(lambda: station.live.connection != "online", timeout=SLOW)
            scanner.scan(source["barcode"])
            scanner.scan(product["barcode"])
            assert window.pad.caption.text() == f"Quantity of {product['sku']}"
            scanner.scan(destination["barcode"])
            window.confirm_button.click()
            qtbot.waitUntil(lambda: window.waiting_writes == 1, timeout=SLOW)

            QTest.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
            box = window.quit_question
            assert isinstance(box, QMessageBox) and box.isVisible()
            assert box.text().startswith("1 operation(s) have not reached the server yet")
            QTest.keyClick(box, Qt.Key.Key_Escape)  # Stay
            qtbot.waitUntil(lambda: window.quit_question is None)
            assert window.isVisible()

            window.close()  # the window manager's close (Alt+F4) asks the same
            box = window.quit_question
            assert isinstance(box, QMessageBox)
            leave = box.findChild(object, "quitAnyway")
            closed: list[bool] = []
            window.sig_closed.connect(lambda: closed.append(True))
            leave.click()  # type: ignore[attr-defined]
            qtbot.waitUntil(lambda: closed == [True])
            assert not window.isVisible()
            rows = run(qtbot, station.company.outbox.rows())
            assert [r.status for r in rows] == ["pending"]  # kept for the next time
        finally:
            own_sandbox.start()
    finally:
        close_station(qtbot, station)
