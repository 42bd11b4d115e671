"""Exporting a report: the save dialog opens in the user's Documents folder with the
report's name and period; the PDF (bilingual, as the branding's default), the CSV and
the Excel workbook read back with the figures shown, exactly, and with human words, in
English and in Arabic; Print shows the same PDF in the print preview."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from arkan_desktop.api.connector import FinanceReport
from arkan_desktop.gui.app import ArkanDesktopApp
from arkan_desktop.gui.i18n import install_translations, remove_translations
from arkan_desktop.gui.printing.export import ExportKind
from arkan_desktop.printing.fonts import has_arabic
from arkan_desktop.sandbox.server import SandboxServer
from tests.gui.conftest import sign_in
from tests.gui.reports.helpers import (
    SLOW,
    csv_rows,
    pdf_bytes_text,
    pdf_text,
    reports_tab,
    run_report,
    save_through_dialog,
    xlsx_rows,
)
from tests.gui.screenshots import screenshot
from tests.sandbox.conftest import Api

TODAY = datetime.now(UTC).date()
QUARTER = (date(TODAY.year, 1, 1), date(TODAY.year, 3, 31))
PERIOD = {"from": QUARTER[0].isoformat(), "to": QUARTER[1].isoformat()}


@pytest.fixture
def documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A user home with a Documents folder, where the desktop says documents go."""
    home = tmp_path / "user"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    return home / "Documents"


@pytest.fixture
def arabic(qapp: QApplication) -> Iterator[None]:
    translators = install_translations(qapp, QLocale("ar"))
    yield
    remove_translations(qapp, translators)


def _server_report(admin: Api) -> tuple[dict[str, dict[str, str]], list[dict[str, str]]]:
    report = admin.ok(admin.get("/accounting/reports/tax", **PERIOD))
    return {box["box"]: box for box in report["vat201"]["boxes"]}, report["rates"]


def test_a_report_exports_to_pdf_csv_and_excel_from_the_documents_folder(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer, admin: Api, documents: Path
) -> None:
    main = sign_in(qtbot, desktop, sandbox)
    tab = reports_tab(main)
    run_report(qtbot, tab, FinanceReport.VAT, *QUARTER)
    boxes, rates = _server_report(admin)
    dubai = boxes["1b"]

    tab.exports.entries[ExportKind.PDF].trigger()
    dialog = tab.exports.dialog
    assert dialog is not None
    assert Path(dialog.directory().absolutePath()) == documents  # not the program's folder
    name = f"VAT return {PERIOD['from']} to {PERIOD['to']}.pdf"
    assert [Path(f).name for f in dialog.selectedFiles()] == [name]
    dialog.reject()

    pdf = documents / name
    lines = save_through_dialog(qtbot, tab.exports, ExportKind.PDF, pdf)
    # Every box but the three totals (8, 11, 14), and a sales and a purchases line per rate.
    assert lines == len(boxes) - 3 + 2 * len(rates)
    text = pdf_text(pdf)
    assert "VAT 201 RETURN" in text
    assert "Arkan Demo Trading LLC" in text and "100234567800003" in text
    assert "Standard rated supplies in Dubai" in text
    assert f"{Decimal(dubai['amount']):,.2f}" in text and f"{Decimal(dubai['vat']):,.2f}" in text
    assert has_arabic(text)  # the branding's default: English and Arabic together

    path = documents / "vat.csv"
    save_through_dialog(qtbot, tab.exports, ExportKind.CSV, path)
    rows = csv_rows(path)
    assert rows[0] == ["Box", "Description", "Amount (AED)", "VAT amount (AED)"]
    by_box = {row[0]: row for row in rows[1:] if row[0]}
    for code, box in boxes.items():
        assert by_box[code][2:] == [box["amount"] or "", box["vat"] or ""], code
    assert by_box["1b"][1] == "Standard rated supplies in Dubai"
    assert ["VAT on sales and all other outputs", "", "", ""] in rows

    path = documents / "vat.xlsx"
    save_through_dialog(qtbot, tab.exports, ExportKind.XLSX, path)
    sheet = xlsx_rows(path)
    assert sheet[0][0] == "VAT 201 return"
    header = sheet.index(["Box", "Description", "Amount (AED)", "VAT amount (AED)"])
    by_box = {row[0]: row for row in sheet[header + 1 :] if row and row[0]}
    assert by_box["1b"][1] == "Standard rated supplies in Dubai"
    assert Decimal(by_box["1b"][2]) == Decimal(dubai["amount"])
    assert Decimal(by_box["14"][3]) == Decimal(boxes["14"]["vat"])

    main.print_action.trigger()  # Ctrl+Shift+P: the report in the print preview
    qtbot.waitUntil(lambda: tab.exports.preview is not None, timeout=SLOW)
    preview = tab.exports.preview
    assert preview is not None and preview.page_count() >= 1
    assert "Standard rated supplies in Dubai" in pdf_bytes_text(preview.data)
    preview.close()


def test_a_report_exports_in_arabic_from_an_arabic_window(
    qtbot: QtBot,
    desktop: ArkanDesktopApp,
    sandbox: SandboxServer,
    admin: Api,
    documents: Path,
    arabic: None,
) -> None:
    main = sign_in(qtbot, desktop, sandbox)
    tab = reports_tab(main)
    page = run_report(qtbot, tab, FinanceReport.CASH_FLOW, *QUARTER)
    flow = admin.ok(admin.get("/accounting/reports/cash-flow", **PERIOD))
    assert page.table.figure("النقد في نهاية الفترة") == f"{Decimal(flow['closingCash']):,.2f}"
    screenshot(main, "reports-cash-flow-ar")

    path = documents / "cash-flow.csv"
    save_through_dialog(qtbot, tab.exports, ExportKind.CSV, path)
    rows = csv_rows(path)
    assert rows[0] == ["البند", "المبلغ (AED)"]
    figures = {row[0]: row[1] for row in rows[1:]}
    assert figures["النقد في نهاية الفترة"] == flow["closingCash"]
    assert figures["النقد في بداية الفترة"] == flow["openingCash"]
    assert figures["صافي الربح"] == flow["netProfit"]
    assert ["الأنشطة التشغيلية", ""] in rows

    path = documents / "cash-flow.xlsx"
    save_through_dialog(qtbot, tab.exports, ExportKind.XLSX, path)
    sheet = xlsx_rows(path)
    assert sheet[0][0] == "قائمة التدفقات النقدية"
    figures = {row[0]: row[1] for row in sheet if len(row) == 2}
    assert Decimal(figures["صافي التغير في النقد"]) == Decimal(flow["netChange"])
