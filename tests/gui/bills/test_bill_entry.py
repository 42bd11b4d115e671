"""Entering a vendor bill by hand and posting it (after the question), as a clerk does."""

from __future__ import annotations

import uuid
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from arkan_desktop.gui.app import ArkanDesktopApp
from arkan_desktop.gui.bills.bill_editor import BillEditor
from arkan_desktop.gui.bills.bill_lines import ACCOUNT
from arkan_desktop.gui.invoices.invoice_lines import DESCRIPTION, TAX, UNIT_PRICE
from arkan_desktop.sandbox.server import SandboxServer
from tests.gui.bills.helpers import SLOW, bills_tab, cell, vendor_bills, wait_listed
from tests.gui.conftest import sign_in
from tests.gui.screenshots import screenshot
from tests.sandbox.conftest import Api
from tests.sandbox.test_invoices import new_vendor


def test_a_bill_is_entered_with_its_vendor_reference_and_posted(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer, admin: Api
) -> None:
    vendor = new_vendor(admin, terms=45)
    main = sign_in(qtbot, desktop, sandbox)
    tab = bills_tab(main)
    main.new_action.trigger()  # Ctrl+N
    editor: BillEditor = tab.editors[-1]
    qtbot.waitUntil(editor.isEnabled, timeout=SLOW)
    assert editor.windowTitle() == "New bill"
    assert editor.choose_client(vendor["id"])
    bill_day = editor.date_edit.date()
    assert editor.due_edit.date() == bill_day.addDays(45)  # the vendor's terms
    reference = f"INV-{uuid.uuid4().hex[:6].upper()}"
    editor.reference_edit.setText(reference)
    rent = next(a for a in editor.bill_lines.accounts if a.code == "6100")
    lines = editor.lines
    assert lines.index(0, ACCOUNT).data() == "(purchases)"  # the server's default account
    lines.setData(lines.index(0, DESCRIPTION), "Warehouse rent, March")
    lines.setData(lines.index(0, ACCOUNT), "61")  # not an account: said at once
    assert lines.index(0, ACCOUNT).data(Qt.ItemDataRole.ToolTipRole) == (
        "Choose an account from the list"
    )
    lines.setData(lines.index(0, ACCOUNT), rent.id)
    assert lines.index(0, ACCOUNT).data() == "6100 — Rent"
    lines.setData(lines.index(0, UNIT_PRICE), "12000")
    lines.setData(lines.index(0, TAX), "5")
    assert editor.total_value.text() == "12,600.00 AED"
    editor.resize(1100, 560)
    screenshot(editor, "bill-editor.png")
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # save

    qtbot.waitUntil(lambda: len(vendor_bills(admin, vendor["id"])) == 1, timeout=SLOW)
    [server] = vendor_bills(admin, vendor["id"])
    assert (server["state"], server["vendorReference"], server["total"]) == (
        "draft", reference, "12600.00")  # fmt: skip
    assert server["lines"][0]["accountCode"] == "6100"
    assert server["reference"] != reference  # the idempotency reference is its own field
    wait_listed(qtbot, tab, [server["id"]])
    assert cell(tab, server["id"], "vendor_reference") == reference
    assert cell(tab, server["id"], "state") == "Draft"
    tab.show_vendor((vendor["id"], vendor["name"]))  # the totals: a draft is due nothing yet
    qtbot.waitUntil(
        lambda: tab.totals_label.text() == "Bills: 1 · Total 12,600.00 AED · Due 0.00 AED",
        timeout=SLOW,
    )

    # Post: the tab asks first; Enter confirms.
    assert tab.list.select_id(server["id"])
    main.post_action.trigger()
    qtbot.waitUntil(lambda: isinstance(tab.bill_actions.dialog, QMessageBox), timeout=SLOW)
    box = tab.bill_actions.dialog
    assert isinstance(box, QMessageBox) and server["number"] in box.text()
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: vendor_bills(admin, vendor["id"])[0]["state"] == "posted", timeout=SLOW)
    qtbot.waitUntil(lambda: cell(tab, server["id"], "state") == "Posted", timeout=SLOW)
    qtbot.waitUntil(lambda: tab.totals_label.text().endswith("Due 12,600.00 AED"), timeout=SLOW)

    # Enter opens the bill, read-only, with its vendor reference and account.
    tab.open_bill(server["id"])
    qtbot.waitUntil(lambda: len(tab.editors) == 1 and tab.editors[0].isEnabled(), timeout=SLOW)
    shown = tab.editors[0]
    assert shown.bill is not None and shown.reference_edit.text() == reference
    assert shown.reference_edit.isReadOnly()
    assert shown.lines.index(0, ACCOUNT).data() == "6100 — Rent"
    assert Decimal(server["total"]) == Decimal("12600.00")
    shown.close()
