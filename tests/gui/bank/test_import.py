"""Importing statement files in the Bank tab: a real-format file of each kind (CSV with its
columns chosen once and remembered for the account, MT940, CAMT.053, OFX) made from
payments on the server; a broken file refused with the sentence naming its line, nothing
of it imported; a statement that does not add up imported only when the user says so."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from pytestqt.qtbot import QtBot

from arkan_desktop.gui.app import ArkanDesktopApp
from arkan_desktop.gui.bank.bank_tab import BankTab
from arkan_desktop.gui.bank.csv_mapping_dialog import CsvMappingDialog
from arkan_desktop.gui.bank.import_dialog import ImportDialog
from arkan_desktop.sandbox.server import SandboxServer
from tests.gui.bank.helpers import (
    SLOW,
    bank_tab,
    fresh_payments,
    server_statement,
    statement_file,
)
from tests.gui.conftest import run, sign_in
from tests.gui.screenshots import screenshot
from tests.sandbox.conftest import Api

SAMPLES = Path(__file__).resolve().parents[2] / "domain" / "bank" / "samples"


def _confirm(qtbot: QtBot, tab: BankTab) -> ImportDialog:
    qtbot.waitUntil(lambda: isinstance(tab.asking.current, ImportDialog), timeout=SLOW)
    dialog = tab.asking.current
    assert isinstance(dialog, ImportDialog)
    return dialog


def _imported(qtbot: QtBot, api: Api, reference: str, lines: int) -> None:
    qtbot.waitUntil(lambda: server_statement(api, reference) is not None, timeout=SLOW)
    found = server_statement(api, reference)
    assert found is not None and found["lineCount"] == lines


def test_each_kind_of_statement_file_is_imported(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer, admin: Api, tmp_path: Path
) -> None:
    main = sign_in(qtbot, desktop, sandbox)
    tab = bank_tab(qtbot, main)
    for kind in ("csv", "mt940", "camt053", "ofx"):
        payments = fresh_payments(admin, [("1215.60", "inbound"), ("403.10", "outbound")])
        path, written = statement_file(tmp_path, kind, payments)
        task = tab.live.spawn(tab.import_file(path), f"import-{kind}")
        if kind == "csv":  # the first CSV of this account: its columns are asked once
            qtbot.waitUntil(lambda: isinstance(tab.asking.current, CsvMappingDialog), timeout=SLOW)
            mapping = tab.asking.current
            assert isinstance(mapping, CsvMappingDialog)
            assert mapping.questions.isVisibleTo(mapping)  # 0x/12/2026: day or month first?
            assert "dd/mm/yyyy" in mapping.questions.text()
            assert mapping.date_format.currentData() == "%d/%m/%Y"
            screenshot(mapping, "bank-import-mapping.png")
            mapping.accept()
        dialog = _confirm(qtbot, tab)
        if kind != "csv":
            assert dialog.reference().startswith(written.identifier)
        dialog.reference_edit.setText(written.identifier)
        assert dialog.opening.value() == written.opening
        assert dialog.closing() == written.closing and not dialog.problem()
        dialog.accept()
        qtbot.waitUntil(task.done, timeout=SLOW)
        assert task.result() == 1
        _imported(qtbot, admin, written.identifier, len(written.lines))
        found = server_statement(admin, written.identifier)
        assert found is not None
        assert [Decimal(x["amount"]) for x in found["lines"]] == [x.amount for x in written.lines]
        assert found["closingBalance"] == f"{written.closing:.2f}"

    payments = fresh_payments(admin, [("88.80", "inbound")])
    path, written = statement_file(tmp_path, "csv", payments)
    task = tab.live.spawn(tab.import_file(path), "import-csv-again")
    dialog = _confirm(qtbot, tab)  # no columns asked: the account's mapping is remembered
    dialog.reference_edit.setText(written.identifier)
    dialog.accept()
    qtbot.waitUntil(task.done, timeout=SLOW)
    _imported(qtbot, admin, written.identifier, 1)


def test_a_broken_file_is_refused_naming_its_line_and_nothing_is_queued(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer, admin: Api
) -> None:
    main = sign_in(qtbot, desktop, sandbox)
    tab = bank_tab(qtbot, main)
    company = tab.company
    before = run(qtbot, company.outbox.counts())
    for name, words in (
        ("mt940_bad_amount.sta", "Line 26"),
        ("camt053_bad_amount.xml", "Line 62"),
        ("ofx1_bad_amount.ofx", "Line 51"),
    ):
        queued = run(qtbot, tab.import_file(SAMPLES / "broken" / name))
        assert queued == 0
        shown = tab.reconcile.problem_label.text()
        assert tab.reconcile.problem_label.isVisibleTo(tab) and words in shown, shown
        assert shown.startswith("The file cannot be imported, and nothing of it was:")
    assert run(qtbot, company.outbox.counts()) == before
    assert not [s for s in admin.all("/accounting/bank-reconciliation/statements")
                if s["reference"].startswith("STMT2612")]  # fmt: skip


def test_a_statement_that_does_not_add_up_is_imported_only_when_confirmed(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer, admin: Api
) -> None:
    main = sign_in(qtbot, desktop, sandbox)
    tab = bank_tab(qtbot, main)
    task = tab.live.spawn(tab.import_file(SAMPLES / "broken" / "camt053_unbalanced.xml"), "imp")
    dialog = _confirm(qtbot, tab)
    assert dialog.problem_label.isVisibleTo(dialog)
    assert "do not add up" in dialog.problem() and "41,752.54" in dialog.problem()
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    dialog.accept()
    assert dialog.isVisible()  # not without saying so
    dialog.anyway.setChecked(True)
    reference = f"UNBALANCED-{id(dialog)}"
    dialog.reference_edit.setText(reference)
    expected = (dialog.opening.value() or Decimal(0)) + dialog.total
    assert dialog.closing() == expected
    dialog.accept()
    qtbot.waitUntil(task.done, timeout=SLOW)
    qtbot.waitUntil(lambda: server_statement(admin, reference) is not None, timeout=SLOW)
    found = server_statement(admin, reference)
    assert found is not None and Decimal(found["closingBalance"]) == expected
