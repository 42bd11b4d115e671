"""The Bank tab's reconcile view against the sandbox: a statement file imported and
reconciled by keyboard until the server's reconciled balance is its closing balance."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from arkan_desktop.gui.app import ArkanDesktopApp
from arkan_desktop.gui.bank.import_dialog import ImportDialog
from arkan_desktop.sandbox.server import SandboxServer
from tests.gui.bank.helpers import (
    SLOW,
    bank_tab,
    fresh_payments,
    server_statement,
    statement_file,
)
from tests.gui.conftest import sign_in
from tests.sandbox.conftest import Api


def test_an_mt940_statement_is_reconciled_by_keyboard(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer, admin: Api, tmp_path
) -> None:
    payments = fresh_payments(
        admin, [("2150.40", "inbound"), ("318.25", "outbound"), ("77.00", "inbound")]
    )
    path, written = statement_file(tmp_path, "mt940", payments)
    main = sign_in(qtbot, desktop, sandbox)
    tab = bank_tab(qtbot, main)
    view = tab.reconcile
    tab.import_statement(path)
    qtbot.waitUntil(lambda: isinstance(tab.asking.current, ImportDialog), timeout=SLOW)
    dialog = tab.asking.current
    assert isinstance(dialog, ImportDialog)
    dialog.accept()
    qtbot.waitUntil(lambda: server_statement(admin, written.identifier) is not None, timeout=SLOW)
    qtbot.waitUntil(
        lambda: view.reconciler.statement is not None
        and str(view.reconciler.statement.get("number", "")).startswith("BST-")
        and len(view.reconciler.lines) == 3
        and all(view.reconciler.suggestions(x.id) for x in view.reconciler.lines),
        timeout=SLOW,
    )
    view.line_view.setFocus()
    started = time.monotonic()
    keys = 0
    for _ in range(3):
        qtbot.keyClick(view.line_view, Qt.Key.Key_Return)
        keys += 1
        qtbot.waitUntil(lambda n=keys: len(view.reconciler.lines) == 3 - n, timeout=SLOW)
    qtbot.waitUntil(
        lambda: (server_statement(admin, written.identifier) or {}).get("state") == "reconciled",
        timeout=SLOW,
    )
    took = time.monotonic() - started
    done = server_statement(admin, written.identifier)
    assert done is not None and done["reconciledBalance"] == done["closingBalance"]
    print(f"3 lines reconciled with {keys} keystrokes in {took:.2f} s")
