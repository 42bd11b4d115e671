"""Printing at the station: receiving labels offered after a receipt, and silent printing
to a system printer.

No physical printer runs here. For the system printer only the spooler boundary is
replaced: a stand-in `lp` program first on PATH records its arguments and the bytes it
is given, where CUPS would queue them. Everything before it (settings, template, label
rendering, `SpoolerPrinter` building and running the `lp` command) runs for real.
"""

from __future__ import annotations

import json
import os
import stat
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from arkan_desktop.gui.station.receiving import ReceiveOrder
from arkan_desktop.gui.station.station_settings import FILE, SYSTEM, StationSettings
from arkan_desktop.gui.station.station_window import StationWindow
from tests.gui.conftest import run
from tests.gui.station.conftest import SLOW, Station
from tests.gui.station.helpers import (
    last_answer,
    receivable_order,
    screenshot,
    stocked_product,
    workflow_button,
)

FAKE_LP = """#!{python}
import json, sys
from pathlib import Path
log = Path({log!r})
data = sys.stdin.buffer.read()
jobs = json.loads(log.read_text()) if log.exists() else []
jobs.append({{"args": sys.argv[1:], "data": data.decode("latin-1")}})
log.write_text(json.dumps(jobs))
if "-d" in sys.argv and sys.argv[sys.argv.index("-d") + 1] == "Offline_Queue":
    sys.stderr.write("lp: The printer or class does not exist.\\n")
    sys.exit(1)
"""


@pytest.fixture
def spooler(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A stand-in `lp` first on PATH; returns the file where it logs each job."""
    folder = tmp_path / "bin"
    folder.mkdir()
    log = tmp_path / "lp-jobs.json"
    program = folder / "lp"
    program.write_text(FAKE_LP.format(python=sys.executable, log=str(log)))
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ['PATH']}")
    return log


def bin_of(window: StationWindow, product: dict[str, object]) -> str:
    """The barcode of the bin the receiving station sends a product to."""
    flow = window.workflow
    assert isinstance(flow, ReceiveOrder) and flow.session is not None
    return flow.session.destinations[str(product["id"])].location.barcode


def lp_jobs(log: Path) -> list[dict[str, object]]:
    return list(json.loads(log.read_text())) if log.exists() else []


def test_a_receipt_offers_its_labels_enter_prints_esc_skips(
    qtbot: QtBot, station: Station, tmp_path: Path
) -> None:
    folder = tmp_path / "labels"
    window, scanner = station.window, station.scanner
    window.apply_settings(StationSettings(printer_kind=FILE, printer=str(folder)))
    workflow_button(window, "Receive PO").click()
    assert window.catalog is not None
    order, (first, second) = receivable_order(window.catalog)

    scanner.scan(order["number"])
    scanner.scan(first["barcode"])
    scanner.scan(first["barcode"])
    scanner.scan(bin_of(window, first))  # put away where the station says
    window.confirm_button.click()
    assert "Print 2 receiving label(s)?" in window.expects_label.text()
    assert not window.choice_row.isHidden()
    screenshot(window, "station-receiving-labels")
    scanner.press(Qt.Key.Key_Return, "\r")  # one key on the empty scan field prints
    qtbot.waitUntil(lambda: len(window.printed) == 1, timeout=SLOW)
    job = f"receiving-{order['number']}"
    assert window.printed == [job]
    zpl = (folder / f"{job}.zpl").read_text(encoding="utf-8")
    assert f"Label saved as {folder / job}.zpl (not printed)" in last_answer(window)[1]
    assert zpl.count("^XA") == 2 and "1 of 2" in zpl and "2 of 2" in zpl
    assert order["number"] in zpl and first["barcode"][:12] in zpl
    assert window.choice_row.isHidden()

    scanner.scan(order["number"])  # a second receipt on the same order
    scanner.scan(second["barcode"])
    scanner.scan(bin_of(window, second))
    window.confirm_button.click()
    assert "receiving label" in window.expects_label.text()
    scanner.press(Qt.Key.Key_Escape, "\x1b")
    assert "No labels printed" in window.message_label.text()
    assert window.choice_row.isHidden()
    qtbot.waitUntil(lambda: "done" in window.operation_states()[0], timeout=SLOW)
    assert window.printed == [job]
    assert sorted(p.name for p in folder.iterdir()) == [f"{job}.zpl"]


def test_labels_print_silently_to_the_system_printer(
    qtbot: QtBot, station: Station, spooler: Path
) -> None:
    window, scanner = station.window, station.scanner
    settings = StationSettings(printer_kind=SYSTEM, printer="Station_Zebra")
    window.apply_settings(settings)
    workflow_button(window, "Label reprint").click()
    assert window.catalog is not None
    product, location, _ = stocked_product(window.catalog, 1)

    scanner.scan(product["barcode"])  # a thermal template: raw ZPL to the queue
    qtbot.waitUntil(lambda: len(window.printed) == 1, timeout=SLOW)
    window.apply_settings(
        StationSettings(printer_kind=SYSTEM, printer="Station_Laser", template="avery-l7160")
    )
    scanner.scan(location["barcode"])  # a sheet template: a PDF
    qtbot.waitUntil(lambda: len(window.printed) == 2, timeout=SLOW)
    zebra, laser = lp_jobs(spooler)
    assert zebra["args"] == [
        "-d",
        "Station_Zebra",
        "-t",
        f"product-{product['sku']}",
        "-o",
        "raw",
        "-",
    ]
    assert str(zebra["data"]).startswith("^XA") and product["barcode"][:12] in str(zebra["data"])
    assert laser["args"] == ["-d", "Station_Laser", "-t", f"location-{location['code']}", "-"]
    assert str(laser["data"]).startswith("%PDF")
    assert "Label printed (Station_Laser)" in last_answer(window)[1]

    window.apply_settings(StationSettings(printer_kind=SYSTEM, printer="Offline_Queue"))
    scanner.scan(product["barcode"])
    qtbot.waitUntil(lambda: "not printed" in window.message_label.text(), timeout=SLOW)
    assert "does not exist" in window.message_label.text()
    assert window.printed == [f"product-{product['sku']}", f"location-{location['code']}"]
    assert run(qtbot, station.company.outbox.rows()) == []
