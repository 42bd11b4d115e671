"""Label reprint at the station: a scanned product or location prints its label."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from arkan_desktop.gui.preferences import preferences
from arkan_desktop.gui.station.label_reprint import PRINTER_KEY
from tests.gui.conftest import run
from tests.gui.station.conftest import Station
from tests.gui.station.helpers import last_answer, stocked_product


def test_scanned_codes_print_their_labels_and_queue_nothing(
    qtbot: QtBot, station: Station, tmp_path: Path
) -> None:
    folder = tmp_path / "printed"
    preferences().setValue(PRINTER_KEY, str(folder))
    window, scanner = station.window, station.scanner
    window.workflow_buttons.buttons()[2].click()
    assert window.workflow is not None and window.workflow.name == "Label reprint"
    assert window.catalog is not None
    product, location, _ = stocked_product(window.catalog, 1)

    scanner.scan(location["barcode"])
    scanner.scan(product["barcode"])
    qtbot.waitUntil(lambda: len(window.printed) == 2)
    printed = sorted(path.name for path in folder.iterdir())
    assert printed == sorted([f"location-{location['code']}.zpl", f"product-{product['sku']}.zpl"])
    zpl = (folder / f"product-{product['sku']}.zpl").read_text(encoding="utf-8")
    assert product["barcode"][:12] in zpl and zpl.startswith("^XA")

    scanner.scan("LOC-NO-SUCH-BIN")
    accepted, text = last_answer(window)
    assert not accepted and "Unknown location" in text
    assert run(qtbot, station.company.outbox.rows()) == []
