"""Safe hands at the window: Ctrl+P prints (as in every desktop program), posting is
Ctrl+Shift+Enter and asks first (Enter confirms, Escape does not post), and the
shortcuts' tooltips say which is which."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from arkan_desktop.gui.app import ArkanDesktopApp
from arkan_desktop.gui.invoices.invoices_tab import InvoicesTab
from arkan_desktop.sandbox.server import SandboxServer
from tests.gui.conftest import sign_in
from tests.gui.invoices_helpers import confirmed, row_text
from tests.sandbox.conftest import Api
from tests.sandbox.test_invoices import new_client, posted_invoice, service_invoice

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
SLOW = 30_000


def test_ctrl_p_prints_and_ctrl_shift_enter_posts_after_asking(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer, admin: Api
) -> None:
    draft = service_invoice(admin, new_client(admin), unit_price="120.00")
    main = sign_in(qtbot, desktop, sandbox)
    assert "Ctrl+P" in main.print_action.toolTip()
    assert "Ctrl+Shift+Enter" in main.post_action.toolTip()
    assert "Ctrl+P" not in main.post_action.toolTip()
    tab: InvoicesTab = main.tab(InvoicesTab)
    main.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: confirmed(tab, draft["id"]), timeout=SLOW)
    assert tab.list.select_id(draft["id"])
    tab.list.view.setFocus()

    qtbot.keyClick(tab.list.view, Qt.Key.Key_P, CTRL)  # Ctrl+P: the print preview
    qtbot.waitUntil(lambda: tab.printing.preview is not None, timeout=SLOW)
    preview = tab.printing.preview
    assert preview is not None and preview.title == draft["number"]
    preview.close()
    assert tab.post_question is None  # Ctrl+P never posts
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)

    qtbot.keyClick(tab.list.view, Qt.Key.Key_Return, CTRL | SHIFT)
    qtbot.waitUntil(lambda: tab.post_question is not None and tab.post_question.isVisible())
    question = tab.post_question
    assert question is not None
    assert "cannot be undone" in question.text() and "Selected: 1" in question.text()
    qtbot.keyClick(question, Qt.Key.Key_Escape)  # Escape: nothing is posted
    qtbot.waitUntil(lambda: tab.post_question is None)
    assert main.status.outbox_counts["waiting"] == 0
    assert row_text(tab, draft["id"], "state") == "Draft"

    qtbot.keyClick(tab.list.view, Qt.Key.Key_Return, CTRL | SHIFT)
    qtbot.waitUntil(lambda: tab.post_question is not None and tab.post_question.isVisible())
    question = tab.post_question
    assert question is not None
    default = question.defaultButton()
    assert default is not None and question.buttonRole(default) == QMessageBox.ButtonRole.AcceptRole
    qtbot.keyClick(question, Qt.Key.Key_Return)  # Enter confirms
    qtbot.waitUntil(
        lambda: admin.ok(admin.get(f"/accounting/invoices/{draft['id']}"))["state"] == "posted",
        timeout=SLOW,
    )
    qtbot.waitUntil(lambda: row_text(tab, draft["id"], "state") == "Posted", timeout=SLOW)


def test_the_tabs_own_post_button_asks_too_and_nothing_selected_asks_nothing(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer, admin: Api
) -> None:
    draft = service_invoice(admin, new_client(admin), unit_price="80.00")
    main = sign_in(qtbot, desktop, sandbox)
    tab: InvoicesTab = main.tab(InvoicesTab)
    main.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: confirmed(tab, draft["id"]), timeout=SLOW)

    tab.list.view.clearSelection()
    with qtbot.waitSignal(tab.sig_message) as said:
        main.post_action.trigger()
    assert said.args == ["Select the documents to post first"]
    assert tab.post_question is None

    assert tab.list.select_id(draft["id"])
    qtbot.waitUntil(tab.post_button.isEnabled)
    tab.post_button.click()  # the tab's own button goes through the same question
    qtbot.waitUntil(lambda: tab.post_question is not None and tab.post_question.isVisible())
    question = tab.post_question
    assert question is not None
    qtbot.keyClick(question, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: tab.post_question is None)
    assert main.status.outbox_counts["waiting"] == 0
    assert row_text(tab, draft["id"], "state") == "Draft"
    assert admin.ok(admin.get(f"/accounting/invoices/{draft['id']}"))["state"] == "draft"


def test_buttons_that_do_not_apply_are_disabled_and_say_why(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer, admin: Api
) -> None:
    client = new_client(admin)
    draft = service_invoice(admin, client, unit_price="40.00")
    posted = posted_invoice(admin, client)
    main = sign_in(qtbot, desktop, sandbox)
    tab: InvoicesTab = main.tab(InvoicesTab)
    main.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(
        lambda: confirmed(tab, draft["id"]) and confirmed(tab, posted["id"]), timeout=SLOW
    )

    assert tab.list.select_id(posted["id"])
    qtbot.waitUntil(lambda: not tab.post_button.isEnabled())
    assert tab.post_button.toolTip() == "Only draft invoices can be posted"
    assert not tab.post_action.isEnabled()  # Ctrl+Shift+Enter does not apply either
    assert tab.cancel_button.isEnabled() and tab.pay_button.isEnabled()

    assert tab.list.select_id(draft["id"])
    qtbot.waitUntil(lambda: not tab.cancel_button.isEnabled())
    assert tab.cancel_button.toolTip() == (
        f"{draft['number']} is a draft; only posted invoices are cancelled with a credit note"
    )
    assert tab.pay_button.toolTip() == "Payments are recorded against posted, unpaid invoices"
    assert tab.post_button.isEnabled() and "Ctrl+Shift+Enter" in tab.post_button.toolTip()
