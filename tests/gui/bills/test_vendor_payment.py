"""Paying a vendor over two of their bills: the bill started from first, then oldest
first, the remainder shown, and both bills paid on the server and in the list."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from arkan_desktop.gui.app import ArkanDesktopApp
from arkan_desktop.gui.bills.bill_dialogs import VendorPaymentDialog
from arkan_desktop.sandbox.server import SandboxServer
from tests.gui.bills.helpers import SLOW, bills_tab, cell, posted_bill, vendor_bills, wait_listed
from tests.gui.conftest import sign_in
from tests.gui.screenshots import screenshot
from tests.sandbox.conftest import Api
from tests.sandbox.test_invoices import new_vendor


def test_a_vendor_is_paid_over_two_bills(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer, admin: Api
) -> None:
    vendor = new_vendor(admin)
    today = datetime.now().astimezone().date()
    older = posted_bill(admin, vendor, "1000.00", date=(today - timedelta(days=40)).isoformat(),
                        dueDate=(today - timedelta(days=10)).isoformat())  # fmt: skip
    newer = posted_bill(admin, vendor, "2000.00")
    main = sign_in(qtbot, desktop, sandbox)
    tab = bills_tab(main)
    wait_listed(qtbot, tab, [older["id"], newer["id"]])
    assert tab.list.select_id(newer["id"])
    tab.pay_action.trigger()
    qtbot.waitUntil(lambda: isinstance(tab.bill_actions.dialog, VendorPaymentDialog), timeout=SLOW)
    dialog = tab.bill_actions.dialog
    assert isinstance(dialog, VendorPaymentDialog)
    assert dialog.windowTitle() == "Pay vendor"
    summary = dialog.findChild(type(dialog.allocated_label), "paymentSummary")
    assert summary is not None
    assert summary.text() == f"{vendor['name']}: 2 open bills, 3,150.00 AED to pay"
    assert [i.number for i in dialog.model.invoices] == [older["number"], newer["number"]]
    assert dialog.model.headers()[0] == "Bill"

    # The bill started from is paid first; the rest oldest first; a remainder is shown.
    dialog.amount_edit.selectAll()
    qtbot.keyClicks(dialog.amount_edit, "3200")
    shares = {i.number: str(dialog.model.shares[i.id]) for i in dialog.model.invoices}
    assert shares == {newer["number"]: "2100.00", older["number"]: "1050.00"}
    assert dialog.allocated_label.text() == (
        "Allocated 3,150.00 AED · Unallocated 50.00 AED (an advance to the vendor)"
    )
    dialog.amount_edit.selectAll()
    qtbot.keyClicks(dialog.amount_edit, "3150")
    assert dialog.allocated_label.text() == "Allocated 3,150.00 AED · Unallocated 0.00 AED"
    dialog.resize(660, 420)
    screenshot(dialog, "vendor-payment.png")
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(
        lambda: {b["state"] for b in vendor_bills(admin, vendor["id"])} == {"paid"}, timeout=SLOW
    )
    payments = admin.ok(admin.get("/accounting/payments", partnerId=vendor["id"]))["data"]
    [payment] = payments
    assert (payment["type"], payment["state"], payment["amount"]) == (
        "outbound",
        "posted",
        "3150.00",
    )
    qtbot.waitUntil(
        lambda: cell(tab, older["id"], "payment") == cell(tab, newer["id"], "payment") == "Paid",
        timeout=SLOW,
    )
