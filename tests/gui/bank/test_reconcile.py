"""The Bank tab's reconcile view against the sandbox: a statement file imported and
reconciled by keyboard until the server's reconciled balance is its closing balance."""

from __future__ import annotations

import datetime as dt
import time
import uuid
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from arkan_desktop.gui.app import ArkanDesktopApp
from arkan_desktop.gui.bank.import_dialog import ImportDialog
from arkan_desktop.gui.bank.reconcile_view import ReconcileView
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
from tests.support.bank_files import WRITERS, Line, line_for, statement_of


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
        lambda: (
            view.reconciler.statement is not None
            and str(view.reconciler.statement.get("number", "")).startswith("BST-")
            and len(view.reconciler.lines) == 3
            and all(view.reconciler.suggestions(x.id) for x in view.reconciler.lines)
        ),
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


def _choose_items(qtbot: QtBot, view: ReconcileView, words: str, rows: int) -> None:
    """Tab to the open items, filter them, Space each, Enter."""
    view.filter_edit.setText(words)
    qtbot.waitUntil(lambda: view.item_filter.rowCount() == rows, timeout=SLOW)
    view.item_view.setFocus()  # as Tab does: the first item current, none selected
    first = view.item_filter.index(0, 0)
    view.item_view.selectionModel().setCurrentIndex(
        first, QItemSelectionModel.SelectionFlag.NoUpdate
    )
    for row in range(rows):
        if row:
            qtbot.keyClick(view.item_view, Qt.Key.Key_Down)
        qtbot.keyClick(view.item_view, Qt.Key.Key_Space)
    assert len(view.item_view.selectionModel().selectedRows()) == rows
    qtbot.keyClick(view.item_view, Qt.Key.Key_Return)
    view.filter_edit.clear()


def _line_state(view: ReconcileView, sequence: int) -> dict[str, Any]:
    lines = (view.reconciler.statement or {}).get("lines") or []
    return next(x for x in lines if x.get("sequence") == sequence)


def test_many_to_one_part_of_a_payment_a_write_off_and_an_unmatch(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer, admin: Api, tmp_path: Path
) -> None:
    two = fresh_payments(admin, [("300.00", "inbound"), ("200.00", "inbound")])
    big, exact = fresh_payments(admin, [("1000.00", "inbound"), ("250.00", "inbound")])
    day = dt.date.fromisoformat(two[0]["date"])
    name = str(two[0]["partnerName"]).upper()
    lines = [
        Line(day, Decimal("500.00"), "", f"TRANSFER FROM {name}", name),  # two payments
        Line(day, Decimal("600.00"), "", "PART PAYMENT", "SOMEONE ELSE"),  # part of one
        Line(day, Decimal("-12.50"), "", "MONTHLY ACCOUNT FEE", ""),  # written off
        line_for(exact),  # matched, unmatched, matched again
    ]
    written = statement_of(f"ST{uuid.uuid4().hex[:8].upper()}", Decimal("5000.00"), lines)
    path = tmp_path / "december.xml"
    path.write_bytes(WRITERS["camt053"](written))
    main = sign_in(qtbot, desktop, sandbox)
    tab = bank_tab(qtbot, main)
    view = tab.reconcile
    tab.import_statement(path)
    qtbot.waitUntil(lambda: isinstance(tab.asking.current, ImportDialog), timeout=SLOW)
    dialog = tab.asking.current
    assert isinstance(dialog, ImportDialog)
    dialog.accept()
    qtbot.waitUntil(
        lambda: (
            str((view.reconciler.statement or {}).get("number", "")).startswith("BST-")
            and (view.reconciler.statement or {}).get("reference") == written.identifier
            and len(view.reconciler.lines) == 4
            and big["id"] in str(list(view.reconciler.items))
        ),
        timeout=SLOW,
    )
    assert "Reconciled 5,000.00 of closing 6,337.50" in view.balance_label.text()

    view.select_line(_line_id(view, 1))
    _choose_items(qtbot, view, str(two[0]["partnerName"]), 2)  # many-to-one
    qtbot.waitUntil(lambda: _line_state(view, 1).get("state") == "reconciled", timeout=SLOW)
    assert len(_line_state(view, 1)["matches"]) == 2

    view.select_line(_line_id(view, 2))
    _choose_items(qtbot, view, str(big["reference"]), 1)  # 600 of the 1,000
    qtbot.waitUntil(lambda: _line_state(view, 2).get("state") == "reconciled", timeout=SLOW)
    [part] = _line_state(view, 2)["matches"]
    assert Decimal(str(part["amount"])) == Decimal("600.00")

    view.select_line(_line_id(view, 3))
    main.activateWindow()  # the import dialog had the keyboard; Ctrl+D is the view's
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    view.line_view.setFocus()
    qtbot.keyClick(view.line_view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _line_state(view, 3).get("state") == "reconciled", timeout=SLOW)

    view.select_line(_line_id(view, 4))
    qtbot.waitUntil(lambda: bool(view.reconciler.suggestions(_line_id(view, 4))), timeout=SLOW)
    qtbot.keyClick(view.line_view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _line_state(view, 4).get("state") == "reconciled", timeout=SLOW)
    qtbot.waitUntil(
        lambda: (server_statement(admin, written.identifier) or {}).get("state") == "reconciled",
        timeout=SLOW,
    )
    qtbot.waitUntil(lambda: "agrees with the bank" in view.balance_label.text(), timeout=SLOW)

    view.select_line(_line_id(view, 4))
    qtbot.keyClick(view.line_view, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _line_state(view, 4).get("state") != "reconciled", timeout=SLOW)
    qtbot.waitUntil(
        lambda: (server_statement(admin, written.identifier) or {}).get("state") != "reconciled",
        timeout=SLOW,
    )
    assert "agrees with the bank" not in view.balance_label.text()
    view.select_line(_line_id(view, 4))
    qtbot.waitUntil(lambda: bool(view.reconciler.suggestions(_line_id(view, 4))), timeout=SLOW)
    best = view.reconciler.suggestions(_line_id(view, 4))[0]
    assert exact["id"] in str(best.items)  # the payment is free again, and first
    qtbot.keyClick(view.line_view, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: (server_statement(admin, written.identifier) or {}).get("state") == "reconciled",
        timeout=SLOW,
    )
    done = server_statement(admin, written.identifier)
    assert done is not None and done["reconciledBalance"] == done["closingBalance"] == "6337.50"


def _line_id(view: ReconcileView, sequence: int) -> str:
    return str(_line_state(view, sequence)["id"])
