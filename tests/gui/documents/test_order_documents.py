"""Purchase orders open from the Purchasing tab: a draft corrected on the server, a
confirmed order received from its read-only window; and the supplier side reached from
the ledger: the goods receipt's stock valuation line opens its order, a bill's line the
bill."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from arkan_desktop.gui.app import ArkanDesktopApp
from arkan_desktop.gui.invoices.invoice_document import InvoiceDocument
from arkan_desktop.gui.purchasing.order_document import PurchaseOrderDocument
from arkan_desktop.gui.purchasing.purchasing_tab import PurchasingTab
from arkan_desktop.gui.purchasing.receive_dialog import ReceiveDialog
from arkan_desktop.sandbox.server import SandboxServer
from tests.gui.conftest import sign_in
from tests.gui.documents.helpers import SLOW, closed, on_server, open_with_enter
from tests.gui.documents.test_ledger_drill import accounts_by_code, ledger_tab
from tests.sandbox.conftest import Api
from tests.sandbox.test_invoices import new_vendor, stocked_product


def draft_order(api: Api, product: dict[str, Any], quantity: str = "4") -> dict[str, Any]:
    vendor = new_vendor(api)
    warehouse = api.all("/inventory/warehouses")[0]
    return api.ok(api.post("/inventory/purchase-orders", {
        "vendorId": vendor["id"], "warehouseId": warehouse["id"],
        "reference": f"PO-{uuid.uuid4().hex[:6]}",
        "lines": [{"productId": product["id"], "quantity": quantity, "unitPrice": "12.50",
                   "taxRate": "5"}]}))  # fmt: skip


def server_order(api: Api, order_id: str) -> dict[str, Any]:
    return api.ok(api.get(f"/inventory/purchase-orders/{order_id}"))


def test_orders_open_corrected_as_drafts_and_received_from_their_window(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer, admin: Api
) -> None:
    product = stocked_product(admin, on_hand=1)
    draft = draft_order(admin, product)
    main = sign_in(qtbot, desktop, sandbox)
    tab: PurchasingTab = main.tab(PurchasingTab)
    main.tabs.setCurrentWidget(tab)
    tab.list.filter_box.setText(draft["number"])
    qtbot.waitUntil(lambda: on_server(tab.model, draft["id"]), timeout=SLOW)

    document = open_with_enter(qtbot, tab.list, tab.opener, draft["id"])
    assert isinstance(document, PurchaseOrderDocument) and document.refusal is None
    assert len(document.lines) == 1 and document.approve_button.isVisible()
    expected = QDate.currentDate().addDays(21)
    document.expected_edit.setDate(expected)
    document.reference_edit.setText("VENDOR-QUOTE-9")
    document.accept()  # Save changes
    qtbot.waitUntil(lambda: closed(document), timeout=SLOW)
    qtbot.waitUntil(
        lambda: server_order(admin, draft["id"])["reference"] == "VENDOR-QUOTE-9", timeout=SLOW
    )
    assert server_order(admin, draft["id"])["expectedDate"] == expected.toString(
        Qt.DateFormat.ISODate
    )

    admin.ok(admin.post(f"/inventory/purchase-orders/{draft['id']}/approve"))
    admin.ok(admin.post(f"/inventory/purchase-orders/{draft['id']}/confirm"))
    qtbot.waitUntil(
        lambda: on_server(tab.model, draft["id"])
        and tab.model.index(tab.model.row_of(draft["id"]) or 0, 0).isValid()
        and "Confirmed" in str([tab.model.index(tab.model.row_of(draft["id"]) or 0, c).data()
                                for c in range(tab.model.columnCount())]),
        timeout=SLOW,
    )  # fmt: skip
    confirmed = open_with_enter(qtbot, tab.list, tab.opener, draft["id"])
    assert isinstance(confirmed, PurchaseOrderDocument) and confirmed.refusal is not None
    assert "is confirmed" in confirmed.note_label.text()
    assert not confirmed.vendor_combo.isEnabled() and not confirmed.add_button.isVisible()
    assert confirmed.receive_button.isVisible() and not confirmed.approve_button.isVisible()
    qtbot.mouseClick(confirmed.receive_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(confirmed.receive_dialog, ReceiveDialog), timeout=SLOW)
    receiving = confirmed.receive_dialog
    assert isinstance(receiving, ReceiveDialog)
    receiving.receive_all()
    receiving.accept()
    qtbot.waitUntil(lambda: server_order(admin, draft["id"])["state"] == "received", timeout=SLOW)

    # The goods receipt's stock valuation line in Inventory opens the order.
    ledger = ledger_tab(qtbot, main)
    inventory = accounts_by_code(admin)["1300"]
    view = ledger.general_ledger

    def receipt_row() -> int:
        for row in range(view.table.rowCount()):
            line = view.line_at(row)
            if line and line.source_type == "purchase_receipt" and line.source_id == draft["id"]:
                return row
        return -1

    qtbot.waitUntil(lambda: ledger.journal.rowCount() > 0, timeout=SLOW)
    ledger.show_ledger(inventory["id"])
    qtbot.waitUntil(lambda: view.loads >= 1 and receipt_row() >= 0, timeout=SLOW)
    view.open_line(receipt_row())
    qtbot.waitUntil(lambda: isinstance(ledger.opener.last, PurchaseOrderDocument), timeout=SLOW)
    opened = ledger.opener.last
    assert isinstance(opened, PurchaseOrderDocument) and opened.record_id == draft["id"]
    ledger.opener.close_all()


def test_a_bills_ledger_line_opens_the_bill(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer, admin: Api
) -> None:
    vendor = new_vendor(admin)
    bill = admin.ok(admin.post("/accounting/invoices", {
        "type": "in_invoice", "partnerId": vendor["id"], "reference": "VENDOR-INV-5",
        "lines": [{"description": "Freight", "quantity": "1", "unitPrice": "800"}]}))  # fmt: skip
    admin.ok(admin.post(f"/accounting/invoices/{bill['id']}/post"))
    main = sign_in(qtbot, desktop, sandbox)
    ledger = ledger_tab(qtbot, main)
    view = ledger.general_ledger
    ledger.show_ledger(accounts_by_code(admin)["2000"]["id"])

    def bill_row() -> int:
        for row in range(view.table.rowCount()):
            line = view.line_at(row)
            if line and line.source_id == bill["id"]:
                return row
        return -1

    qtbot.waitUntil(lambda: view.loads >= 1 and bill_row() >= 0, timeout=SLOW)
    view.open_line(bill_row())
    qtbot.waitUntil(lambda: isinstance(ledger.opener.last, InvoiceDocument), timeout=SLOW)
    document = ledger.opener.last
    assert isinstance(document, InvoiceDocument) and document.record_id == bill["id"]
    assert document.windowTitle().startswith(f"Bill {bill['number']}")
    qtbot.waitUntil(document.isEnabled, timeout=SLOW)
    assert document.client_combo.currentText() == vendor["name"]  # a vendor, shown as it is
    assert not document.editable and not document.cancel_button.isEnabled()
    ledger.opener.close_all()
