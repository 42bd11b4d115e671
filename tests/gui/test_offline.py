"""Offline first: a remembered sign-in opens the last company at the next start; starting
with the server gone opens it from the cache, marked offline; a payment recorded while the
server is down waits in the outbox and goes out by itself once the server is back. These
use a sandbox of their own, stopped and restarted."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from arkan_desktop.domain.money import to_decimal
from arkan_desktop.gui.app import ArkanDesktopApp
from arkan_desktop.gui.invoices.invoices_tab import InvoicesTab
from arkan_desktop.gui.tasks import spawn
from arkan_desktop.sandbox.server import SandboxServer
from tests.conftest import start_sandbox
from tests.gui.conftest import run, sign_in, wait_live
from tests.gui.invoices_helpers import confirmed, row_text

SLOW = 45_000


@pytest.fixture(scope="module")
def own_sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxServer]:
    server = start_sandbox(tmp_path_factory.mktemp("offline-sandbox"))
    yield server
    server.stop()


def test_starting_without_the_server_opens_the_last_company_marked_offline(
    qtbot: QtBot, qloop: object, tmp_path: Path, own_sandbox: SandboxServer
) -> None:
    home = tmp_path / "home"
    first = ArkanDesktopApp(home)
    main = sign_in(qtbot, first, own_sandbox)  # "remember me" is on
    invoices = main.tab(InvoicesTab)
    qtbot.waitUntil(lambda: invoices.model.loads > 0 and invoices.model.rowCount() > 0)
    shown = invoices.model.rowCount()
    run(qtbot, first.shutdown())

    again = ArkanDesktopApp(home)  # "remember me": the next start needs no password
    spawn(again.start(), "test-resume")
    wait_live(qtbot, again)
    assert again.company is not None and again.company.online
    assert again.signin is not None and not again.signin.isVisible()
    run(qtbot, again.shutdown())

    own_sandbox.stop()
    second = ArkanDesktopApp(home)
    try:
        spawn(second.start(), "test-offline-start")
        qtbot.waitUntil(lambda: second.main is not None and second.main.isVisible(), timeout=SLOW)
        assert second.company is not None and not second.company.online
        main = second.main
        assert main is not None
        assert main.notice.isVisibleTo(main) and "offline" in main.notice.label.text()
        assert main.status.connection_label.property("state") == "cache"
        cached = main.tab(InvoicesTab)
        qtbot.waitUntil(lambda: cached.model.rowCount() == shown)
        assert not main.sync_action.isEnabled()
        qtbot.mouseClick(main.notice.action_button, Qt.MouseButton.LeftButton)  # "Sign in…"
        qtbot.waitUntil(lambda: second.signin is not None and second.signin.isVisible())
        assert not main.isVisible() and second.company is None
    finally:
        run(qtbot, second.shutdown())
        own_sandbox.start()


def test_a_payment_made_while_the_server_is_down_goes_out_when_it_is_back(
    qtbot: QtBot, desktop: ArkanDesktopApp, own_sandbox: SandboxServer
) -> None:
    main = sign_in(qtbot, desktop, own_sandbox)
    tab: InvoicesTab = main.tab(InvoicesTab)
    tab.set_state_filter("posted")
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0 and tab.model.query.conditions != ())
    qtbot.waitUntil(lambda: main.status.connection_label.property("state") == "online")
    context = desktop.company
    assert context is not None
    invoice = run(qtbot, context.invoices.get(tab.model.record_id(0)))
    assert invoice is not None
    due = to_decimal(invoice["amountDue"])
    assert due > 0

    own_sandbox.stop()
    try:
        qtbot.waitUntil(lambda: main.status.connection_label.property("state") != "online")
        today = datetime.now().astimezone().date().isoformat()
        payment = {"amount": due, "method": "cash", "day": today}
        run(qtbot, tab.pay(invoice, payment))
        qtbot.waitUntil(lambda: main.status.outbox_counts["waiting"] == 2)
        tab.set_state_filter("")
        qtbot.waitUntil(lambda: row_text(tab, invoice["id"], "state") == "Paid")
        assert not confirmed(tab, invoice["id"])  # shown at once, in italics: not sent yet
    finally:
        own_sandbox.start()

    qtbot.waitUntil(lambda: main.status.outbox_counts["waiting"] == 0, timeout=SLOW)
    qtbot.waitUntil(
        lambda: confirmed(tab, invoice["id"]) and row_text(tab, invoice["id"], "state") == "Paid",
        timeout=SLOW,
    )
    assert row_text(tab, invoice["id"], "due_amount") == "0.00"
    assert Decimal(0) == to_decimal(
        run(qtbot, context.invoices.get(invoice["id"]))["amountDue"]  # type: ignore[index]
    )
