"""Printing from the Invoices tab: the preview shows exactly the PDF the CLI makes, Save
writes those bytes, Print paints those pages; a batch prints every selected invoice.

A real printer cannot run on this headless machine, so "printing" here goes to a QPrinter
set to PDF output (QPrinter.OutputFormat.PdfFormat): the same painting code a system
printer gets, with a file to read back.
"""

from __future__ import annotations

import argparse
import io
from pathlib import Path

import pdfplumber
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from arkan_desktop.cli_print import _invoice_pdf
from arkan_desktop.gui.app import ArkanDesktopApp
from arkan_desktop.gui.invoices.invoices_tab import InvoicesTab
from arkan_desktop.gui.main_window import MainWindow
from arkan_desktop.gui.printing.print_preview import PrintPreviewDialog
from arkan_desktop.printing import Branding, render_invoice_pdf
from arkan_desktop.sandbox.server import SandboxServer
from arkan_desktop.store.queries.printing import branding, keep_branding
from tests.gui.conftest import run, sign_in
from tests.printing.conftest import load


def _pages(data: bytes) -> int:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return len(pdf.pages)


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def _invoices_tab(qtbot: QtBot, main: MainWindow) -> InvoicesTab:
    tab: InvoicesTab = main.tab(InvoicesTab)
    main.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: len(tab.model.ids()) >= 3, timeout=20_000)
    return tab


def _cli_pdf(tab: InvoicesTab, number: str) -> bytes:
    return _invoice_pdf(tab.company.workspace.cache, argparse.Namespace(number=number, lang=None))


def _preview(qtbot: QtBot, tab: InvoicesTab, invoice_id: str) -> PrintPreviewDialog:
    assert tab.list.select_id(invoice_id)
    tab.print_selected()
    qtbot.waitUntil(lambda: tab.printing.preview is not None, timeout=20_000)
    dialog = tab.printing.preview
    assert dialog is not None
    return dialog


def test_preview_shows_the_cli_pdf_and_prints_its_pages(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer, tmp_path: Path
) -> None:
    main = sign_in(qtbot, desktop, sandbox)
    tab = _invoices_tab(qtbot, main)
    invoice_id = tab.model.ids()[0]
    assert main.print_action.isEnabled()
    dialog = _preview(qtbot, tab, invoice_id)
    number = dialog.title
    expected = _cli_pdf(tab, number)

    assert dialog.data == expected
    assert dialog.page_count() == _pages(expected) >= 1
    assert dialog.view.document() is dialog.document

    saved = tmp_path / "saved.pdf"
    dialog.save_to(saved)
    assert saved.read_bytes() == expected

    printed = tmp_path / "printed.pdf"
    assert dialog.print_to(_pdf_printer(printed)) == dialog.page_count()
    assert _pages(printed.read_bytes()) == dialog.page_count()
    dialog.close()


def test_branding_from_the_window_is_what_the_cli_prints(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer
) -> None:
    main = sign_in(qtbot, desktop, sandbox)
    tab = _invoices_tab(qtbot, main)
    cache = tab.company.workspace.cache
    before = branding(cache)
    keep_branding(cache, Branding(language="ar", show_qr=True, footer="شكرًا لتعاملكم").to_dict())
    try:
        dialog = _preview(qtbot, tab, tab.model.ids()[1])
        assert dialog.data == _cli_pdf(tab, dialog.title)
        with pdfplumber.open(io.BytesIO(dialog.data)) as pdf:
            assert "Tax Invoice" not in (pdf.pages[0].extract_text() or "")
        dialog.close()
    finally:
        keep_branding(cache, before)


def test_batch_print_renders_off_the_ui_thread_into_one_job(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer, tmp_path: Path
) -> None:
    main = sign_in(qtbot, desktop, sandbox)
    tab = _invoices_tab(qtbot, main)
    ids = tab.model.ids()[:3]
    output = tmp_path / "batch.pdf"
    printed = run(qtbot, tab.printing.print_batch(ids, _pdf_printer(output)), timeout=60)
    assert printed == 3
    batch = tab.printing.batch
    assert batch is not None and batch.result is not None
    expected_pages = sum(_pages(data) for _job, data in batch.result.done)
    assert _pages(output.read_bytes()) == expected_pages
    assert batch.progress.maximum() == 3


def test_a_multi_page_invoice_previews_and_prints_every_page(qtbot: QtBot, tmp_path: Path) -> None:
    invoice = load("invoice_aed")
    template = invoice["lines"][1]
    invoice["lines"] = [{**template, "description": f"Item {n:03d}"} for n in range(120)]
    for key in ("subtotal", "taxTotal", "total", "taxBreakdown", "amountPaid", "amountDue"):
        invoice.pop(key)
    data = render_invoice_pdf(invoice, load("partner_aed"), load("company_aed"), lang="en")
    dialog = PrintPreviewDialog("INV-LONG", data)
    qtbot.addWidget(dialog)
    assert dialog.page_count() == _pages(data) > 1
    printed = tmp_path / "long.pdf"
    assert dialog.print_to(_pdf_printer(printed)) == dialog.page_count()
    assert _pages(printed.read_bytes()) == dialog.page_count()
