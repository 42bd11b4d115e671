"""Opening the Reports tab and waiting for a report, for the Reports tests."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date
from pathlib import Path
from xml.etree import ElementTree

import pdfplumber
from pytestqt.qtbot import QtBot

from arkan_desktop.api.connector import FinanceReport
from arkan_desktop.gui.main_window import MainWindow
from arkan_desktop.gui.printing.export import ExportKind, ExportMenu
from arkan_desktop.gui.reports.report_page import ReportPage
from arkan_desktop.gui.reports.reports_tab import FinanceReportsTab

SLOW = 30_000


def reports_tab(main: MainWindow) -> FinanceReportsTab:
    tab: FinanceReportsTab = main.tab(FinanceReportsTab)
    assert tab is not None, "the Reports tab is offered by an Arkan server"
    main.tabs.setCurrentWidget(tab)
    return tab


def run_report(
    qtbot: QtBot, tab: FinanceReportsTab, report: FinanceReport, start: date, end: date
) -> ReportPage:
    """Show `report` for start..end and wait until the server's answer is shown."""
    page = tab.show_report(report)
    tab.period.set_period(start, end)

    def shown() -> bool:
        fetched = page.fetched
        return (
            not page.stale
            and fetched is not None
            and (fetched.start, fetched.end) == (start.isoformat(), end.isoformat())
            and page.fresh
        ) or page.missing

    qtbot.waitUntil(shown, timeout=SLOW)
    return page


# --- reading exported files back -------------------------------------------------------

XLSX_NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}


def xlsx_rows(path: Path) -> list[list[str]]:
    """Every row of the workbook's first sheet as text, by position (blank cells "")."""
    with zipfile.ZipFile(path) as book:
        sheet = ElementTree.fromstring(book.read("xl/worksheets/sheet1.xml"))
        strings = [
            "".join(t.text or "" for t in si.iter(f"{{{XLSX_NS['m']}}}t"))
            for si in ElementTree.fromstring(book.read("xl/sharedStrings.xml"))
        ]
    rows: list[list[str]] = []
    for row in sheet.iterfind("m:sheetData/m:row", XLSX_NS):
        number = int(row.get("r", "0"))
        while len(rows) < number:
            rows.append([])
        cells: list[str] = []
        for cell in row.iterfind("m:c", XLSX_NS):
            ref = cell.get("r", "")
            column = ord(ref[0]) - ord("A")
            while len(cells) < column:
                cells.append("")
            raw = cell.findtext("m:v", "", XLSX_NS)
            cells.append(strings[int(raw)] if cell.get("t") == "s" else raw)
        rows[number - 1] = cells
    return rows


def csv_rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def pdf_text(path: Path) -> str:
    with pdfplumber.open(path) as document:
        return "\n".join(page.extract_text() or "" for page in document.pages)


def pdf_bytes_text(data: bytes) -> str:
    """The text of a PDF held in memory (what the print preview shows)."""
    with pdfplumber.open(io.BytesIO(data)) as document:
        return "\n".join(page.extract_text() or "" for page in document.pages)


def save_through_dialog(qtbot: QtBot, menu: ExportMenu, kind: ExportKind, path: Path) -> int:
    """Choose `kind` in the Export menu, save as `path` in the dialog, wait for the file."""
    menu.entries[kind].trigger()
    dialog = menu.dialog
    assert dialog is not None and dialog.isVisible()
    with qtbot.waitSignal(menu.sig_exported, timeout=SLOW) as written:
        dialog.selectFile(str(path))
        dialog.accept()
    assert written.args[0] == str(path)
    return int(written.args[1])
