"""A bill made from a received purchase order: the three-way match line by line, a
difference flagged, billing more than was received refused with the reason, and what
other bills billed counted."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from arkan_desktop.gui.app import ArkanDesktopApp
from arkan_desktop.gui.bills.bill_editor import BillEditor
from arkan_desktop.gui.bills.bill_lines import BILLED, MATCH, ORDERED, RECEIVED
from arkan_desktop.gui.bills.bills_tab import BillsTab
from arkan_desktop.gui.bills.order_picker import OrderPicker
from arkan_desktop.gui.invoices.invoice_lines import QUANTITY, UNIT_PRICE
from arkan_desktop.sandbox.server import SandboxServer
from tests.gui.bills.helpers import SLOW, bills_tab, cell, vendor_bills, wait_listed
from tests.gui.conftest import run, sign_in
from tests.gui.screenshots import screenshot
from tests.sandbox.conftest import Api
from tests.sandbox.test_bills_from_orders import received_order
from tests.sandbox.test_purchasing import receive


def _picked(qtbot: QtBot, tab: BillsTab, order_id: str) -> BillEditor:
    picker = run(qtbot, tab.choose_order())
    assert isinstance(picker, OrderPicker) and picker.choose(order_id)
    picker.accept()
    editor = tab.editors[-1]
    qtbot.waitUntil(lambda: editor.isEnabled() and editor.order is not None, timeout=SLOW)
    return editor


def billed(api: Api, order_id: str, vendor_id: str) -> list[dict[str, Any]]:
    """The bills of a purchase order on the server."""
    return [b for b in vendor_bills(api, vendor_id) if b.get("purchaseOrderId") == order_id]


def _row(editor: BillEditor, row: int) -> list[str]:
    lines = editor.lines
    return [str(lines.index(row, c).data()) for c in (ORDERED, RECEIVED, BILLED, QUANTITY, MATCH)]


def test_a_bill_from_a_received_order_is_matched_line_by_line(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer, admin: Api
) -> None:
    order = received_order(admin, admin, admin)  # 10 ordered, 8 received; 4 and 4
    number = order["number"]
    main = sign_in(qtbot, desktop, sandbox)
    tab = bills_tab(main)
    editor = _picked(qtbot, tab, order["id"])
    assert editor.client() is not None and editor.client().id == order["vendorId"]
    assert not editor.client_combo.isEnabled()  # the order's vendor
    assert number in editor.order_label.text()
    assert _row(editor, 0) == ["10", "8", "0", "8", "2 not received yet"]
    assert _row(editor, 1) == ["4", "4", "0", "4", "Matches"]

    # Billing more than was received is refused, in the cell and on saving.
    lines = editor.lines
    lines.setData(lines.index(0, QUANTITY), "9")
    reason = (
        f"Only 8 received on {number} and not billed yet: a bill cannot bill more than was received"
    )
    assert lines.index(0, QUANTITY).data(Qt.ItemDataRole.ToolTipRole) == reason
    assert _row(editor, 0)[4] == "More than received: at most 8 · 2 not received yet"
    editor.save()
    assert editor.lines_error.text() == f"Line 1, quantity: {reason}"
    assert not editor.lines_error.isHidden()
    assert not billed(admin, order["id"], order["vendorId"])  # nothing was queued

    # Fewer than received, at another price: flagged, and it may be billed.
    lines.setData(lines.index(0, QUANTITY), "6")
    assert editor.lines_error.isHidden()  # fixed: the complaint goes at once
    lines.setData(lines.index(0, UNIT_PRICE), "13")
    assert _row(editor, 0)[4] == (
        "2 not received yet · Received goods left to bill later · "
        "Price differs from the order (12.50)"
    )
    editor.resize(1320, 500)
    screenshot(editor, "bill-three-way-match.png")
    editor.save()

    qtbot.waitUntil(lambda: len(billed(admin, order["id"], order["vendorId"])) == 1, timeout=SLOW)
    [bill] = billed(admin, order["id"], order["vendorId"])
    assert [(x["quantity"], x["unitPrice"]) for x in bill["lines"]] == [
        ("6", "13.00"),
        ("4", "3.00"),
    ]
    assert bill["purchaseOrderNumber"] == number
    wait_listed(qtbot, tab, [str(bill["id"])])
    assert cell(tab, str(bill["id"]), "order") == number

    # The other 2 of the first line arrive: a second bill starts with what is left.
    first = order["lines"][0]
    admin.ok(receive(admin, order["id"], [{"lineId": first["id"], "quantity": "2"}]))

    def cached_state() -> object:
        cached = run(qtbot, tab.company.purchasing.order(order["id"]))
        return (cached or {}).get("state")

    qtbot.waitUntil(lambda: cached_state() == "received", timeout=SLOW)
    second = _picked(qtbot, tab, order["id"])
    assert second.lines.rowCount() == 1  # the second line is billed in full
    assert _row(second, 0) == ["10", "10", "6", "4", "Matches"]
    assert Decimal(bill["total"]) > 0
