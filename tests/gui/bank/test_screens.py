"""The Bank tab on the demo company, as the README shows it: the demo statement with its
suggestions, a payment file with a payee the bank would refuse, and the fixed assets; in
English and (one test) in Arabic, right to left."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from arkan_desktop.gui.app import ArkanDesktopApp
from arkan_desktop.gui.bank.bank_tab import BankTab
from arkan_desktop.gui.i18n import install_translations, remove_translations
from arkan_desktop.sandbox.server import SandboxServer
from tests.conftest import start_sandbox
from tests.gui.bank.helpers import SLOW, bank_tab
from tests.gui.conftest import run, sign_in
from tests.gui.screenshots import screenshot


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxServer]:
    server = start_sandbox(tmp_path_factory.mktemp("bank-demo"))
    yield server
    server.stop()


@pytest.fixture
def arabic(qapp: QApplication) -> Iterator[None]:
    translators = install_translations(qapp, QLocale("ar"))
    yield
    remove_translations(qapp, translators)


def _suggested(qtbot: QtBot, tab: BankTab) -> None:
    view = tab.reconcile
    qtbot.waitUntil(
        lambda: view.reconciler.loads > 0 and view.suggestions.rowCount() > 0, timeout=SLOW
    )


def test_the_demo_statement_with_its_suggestions(
    qtbot: QtBot, desktop: ArkanDesktopApp, demo: SandboxServer
) -> None:
    main = sign_in(qtbot, desktop, demo)
    main.resize(1400, 860)
    tab = bank_tab(qtbot, main)
    _suggested(qtbot, tab)
    confidence = tab.reconcile.suggestions.index(0, 0).data()
    assert confidence.endswith("%") and 0 < int(confidence[:-1]) <= 100
    assert "Reconciled" in tab.reconcile.balance_label.text()
    screenshot(main, "bank-reconcile.png")


def test_the_demo_payment_files_and_assets(
    qtbot: QtBot, desktop: ArkanDesktopApp, demo: SandboxServer
) -> None:
    main = sign_in(qtbot, desktop, demo)
    main.resize(1400, 860)
    tab = bank_tab(qtbot, main)
    files = tab.payment_files
    tab.pages.setCurrentWidget(files)
    qtbot.waitUntil(lambda: files.table.rowCount() > 0, timeout=SLOW)
    files.check_all()
    assert run(qtbot, files.check())  # the demo has a vendor whose IBAN a bank would refuse
    assert "IBAN" in files.problem_sentences()[0]
    screenshot(main, "bank-payment-files.png")
    tab.pages.setCurrentWidget(tab.assets)
    qtbot.waitUntil(lambda: tab.assets.model.rowCount() > 0, timeout=SLOW)
    tab.assets.list.select_id(tab.assets.model.ids()[0])
    qtbot.waitUntil(lambda: tab.assets.schedule.rowCount() > 0, timeout=SLOW)
    screenshot(main, "bank-assets.png")


def test_the_bank_tab_in_arabic(
    qtbot: QtBot, desktop: ArkanDesktopApp, demo: SandboxServer, arabic: None
) -> None:
    main = sign_in(qtbot, desktop, demo)
    main.resize(1400, 860)
    tab = bank_tab(qtbot, main)
    assert tab.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert main.tabs.tabText(main.tabs.indexOf(tab)) == "البنك"
    assert tab.pages.tabText(0) == "ال&تسوية"
    _suggested(qtbot, tab)
    assert tab.reconcile.balance_label.text().startswith("المسوّى")
    screenshot(main, "bank-reconcile-ar.png")
    tab.pages.setCurrentWidget(tab.payment_files)
    qtbot.waitUntil(lambda: tab.payment_files.table.rowCount() > 0, timeout=SLOW)
    screenshot(main, "bank-payment-files-ar.png")
