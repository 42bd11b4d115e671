"""Payments opened from the Payments tab: a draft corrected and posted; a payment over three
invoices shows all three; what is left of a payment is allocated to open invoices later."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from arkan_desktop.gui.app import ArkanDesktopApp
from arkan_desktop.gui.main_window import MainWindow
from arkan_desktop.gui.receivables.allocate_dialog import AllocateDialog
from arkan_desktop.gui.receivables.payment_document import PaymentDocument
from arkan_desktop.gui.receivables.payments_tab import PaymentsTab
from arkan_desktop.sandbox.server import SandboxServer
from tests.gui.conftest import confirm_posting, sign_in
from tests.gui.documents.helpers import SLOW, closed, on_server, open_with_enter, shown
from tests.gui.screenshots import screenshot
from tests.sandbox.conftest import Api
from tests.sandbox.test_invoices import new_client, posted_invoice


def payment(api: Api, client: dict[str, Any], amount: str, shares: list[tuple[str, str]]) -> Any:
    """A draft payment from `client`, allocated as given: [(invoice id, amount)]."""
    return api.ok(api.post("/accounting/payments", {
        "type": "inbound", "partnerId": client["id"], "amount": amount, "method": "bank",
        "allocations": [{"invoiceId": i, "amount": a} for i, a in shares]}))  # fmt: skip


def server_payment(api: Api, payment_id: str) -> dict[str, Any]:
    return api.ok(api.get(f"/accounting/payments/{payment_id}"))


def server_invoice(api: Api, invoice_id: str) -> dict[str, Any]:
    return api.ok(api.get(f"/accounting/invoices/{invoice_id}"))


def payments_tab(qtbot: QtBot, main: MainWindow, client: dict[str, Any]) -> PaymentsTab:
    tab: PaymentsTab = main.tab(PaymentsTab)
    main.tabs.setCurrentWidget(tab)
    tab.list.filter_box.setText(client["name"])
    return tab


def test_a_draft_payment_is_corrected_and_posted(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer, admin: Api
) -> None:
    client = new_client(admin)
    invoice = posted_invoice(admin, client, unit_price="400.00")  # 420.00 due
    draft = payment(admin, client, "300.00", [(invoice["id"], "300.00")])
    main = sign_in(qtbot, desktop, sandbox)
    tab = payments_tab(qtbot, main, client)
    qtbot.waitUntil(lambda: on_server(tab.model, draft["id"]), timeout=SLOW)
    assert shown(tab.model, draft["id"], "state") == "Draft"

    document = open_with_enter(qtbot, tab.list, tab.opener, draft["id"])
    assert isinstance(document, PaymentDocument) and document.refusal is None
    assert document.post_button.isVisible() and not document.amount_edit.isReadOnly()
    document.amount_edit.setText("420.00")
    document.reference_edit.setText("CHQ-2231")
    document.save()
    qtbot.waitUntil(lambda: closed(document), timeout=SLOW)
    qtbot.waitUntil(lambda: server_payment(admin, draft["id"])["amount"] == "420.00", timeout=SLOW)
    assert server_payment(admin, draft["id"])["reference"] == "CHQ-2231"

    # Post: from the tab's button, as the list's context menu offers it.
    qtbot.waitUntil(
        lambda: (
            on_server(tab.model, draft["id"])
            and shown(tab.model, draft["id"], "amount") == "420.00"
        ),
        timeout=SLOW,
    )
    assert tab.list.select_id(draft["id"])
    assert tab.post_action in tab.list.context_menu().actions()
    qtbot.mouseClick(tab.post_button, Qt.MouseButton.LeftButton)
    confirm_posting(qtbot, tab)  # posting asks first; Enter posts
    qtbot.waitUntil(lambda: server_payment(admin, draft["id"])["state"] == "posted", timeout=SLOW)
    paid = server_invoice(admin, invoice["id"])
    assert Decimal(paid["amountDue"]) == Decimal("120.00")  # 420.00 less the 300.00 allocated
    qtbot.waitUntil(
        lambda: (
            shown(tab.model, draft["id"], "state") == "Posted" and on_server(tab.model, draft["id"])
        ),
        timeout=SLOW,
    )
    posted = open_with_enter(qtbot, tab.list, tab.opener, draft["id"])
    assert posted.refusal is not None and posted.amount_edit.isReadOnly()
    assert not posted.post_button.isVisible()
    posted.close()


def test_a_payment_over_three_invoices_shows_all_three(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer, admin: Api
) -> None:
    client = new_client(admin)
    invoices = [posted_invoice(admin, client, unit_price=price) for price in ("100", "200", "300")]
    made = payment(admin, client, "630.00", [(i["id"], i["total"]) for i in invoices])
    admin.ok(admin.post(f"/accounting/payments/{made['id']}/post"))
    main = sign_in(qtbot, desktop, sandbox)
    tab = payments_tab(qtbot, main, client)
    qtbot.waitUntil(lambda: on_server(tab.model, made["id"]), timeout=SLOW)
    numbers = [i["number"] for i in invoices]
    assert shown(tab.model, made["id"], "invoice") == ", ".join(numbers)

    document = open_with_enter(qtbot, tab.list, tab.opener, made["id"])
    assert isinstance(document, PaymentDocument)
    screenshot(document, "payment-document.png")
    assert document.invoice_numbers() == numbers
    assert document.summary_label.text().startswith("3 invoice(s)")
    assert not document.allocate_button.isEnabled()
    assert "Nothing is left" in document.allocate_button.toolTip()
    # Each allocation opens its invoice.
    document.allocations.setCurrentCell(2, 0)
    qtbot.keyClick(document.allocations, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.opener.last is not document, timeout=SLOW)
    opened = tab.opener.last
    assert opened is not None and getattr(opened, "record_id", "") == invoices[2]["id"]
    tab.opener.close_all()


def test_what_is_left_of_a_payment_is_allocated_later(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer, admin: Api
) -> None:
    client = new_client(admin)
    first = posted_invoice(admin, client, unit_price="100.00")  # 105.00
    made = payment(admin, client, "500.00", [(first["id"], "105.00")])
    admin.ok(admin.post(f"/accounting/payments/{made['id']}/post"))  # 395.00 left: a credit
    later = posted_invoice(admin, client, unit_price="200.00")  # 210.00, invoiced afterwards
    main = sign_in(qtbot, desktop, sandbox)
    tab = payments_tab(qtbot, main, client)
    qtbot.waitUntil(lambda: on_server(tab.model, made["id"]), timeout=SLOW)
    assert tab.list.select_id(made["id"])

    tab.allocate_action.trigger()  # the context menu's Allocate…
    qtbot.waitUntil(lambda: isinstance(tab.opener.last, PaymentDocument), timeout=SLOW)
    document = tab.opener.last
    assert isinstance(document, PaymentDocument)
    qtbot.waitUntil(lambda: isinstance(document.allocate_dialog, AllocateDialog), timeout=SLOW)
    dialog = document.allocate_dialog
    assert isinstance(dialog, AllocateDialog)
    assert dialog.amount_edit.text() == "395.00" and dialog.amount_edit.isReadOnly()
    assert [i.number for i in dialog.model.invoices] == [later["number"]]
    assert dialog.chosen_shares() == [(dialog.model.invoices[0], Decimal("210.00"))]
    dialog.accept()
    qtbot.waitUntil(lambda: closed(document), timeout=SLOW)

    qtbot.waitUntil(lambda: server_invoice(admin, later["id"])["state"] == "paid", timeout=SLOW)
    on_the_server = server_payment(admin, made["id"])
    assert on_the_server["amountUnallocated"] == "185.00"
    assert [a["invoiceNumber"] for a in on_the_server["allocations"]] == [
        first["number"], later["number"]
    ]  # fmt: skip
    qtbot.waitUntil(
        lambda: shown(tab.model, made["id"], "invoice") == f"{first['number']}, {later['number']}",
        timeout=SLOW,
    )
