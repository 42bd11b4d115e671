"""Cancelling a posted invoice with a credit note, end to end against the sandbox: the
confirmation asks for a reason, the cancellation is queued and sent, the credit note the
server issues appears in the list linked to its invoice, and prints as a credit note."""

from __future__ import annotations

import io

import pdfplumber
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from arkan_desktop.gui.app import ArkanDesktopApp
from arkan_desktop.gui.invoices.cancel_dialog import CancelInvoiceDialog
from arkan_desktop.gui.invoices.invoices_tab import InvoicesTab
from arkan_desktop.sandbox.server import SandboxServer
from arkan_desktop.sync.commands.invoices import cancel_invoice
from tests.gui.conftest import sign_in
from tests.gui.invoices_helpers import confirmed, row_text
from tests.gui.screenshots import screenshot
from tests.sandbox.conftest import Api
from tests.sandbox.test_invoices import new_client, posted_invoice

SLOW = 20_000


def test_the_write_names_the_invoice_and_shows_it_cancelled_at_once() -> None:
    invoice = {"id": "abc", "number": "INV-1", "currency": "AED", "state": "posted",
               "amountDue": "105.00", "total": "105.00"}  # fmt: skip
    write = cancel_invoice(invoice, "Ordered twice")
    assert (write.entry.action, write.entry.command.record_id) == ("cancel", "abc")
    assert write.entry.body == {"reason": "Ordered twice"}
    shown = write.effect["invoices"][0]
    assert shown["state"] == "cancelled" and shown["amountDue"] == "0.00"
    assert invoice["state"] == "posted"  # the caller's record is left alone


def test_cancel_with_a_credit_note_end_to_end(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer, admin: Api
) -> None:
    client = new_client(admin)
    invoice = posted_invoice(admin, client, unit_price="400")
    main = sign_in(qtbot, desktop, sandbox)
    tab: InvoicesTab = main.tab(InvoicesTab)
    main.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: confirmed(tab, invoice["id"]), timeout=SLOW)
    assert tab.cancel_action.shortcut() == QKeySequence("Ctrl+Shift+X")
    assert tab.cancel_action in tab.list.view.actions()  # the list's context menu

    # A draft cannot be cancelled: said before anything is queued.
    draft = admin.ok(admin.post("/accounting/invoices", {
        "partnerId": client["id"], "lines": [{"description": "x", "unitPrice": "5"}]}))  # fmt: skip
    qtbot.waitUntil(lambda: confirmed(tab, draft["id"]), timeout=SLOW)
    messages: list[str] = []
    tab.sig_message.connect(messages.append)
    assert tab.list.select_id(draft["id"])
    tab.cancel_action.trigger()
    qtbot.waitUntil(lambda: any("draft" in m for m in messages), timeout=SLOW)
    assert tab.commands.dialog is None

    assert tab.list.select_id(invoice["id"])
    tab.cancel_action.trigger()
    qtbot.waitUntil(lambda: isinstance(tab.commands.dialog, CancelInvoiceDialog), timeout=SLOW)
    dialog = tab.commands.dialog
    assert isinstance(dialog, CancelInvoiceDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert invoice["number"] in dialog.findChild(type(dialog.error_label), "cancelQuestion").text()
    dialog.accept()  # no reason yet
    assert dialog.isVisible() and "reason" in dialog.error_label.text()
    dialog.reason_edit.setText("x" * 501)
    dialog.accept()
    assert dialog.isVisible() and "too long" in dialog.error_label.text()
    dialog.reason_edit.clear()
    qtbot.keyClicks(dialog.reason_edit, "Ordered  twice ")
    assert not dialog.error_label.isVisible()  # typing clears the old complaint
    dialog.reason_edit.setText("Ordered  twice ")
    screenshot(dialog, "invoice-credit-note.png")
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)  # Enter confirms
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=SLOW)

    qtbot.waitUntil(
        lambda: (
            row_text(tab, invoice["id"], "state") == "Cancelled" and confirmed(tab, invoice["id"])
        ),
        timeout=SLOW,
    )
    on_server = admin.ok(admin.get(f"/accounting/invoices/{invoice['id']}"))
    assert on_server["state"] == "cancelled" and on_server["cancelReason"] == "Ordered twice"
    note_id = on_server["creditNoteId"]
    note = admin.ok(admin.get(f"/accounting/invoices/{note_id}"))
    qtbot.waitUntil(lambda: note_id in tab.model.ids(), timeout=SLOW)  # pulled by itself
    assert row_text(tab, note_id, "type") == "Credit note"
    assert row_text(tab, note_id, "state") == "Posted"
    assert row_text(tab, note_id, "linked") == invoice["number"]
    qtbot.waitUntil(lambda: row_text(tab, invoice["id"], "linked") == note["number"])
    tab.show_customer((client["id"], client["name"]))
    qtbot.waitUntil(lambda: tab.totals_label.text().startswith("Invoices: 3 "), timeout=SLOW)
    # the credit note takes the cancelled invoice's amount off the total
    assert "Total 5.25 AED" in tab.totals_label.text()
    main.resize(1280, 420)
    screenshot(main, "invoice-credit-note-list.png")

    # Cancelling the credit note itself is refused locally.
    assert tab.list.select_id(note_id)
    tab.cancel_selected()
    qtbot.waitUntil(lambda: any("credit note" in m for m in messages), timeout=SLOW)

    tab.print_selected()
    qtbot.waitUntil(lambda: tab.printing.preview is not None, timeout=SLOW)
    preview = tab.printing.preview
    assert preview is not None
    with pdfplumber.open(io.BytesIO(preview.data)) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    assert note["number"] in text and "credit note" in text.lower()
    assert "Ordered twice" in text
    preview.close()
