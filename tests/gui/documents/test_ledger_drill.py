"""Drilling down in the Ledger: an account to its general ledger (running balance, a date
range) to the source document, and back as it was; a journal entry with its lines; a
manual draft entry corrected on the server; report lines to their accounts."""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, Qt
from pytestqt.qtbot import QtBot

from arkan_desktop.domain.money import to_decimal
from arkan_desktop.gui.app import ArkanDesktopApp
from arkan_desktop.gui.invoices.invoice_document import InvoiceDocument
from arkan_desktop.gui.ledger.account_tree_model import ACCOUNT_ID_ROLE, AccountTreeModel
from arkan_desktop.gui.ledger.entry_document import JournalEntryDocument
from arkan_desktop.gui.ledger.entry_lines import CREDIT as ENTRY_CREDIT
from arkan_desktop.gui.ledger.entry_lines import DEBIT as ENTRY_DEBIT
from arkan_desktop.gui.ledger.general_ledger_view import BALANCE, CREDIT, DEBIT, GeneralLedgerView
from arkan_desktop.gui.ledger.ledger_tab import LedgerTab
from arkan_desktop.gui.main_window import MainWindow
from arkan_desktop.sandbox.server import SandboxServer
from tests.gui.conftest import sign_in
from tests.gui.documents.helpers import SLOW, closed, on_server, open_with_enter
from tests.gui.screenshots import screenshot
from tests.sandbox.conftest import Api
from tests.sandbox.test_invoices import new_client, posted_invoice


def account_index(
    model: AccountTreeModel, account_id: str, parent: QModelIndex | None = None
) -> QModelIndex:
    parent = parent or QModelIndex()
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        if index.data(ACCOUNT_ID_ROLE) == account_id:
            return index
        found = account_index(model, account_id, index)
        if found.isValid():
            return found
    return QModelIndex()


def figure(text: str) -> Decimal:
    return to_decimal(text.replace(",", "") or "0")


def cells(view: GeneralLedgerView, row: int, column: int) -> Decimal:
    item = view.table.item(row, column)
    return figure(item.text() if item is not None else "")


def accounts_by_code(api: Api) -> dict[str, dict[str, Any]]:
    return {a["code"]: a for a in api.all("/accounting/accounts")}


def ledger_tab(qtbot: QtBot, main: MainWindow) -> LedgerTab:
    tab: LedgerTab = main.tab(LedgerTab)
    main.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.accounts.rowCount() > 0, timeout=SLOW)
    return tab


def test_from_an_account_to_its_source_document_and_back(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer, admin: Api
) -> None:
    invoice = posted_invoice(admin, new_client(admin), unit_price="1234.00")
    main = sign_in(qtbot, desktop, sandbox)
    tab = ledger_tab(qtbot, main)
    receivables = accounts_by_code(admin)["1200"]
    index = account_index(tab.accounts, receivables["id"])
    assert index.isValid()
    tab.tree.setCurrentIndex(index)
    tab.tree.setFocus()
    qtbot.keyClick(tab.tree, Qt.Key.Key_Return)  # Enter on an account: its ledger
    view = tab.general_ledger
    qtbot.waitUntil(lambda: view.loads >= 1, timeout=SLOW)
    assert tab.views.currentWidget() is view
    assert "1200" in view.title_label.text()
    assert view.from_edit.date() == QDate(QDate.currentDate().year(), 1, 1)
    ledger = view.ledger
    assert ledger is not None and ledger.lines

    # The running balance: each line's balance is the one before plus its debit less credit.
    rows = view.table.rowCount()
    for row in range(1, rows - 1):
        before = cells(view, row - 1, BALANCE)
        assert cells(view, row, BALANCE) == before + cells(view, row, DEBIT) - cells(
            view, row, CREDIT
        )
    # Carried forward: what the server says the account holds.
    balance = next(a for a in admin.all("/accounting/accounts") if a["id"] == receivables["id"])
    assert cells(view, rows - 1, BALANCE) == Decimal(balance["balance"])

    # The invoice's line, opened: the invoice, read-only (it is posted).
    row = next(
        r for r in range(rows) if (line := view.line_at(r)) and line.source_id == invoice["id"]
    )
    assert cells(view, row, DEBIT) == Decimal("1295.70")  # 1,234.00 and 5 % VAT
    view.table.selectRow(row)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(tab.opener.last, InvoiceDocument), timeout=SLOW)
    document = tab.opener.last
    assert isinstance(document, InvoiceDocument)
    assert document.record_id == invoice["id"] and not document.editable
    qtbot.waitUntil(document.isEnabled, timeout=SLOW)
    main.resize(1280, 720)
    screenshot(main, "ledger-drill-down.png")
    qtbot.keyClick(document, Qt.Key.Key_Escape)  # back from the document: the ledger as left
    qtbot.waitUntil(lambda: closed(document), timeout=SLOW)
    assert tab.views.currentWidget() is view and view.table.currentRow() == row

    # A date range: today only; what came before is brought forward.
    today = QDate.currentDate()
    view.from_edit.setDate(today)
    loads = view.loads
    qtbot.mouseClick(view.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.loads > loads, timeout=SLOW)
    assert view.ledger is not None
    assert all(line.date == today.toString(Qt.DateFormat.ISODate) for line in view.ledger.lines)
    assert cells(view, view.table.rowCount() - 1, BALANCE) == Decimal(balance["balance"])

    # Back (Alt+Left): the accounts, with the account still chosen.
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    qtbot.keyClick(view.table, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert tab.views.currentIndex() == 0
    assert tab.tree.currentIndex().data(ACCOUNT_ID_ROLE) == receivables["id"]
    assert not view.back_button.isEnabled()  # nowhere further back


def test_a_journal_entry_opens_with_its_lines_and_they_open_their_accounts(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer, admin: Api
) -> None:
    codes = accounts_by_code(admin)
    reference = f"JE-{uuid.uuid4().hex[:8]}"
    entry = admin.ok(admin.post("/accounting/journal-entries", {
        "memo": "Quarterly rent split", "reference": reference, "post": True,
        "lines": [
            {"accountCode": "6100" if "6100" in codes else "5100", "debit": "900.00",
             "description": "Rent, store"},
            {"accountCode": "5100", "debit": "100.00", "description": "Rent, storage"},
            {"accountCode": "1010", "credit": "1000.00", "description": "Bank transfer"},
        ]}))  # fmt: skip
    main = sign_in(qtbot, desktop, sandbox)
    tab = ledger_tab(qtbot, main)
    tab.journal_list.filter_box.setText(reference)
    qtbot.waitUntil(lambda: on_server(tab.journal, entry["id"]), timeout=SLOW)
    document = open_with_enter(qtbot, tab.journal_list, tab.opener, entry["id"])
    assert isinstance(document, JournalEntryDocument) and not document.editable
    assert entry["number"] in document.windowTitle()
    assert document.line_count() == 3
    assert document.debit_value.text() == "1,000.00 AED" == document.credit_value.text()
    assert "Manual" in document.source_label.text() and not document.source_button.isVisible()
    screenshot(document, "journal-entry-lines.png")

    # Enter on the bank line: the bank's ledger, this entry in it.
    document.lines_view.setCurrentIndex(document.lines.index(2, 0))
    qtbot.keyClick(document.lines_view, Qt.Key.Key_Return)
    view = tab.general_ledger
    qtbot.waitUntil(lambda: tab.views.currentWidget() is view and view.loads >= 1, timeout=SLOW)
    assert view.account_id == codes["1010"]["id"]
    assert view.ledger is not None and any(x.entry_id == entry["id"] for x in view.ledger.lines)
    document.close()
    tab.go_back()
    assert tab.views.currentIndex() == 0

    # An entry an invoice made: read-only, and its source opens the invoice.
    invoice = posted_invoice(admin, new_client(admin))
    made = next(
        e
        for e in admin.all("/accounting/journal-entries", sourceType="invoice")
        if e.get("sourceId") == invoice["id"]
    )
    tab.journal_list.filter_box.setText(made["number"])
    qtbot.waitUntil(lambda: on_server(tab.journal, made["id"]), timeout=SLOW)
    source = open_with_enter(qtbot, tab.journal_list, tab.opener, made["id"])
    assert isinstance(source, JournalEntryDocument) and source.source_button.isVisible()
    qtbot.mouseClick(source.source_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(tab.opener.last, InvoiceDocument), timeout=SLOW)
    opened = tab.opener.last
    assert isinstance(opened, InvoiceDocument) and opened.record_id == invoice["id"]
    tab.opener.close_all()


def test_a_manual_draft_entry_is_corrected_on_the_server(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer, admin: Api
) -> None:
    reference = f"JE-{uuid.uuid4().hex[:8]}"
    entry = admin.ok(admin.post("/accounting/journal-entries", {
        "memo": "Accrual", "reference": reference,
        "lines": [{"accountCode": "5100", "debit": "40.00"},
                  {"accountCode": "1010", "credit": "40.00"}]}))  # fmt: skip
    main = sign_in(qtbot, desktop, sandbox)
    tab = ledger_tab(qtbot, main)
    tab.journal_list.filter_box.setText(reference)
    qtbot.waitUntil(lambda: on_server(tab.journal, entry["id"]), timeout=SLOW)
    document = open_with_enter(qtbot, tab.journal_list, tab.opener, entry["id"])
    assert isinstance(document, JournalEntryDocument) and document.editable
    lines = document.lines
    lines.setData(lines.index(0, ENTRY_DEBIT), "45.50")
    lines.setData(lines.index(1, ENTRY_CREDIT), "45.50")
    document.memo_edit.setText("Accrual, corrected")
    qtbot.waitUntil(document.can_save)
    document.save()
    qtbot.waitUntil(lambda: closed(document), timeout=SLOW)

    def on_the_server() -> dict[str, Any]:
        return admin.ok(admin.get(f"/accounting/journal-entries/{entry['id']}"))

    qtbot.waitUntil(lambda: on_the_server()["totalDebit"] == "45.50", timeout=SLOW)
    assert on_the_server()["memo"] == "Accrual, corrected"
    assert on_the_server()["number"] == entry["number"] and on_the_server()["state"] == "draft"


def test_report_lines_drill_to_their_accounts(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer, admin: Api
) -> None:
    main = sign_in(qtbot, desktop, sandbox)
    tab = ledger_tab(qtbot, main)
    tab.show_reports()
    reports = tab.reports
    qtbot.waitUntil(lambda: reports.loads >= 1, timeout=SLOW)
    codes = accounts_by_code(admin)
    view = tab.general_ledger
    for table, code, start in (
        (reports.trial_table, "1010", ""),
        (reports.pl_table, "4000", reports._iso(reports.from_edit)),
        (reports.bs_table, "1200", ""),
    ):
        tab.show_reports()
        reports.tabs.setCurrentWidget(table.parentWidget())
        row = reports.row_of(table, code)
        assert row >= 0, code
        table.setCurrentCell(row, 1)
        loads = view.loads
        table.setFocus()
        qtbot.keyClick(table, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda before=loads: view.loads > before, timeout=SLOW)
        assert view.account_id == codes[code]["id"]
        assert view.place().start == start
        assert view.place().end == reports._iso(
            reports.to_edit if table is reports.pl_table else reports.as_of_edit
        )
        tab.go_back()
        assert tab.views.currentWidget() is reports
        assert table.currentRow() == row  # the report as it was left
