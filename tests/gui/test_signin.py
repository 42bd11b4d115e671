"""Signing in through the window: plain messages for failures, the company picker, the
main window with every module listing the demo data, and switching company."""

from __future__ import annotations

import keyring
from keyring.backends.fail import Keyring as FailKeyring
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from arkan_desktop.gui.app import ArkanDesktopApp
from arkan_desktop.gui.invoices.invoices_tab import InvoicesTab
from arkan_desktop.gui.ledger.ledger_tab import LedgerTab
from arkan_desktop.gui.purchasing.purchasing_tab import PurchasingTab
from arkan_desktop.gui.receivables.payments_tab import PaymentsTab
from arkan_desktop.gui.signin.signin_window import no_keyring_text
from arkan_desktop.gui.stock.stock_tab import StockTab
from arkan_desktop.gui.tasks import spawn
from arkan_desktop.sandbox.server import SandboxServer
from tests.api.conftest import MemoryKeyring
from tests.gui.conftest import sign_in, wait_live
from tests.sandbox.conftest import COMPANY_1, COMPANY_2, Api


def start_signin(qtbot: QtBot, desktop: ArkanDesktopApp, url: str, password: str) -> None:
    spawn(desktop.start(), "test-start")
    qtbot.waitUntil(lambda: desktop.signin is not None and desktop.signin.isVisible())
    assert desktop.signin is not None
    desktop.signin.fill(url, "admin@demo.local", password)
    qtbot.mouseClick(desktop.signin.sign_in_button, Qt.MouseButton.LeftButton)


def test_a_wrong_password_is_said_under_the_form(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer
) -> None:
    start_signin(qtbot, desktop, sandbox.api_url, "not-the-password")
    signin = desktop.signin
    assert signin is not None
    qtbot.waitUntil(lambda: not signin.busy and bool(signin.message_label.text()), timeout=10_000)
    assert signin.message_label.text() == "Wrong email or password"
    assert signin.sign_in_button.isEnabled() and signin.password_edit.isEnabled()
    assert desktop.main is None


def test_an_unreachable_server_is_said_plainly(qtbot: QtBot, desktop: ArkanDesktopApp) -> None:
    start_signin(qtbot, desktop, "http://127.0.0.1:9/api/v1", "demo")
    signin = desktop.signin
    assert signin is not None
    qtbot.waitUntil(lambda: not signin.busy and bool(signin.message_label.text()), timeout=20_000)
    assert signin.message_label.text().startswith("Cannot reach http://127.0.0.1:9")
    assert desktop.main is None


def test_signing_in_opens_the_chosen_company_with_every_module(
    qtbot: QtBot,
    desktop: ArkanDesktopApp,
    sandbox: SandboxServer,
    memory_keyring: MemoryKeyring,
    admin: Api,
) -> None:
    main = sign_in(qtbot, desktop, sandbox, company=COMPANY_1)
    assert main.isVisible() and not desktop.signin.isVisible()  # type: ignore[union-attr]
    assert "Arkan Demo Trading LLC" in main.windowTitle()
    titles = [main.tabs.tabText(i) for i in range(main.tabs.count())]
    # tabs follow what the server offers: Arkan has no customers list (so no Customers
    # tab) but lists payments, computes period reports and has vendors (Bills, Partners)
    assert titles == [
        "Ledger",
        "Invoices",
        "Stock Moves",
        "Purchasing",
        "Payments",
        "Reports",
        "Bank",
        "Bills",
        "Partners",
        "Sales",
    ]
    ledger, invoices = main.tab(LedgerTab), main.tab(InvoicesTab)
    stock, purchasing = main.tab(StockTab), main.tab(PurchasingTab)
    for index in range(main.tabs.count()):  # every tab shown once, as a user would
        main.tabs.setCurrentIndex(index)
        qtbot.wait(50)
    qtbot.waitUntil(
        lambda: all(
            m.rowCount() > 0
            for m in (ledger.accounts, ledger.journal, invoices.model, stock.products,
                      stock.moves, purchasing.model, main.tab(PaymentsTab).model)
        ),
        timeout=10_000,
    )  # fmt: skip
    assert ledger.accounts.rowCount() >= 4  # assets, liabilities, equity, revenue, expenses
    # every product the server has (300 demo ones, plus any an earlier test created)
    products = len(admin.all("/inventory/products"))
    assert invoices.model.rowCount() > 100 and stock.products.rowCount() == products >= 300
    assert main.company_combo.count() == 2
    qtbot.waitUntil(lambda: main.status.connection_label.property("state") == "online")
    assert "Invoices:" in invoices.totals_label.text()
    # "remember me" was on: the refresh token is in the keyring (and only there)
    assert any("admin@demo.local" in user for _service, user in memory_keyring.secrets)


def test_switching_company_shows_only_that_companys_rows(
    qtbot: QtBot,
    desktop: ArkanDesktopApp,
    sandbox: SandboxServer,
    memory_keyring: MemoryKeyring,
) -> None:
    main = sign_in(qtbot, desktop, sandbox, company=COMPANY_1)
    first = main.tab(InvoicesTab)
    qtbot.waitUntil(lambda: first.model.rowCount() > 0, timeout=10_000)
    first_ids = set(first.model.ids())
    kuwait = Api(sandbox, "admin@demo.local", COMPANY_2)
    try:
        kuwait_ids = {record["id"] for record in kuwait.all("/accounting/invoices")}
    finally:
        kuwait.close()

    seen: list[str] = []
    index = next(
        i for i in range(main.company_combo.count())
        if main.company_combo.itemData(i)["id"] == COMPANY_2
    )  # fmt: skip
    main.company_combo.setCurrentIndex(index)
    main.company_combo.activated.emit(index)
    qtbot.waitUntil(main.busy.isVisible)  # says what it opens, not a blank window
    assert main.busy.label.text() == "Opening Arkan Demo Kuwait W.L.L.…"
    assert not main.tabs.isVisible()
    qtbot.waitUntil(lambda: desktop.company is not None and desktop.company.id == COMPANY_2)
    wait_live(qtbot, desktop)
    assert main.tabs.isVisible() and not main.busy.isVisible()
    second = main.tab(InvoicesTab)
    assert second is not first
    second.model.rowsInserted.connect(lambda *_: seen.extend(second.model.ids()))
    qtbot.waitUntil(lambda: second.model.rowCount() > 0, timeout=10_000)
    shown = set(second.model.ids()) | set(seen)
    assert shown and not shown & first_ids
    assert shown <= kuwait_ids | {i for i in shown if i.startswith("local-")}
    total = second.model.index(0, second.model.spec.column_index("total")).data()
    assert len(total.rsplit(".", 1)[1]) == 3  # KWD has three decimals
    assert "Kuwait" in main.windowTitle()

    main.sign_out_action.trigger()
    qtbot.waitUntil(lambda: desktop.signin is not None and desktop.signin.isVisible())
    assert not main.isVisible() and desktop.company is None
    assert not memory_keyring.secrets  # signing out forgets the saved sign-in


def test_without_a_keyring_the_window_says_the_sign_in_is_not_kept(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer
) -> None:
    keyring.set_keyring(FailKeyring())  # the memory keyring comes back after the test
    main = sign_in(qtbot, desktop, sandbox)
    assert main.notice.isVisibleTo(main)
    assert main.notice.label.text() == no_keyring_text()
