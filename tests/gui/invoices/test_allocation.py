"""One customer payment allocated over several invoices: the table model, and the dialog
end to end against the sandbox (the rules in Decimal: tests/domain/test_payments.py)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from arkan_desktop.gui.app import ArkanDesktopApp
from arkan_desktop.gui.invoices.allocation_model import SHARE, AllocationModel
from arkan_desktop.gui.invoices.invoices_tab import InvoicesTab
from arkan_desktop.gui.invoices.payment_dialog import PaymentDialog
from arkan_desktop.sandbox.server import SandboxServer
from tests.domain.test_payments import INVOICES
from tests.gui.conftest import sign_in
from tests.gui.invoices_helpers import confirmed, row_text
from tests.gui.screenshots import screenshot
from tests.sandbox.conftest import Api
from tests.sandbox.test_invoices import new_client, posted_invoice

SLOW = 20_000
D = Decimal


def test_the_table_model(qtmodeltester: ModelTester) -> None:
    model = AllocationModel(list(INVOICES), "AED")
    model.set_amount(D("400"))
    model.auto_allocate()
    qtmodeltester.check(model)
    refused: list[str] = []
    model.sig_refused.connect(refused.append)
    cell = model.index(0, SHARE)
    assert not model.setData(cell, "12,5x")
    assert refused and "12,5x" in refused[0]
    assert model.setData(cell, "999")
    assert "More than" in str(cell.data(Qt.ItemDataRole.ToolTipRole))
    assert cell.data(Qt.ItemDataRole.ForegroundRole) is not None


def test_one_payment_over_three_invoices_end_to_end(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer, admin: Api
) -> None:
    client = new_client(admin)
    older = posted_invoice(admin, client, unit_price="100", date="2026-08-01",
                           dueDate="2026-08-31")  # fmt: skip
    middle = posted_invoice(admin, client, unit_price="200", date="2026-09-01",
                            dueDate="2026-09-30")  # fmt: skip
    newest = posted_invoice(admin, client, unit_price="300", date="2026-10-01",
                            dueDate="2026-10-31")  # fmt: skip
    main = sign_in(qtbot, desktop, sandbox)
    tab: InvoicesTab = main.tab(InvoicesTab)
    main.tabs.setCurrentWidget(tab)
    wanted = [i["id"] for i in (older, middle, newest)]
    qtbot.waitUntil(lambda: all(confirmed(tab, i) for i in wanted), timeout=SLOW)

    assert tab.list.select_id(middle["id"])
    tab.pay_action.trigger()
    qtbot.waitUntil(lambda: isinstance(tab.payment_dialog, PaymentDialog), timeout=SLOW)
    dialog = tab.payment_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    model = dialog.model
    assert [i.id for i in model.invoices] == [older["id"], middle["id"], newest["id"]]
    assert dialog.amount() == D("210.00")  # what is open on the invoice chosen
    assert model.shares == {older["id"]: 0, middle["id"]: D("210.00"), newest["id"]: 0}

    dialog.amount_edit.selectAll()
    qtbot.keyClicks(dialog.amount_edit, "400.00")
    assert model.shares[middle["id"]] == D("210.00")  # the chosen invoice still goes first
    qtbot.mouseClick(dialog.auto_button, Qt.MouseButton.LeftButton)
    assert model.shares == {older["id"]: D("105.00"), middle["id"]: D("210.00"),
                            newest["id"]: D("85.00")}  # fmt: skip
    assert "Unallocated 0.00 AED" in dialog.allocated_label.text()

    newest_cell = model.index(2, SHARE)
    model.setData(newest_cell, "400")
    dialog.accept()
    assert dialog.isVisible() and "More than the 315.00 open" in dialog.error_label.text()
    model.setData(newest_cell, "50.00")
    assert "Unallocated 35.00 AED" in dialog.allocated_label.text()
    assert "customer's account" in dialog.allocated_label.text()
    model.setData(model.index(0, SHARE), "105.00")
    dialog.amount_edit.setText("300")
    model.set_amount(D("300"))
    model.shares = {older["id"]: D("105.00"), middle["id"]: D("210.00"), newest["id"]: D("50")}
    dialog.accept()
    assert dialog.isVisible() and "more than the payment" in dialog.error_label.text()
    dialog.amount_edit.setText("0")
    dialog.accept()
    assert "greater than zero" in dialog.error_label.text()

    dialog.amount_edit.setText("400.00")
    model.set_amount(D("400.00"))
    model.shares = {older["id"]: D("105.00"), middle["id"]: D("210.00"), newest["id"]: D("50")}
    model.set_amount(D("400.00"))  # redraws
    dialog.reference_edit.setText("BANK-778")
    dialog.resize(720, 480)
    screenshot(dialog, "payment-allocation.png")
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=SLOW)

    def settled() -> bool:
        return (
            all(confirmed(tab, i["id"]) for i in (older, middle, newest))
            and row_text(tab, older["id"], "state") == "Paid"
            and row_text(tab, middle["id"], "state") == "Paid"
            and row_text(tab, newest["id"], "payment") == "Partly paid"
        )

    qtbot.waitUntil(settled, timeout=SLOW)
    assert row_text(tab, newest["id"], "due_amount") == "265.00"
    server = admin.ok(admin.get(f"/accounting/invoices/{newest['id']}"))
    assert server["amountDue"] == "265.00"
    payments = admin.all("/accounting/payments", partnerId=client["id"])
    assert len(payments) == 1 and payments[0]["state"] == "posted"
    assert D(payments[0]["amount"]) == D("400.00")
    allocations = {(a["invoiceId"], D(a["amount"])) for a in payments[0]["allocations"]}
    assert allocations == {
        (older["id"], D("105.00")),
        (middle["id"], D("210.00")),
        (newest["id"], D("50.00")),
    }
