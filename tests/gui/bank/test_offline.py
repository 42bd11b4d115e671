"""Reconciling while the server is down: each key's match shows at once and waits in the
outbox; when the server is back the matches go out by themselves and the server's
statement ends reconciled. Uses a sandbox of its own, stopped and restarted."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from arkan_desktop.gui.app import ArkanDesktopApp
from arkan_desktop.gui.bank.import_dialog import ImportDialog
from arkan_desktop.sandbox.server import SandboxServer
from tests.conftest import start_sandbox
from tests.gui.bank.helpers import SLOW, bank_tab, fresh_payments, server_statement, statement_file
from tests.gui.conftest import sign_in
from tests.sandbox.conftest import COMPANY_1, Api


@pytest.fixture(scope="module")
def own_sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxServer]:
    server = start_sandbox(tmp_path_factory.mktemp("bank-offline"))
    yield server
    server.stop()


def test_matches_made_offline_wait_in_the_outbox_then_reconcile(
    qtbot: QtBot, desktop: ArkanDesktopApp, own_sandbox: SandboxServer, tmp_path: Path
) -> None:
    api = Api(own_sandbox, "admin@demo.local", COMPANY_1)
    try:
        payments = fresh_payments(api, [("640.00", "inbound"), ("95.25", "outbound")])
        path, written = statement_file(tmp_path, "ofx", payments)
        main = sign_in(qtbot, desktop, own_sandbox)
        tab = bank_tab(qtbot, main)
        view = tab.reconcile
        tab.import_statement(path)
        qtbot.waitUntil(lambda: isinstance(tab.asking.current, ImportDialog), timeout=SLOW)
        dialog = tab.asking.current
        assert isinstance(dialog, ImportDialog)
        dialog.reference_edit.setText(written.identifier)
        dialog.accept()
        qtbot.waitUntil(
            lambda: (
                (view.reconciler.statement or {}).get("reference") == written.identifier
                and str((view.reconciler.statement or {}).get("number", "")).startswith("BST-")
                and all(view.reconciler.suggestions(x.id) for x in view.reconciler.lines)
                and len(view.reconciler.lines) == 2
            ),
            timeout=SLOW,
        )
        qtbot.waitUntil(lambda: main.status.connection_label.property("state") == "online")

        own_sandbox.stop()
        try:
            qtbot.waitUntil(lambda: main.status.connection_label.property("state") != "online")
            view.line_view.setFocus()
            for left in (1, 0):
                qtbot.keyClick(view.line_view, Qt.Key.Key_Return)
                qtbot.waitUntil(lambda n=left: len(view.reconciler.lines) == n, timeout=SLOW)
            qtbot.waitUntil(lambda: main.status.outbox_counts["waiting"] == 2, timeout=SLOW)
            assert "agrees with the bank" in view.balance_label.text()  # shown before it is sent
        finally:
            own_sandbox.start()

        qtbot.waitUntil(lambda: main.status.outbox_counts["waiting"] == 0, timeout=SLOW * 2)
        qtbot.waitUntil(
            lambda: (server_statement(api, written.identifier) or {}).get("state") == "reconciled",
            timeout=SLOW,
        )
        done = server_statement(api, written.identifier)
        assert done is not None and done["reconciledBalance"] == done["closingBalance"]
    finally:
        api.close()
