"""The station's settings screen: reached with F10, checked before saving, kept, honoured."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from arkan_desktop.gui.station.counting import CycleCount
from arkan_desktop.gui.station.station_settings import FILE, ZPL, load_station_settings
from tests.gui.conftest import run
from tests.gui.station.conftest import SLOW, Station
from tests.gui.station.helpers import last_answer, screenshot, stocked_product


def test_settings_are_reached_by_keyboard_checked_kept_and_honoured(
    qtbot: QtBot, station: Station, tmp_path: Path
) -> None:
    window, scanner = station.window, station.scanner
    assert window.catalog is not None
    product, home_bin, _ = stocked_product(window.catalog, 1)
    elsewhere = next(
        x
        for x in window.catalog.locations.values()
        if x.get("type") == "internal" and x.get("warehouseId") != home_bin.get("warehouseId")
    )
    window.activateWindow()
    qtbot.keyClick(window.scan_input, Qt.Key.Key_F10)
    dialog = window.settings_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc closes without saving
    qtbot.waitUntil(lambda: window.settings_dialog is None)
    assert load_station_settings(window.company_id) == window.settings

    dialog = window.open_settings()
    dialog.warehouse_combo.setCurrentIndex(dialog.warehouse_combo.findData(home_bin["warehouseId"]))
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(ZPL))
    assert dialog.address_edit.isVisibleTo(dialog) and not dialog.folder_edit.isVisibleTo(dialog)
    dialog.address_edit.setText("printer-without-port")
    dialog.accept()
    assert "HOST:PORT" in dialog.problem_label.text() and dialog.isVisible()
    dialog.address_edit.setText("10.0.0.7:9100")
    dialog.template_combo.setCurrentIndex(dialog.template_combo.findData("avery-l7160"))
    dialog.accept()
    assert "thermal" in dialog.problem_label.text() and dialog.isVisible()
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(FILE))
    dialog.folder_edit.setText(str(tmp_path / "sheets"))
    for check in dialog.workflow_checks.values():
        check.setChecked(False)
    dialog.accept()
    assert "at least one workflow" in dialog.problem_label.text()
    for name in ("Cycle count", "Label reprint"):
        dialog.workflow_checks[name].setChecked(True)
    dialog.sound_check.setChecked(False)
    screenshot(dialog, "station-settings")
    qtbot.keyClick(dialog.sound_check, Qt.Key.Key_Return)  # Enter saves
    qtbot.waitUntil(lambda: window.settings_dialog is None)
    assert dialog.result() == QDialog.DialogCode.Accepted

    # Kept (in the preferences file) ...
    kept = load_station_settings(window.company_id)
    assert kept == window.settings
    assert (kept.warehouse_id, kept.printer_kind, kept.template, kept.sound) == (
        home_bin["warehouseId"],
        FILE,
        "avery-l7160",
        False,
    )
    assert kept.workflows == ("Label reprint", "Cycle count")
    # ... and honoured: the workflows offered, the sound, the warehouse, the printer.
    shown = [n for n, b in window.workflow_button_of.items() if not b.isHidden()]
    assert shown == ["Label reprint", "Cycle count"]
    assert window.workflow is not None and window.workflow.name == "Label reprint"
    assert window.sound_button.text() == "Sound off"
    played = list(window.tones.played)
    scanner.scan(product["barcode"])
    qtbot.waitUntil(lambda: len(window.printed) == 1, timeout=SLOW)
    assert (tmp_path / "sheets" / f"product-{product['sku']}.pdf").read_bytes()[:4] == b"%PDF"
    window.workflow_button_of["Cycle count"].click()
    assert isinstance(window.workflow, CycleCount)
    scanner.scan(elsewhere["barcode"])
    assert "Wrong location" in last_answer(window)[1]
    scanner.scan(home_bin["barcode"])
    assert last_answer(window)[0]
    assert window.tones.played == played  # sound is off
    window.sound_button.click()
    assert load_station_settings(window.company_id).sound
    assert run(qtbot, station.company.outbox.rows()) == []
