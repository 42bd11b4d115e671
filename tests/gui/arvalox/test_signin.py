"""Signing in to an Arvalox server through the window: an API key (kept in the keyring),
plain messages for a bad key, an unreachable server and a spent request limit, and the
window built from what the server offers (no Ledger, Stock or Purchasing)."""

from __future__ import annotations

import json
import time
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from arkan_desktop.api.arvalox_session import BAD_KEY
from arkan_desktop.gui.app import ArkanDesktopApp
from arkan_desktop.gui.customers.customers_tab import CustomersTab
from arkan_desktop.gui.invoices.invoices_tab import InvoicesTab
from arkan_desktop.gui.receivables.payments_tab import PaymentsTab
from arkan_desktop.gui.signin.profiles import PASSWORD, load_profiles
from arkan_desktop.sandbox.arvalox.real import seed as real_seed
from arkan_desktop.sandbox.arvalox.seed import CUSTOMERS, INVOICES
from arkan_desktop.sandbox.server import SandboxServer
from arkan_desktop.store.paths import settings_path
from tests.api.conftest import MemoryKeyring
from tests.gui.arvalox.helpers import (
    DEMO_KEY,
    open_signin,
    sign_in_with_key,
    start_arvalox,
    submit_key,
    titles,
)
from tests.gui.conftest import wait_live
from tests.gui.screenshots import screenshot
from tests.support.arvalox_flavours import FLAVOURS, start_deployment


def test_an_api_key_opens_the_receivables_window(
    qtbot: QtBot,
    desktop: ArkanDesktopApp,
    arvalox: SandboxServer,
    memory_keyring: MemoryKeyring,
) -> None:
    main = sign_in_with_key(qtbot, desktop, arvalox)
    assert desktop.picker is None  # one account: no company to choose
    assert titles(main) == ["Invoices", "Customers", "Payments", "Reports"]
    customers, invoices = main.tab(CustomersTab), main.tab(InvoicesTab)
    payments = main.tab(PaymentsTab)
    for tab, rows in ((customers, CUSTOMERS), (invoices, INVOICES), (payments, None)):
        main.tabs.setCurrentWidget(tab)  # every list shown, as a user would
        qtbot.waitUntil(
            lambda t=tab, n=rows: t.model.rowCount() == n if n else t.model.rowCount() > 0,
            timeout=20_000,
        )
    qtbot.waitUntil(lambda: main.status.connection_label.property("state") == "online")
    # the key is in the keyring, and only there
    assert list(memory_keyring.secrets.values()) == [DEMO_KEY]
    home = desktop.client_home
    saved = settings_path(home).read_text(encoding="utf-8")
    assert DEMO_KEY not in saved and json.loads(saved)["server_kind"] == "arvalox"
    context = desktop.company
    assert context is not None
    assert json.loads(context.workspace.cache.meta("resources") or "[]") == [
        "customers",
        "invoices",
        "payments",
    ]
    main.tabs.setCurrentWidget(customers)
    customers.list.select_id(customers.model.record_id(0))
    qtbot.wait(100)
    screenshot(main, "arvalox-customers.png")

    main.sign_out_action.trigger()
    qtbot.waitUntil(lambda: desktop.signin is not None and desktop.signin.isVisible())
    assert not memory_keyring.secrets  # signing out forgets the key


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_email_and_password_where_the_deployment_signs_users_in(
    qtbot: QtBot,
    desktop: ArkanDesktopApp,
    memory_keyring: MemoryKeyring,
    flavour: str,
    tmp_path: Path,
) -> None:
    deployment = start_deployment(tmp_path / "server", flavour)
    # The open-source backend's user types the address they were given, not its API root.
    typed = deployment.server.url if flavour == "real" else deployment.api_url
    try:
        signin = open_signin(qtbot, desktop)
        signin.fill(typed, deployment.email, deployment.password, remember=False)
        signin.kind_combo.setCurrentIndex(signin.kind_combo.findData("arvalox"))
        signin.method_combo.setCurrentIndex(signin.method_combo.findData(PASSWORD))
        assert signin.password_edit.isVisibleTo(signin) and not signin.key_edit.isVisibleTo(signin)
        qtbot.mouseClick(signin.sign_in_button, Qt.MouseButton.LeftButton)
        wait_live(qtbot, desktop)
        assert desktop.main is not None
        assert titles(desktop.main) == ["Invoices", "Customers", "Payments", "Reports"]
        invoices = desktop.main.tab(InvoicesTab)
        desktop.main.tabs.setCurrentWidget(invoices)
        every = real_seed.INVOICES if flavour == "real" else INVOICES
        qtbot.waitUntil(lambda: invoices.model.rowCount() == every, timeout=20_000)
        assert not memory_keyring.secrets  # "remember me" was off: nothing kept
        assert load_profiles()[0].method == PASSWORD
    finally:
        deployment.stop()


def test_a_bad_key_is_said_under_the_form(
    qtbot: QtBot, desktop: ArkanDesktopApp, arvalox: SandboxServer
) -> None:
    signin = submit_key(qtbot, desktop, arvalox.api_url, "not-a-key")
    qtbot.waitUntil(lambda: not signin.busy and bool(signin.message_label.text()), timeout=10_000)
    assert signin.message_label.text() == BAD_KEY
    assert signin.key_edit.hasFocus() or signin.key_edit.selectedText() == "not-a-key"
    assert signin.key_edit.isVisibleTo(signin) and not signin.password_edit.isVisibleTo(signin)
    assert desktop.main is None
    signin.key_edit.clear()
    signin.show_message(signin.message_label.text())
    screenshot(signin, "arvalox-signin.png")


def test_an_unreachable_server_is_said_plainly(qtbot: QtBot, desktop: ArkanDesktopApp) -> None:
    signin = submit_key(qtbot, desktop, "http://127.0.0.1:9/v1", DEMO_KEY)
    qtbot.waitUntil(lambda: not signin.busy and bool(signin.message_label.text()), timeout=20_000)
    assert signin.message_label.text().startswith("Cannot reach http://127.0.0.1:9")
    assert desktop.main is None


def test_a_spent_request_limit_is_waited_out_with_a_message(
    qtbot: QtBot, desktop: ArkanDesktopApp, tmp_path: Path
) -> None:
    # A 3-second window of 8 requests stands in for the hour (a real hour is too long).
    server = start_arvalox(tmp_path / "limited", plan="free", rate_windows=((50, 60.0), (8, 3.0)))
    try:
        with httpx.Client(
            base_url=server.api_url, headers={"x-arvalox-api-key": DEMO_KEY}
        ) as other_client:
            time.sleep(3.0 - time.time() % 3.0)  # the top of a fixed 3 s slot, so the
            # window spent below is still spent when our client starts
            while other_client.get("/ping").status_code != 429:  # it spends the window
                pass
        signin = submit_key(qtbot, desktop, server.api_url, DEMO_KEY)
        qtbot.waitUntil(lambda: "request limit" in signin.message_label.text(), timeout=10_000)
        assert signin.busy  # waiting, not failed
        wait_live(qtbot, desktop, timeout=60)
        assert desktop.main is not None and desktop.main.isVisible()
    finally:
        server.stop()


def test_without_remember_me_no_key_stays_in_the_keyring(
    qtbot: QtBot,
    desktop: ArkanDesktopApp,
    arvalox: SandboxServer,
    memory_keyring: MemoryKeyring,
) -> None:
    stale = ("arkan-desktop", f"{arvalox.api_url}|api-key|default")
    memory_keyring.secrets[stale] = "an-old-key"  # a key an earlier sign-in kept
    submit_key(qtbot, desktop, arvalox.api_url, DEMO_KEY, remember=False)
    wait_live(qtbot, desktop)
    assert not memory_keyring.secrets
