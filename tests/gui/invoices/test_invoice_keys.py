"""The new invoice actions from the keyboard: Ctrl+Shift+X cancels with a credit note,
Ctrl+Shift+G opens aged receivables (Enter there lists a customer's open invoices), and the
payment dialog is filled with Tab and confirmed with Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from arkan_desktop.gui.app import ArkanDesktopApp
from arkan_desktop.gui.invoices.cancel_dialog import CancelInvoiceDialog
from arkan_desktop.gui.invoices.invoices_tab import InvoicesTab
from arkan_desktop.gui.invoices.payment_dialog import PaymentDialog
from arkan_desktop.sandbox.server import SandboxServer
from tests.gui.conftest import sign_in
from tests.gui.invoices_helpers import confirmed
from tests.sandbox.conftest import Api
from tests.sandbox.test_invoices import new_client, posted_invoice

SLOW = 20_000
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_invoice_actions_from_the_keyboard(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer, admin: Api
) -> None:
    client = new_client(admin)
    invoice = posted_invoice(admin, client, unit_price="80", dueDate="2026-01-31",
                             date="2026-01-01")  # fmt: skip
    main = sign_in(qtbot, desktop, sandbox)
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    tab: InvoicesTab = main.tab(InvoicesTab)
    qtbot.waitUntil(lambda: confirmed(tab, invoice["id"]), timeout=SLOW)
    assert tab.list.select_id(invoice["id"])
    tab.list.view.setFocus()

    qtbot.keyClick(tab.list.view, Qt.Key.Key_X, CTRL_SHIFT)
    qtbot.waitUntil(lambda: isinstance(tab.commands.dialog, CancelInvoiceDialog), timeout=SLOW)
    dialog = tab.commands.dialog
    assert isinstance(dialog, CancelInvoiceDialog)
    qtbot.waitUntil(dialog.isVisible)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.reason_edit)
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Escape)  # changed my mind
    qtbot.waitUntil(lambda: not dialog.isVisible())

    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    tab.list.view.setFocus()
    qtbot.keyClick(tab.list.view, Qt.Key.Key_G, CTRL_SHIFT)
    view = tab.aged_view
    assert view is not None
    qtbot.waitUntil(lambda: view.report is not None and view.select_partner(client["id"]),
                    timeout=SLOW)  # fmt: skip
    view.activateWindow()
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.model.ids() == [invoice["id"]], timeout=SLOW)
    view.close()

    main.activateWindow()
    assert tab.list.select_id(invoice["id"])
    tab.pay_action.trigger()
    qtbot.waitUntil(lambda: isinstance(tab.payment_dialog, PaymentDialog), timeout=SLOW)
    pay = tab.payment_dialog
    assert pay is not None
    qtbot.waitUntil(pay.isVisible)
    pay.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is pay)
    pay.amount_edit.setFocus()
    order: list[QWidget | None] = [pay.amount_edit]
    for _ in range(8):  # Tab also steps through the date's year, month and day
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if QApplication.focusWidget() is not order[-1]:
            order.append(QApplication.focusWidget())
    wanted: list[QWidget | None] = [
        pay.amount_edit,
        pay.date_edit,
        pay.method_combo,
        pay.reference_edit,
        pay.table,
    ]
    assert order[: len(wanted)] == wanted
    pay.amount_edit.setFocus()
    qtbot.keyClick(pay.amount_edit, Qt.Key.Key_Return)  # Enter records and posts
    qtbot.waitUntil(lambda: not pay.isVisible(), timeout=SLOW)
    qtbot.waitUntil(
        lambda: admin.ok(admin.get(f"/accounting/invoices/{invoice['id']}"))["state"] == "paid",
        timeout=SLOW,
    )
