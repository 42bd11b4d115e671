"""The Purchasing tab end to end against the sandbox: a purchase order created, approved,
confirmed, partly then fully received, its state following in the list; an over-receipt
refused before anything is queued; a rejected order reopened with the server's errors."""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any

from pytestqt.qtbot import QtBot

from arkan_desktop.domain.totals import document_totals
from arkan_desktop.gui.app import ArkanDesktopApp
from arkan_desktop.gui.main_window import MainWindow
from arkan_desktop.gui.models.record_table_model import LOCAL_ROLE
from arkan_desktop.gui.purchasing.order_editor import PurchaseOrderEditor
from arkan_desktop.gui.purchasing.purchasing_tab import PurchasingTab
from arkan_desktop.gui.purchasing.receive_dialog import ReceiveDialog
from arkan_desktop.sandbox.server import SandboxServer
from arkan_desktop.store.models.outbox import REJECTED
from arkan_desktop.store.outbox import OutboxRow
from arkan_desktop.sync.commands.purchasing import create_purchase_order
from tests.gui.conftest import run, sign_in
from tests.sandbox.conftest import Api

SLOW = 20_000


def server_order(api: Api, reference: str) -> dict[str, Any] | None:
    found = [o for o in api.all("/inventory/purchase-orders") if o["reference"] == reference]
    return found[0] if found else None


def shown_state(tab: PurchasingTab, record_id: str) -> str | None:
    row = tab.model.row_of(record_id)
    if row is None or tab.model.index(row, 0).data(LOCAL_ROLE) is not False:
        return None  # not there, or still the optimistic version
    return str(tab.model.index(row, tab.model.spec.column_index("state")).data())


def new_order(qtbot: QtBot, main: MainWindow, api: Api) -> tuple[PurchasingTab, dict[str, Any]]:
    tab = main.tab(PurchasingTab)
    main.tabs.setCurrentWidget(tab)
    main.new_action.trigger()  # Ctrl+N
    qtbot.waitUntil(lambda: isinstance(tab.dialog, PurchaseOrderEditor), timeout=SLOW)
    editor = tab.dialog
    assert isinstance(editor, PurchaseOrderEditor)
    vendor = api.all("/inventory/vendors")[0]
    assert editor.choose(editor.vendor_combo, vendor["id"])
    editor.quantity_edit.setText("0")
    assert not editor.add_current_line()  # a zero quantity is refused
    for index, quantity in ((0, "10"), (1, "4")):
        editor.product_combo.setCurrentIndex(index)
        editor.quantity_edit.setText(quantity)
        editor.price_edit.setText("12.50")
        assert editor.add_current_line()
    expected = document_totals([line.wire() for line in editor.lines], "AED")
    assert expected.subtotal == Decimal("175.00")
    assert editor.total_value.text().startswith(f"{expected.total:,.2f}")
    reference = f"PO-T-{uuid.uuid4().hex[:8]}"
    editor.reference_edit.setText(reference)
    editor.accept()
    qtbot.waitUntil(lambda: server_order(api, reference) is not None, timeout=SLOW)
    order = server_order(api, reference)
    assert order is not None and Decimal(order["total"]) == expected.total
    qtbot.waitUntil(lambda: shown_state(tab, order["id"]) == "Draft", timeout=SLOW)
    return tab, order


def receive(qtbot: QtBot, tab: PurchasingTab, order_id: str) -> ReceiveDialog:
    assert tab.list.select_id(order_id)
    tab.receive_button.click()
    qtbot.waitUntil(lambda: isinstance(tab.dialog, ReceiveDialog), timeout=SLOW)
    dialog = tab.dialog
    assert isinstance(dialog, ReceiveDialog)
    return dialog


def test_order_created_approved_confirmed_and_received_in_two_parts(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer, admin: Api
) -> None:
    main = sign_in(qtbot, desktop, sandbox)
    tab, order = new_order(qtbot, main, admin)
    order_id = order["id"]

    assert tab.list.select_id(order_id)
    tab.confirm_button.click()  # not approved yet: refused, nothing queued
    assert tab.list.select_id(order_id)
    assert run(qtbot, tab.step(order_id, "approve"))
    qtbot.waitUntil(lambda: shown_state(tab, order_id) == "Approved", timeout=SLOW)
    assert run(qtbot, tab.step(order_id, "confirm"))
    qtbot.waitUntil(lambda: shown_state(tab, order_id) == "Confirmed", timeout=SLOW)

    dialog = receive(qtbot, tab, order_id)
    assert dialog.table.item(0, 4).text() == "10"  # open
    dialog.set_receiving(0, "11")
    dialog.accept()
    assert dialog.isVisible() and "over-receipt" in dialog.error_label.text()
    dialog.set_receiving(0, "6")
    dialog.accept()
    qtbot.waitUntil(lambda: shown_state(tab, order_id) == "Partly received", timeout=SLOW)
    lines = server_order(admin, order["reference"])["lines"]  # type: ignore[index]
    assert [Decimal(x["quantityReceived"]) for x in lines] == [6, 0]

    dialog = receive(qtbot, tab, order_id)
    assert [dialog.table.item(r, 4).text() for r in (0, 1)] == ["4", "4"]
    dialog.receive_all()
    dialog.accept()
    qtbot.waitUntil(lambda: shown_state(tab, order_id) == "Received", timeout=SLOW)
    assert server_order(admin, order["reference"])["state"] == "received"  # type: ignore[index]

    tab.state_combo.setCurrentIndex(tab.state_combo.findData("received"))
    qtbot.waitUntil(lambda: tab.model.row_of(order_id) is not None, timeout=SLOW)


def test_a_rejected_order_shows_the_servers_errors_by_its_lines_and_is_sent_again(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer, admin: Api
) -> None:
    main = sign_in(qtbot, desktop, sandbox)
    tab = main.tab(PurchasingTab)
    vendor = admin.all("/inventory/vendors")[0]
    warehouse = admin.all("/inventory/warehouses")[0]
    product = admin.ok(admin.get("/inventory/products", limit=1))["data"][0]
    reference = f"PO-R-{uuid.uuid4().hex[:8]}"
    good = {"productId": product["id"], "quantity": "3", "unitPrice": "5.00", "taxRate": "5"}
    draft = {
        "vendorId": vendor["id"],
        "warehouseId": warehouse["id"],
        "reference": reference,
        "lines": [good, {**good, "productId": "no-such-product"}],
    }
    write = create_purchase_order(draft, "AED", vendor["name"])
    queued = run(qtbot, tab.live.company.queue(write))
    cache = tab.company.workspace.cache

    def rejected() -> OutboxRow | None:
        rows = cache.outbox_rows(REJECTED)
        return next((r for r in rows if r.id == queued.id), None)

    qtbot.waitUntil(lambda: rejected() is not None, timeout=SLOW)
    row = rejected()
    assert row is not None
    editor = run(qtbot, tab.open_editor(rejected=row))
    assert len(editor.lines) == 2
    assert "Line 2, productId" in editor.error_label.text()
    assert editor.table.item(1, 0).toolTip()  # the line the server named is marked

    editor.table.setCurrentCell(1, 0)
    editor.remove_current_line()
    editor.accept()
    qtbot.waitUntil(lambda: server_order(admin, reference) is not None, timeout=SLOW)
    order = server_order(admin, reference)
    assert order is not None and len(order["lines"]) == 1
