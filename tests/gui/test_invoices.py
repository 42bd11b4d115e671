"""The Invoices tab end to end against the sandbox: create, post and pay an invoice; a
refused write in the Outbox panel; the server's field errors in the editor; changes made
on the server appearing in the open list by themselves."""

from __future__ import annotations

import uuid
from decimal import Decimal

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from arkan_desktop.domain.money import format_amount
from arkan_desktop.domain.totals import document_totals
from arkan_desktop.gui.app import ArkanDesktopApp
from arkan_desktop.gui.invoices.invoice_lines import DESCRIPTION
from arkan_desktop.gui.invoices.invoices_tab import InvoicesTab
from arkan_desktop.gui.models.record_table_model import RECORD_ID_ROLE
from arkan_desktop.gui.outbox.outbox_model import ROW_ID_ROLE
from arkan_desktop.gui.sales.availability import quantity
from arkan_desktop.sandbox.server import SandboxServer
from arkan_desktop.store.models.outbox import REJECTED
from tests.gui.conftest import confirm_posting, run, sign_in
from tests.gui.invoices_helpers import (
    confirmed,
    fill_invoice,
    first_client,
    open_editor,
    row_text,
    server_invoice,
    stocked_product,
)
from tests.sandbox.conftest import Api

SLOW = 20_000


def test_create_post_and_pay_an_invoice(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer, admin: Api
) -> None:
    main = sign_in(qtbot, desktop, sandbox)
    client, product = first_client(admin), stocked_product(admin)
    editor = open_editor(qtbot, main)
    reference = f"T-{uuid.uuid4().hex[:10]}"
    fill_invoice(editor, client["id"], product["id"], "2", reference)
    # what the product can still be promised (all warehouses), as the server counts it
    atp = admin.ok(admin.get(f"/sales/deliveries/atp/{product['id']}"))
    shown = f"Available to promise: {quantity(Decimal(atp['availableToPromise']))} (on hand"
    qtbot.waitUntil(lambda: shown in editor.availability.label.text(), timeout=SLOW)
    assert editor.availability.label.isVisible()

    expected = document_totals(editor.lines.wire_lines(), "AED")
    net = (2 * Decimal(product["salePrice"])).quantize(Decimal("0.01"))
    assert expected.total == net + (net * Decimal(product["taxRate"]) / 100).quantize(
        Decimal("0.01")
    )
    assert editor.total_value.text() == f"{format_amount(expected.total, 'AED')} AED"
    editor.lines_view.setFocus()
    editor.lines_view.setCurrentIndex(editor.lines.index(0, DESCRIPTION))
    qtbot.keyClick(editor.lines_view, Qt.Key.Key_Return)  # Enter on the last line adds one
    assert editor.lines.rowCount() == 2
    editor.remove_current_line()
    assert editor.lines.rowCount() == 1

    tab: InvoicesTab = main.tab(InvoicesTab)
    editor.save()  # Ctrl+S
    qtbot.waitUntil(lambda: editor not in tab.editors, timeout=SLOW)
    qtbot.waitUntil(lambda: server_invoice(admin, reference) is not None, timeout=SLOW)
    invoice = server_invoice(admin, reference)
    assert invoice is not None and invoice["state"] == "draft"
    assert Decimal(invoice["total"]) == expected.total
    qtbot.waitUntil(lambda: confirmed(tab, invoice["id"]), timeout=SLOW)
    assert row_text(tab, invoice["id"], "state") == "Draft"

    assert tab.list.select_id(invoice["id"])
    main.post_action.trigger()  # Ctrl+Shift+Enter
    confirm_posting(qtbot, tab)
    qtbot.waitUntil(
        lambda: row_text(tab, invoice["id"], "state") == "Posted" and confirmed(tab, invoice["id"]),
        timeout=SLOW,
    )
    assert server_invoice(admin, reference)["state"] == "posted"  # type: ignore[index]

    tab.record_payment_for_selected()
    qtbot.waitUntil(lambda: getattr(tab, "payment_dialog", None) is not None, timeout=SLOW)
    dialog = tab.payment_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert Decimal(dialog.amount_edit.text()) == expected.total
    dialog.accept()
    qtbot.waitUntil(
        lambda: row_text(tab, invoice["id"], "state") == "Paid" and confirmed(tab, invoice["id"]),
        timeout=SLOW,
    )
    assert server_invoice(admin, reference)["amountDue"] in ("0.00", "0")  # type: ignore[index]


def test_a_refused_write_is_in_the_outbox_with_the_servers_message(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer, admin: Api
) -> None:
    main = sign_in(qtbot, desktop, sandbox)
    client, product = first_client(admin), stocked_product(admin)
    editor = open_editor(qtbot, main)
    reference = f"T-{uuid.uuid4().hex[:10]}"
    fill_invoice(editor, client["id"], product["id"], "999999", reference)  # far beyond stock
    editor.save()
    tab: InvoicesTab = main.tab(InvoicesTab)
    qtbot.waitUntil(lambda: server_invoice(admin, reference) is not None, timeout=SLOW)
    invoice = server_invoice(admin, reference)
    assert invoice is not None
    qtbot.waitUntil(lambda: confirmed(tab, invoice["id"]), timeout=SLOW)
    assert tab.list.select_id(invoice["id"])
    tab.post_selected()
    confirm_posting(qtbot, tab)

    qtbot.waitUntil(lambda: main.status.outbox_counts["attention"] == 1, timeout=SLOW)
    assert "1 need attention" in main.status.outbox_button.text()
    first_cell = tab.model.index(tab.model.row_of(invoice["id"]) or 0, 0)
    qtbot.waitUntil(lambda: first_cell.data(Qt.ItemDataRole.ForegroundRole) is not None)
    assert "refused" in first_cell.data(Qt.ItemDataRole.ToolTipRole)  # the list says so too
    qtbot.mouseClick(main.status.outbox_button, Qt.MouseButton.LeftButton)
    panel = main.outbox_panel
    assert panel is not None
    qtbot.waitUntil(lambda: panel.isVisible() and panel.model.rowCount() > 0, timeout=SLOW)
    rows = [panel.model.row(i) for i in range(panel.model.rowCount())]
    rejected = next(r for r in rows if r.status == REJECTED and r.record_id == invoice["id"])
    assert panel.select(rejected.id)
    text = panel.details.toPlainText()
    assert f"Not enough stock to post {invoice['number']}" in text
    assert "lines[0].quantity" in text
    assert panel.model.index(panel.model.find(rejected.id) or 0, 0).data(ROW_ID_ROLE) == rejected.id
    assert panel.retry_button.isEnabled() and panel.discard_button.isEnabled()

    run(qtbot, panel.discard(rejected.id))  # the user gives it up: the draft stays a draft
    assert panel.model.find(rejected.id) is None
    qtbot.waitUntil(lambda: row_text(tab, invoice["id"], "state") == "Draft", timeout=SLOW)
    qtbot.waitUntil(lambda: main.status.outbox_counts["attention"] == 0, timeout=SLOW)


def test_the_servers_field_errors_show_next_to_the_fields(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer, admin: Api
) -> None:
    main = sign_in(qtbot, desktop, sandbox)
    client, product = first_client(admin), stocked_product(admin)
    editor = open_editor(qtbot, main)
    reference = f"T-{uuid.uuid4().hex[:10]}"
    fill_invoice(editor, client["id"], product["id"], "1", reference, description="x" * 600)
    editor.save()
    qtbot.waitUntil(lambda: main.status.outbox_counts["attention"] == 1, timeout=SLOW)
    panel = main.open_outbox()
    assert panel is not None
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=SLOW)
    rejected = next(
        panel.model.row(i) for i in range(panel.model.rowCount())
        if panel.model.row(i).status == REJECTED
    )  # fmt: skip
    assert panel.select(rejected.id)
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    tab: InvoicesTab = main.tab(InvoicesTab)
    fixing = tab.editors[-1]
    assert fixing is not editor and fixing.rejected_row is not None
    qtbot.waitUntil(fixing.isEnabled, timeout=SLOW)
    cell = fixing.lines.index(0, DESCRIPTION)
    assert "500 characters" in str(cell.data(Qt.ItemDataRole.ToolTipRole))
    assert cell.data(Qt.ItemDataRole.BackgroundRole) is not None  # shown in red
    assert "500 characters" in fixing.lines_error.text() and fixing.lines_error.isVisibleTo(fixing)
    assert fixing.client() is not None and fixing.client().id == client["id"]  # type: ignore[union-attr]

    fixing.lines.setData(cell, "Packed in two boxes")
    fixing.save()
    qtbot.waitUntil(lambda: server_invoice(admin, reference) is not None, timeout=SLOW)
    assert server_invoice(admin, reference)["lines"][0]["description"] == "Packed in two boxes"  # type: ignore[index]
    qtbot.waitUntil(lambda: main.status.outbox_counts["attention"] == 0, timeout=SLOW)


def test_a_change_made_on_the_server_appears_in_the_open_list(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer, admin: Api
) -> None:
    main = sign_in(qtbot, desktop, sandbox)
    tab: InvoicesTab = main.tab(InvoicesTab)
    main.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() > 20, timeout=SLOW)
    qtbot.waitUntil(lambda: main.status.connection_label.property("state") == "online")
    tab.list.view.selectRow(5)
    selected = tab.list.current_id()
    client = first_client(admin)
    reference = f"T-{uuid.uuid4().hex[:10]}"
    created = admin.ok(
        admin.post(
            "/accounting/invoices",
            {
                "partnerId": client["id"],
                "reference": reference,
                "lines": [{"description": "Consulting", "quantity": "3", "unitPrice": "150"}],
            },
        )
    )
    qtbot.waitUntil(lambda: created["id"] in tab.model.ids(), timeout=SLOW)  # no user action
    assert row_text(tab, created["id"], "reference") == reference
    assert tab.list.current_id() == selected  # the user's selection stayed on its record
    index = tab.list.view.currentIndex()
    assert index.data(RECORD_ID_ROLE) == selected
