"""A payment the server refuses (the invoice was partly paid by a colleague meanwhile) is
reopened from the Outbox panel in the payment dialog, with the server's complaint beside
the allocation it names; corrected there, it is sent again and posted."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from arkan_desktop.domain.payments import OpenInvoice
from arkan_desktop.gui.app import ArkanDesktopApp
from arkan_desktop.gui.invoices.allocation_model import SHARE
from arkan_desktop.gui.invoices.invoices_tab import InvoicesTab
from arkan_desktop.gui.invoices.payment_dialog import PaymentDialog, PaymentInput
from arkan_desktop.sandbox.server import SandboxServer
from arkan_desktop.store.models.outbox import REJECTED
from tests.gui.conftest import run, sign_in
from tests.gui.invoices_helpers import confirmed, row_text
from tests.sandbox.conftest import Api
from tests.sandbox.test_invoices import new_client, posted_invoice

SLOW = 20_000


def test_a_refused_payment_is_fixed_in_the_payment_dialog(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer, admin: Api
) -> None:
    client = new_client(admin)
    invoice = posted_invoice(admin, client, unit_price="100")
    main = sign_in(qtbot, desktop, sandbox)
    tab: InvoicesTab = main.tab(InvoicesTab)
    main.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: confirmed(tab, invoice["id"]), timeout=SLOW)
    context = desktop.company
    assert context is not None
    seen = run(qtbot, context.invoices.get(invoice["id"]))
    assert seen is not None

    colleague = admin.ok(admin.post("/accounting/payments", {
        "type": "inbound", "partnerId": client["id"], "amount": "40",
        "allocations": [{"invoiceId": invoice["id"], "amount": "40"}]}))  # fmt: skip
    admin.ok(admin.post(f"/accounting/payments/{colleague['id']}/post"))

    today = datetime.now().astimezone().date().isoformat()
    whole = Decimal("105.00")  # what this computer still thinks is due
    value = PaymentInput(whole, today, "cash", "", [(OpenInvoice.from_record(seen), whole)])
    run(qtbot, tab.commands.pay_allocated(client["id"], client["name"], value))

    cache = context.workspace.cache
    qtbot.waitUntil(lambda: bool(cache.outbox_rows(REJECTED)), timeout=SLOW)
    refused = next(r for r in cache.outbox_rows(REJECTED) if r.resource == "payments")
    panel = main.open_outbox()
    assert panel is not None
    qtbot.waitUntil(lambda: panel.select(refused.id), timeout=SLOW)
    assert panel.edit_button.isEnabled()
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(tab.payment_dialog, PaymentDialog), timeout=SLOW)
    dialog = tab.payment_dialog
    assert dialog is not None
    assert dialog.windowTitle() == "Fix refused payment"
    assert dialog.amount() == whole and dialog.method_combo.currentData() == "cash"
    row = dialog.model.row_of(invoice["id"])
    assert row is not None
    cell = dialog.model.index(row, SHARE)
    assert "exceeds the amount due" in str(cell.data(Qt.ItemDataRole.ToolTipRole))
    assert cell.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "65.00" in dialog.error_label.text()

    dialog.model.setData(cell, "65.00")  # what the server says is due now
    assert cell.data(Qt.ItemDataRole.ToolTipRole) is None
    assert "Unallocated 40.00 AED" in dialog.allocated_label.text()
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=SLOW)

    def paid_on_server() -> bool:
        found = admin.ok(admin.get(f"/accounting/invoices/{invoice['id']}"))
        return bool(found["state"] == "paid")

    qtbot.waitUntil(paid_on_server, timeout=SLOW)
    qtbot.waitUntil(
        lambda: row_text(tab, invoice["id"], "state") == "Paid" and confirmed(tab, invoice["id"]),
        timeout=SLOW,
    )
    qtbot.waitUntil(lambda: main.status.outbox_counts["attention"] == 0, timeout=SLOW)
    payments = admin.all("/accounting/payments", partnerId=client["id"])
    mine = next(p for p in payments if p["id"] != colleague["id"])
    assert mine["state"] == "posted" and Decimal(mine["amount"]) == whole
    assert [Decimal(a["amount"]) for a in mine["allocations"]] == [Decimal("65.00")]
