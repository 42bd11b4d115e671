"""Invoices open from the list (Enter, a double-click, the context menu): a draft opens in
its editor and its correction reaches the server; a posted invoice opens read-only and is
cancelled, printed or paid from there; a server without the correction endpoint is told in
one sentence."""

from __future__ import annotations

import io
import uuid
from decimal import Decimal

import pdfplumber
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from arkan_desktop.api.arkan_commands import CANNOT_CHANGE_DRAFTS
from arkan_desktop.gui.app import ArkanDesktopApp
from arkan_desktop.gui.invoices.cancel_dialog import CancelInvoiceDialog
from arkan_desktop.gui.invoices.invoice_document import InvoiceDocument
from arkan_desktop.gui.invoices.invoice_lines import QUANTITY, UNIT_PRICE
from arkan_desktop.gui.invoices.invoices_tab import InvoicesTab
from arkan_desktop.gui.invoices.payment_dialog import PaymentDialog
from arkan_desktop.sandbox.server import SandboxServer
from arkan_desktop.store.models.outbox import REJECTED
from tests.gui.conftest import sign_in
from tests.gui.documents.helpers import SLOW, closed, on_server, open_with_enter, shown
from tests.gui.screenshots import screenshot
from tests.sandbox.conftest import Api
from tests.sandbox.test_invoices import new_client, posted_invoice, service_invoice
from tests.support.broken_server import BrokenServer


def server_invoice(api: Api, invoice_id: str) -> dict:
    return api.ok(api.get(f"/accounting/invoices/{invoice_id}"))


def test_a_draft_opens_from_the_list_and_its_correction_reaches_the_server(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer, admin: Api
) -> None:
    client = new_client(admin)
    draft = service_invoice(admin, client, unit_price="200.00")
    main = sign_in(qtbot, desktop, sandbox)
    tab: InvoicesTab = main.tab(InvoicesTab)
    main.tabs.setCurrentWidget(tab)
    tab.show_customer((client["id"], client["name"]))
    qtbot.waitUntil(lambda: on_server(tab.model, draft["id"]), timeout=SLOW)

    # The context menu: Open first (what Enter does), then the invoice's actions.
    assert tab.list.select_id(draft["id"])
    menu = tab.list.context_menu()
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts[0] == "&Open" and menu.defaultAction() is tab.list.open_action
    assert {"Post", "Cancel with credit note…", "Print…"} <= set(texts)
    menu.close()

    document = open_with_enter(qtbot, tab.list, tab.opener, draft["id"])
    assert isinstance(document, InvoiceDocument) and document.editable
    assert draft["number"] in document.windowTitle() and "Draft" in document.windowTitle()
    assert "saving sends your changes to the server" in document.note_label.text()
    client_chosen = document.client()
    assert client_chosen is not None and client_chosen.id == client["id"]
    lines = document.lines
    assert lines.rowCount() == 1 and lines.index(0, UNIT_PRICE).data() == "200.00"
    lines.setData(lines.index(0, QUANTITY), "3")
    reference = f"PO-{uuid.uuid4().hex[:6]}"
    document.reference_edit.setText(reference)
    qtbot.waitUntil(lambda: document.total_value.text() == "630.00 AED")
    screenshot(document, "invoice-draft-open.png")
    qtbot.keyClick(document, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: closed(document), timeout=SLOW)

    # The server corrected the same document (same number), and the list shows it.
    qtbot.waitUntil(lambda: server_invoice(admin, draft["id"])["total"] == "630.00", timeout=SLOW)
    corrected = server_invoice(admin, draft["id"])
    assert corrected["number"] == draft["number"] and corrected["reference"] == reference
    assert corrected["state"] == "draft"
    qtbot.waitUntil(
        lambda: (
            on_server(tab.model, draft["id"]) and shown(tab.model, draft["id"], "total") == "630.00"
        ),
        timeout=SLOW,
    )

    # A double-click opens it too, with the correction in it.
    assert tab.list.select_id(draft["id"])
    row = tab.model.row_of(draft["id"])
    assert row is not None
    rect = tab.list.view.visualRect(tab.model.index(row, 0))
    before = tab.opener.last
    viewport = tab.list.view.viewport()
    # Qt's test double-click is the second click only: the first one comes before it
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: tab.opener.last not in (None, before), timeout=SLOW)
    again = tab.opener.last
    assert isinstance(again, InvoiceDocument)
    qtbot.waitUntil(again.isEnabled, timeout=SLOW)
    assert again.reference_edit.text() == reference
    again.close()


def test_a_posted_invoice_opens_read_only_and_is_cancelled_from_there(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer, admin: Api
) -> None:
    client = new_client(admin)
    invoice = posted_invoice(admin, client, unit_price="300.00")
    main = sign_in(qtbot, desktop, sandbox)
    tab: InvoicesTab = main.tab(InvoicesTab)
    main.tabs.setCurrentWidget(tab)
    tab.show_customer((client["id"], client["name"]))
    qtbot.waitUntil(lambda: on_server(tab.model, invoice["id"]), timeout=SLOW)

    document = open_with_enter(qtbot, tab.list, tab.opener, invoice["id"])
    assert isinstance(document, InvoiceDocument) and not document.editable
    assert "is posted" in document.note_label.text()
    assert not document.client_combo.isEnabled() and document.reference_edit.isReadOnly()
    save = document.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert save is not None and not save.isVisible()
    assert not document.add_line_button.isVisible()
    qtbot.keyClick(document.lines_view, Qt.Key.Key_Return)  # Enter adds no line here
    assert document.lines.rowCount() == 1
    for button in (document.cancel_button, document.pay_button, document.print_button):
        assert button.isVisible() and button.isEnabled()

    qtbot.mouseClick(document.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(tab.commands.dialog, CancelInvoiceDialog), timeout=SLOW)
    assert closed(document)
    dialog = tab.commands.dialog
    assert isinstance(dialog, CancelInvoiceDialog)
    dialog.reason_edit.setText("Billed to the wrong branch")
    dialog.accept()
    qtbot.waitUntil(
        lambda: server_invoice(admin, invoice["id"])["state"] == "cancelled", timeout=SLOW
    )
    qtbot.waitUntil(
        lambda: (
            shown(tab.model, invoice["id"], "state") == "Cancelled"
            and on_server(tab.model, invoice["id"])
        ),
        timeout=SLOW,
    )

    # Opened again: cancelled; what no longer applies is disabled, the reason in its tip.
    cancelled = open_with_enter(qtbot, tab.list, tab.opener, invoice["id"])
    assert isinstance(cancelled, InvoiceDocument)
    assert not cancelled.cancel_button.isEnabled()
    assert "already cancelled" in cancelled.cancel_button.toolTip()
    assert not cancelled.pay_button.isEnabled()
    assert "posted, unpaid invoices" in cancelled.pay_button.toolTip()
    cancelled.close()


def test_a_posted_invoice_is_printed_and_paid_from_its_window(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer, admin: Api
) -> None:
    client = new_client(admin)
    invoice = posted_invoice(admin, client, unit_price="400.00")
    main = sign_in(qtbot, desktop, sandbox)
    tab: InvoicesTab = main.tab(InvoicesTab)
    main.tabs.setCurrentWidget(tab)
    tab.show_customer((client["id"], client["name"]))
    qtbot.waitUntil(lambda: on_server(tab.model, invoice["id"]), timeout=SLOW)

    # Print…: the tax invoice's preview, with its number and amount.
    document = open_with_enter(qtbot, tab.list, tab.opener, invoice["id"])
    assert isinstance(document, InvoiceDocument) and not document.editable
    qtbot.mouseClick(document.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.printing.preview is not None, timeout=SLOW)
    preview = tab.printing.preview
    assert preview is not None
    with pdfplumber.open(io.BytesIO(preview.data)) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    assert invoice["number"] in text and "420.00" in text
    preview.close()
    document.close()

    # Record payment…: the payment dialog for what is open on it; paid in full.
    document = open_with_enter(qtbot, tab.list, tab.opener, invoice["id"])
    assert isinstance(document, InvoiceDocument)
    qtbot.mouseClick(document.pay_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(tab.payment_dialog, PaymentDialog), timeout=SLOW)
    assert closed(document)
    pay = tab.payment_dialog
    assert pay is not None
    qtbot.waitUntil(pay.isVisible)
    assert pay.amount() == Decimal("420.00")
    pay.accept()
    qtbot.waitUntil(lambda: server_invoice(admin, invoice["id"])["state"] == "paid", timeout=SLOW)
    qtbot.waitUntil(lambda: shown(tab.model, invoice["id"], "state") == "Paid", timeout=SLOW)


def test_a_server_that_cannot_change_drafts_says_so_in_one_sentence(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer, admin: Api
) -> None:
    client = new_client(admin)
    draft = service_invoice(admin, client, unit_price="50.00")
    with BrokenServer(sandbox.url, mode="patch-405", where=r"^/accounting/invoices/") as server:
        main = sign_in(qtbot, desktop, server)  # type: ignore[arg-type]
        tab: InvoicesTab = main.tab(InvoicesTab)
        main.tabs.setCurrentWidget(tab)
        tab.show_customer((client["id"], client["name"]))
        qtbot.waitUntil(lambda: on_server(tab.model, draft["id"]), timeout=SLOW)
        document = open_with_enter(qtbot, tab.list, tab.opener, draft["id"])
        assert document.editable  # not known yet: the correction is tried
        document.reference_edit.setText("never applied")
        document.save()
        qtbot.waitUntil(lambda: closed(document), timeout=SLOW)
        cache = tab.company.workspace.cache

        def refused() -> list:
            return [r for r in cache.outbox_rows(REJECTED) if r.record_id == draft["id"]]

        qtbot.waitUntil(lambda: bool(refused()), timeout=SLOW)
        assert refused()[0].rejection_message == CANNOT_CHANGE_DRAFTS
        assert server.faulted == 1

        again = open_with_enter(qtbot, tab.list, tab.opener, draft["id"])
        assert not again.editable
        assert again.note_label.text() == CANNOT_CHANGE_DRAFTS
        again.close()
    on_the_server = server_invoice(admin, draft["id"])
    assert on_the_server["reference"] != "never applied"
    assert Decimal(on_the_server["total"]) == Decimal("52.50")
