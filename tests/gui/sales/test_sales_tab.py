"""The Sales tab end to end against the sandbox: a new order shows what each product can
still be promised (as the server counts it), is confirmed, gets its delivery, and is
invoiced; each list follows; a step the order's state forbids is refused in words."""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any

from pytestqt.qtbot import QtBot

from arkan_desktop.gui.app import ArkanDesktopApp
from arkan_desktop.gui.models.record_table_model import LOCAL_ROLE
from arkan_desktop.gui.sales.availability import quantity
from arkan_desktop.gui.sales.invoice_dialog import InvoiceFromOrderDialog
from arkan_desktop.gui.sales.order_editor import ATP_COLUMN, SalesOrderEditor
from arkan_desktop.gui.sales.sales_tab import SalesTab
from arkan_desktop.sandbox.server import SandboxServer
from tests.gui.conftest import run, sign_in
from tests.gui.screenshots import screenshot
from tests.sandbox.conftest import Api

SLOW = 20_000


def server_order(api: Api, reference: str) -> dict[str, Any] | None:
    found = [o for o in api.all("/sales/orders") if o.get("reference") == reference]
    return found[0] if found else None


def shown_state(tab: SalesTab, record_id: str) -> str | None:
    model = tab.orders.model
    row = model.row_of(record_id)
    if row is None or model.index(row, 0).data(LOCAL_ROLE) is not False:
        return None  # not there, or still the optimistic version
    return str(model.index(row, model.spec.column_index("state")).data())


def test_an_order_with_its_availability_confirmed_delivered_and_invoiced(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer, admin: Api
) -> None:
    main = sign_in(qtbot, desktop, sandbox)
    tab = main.tab(SalesTab)
    main.tabs.setCurrentWidget(tab)
    main.new_action.trigger()  # Ctrl+N
    qtbot.waitUntil(lambda: isinstance(tab.dialog, SalesOrderEditor), timeout=SLOW)
    editor = tab.dialog
    assert isinstance(editor, SalesOrderEditor)
    editor.client_combo.setCurrentIndex(1 if editor.client_combo.currentData() is None else 0)
    product = editor.product_combo.currentData()
    atp = admin.ok(
        admin.get(f"/sales/deliveries/atp/{product.id}", warehouseId=editor.warehouse_id())
    )
    expected = quantity(Decimal(atp["availableToPromise"]))
    qtbot.waitUntil(
        lambda: f"Available to promise: {expected} (on hand" in editor.available_label.text(),
        timeout=SLOW,
    )
    editor.quantity_edit.setText("0")
    assert not editor.add_current_line()  # a zero quantity is refused
    editor.quantity_edit.setText("2")
    assert editor.add_current_line()
    qtbot.waitUntil(lambda: editor.table.item(0, ATP_COLUMN).text() == expected, timeout=SLOW)
    screenshot(editor, "sales-order-editor")
    reference = f"SO-T-{uuid.uuid4().hex[:8]}"
    editor.reference_edit.setText(reference)
    editor.accept()
    qtbot.waitUntil(lambda: server_order(admin, reference) is not None, timeout=SLOW)
    order = server_order(admin, reference)
    assert order is not None and order["state"] == "draft"
    order_id = order["id"]
    qtbot.waitUntil(lambda: shown_state(tab, order_id) == "Draft", timeout=SLOW)

    assert not run(qtbot, tab.make_delivery(order_id))  # a draft gets no delivery yet
    assert run(qtbot, tab.confirm_order(order_id))
    qtbot.waitUntil(lambda: shown_state(tab, order_id) == "Confirmed", timeout=SLOW)
    assert not run(qtbot, tab.confirm_order(order_id))  # only once

    assert run(qtbot, tab.make_delivery(order_id))

    def its_deliveries() -> list[dict[str, Any]]:
        return [d for d in admin.all("/sales/deliveries") if d.get("orderId") == order_id]

    qtbot.waitUntil(lambda: len(its_deliveries()) == 1, timeout=SLOW)
    [delivery] = its_deliveries()
    qtbot.waitUntil(lambda: tab.deliveries.model.row_of(delivery["id"]) is not None, timeout=SLOW)
    screenshot(main, "sales")

    dialog = run(qtbot, tab.open_invoice(order_id))
    assert isinstance(dialog, InvoiceFromOrderDialog)
    assert dialog.ordered_radio.isChecked()  # nothing shipped yet: bill what was ordered
    dialog.accept()

    def its_invoices() -> list[dict[str, Any]]:
        return [i for i in admin.all("/accounting/invoices") if i.get("salesOrderId") == order_id]

    qtbot.waitUntil(lambda: len(its_invoices()) == 1, timeout=SLOW)
    [invoice] = its_invoices()
    assert Decimal(invoice["total"]) == Decimal(order["total"])
