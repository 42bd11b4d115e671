"""The bell, the notification panel, the OS's notifications and the colleagues online,
against the sandbox over real HTTP and WebSocket, the window offscreen.

The OS's notification area cannot run here (no desktop shell on this machine), so the
test of the OS's notifications replaces `QSystemTrayIcon` with a recorder; everything
else is real.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from arkan_desktop.gui.app import ArkanDesktopApp
from arkan_desktop.gui.i18n import install_translations, remove_translations
from arkan_desktop.gui.invoices.invoices_tab import InvoicesTab
from arkan_desktop.gui.purchasing.purchasing_tab import PurchasingTab
from arkan_desktop.gui.receivables.payments_tab import PaymentsTab
from arkan_desktop.gui.shell import desktop_notice
from arkan_desktop.sandbox.server import SandboxServer
from tests.gui.conftest import sign_in
from tests.gui.notification_helpers import (
    SLOW,
    bell_shows,
    click_row,
    is_bold,
    open_panel,
    read_on_server,
    row_about,
    shot_with_panel,
)
from tests.sandbox.conftest import Api
from tests.sandbox.test_invoices import new_client, posted_invoice
from tests.support.colleagues import order_awaiting_approval, window_of


@pytest.fixture
def accountant(sandbox: SandboxServer) -> Api:
    return Api(sandbox, "accountant@demo.local")


def test_an_order_awaiting_approval_rings_the_bell_and_opens_in_purchasing(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer, admin: Api, accountant: Api
) -> None:
    main = sign_in(qtbot, desktop, sandbox)
    assert main.bell_action.isVisible()
    before = bell_shows(qtbot, main, admin)

    colleague_window = window_of(sandbox, accountant)  # the accountant, online, orders
    try:
        order = order_awaiting_approval(accountant)
        bell = main.notifications.bell
        qtbot.waitUntil(lambda: bell.unread == before + 1, timeout=SLOW)
        assert f"{before + 1} unread" in bell.toolTip()

        panel = open_panel(qtbot, main)
        qtbot.waitUntil(lambda: row_about(panel, order["id"]) == 0)  # newest first
        notice = panel.model.notifications[0]
        assert order["number"] in notice.title and "awaits approval" in notice.title
        assert is_bold(panel, 0)  # unread
        times = [n.created_at for n in panel.model.notifications]
        assert times == sorted(times, reverse=True)
        qtbot.waitUntil(lambda: "Demo Accountant" in main.status.colleagues.names, timeout=SLOW)
        shot_with_panel(main, panel, "notifications")
    finally:
        colleague_window.close()

    click_row(qtbot, panel, 0)  # a click opens the order, in the Purchasing tab
    tab = main.tab(PurchasingTab)
    qtbot.waitUntil(lambda: main.tabs.currentWidget() is tab, timeout=SLOW)
    qtbot.waitUntil(lambda: tab.list.current_id() == order["id"], timeout=SLOW)
    qtbot.waitUntil(lambda: bell.unread == before, timeout=SLOW)  # and marks it read
    qtbot.waitUntil(lambda: not is_bold(panel, row_about(panel, order["id"]) or 0))
    qtbot.waitUntil(lambda: read_on_server(admin, notice.id), timeout=SLOW)


def test_enter_opens_and_mark_all_read_clears_the_bell(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer, admin: Api, accountant: Api
) -> None:
    main = sign_in(qtbot, desktop, sandbox)
    before = bell_shows(qtbot, main, admin)
    first, second = order_awaiting_approval(accountant), order_awaiting_approval(accountant)
    bell = main.notifications.bell
    qtbot.waitUntil(lambda: bell.unread == before + 2, timeout=SLOW)
    main.notifications_action.trigger()  # Ctrl+Shift+N
    panel = main.notifications.panel
    assert panel is not None
    qtbot.waitUntil(lambda: row_about(panel, first["id"]) == 1, timeout=SLOW)
    assert row_about(panel, second["id"]) == 0

    panel.view.setFocus()
    panel.select(panel.model.notifications[1].id)
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)  # Enter opens the older one
    tab = main.tab(PurchasingTab)
    qtbot.waitUntil(lambda: tab.list.current_id() == first["id"], timeout=SLOW)
    qtbot.waitUntil(lambda: bell.unread == before + 1, timeout=SLOW)

    panel.all_read_button.click()
    qtbot.waitUntil(lambda: bell.unread == 0, timeout=SLOW)
    assert not any(is_bold(panel, row) for row in range(panel.model.rowCount()))
    assert not panel.all_read_button.isEnabled()
    qtbot.waitUntil(lambda: bell_shows(qtbot, main, admin) == 0, timeout=SLOW)


class RecordingTray(QObject):
    """Stands in for the OS's notification area (none runs on this machine)."""

    messageClicked = Signal()
    activated = Signal(object)
    MessageIcon = desktop_notice.QSystemTrayIcon.MessageIcon
    shown: list[tuple[str, str]] = []

    def __init__(self, _icon: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)

    @staticmethod
    def isSystemTrayAvailable() -> bool:
        return True

    @staticmethod
    def supportsMessages() -> bool:
        return True

    def setToolTip(self, _text: str) -> None: ...

    def show(self) -> None: ...

    def hide(self) -> None: ...

    def showMessage(self, title: str, body: str, *_args: object) -> None:
        self.shown.append((title, body))


def test_a_notification_reaches_the_os_while_the_window_is_not_in_front(
    qtbot: QtBot,
    desktop: ArkanDesktopApp,
    sandbox: SandboxServer,
    admin: Api,
    accountant: Api,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    RecordingTray.shown = []
    monkeypatch.setattr(desktop_notice, "QSystemTrayIcon", RecordingTray)
    main = sign_in(qtbot, desktop, sandbox)
    before = bell_shows(qtbot, main, admin)
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    in_front = order_awaiting_approval(accountant)
    qtbot.waitUntil(lambda: main.notifications.bell.unread == before + 1, timeout=SLOW)
    assert RecordingTray.shown == []  # the window is in front: the bell is enough

    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: not main.isActiveWindow())
    behind = order_awaiting_approval(accountant)
    qtbot.waitUntil(lambda: len(RecordingTray.shown) == 1, timeout=SLOW)
    title, body = RecordingTray.shown[0]
    assert behind["number"] in title and behind["vendorName"] in body
    assert in_front["number"] not in title

    tray = main.notifications.desktop.tray
    assert isinstance(tray, RecordingTray)
    tray.messageClicked.emit()  # the user clicks the OS's message: the order opens
    tab = main.tab(PurchasingTab)
    qtbot.waitUntil(lambda: tab.list.current_id() == behind["id"], timeout=SLOW)
    qtbot.waitUntil(lambda: main.notifications.bell.unread == before + 1, timeout=SLOW)


def test_colleagues_signing_in_and_out_show_in_the_status_bar(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer, accountant: Api
) -> None:
    main = sign_in(qtbot, desktop, sandbox)
    label = main.status.colleagues
    qtbot.waitUntil(label.isVisible, timeout=SLOW)
    assert "Demo Admin" not in label.names  # the user is no colleague of theirs
    window = window_of(sandbox, accountant)
    try:
        qtbot.waitUntil(lambda: "Demo Accountant" in label.names, timeout=SLOW)
        assert "Demo Accountant" in label.text() and "online" in label.text()
        assert f"{len(label.names)} colleague" in label.text()
    finally:
        window.close()
    qtbot.waitUntil(lambda: "Demo Accountant" not in label.names, timeout=SLOW)


@pytest.fixture
def arabic(qapp: QApplication) -> Iterator[None]:
    translators = install_translations(qapp, QLocale("ar"))
    yield
    remove_translations(qapp, translators)


def test_the_bell_the_panel_and_colleagues_in_arabic(
    qtbot: QtBot,
    desktop: ArkanDesktopApp,
    sandbox: SandboxServer,
    admin: Api,
    accountant: Api,
    arabic: None,
) -> None:
    main = sign_in(qtbot, desktop, sandbox)
    before = bell_shows(qtbot, main, admin)
    colleague_window = window_of(sandbox, accountant)
    try:
        label = main.status.colleagues
        qtbot.waitUntil(lambda: "Demo Accountant" in label.names, timeout=SLOW)
        assert "متصل" in label.text() and "Demo Accountant" in label.text()
        order = order_awaiting_approval(accountant)
        bell = main.notifications.bell
        qtbot.waitUntil(lambda: bell.unread == before + 1, timeout=SLOW)
        assert bell.toolTip().startswith("الإشعارات:") and "غير مقروءة" in bell.toolTip()
        assert main.notifications_action.text() == "&الإشعارات"

        panel = open_panel(qtbot, main)
        assert panel.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert panel.windowTitle().startswith("الإشعارات — ")
        assert panel.all_read_button.text() == "تعليم ال&كل مقروءًا"
        qtbot.waitUntil(lambda: row_about(panel, order["id"]) == 0)
        assert order["number"] in panel.model.notifications[0].title  # the server's words
        shot_with_panel(main, panel, "notifications-ar")
    finally:
        colleague_window.close()
    panel.view.setFocus()
    panel.select(panel.model.notifications[0].id)
    qtbot.keyClick(panel.view, Qt.Key.Key_Enter)
    tab = main.tab(PurchasingTab)
    qtbot.waitUntil(lambda: tab.list.current_id() == order["id"], timeout=SLOW)
    qtbot.waitUntil(lambda: "Demo Accountant" not in label.names, timeout=SLOW)


def test_a_payment_received_a_refused_write_and_an_overdue_invoice_open_their_documents(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer, admin: Api, accountant: Api
) -> None:
    main = sign_in(qtbot, desktop, sandbox)
    before = bell_shows(qtbot, main, admin)
    bell = main.notifications.bell
    client = new_client(accountant)
    payment = accountant.ok(
        accountant.post("/accounting/payments", {"partnerId": client["id"], "amount": "750.00"})
    )
    accountant.ok(accountant.post(f"/accounting/payments/{payment['id']}/post"))
    invoice = posted_invoice(admin, client)  # a write of the admin's the server then refuses
    assert (
        admin.patch(f"/accounting/invoices/{invoice['id']}", {"notes": "late"}).status_code == 409
    )
    qtbot.waitUntil(lambda: bell.unread == before + 2, timeout=SLOW)

    panel = open_panel(qtbot, main)
    qtbot.waitUntil(lambda: row_about(panel, invoice["id"]) == 0, timeout=SLOW)
    refused, received = panel.model.notifications[0], panel.model.notifications[1]
    assert refused.type == "write_refused" and "already posted" in refused.body
    assert received.document_id == payment["id"] and client["name"] in received.title
    overdue = next(n for n in panel.model.notifications if n.type == "invoice_overdue")
    assert "is overdue" in overdue.title  # the demo's late invoices, told at the server's start

    for notice, kind in ((received, PaymentsTab), (refused, InvoicesTab), (overdue, InvoicesTab)):
        assert panel.select(notice.id)
        panel.open_button.click()
        tab = main.tab(kind)
        qtbot.waitUntil(lambda: main.tabs.currentWidget() is tab, timeout=SLOW)  # noqa: B023
        qtbot.waitUntil(lambda: tab.list.current_id() == notice.document_id, timeout=SLOW)  # noqa: B023
    opened_unread = 2 + (0 if overdue.read else 1)  # opening one marks it read
    qtbot.waitUntil(lambda: bell.unread == before + 2 - opened_unread, timeout=SLOW)
    assert bell_shows(qtbot, main, admin) == before + 2 - opened_unread
