"""Payments, Reports and printing on an Arvalox server: a payment recorded in the
Payments tab reaches the server through the outbox; the Reports tab shows the server's
own aging figures and dashboard; an Arvalox invoice prints to PDF by the usual path."""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pdfplumber
from pytestqt.qtbot import QtBot

from arkan_desktop.domain.money import format_amount
from arkan_desktop.gui.app import ArkanDesktopApp
from arkan_desktop.gui.invoices.invoice_editor import InvoiceEditor
from arkan_desktop.gui.invoices.invoices_tab import InvoicesTab
from arkan_desktop.gui.main_window import MainWindow
from arkan_desktop.gui.receivables.payments_tab import PaymentsTab
from arkan_desktop.gui.receivables.reports_tab import ReportsTab
from arkan_desktop.sandbox.server import SandboxServer
from tests.gui.arvalox.helpers import DEMO_KEY, cell, sign_in_with_key
from tests.gui.conftest import run
from tests.gui.screenshots import screenshot


def _server(server: SandboxServer, path: str, **params: Any) -> Any:
    with httpx.Client(base_url=server.api_url, headers={"x-arvalox-api-key": DEMO_KEY}) as http:
        answer = http.get(path, params=params)
        answer.raise_for_status()
        return answer.json()


def _online(qtbot: QtBot, main: MainWindow) -> None:
    qtbot.waitUntil(lambda: main.status.connection_label.property("state") == "online")


def test_the_reports_tab_shows_the_servers_aging_and_dashboard(
    qtbot: QtBot, desktop: ArkanDesktopApp, arvalox: SandboxServer
) -> None:
    main = sign_in_with_key(qtbot, desktop, arvalox)
    tab: ReportsTab = main.tab(ReportsTab)
    main.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.loads > 0 and tab.report is not None, timeout=20_000)
    aging, dashboard = _server(arvalox, "/reports/aging"), _server(arvalox, "/reports/dashboard")
    currency = aging["currency"]
    table = tab.aging_table
    assert table.rowCount() == len(aging["buckets"]) + 1
    for row, bucket in enumerate(aging["buckets"]):
        assert cell(table, row, 1) == f"{bucket['count']:,}"
        assert cell(table, row, 2) == format_amount(Decimal(bucket["amount"]), currency)
    total = format_amount(Decimal(aging["total_outstanding"]), currency)
    assert cell(table, table.rowCount() - 1, 2) == total
    assert [bar.amount for bar in tab.chart.bars] == [
        Decimal(b["amount"]) for b in aging["buckets"]
    ]
    assert tab.customer_table.rowCount() == len(aging["customers"])
    assert tab.figure("open_invoices") == f"{dashboard['open_invoices']:,}"
    overdue = format_amount(Decimal(dashboard["overdue_amount"]), currency)
    assert tab.figure("overdue_amount") == f"{overdue} {currency}"
    assert tab.status_label.text().startswith("As of ")
    qtbot.wait(100)
    screenshot(main, "arvalox-reports.png")


def test_a_payment_from_the_payments_tab_reaches_the_server(
    qtbot: QtBot, desktop: ArkanDesktopApp, arvalox: SandboxServer
) -> None:
    main = sign_in_with_key(qtbot, desktop, arvalox)
    _online(qtbot, main)
    tab: PaymentsTab = main.tab(PaymentsTab)
    main.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=20_000)
    form = run(qtbot, tab.ask_payment())
    assert form is not None
    invoice = form.invoice()
    assert invoice is not None and invoice.due > 0
    before = Decimal(_server(arvalox, f"/invoices/{invoice.id}")["balance_due"])
    form.amount_edit.setText(str(invoice.due + 1))
    form.accept()
    assert form.isVisible() and "more than" in form.error_label.text()  # checked, not queued
    form.amount_edit.setText("10.00")
    form.reference_edit.setText("GUI-PAY-0001")
    form.accept()
    qtbot.waitUntil(lambda: main.status.outbox_counts["waiting"] == 0, timeout=30_000)
    qtbot.waitUntil(
        lambda: (
            Decimal(_server(arvalox, f"/invoices/{invoice.id}")["balance_due"])
            == before - Decimal("10.00")
        ),
        timeout=30_000,
    )
    found = _server(arvalox, "/payments/", search="GUI-PAY-0001")["payments"]
    assert [(p["amount"], str(p["invoice_id"])) for p in found] == [("10.00", invoice.id)]


def test_an_arvalox_invoice_prints_to_pdf(
    qtbot: QtBot, desktop: ArkanDesktopApp, arvalox: SandboxServer, tmp_path: Path
) -> None:
    main = sign_in_with_key(qtbot, desktop, arvalox)
    tab: InvoicesTab = main.tab(InvoicesTab)
    main.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=20_000)
    invoice_id = tab.model.record_id(0)
    record = _server(arvalox, f"/invoices/{invoice_id}")
    assert tab.list.select_id(invoice_id)
    main.print_action.trigger()  # Ctrl+Shift+P
    qtbot.waitUntil(lambda: tab.printing.preview is not None, timeout=20_000)
    dialog = tab.printing.preview
    assert dialog is not None and dialog.page_count() >= 1
    saved = tmp_path / "arvalox-invoice.pdf"
    dialog.save_to(saved)
    with pdfplumber.open(io.BytesIO(saved.read_bytes())) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    assert record["invoice_number"] in text and record["customer_name"] in text
    customer = _server(arvalox, f"/customers/{record['customer_id']}")
    # The buyer's block comes from the cached customer (its tax id prints only on a tax
    # invoice: this organisation is not VAT-registered, so the title is plain "Invoice").
    assert customer["billing_address"] in text
    assert "INVOICE" in text and "TAX INVOICE" not in text
    total = format_amount(Decimal(record["total_amount"]), record.get("currency") or "USD")
    assert total in text
    dialog.close()


def test_the_invoice_editor_offers_the_servers_customers(
    qtbot: QtBot, desktop: ArkanDesktopApp, arvalox: SandboxServer
) -> None:
    main = sign_in_with_key(qtbot, desktop, arvalox)
    tab: InvoicesTab = main.tab(InvoicesTab)
    main.tabs.setCurrentWidget(tab)
    editor = tab.open_editor()
    assert isinstance(editor, InvoiceEditor)
    qtbot.waitUntil(lambda: editor.isEnabled() and editor.client_combo.count() > 1, timeout=20_000)
    names = {editor.client_combo.itemText(i) for i in range(1, editor.client_combo.count())}
    customers = _server(arvalox, "/customers", per_page=100)
    listed = customers["customers"] if isinstance(customers, dict) else customers
    assert {c["name"] for c in listed} <= names
    editor.close()
