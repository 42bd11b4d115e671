"""Exporting a list (the invoices): the rows listed, the columns shown in their order,
with the window's words ("Posted", "Invoice", the column titles) and exact amounts, to
CSV, Excel and PDF, in English and in Arabic."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from arkan_desktop.gui.app import ArkanDesktopApp
from arkan_desktop.gui.i18n import install_translations, remove_translations
from arkan_desktop.gui.invoices.invoices_tab import InvoicesTab
from arkan_desktop.gui.main_window import MainWindow
from arkan_desktop.gui.models.record_table_model import VALUE_ROLE
from arkan_desktop.gui.printing.export import ExportKind, path_words
from arkan_desktop.gui.widgets.record_list import RecordList
from arkan_desktop.printing.fonts import has_arabic
from arkan_desktop.sandbox.server import SandboxServer
from tests.gui.conftest import run, sign_in
from tests.gui.reports.helpers import (
    SLOW,
    csv_rows,
    pdf_bytes_text,
    pdf_text,
    save_through_dialog,
    xlsx_rows,
)
from tests.gui.screenshots import screenshot
from tests.sandbox.conftest import Api

FILTER = "INV-2026-0001"  # INV-2026-00010 … 00019, and a credit note of one of them


@pytest.fixture
def arabic(qapp: QApplication) -> Iterator[None]:
    translators = install_translations(qapp, QLocale("ar"))
    yield
    remove_translations(qapp, translators)


def _listed(qtbot: QtBot, main: MainWindow) -> RecordList:
    tab: InvoicesTab = main.tab(InvoicesTab)
    main.tabs.setCurrentWidget(tab)
    listed = tab.list
    qtbot.waitUntil(lambda: listed.model.rowCount() > 20, timeout=20_000)
    listed.filter_box.setText(FILTER)
    listed.filter_box.returnPressed.emit()
    qtbot.waitUntil(lambda: 0 < listed.model.rowCount() <= 12, timeout=10_000)
    return listed


def _server(admin: Api, listed: RecordList) -> dict[str, dict[str, str]]:
    """The listed invoices as the server has them, by number."""
    model = listed.model
    numbers = {model.index(row, 0).data(VALUE_ROLE) for row in range(model.rowCount())}
    return {i["number"]: i for i in admin.all("/accounting/invoices") if i["number"] in numbers}


def test_a_list_exports_with_human_words_and_exact_amounts(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer, admin: Api, tmp_path: Path
) -> None:
    main = sign_in(qtbot, desktop, sandbox)
    listed = _listed(qtbot, main)
    server = _server(admin, listed)
    spec = listed.model.spec
    columns = listed.visible_columns()
    titles = [listed.model.titles[i] for i in columns]
    assert titles[:3] == ["Number", "Type", "Client"]

    path = tmp_path / "invoices.csv"
    assert run(qtbot, listed.export_to(path)) == len(server)
    rows = csv_rows(path)
    assert rows[0] == titles
    state = titles.index("State")
    total = titles.index("Total")
    for row in rows[1:]:
        invoice = server[row[0]]
        assert row[1] == {"out_invoice": "Invoice", "out_refund": "Credit note"}[invoice["type"]]
        assert row[state] == invoice["state"].capitalize()  # "Posted", not "posted"
        assert Decimal(row[total]) == Decimal(invoice["total"])
    assert "posted" not in {row[state] for row in rows[1:]}

    path = tmp_path / "invoices.xlsx"
    assert save_through_dialog(qtbot, listed.exports, ExportKind.XLSX, path) == len(server)
    sheet = xlsx_rows(path)
    assert sheet[0] == ["Invoices"]
    money = [spec.columns[i].kind.value == "money" for i in columns]
    header = sheet.index([f"{t} (AED)" if m else t for t, m in zip(titles, money, strict=True)])
    for row in sheet[header + 1 :]:
        if row and row[0] in server:
            assert row[state] == server[row[0]]["state"].capitalize()
            assert Decimal(row[total]) == Decimal(server[row[0]]["total"])

    path = tmp_path / "invoices.pdf"
    assert save_through_dialog(qtbot, listed.exports, ExportKind.PDF, path) == len(server)
    text = pdf_text(path)
    assert "INVOICES" in text and has_arabic(text)  # the branding's default: both languages
    for number, invoice in server.items():
        assert number in text
        assert f"{Decimal(invoice['total']):,.2f}" in text
    assert "Posted" in text and "posted" not in text

    listed.exports.entries[ExportKind.PRINT].trigger()  # the same pages in the print preview
    qtbot.waitUntil(lambda: listed.exports.preview is not None, timeout=SLOW)
    preview = listed.exports.preview
    assert preview is not None and preview.page_count() >= 1
    printed = pdf_bytes_text(preview.data)
    assert all(number in printed for number in server)
    preview.close()


def test_a_list_exports_in_arabic_from_an_arabic_window(
    qtbot: QtBot,
    desktop: ArkanDesktopApp,
    sandbox: SandboxServer,
    admin: Api,
    tmp_path: Path,
    arabic: None,
) -> None:
    main = sign_in(qtbot, desktop, sandbox)
    listed = _listed(qtbot, main)
    server = _server(admin, listed)
    path = tmp_path / "invoices.csv"
    assert run(qtbot, listed.export_to(path)) == len(server)
    rows = csv_rows(path)
    assert rows[0][:3] == ["الرقم", "النوع", "العميل"]
    state = rows[0].index("الحالة")
    assert {row[state] for row in rows[1:]} <= {"مُرحّلة", "مسودة", "ملغاة", "مدفوعة"}
    assert any(row[state] == "مُرحّلة" for row in rows[1:])

    path = tmp_path / "invoices.xlsx"
    save_through_dialog(qtbot, listed.exports, ExportKind.XLSX, path)
    sheet = xlsx_rows(path)
    assert sheet[0] == ["الفواتير"]
    assert path_words(path) in main.statusBar().currentMessage()  # the path reads left to right
    found = {row[0]: row for row in sheet if row and row[0] in server}
    assert set(found) == set(server)
    words = {"out_invoice": "فاتورة", "out_refund": "إشعار دائن"}
    for number, row in found.items():
        assert row[1] == words[server[number]["type"]]
    screenshot(main, "list-export-ar")
