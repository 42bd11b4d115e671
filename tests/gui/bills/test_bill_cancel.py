"""Cancelling a posted bill: a draft is not cancelled (said why), the reason is asked for,
and the server's vendor credit note reverses the bill and shows in the list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from arkan_desktop.gui.app import ArkanDesktopApp
from arkan_desktop.gui.bills.bill_dialogs import BillCancelDialog
from arkan_desktop.sandbox.server import SandboxServer
from tests.gui.bills.helpers import SLOW, bills_tab, cell, posted_bill, vendor_bills, wait_listed
from tests.gui.conftest import sign_in
from tests.sandbox.conftest import Api
from tests.sandbox.test_invoices import new_vendor


def test_a_posted_bill_is_cancelled_with_a_vendor_credit(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer, admin: Api
) -> None:
    vendor = new_vendor(admin)
    bill = posted_bill(admin, vendor, "800.00", vendorReference="VR-77")
    draft = admin.ok(
        admin.post(
            "/accounting/invoices",
            {
                "type": "in_invoice",
                "partnerId": vendor["id"],
                "lines": [{"description": "Cleaning", "quantity": "1", "unitPrice": "90"}],
            },
        )
    )
    main = sign_in(qtbot, desktop, sandbox)
    tab = bills_tab(main)
    wait_listed(qtbot, tab, [bill["id"], draft["id"]])

    # A draft is not cancelled: the tab says why, and nothing is queued.
    assert tab.list.select_id(draft["id"])
    with qtbot.waitSignal(tab.sig_message, timeout=SLOW) as said:
        tab.cancel_button.click()
    assert said.args == [f"{draft['number']} is a draft; only posted bills are cancelled"]
    assert tab.bill_actions.dialog is None

    # The posted bill: the reason is asked for before anything is sent.
    assert tab.list.select_id(bill["id"])
    tab.cancel_button.click()
    qtbot.waitUntil(lambda: isinstance(tab.bill_actions.dialog, BillCancelDialog), timeout=SLOW)
    dialog = tab.bill_actions.dialog
    assert isinstance(dialog, BillCancelDialog)
    assert dialog.windowTitle() == "Cancel bill"
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == (
        "Say why the bill is cancelled; the reason is kept on the credit note"
    )
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.reason_edit, "Billed twice")
    assert dialog.error_label.isHidden()  # fixed: the complaint goes at once
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)

    def server_bill() -> dict:
        return next(b for b in vendor_bills(admin, vendor["id"]) if b["id"] == bill["id"])

    qtbot.waitUntil(lambda: server_bill()["state"] == "cancelled", timeout=SLOW)
    cancelled = server_bill()
    assert cancelled["cancelReason"] == "Billed twice"
    note = admin.ok(admin.get(f"/accounting/invoices/{cancelled['creditNoteId']}"))
    assert (note["type"], note["total"], note["state"]) == ("in_refund", "840.00", "posted")
    wait_listed(qtbot, tab, [bill["id"], note["id"]])
    qtbot.waitUntil(lambda: cell(tab, bill["id"], "state") == "Cancelled", timeout=SLOW)
    assert cell(tab, bill["id"], "vendor_reference") == "VR-77"
