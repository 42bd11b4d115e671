"""What the Bank tab tests share: the tab once the window is live, statements written
from payments the sandbox holds, waiting on the reconcile view."""

from __future__ import annotations

import uuid
from decimal import Decimal
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from arkan_desktop.gui.bank.bank_tab import BankTab
from arkan_desktop.gui.main_window import MainWindow
from tests.sandbox.conftest import Api
from tests.sandbox.test_bank_reconciliation import STATEMENTS, paid
from tests.sandbox.test_invoices import new_client, new_vendor
from tests.support.bank_files import SUFFIXES, WRITERS, Statement, lines_of, statement_of

SLOW = 30_000


def bank_tab(qtbot: QtBot, main: MainWindow) -> BankTab:
    tab: BankTab = main.tab(BankTab)
    main.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.reconcile.account_combo.count() > 0, timeout=SLOW)
    view = tab.reconcile
    view.account_combo.setCurrentIndex(view.account_combo.findText("1010", flags=_contains()))
    return tab


def _contains() -> Any:
    from PySide6.QtCore import Qt

    return Qt.MatchFlag.MatchContains


def fresh_payments(api: Api, amounts: list[tuple[str, str]]) -> list[dict[str, Any]]:
    """Posted bank payments of a new client and vendor: (amount, inbound|outbound) each."""
    client, vendor = new_client(api), new_vendor(api)
    return [paid(api, client if way == "inbound" else vendor, a, way) for a, way in amounts]


def statement_file(
    tmp_path: Path, kind: str, payments: list[dict[str, Any]], opening: str = "10000.00"
) -> tuple[Path, Statement]:
    identifier = f"ST{uuid.uuid4().hex[:8].upper()}"
    statement = statement_of(identifier, Decimal(opening), lines_of(payments))
    path = tmp_path / f"{identifier}{SUFFIXES[kind]}"
    path.write_bytes(WRITERS[kind](statement))
    return path, statement


def server_statement(api: Api, reference_start: str) -> dict[str, Any] | None:
    found = [s for s in api.all(STATEMENTS) if s["reference"].startswith(reference_start)]
    return found[0] if found else None
