"""A company outside VAT (the Kuwaiti demo company, as the sandbox's /companies says)
prints its invoices from the window as "Invoice", never "Simplified Tax Invoice … VAT 0%":
the title and the tax lines follow the company's registration, end to end (the unit
tests in tests/printing/test_tax_registration.py cover the layout itself)."""

from __future__ import annotations

import io

import pdfplumber
from pytestqt.qtbot import QtBot

from arkan_desktop.gui.app import ArkanDesktopApp
from arkan_desktop.gui.invoices.invoices_tab import InvoicesTab
from arkan_desktop.gui.models.record_table_model import VALUE_ROLE
from arkan_desktop.sandbox.server import SandboxServer
from tests.gui.conftest import sign_in
from tests.sandbox.conftest import COMPANY_2, Api


def _text(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def test_a_kuwaiti_invoice_prints_as_an_invoice_with_no_vat_lines(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer, admin: Api
) -> None:
    company = next(c for c in admin.ok(admin.get("/companies"))["data"] if c["id"] == COMPANY_2)
    assert company["taxRegistered"] is False  # the server's word: Kuwait levies no VAT
    main = sign_in(qtbot, desktop, sandbox, company=COMPANY_2)
    tab: InvoicesTab = main.tab(InvoicesTab)
    main.tabs.setCurrentWidget(tab)
    model = tab.list.model
    qtbot.waitUntil(lambda: model.rowCount() >= 3, timeout=20_000)
    types = [model.index(row, 1).data(VALUE_ROLE) for row in range(model.rowCount())]
    row = types.index("out_invoice")  # an invoice, not a credit note
    number = model.index(row, 0).data(VALUE_ROLE)
    assert tab.list.select_id(tab.model.ids()[row])

    tab.print_selected()
    qtbot.waitUntil(lambda: tab.printing.preview is not None, timeout=20_000)
    dialog = tab.printing.preview
    assert dialog is not None
    text = _text(dialog.data)
    dialog.close()
    assert f"INVOICE {number}" in text
    assert "Arkan Demo Kuwait W.L.L." in text
    for word in ("SIMPLIFIED", "TAX INVOICE", "VAT", "TRN", "Tax"):
        assert word not in text, word
    assert "KWD" in text
