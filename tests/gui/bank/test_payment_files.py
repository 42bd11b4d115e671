"""Payment files in the Bank tab against the sandbox: a payee without an IBAN named before
the export and fixed in their bank details, then the UAEFTS file the server answers saved
where the user chose; a payroll run's salaries written to a WPS file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QLineEdit
from pytestqt.qtbot import QtBot

from arkan_desktop.gui.app import ArkanDesktopApp
from arkan_desktop.gui.bank.bank_details_dialog import BankDetailsDialog
from arkan_desktop.gui.bank.bank_tab import BankTab
from arkan_desktop.gui.bank.payment_files_view import PaymentFilesView
from arkan_desktop.sandbox.server import SandboxServer
from tests.gui.bank.helpers import SLOW, bank_tab
from tests.gui.conftest import run, sign_in
from tests.sandbox.conftest import Api
from tests.sandbox.test_batch_payments import (
    MASHREQ_ROUTING,
    mashreq_iban,
    vendor_payment,
    vendor_with_bank,
)
from tests.sandbox.test_invoices import new_vendor
from tests.sandbox.test_wps_salaries import new_employee, posted_run


def _page(qtbot: QtBot, tab: BankTab, category: str, ids: list[str]) -> PaymentFilesView:
    view = tab.payment_files
    tab.pages.setCurrentWidget(view)
    view.category_combo.setCurrentIndex(view.category_combo.findData(category))
    qtbot.waitUntil(lambda: set(ids) <= {r.id for r in view.table.rows}, timeout=SLOW)
    return view


def _save_as(qtbot: QtBot, tab: BankTab, path: Path) -> None:
    qtbot.waitUntil(lambda: isinstance(tab.asking.current, QFileDialog), timeout=SLOW)
    chooser = tab.asking.current
    assert isinstance(chooser, QFileDialog)
    name = chooser.findChild(QLineEdit, "fileNameEdit")  # typed, as the user would
    name.setText(str(path))
    assert chooser.selectedFiles() == [str(path)]
    chooser.accept()


def test_a_payee_without_an_iban_is_named_then_fixed_and_the_uaefts_file_saved(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer, admin: Api, tmp_path: Path
) -> None:
    ready, missing = vendor_with_bank(admin), new_vendor(admin)
    one = vendor_payment(admin, ready, "5000.00")
    two = vendor_payment(admin, missing, "7250.50")
    main = sign_in(qtbot, desktop, sandbox)
    tab = bank_tab(qtbot, main)
    view = _page(qtbot, tab, "vendor", [one["id"], two["id"]])
    assert view.file_format() == "uaefts"
    view.choose([one["id"], two["id"]])
    assert view.total_label.text().startswith("2 payments checked, 12,250.50")

    before = run(qtbot, tab.company.outbox.counts())
    assert run(qtbot, view.export()) is False  # refused before anything is asked or queued
    [sentence] = view.problem_sentences()
    assert missing["name"] in sentence and "IBAN" in sentence, sentence
    assert run(qtbot, tab.company.outbox.counts()) == before

    view.problem_list.setCurrentRow(0)
    view.fix_selected()
    qtbot.waitUntil(lambda: isinstance(tab.asking.current, BankDetailsDialog), timeout=SLOW)
    details = tab.asking.current
    assert isinstance(details, BankDetailsDialog)
    good = mashreq_iban()
    details.edits["iban"].setText(good[:-1] + str((int(good[-1]) + 1) % 10))  # a slip
    assert details.problem() and missing["name"] in details.check_label.text()
    assert not details.buttons.button(details.buttons.StandardButton.Save).isEnabled()
    details.edits["iban"].setText(good[:4] + " " + good[4:])
    assert not details.problem() and "The IBAN is right" in details.check_label.text()
    details.edits["routingCode"].setText(MASHREQ_ROUTING)
    details.accept()
    qtbot.waitUntil(lambda: view.problem_list.count() == 0, timeout=SLOW)

    target = tmp_path / "december.txt"
    view.choose([one["id"], two["id"]])
    task = tab.live.spawn(view.export(), "export")
    _save_as(qtbot, tab, target)
    qtbot.waitUntil(task.done, timeout=SLOW)
    assert task.result() is True
    qtbot.waitUntil(target.exists, timeout=SLOW)
    qtbot.waitUntil(lambda: "saved" in view.saved_label.text(), timeout=SLOW)
    header, *rows, trailer = [
        r.split("|") for r in target.read_bytes().decode("ascii").split("\r\n")[:-1]
    ]
    assert header[0] == "HDR" and header[-2:] == ["12250.50", "2"]
    paid = {(r[4], r[6]) for r in rows}
    assert paid == {(ready["bank"]["iban"], "5000.00"), (good, "7250.50")}
    assert trailer == ["TRL", "2", "12250.50"]
    assert str(target) in view.saved_label.text()
    qtbot.waitUntil(lambda: one["id"] not in {r.id for r in view.table.rows}, timeout=SLOW)


def test_a_payroll_runs_salaries_are_written_to_a_wps_file(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer, admin: Api, tmp_path: Path
) -> None:
    first, second = new_employee(admin, "9000.00", "500.00"), new_employee(admin, "6200.00")
    payroll = posted_run(
        admin, "2026-11", [{"employeeId": first["id"]}, {"employeeId": second["id"]}]
    )
    ids = [str(x["paymentId"]) for x in payroll["lines"]]
    main = sign_in(qtbot, desktop, sandbox)
    tab = bank_tab(qtbot, main)
    view = _page(qtbot, tab, "salary", ids)
    assert view.file_format() == "wps"
    view.run_combo.setCurrentIndex(view.run_combo.findData(payroll["number"]))
    assert sorted(view.table.checked_ids()) == sorted(ids)
    assert view.month_edit.text() == "2026-11"
    view.employer_edit.setText("1234567890123")
    view.routing_edit.setText("12345")  # too short: said, nothing asked
    assert run(qtbot, view.export()) is False and tab.asking.current is None
    view.routing_edit.setText(MASHREQ_ROUTING)
    target = tmp_path / "salaries.SIF"
    task = tab.live.spawn(view.export(), "export-wps")
    _save_as(qtbot, tab, target)
    qtbot.waitUntil(task.done, timeout=SLOW)
    assert task.result() is True
    qtbot.waitUntil(target.exists, timeout=SLOW)
    records = [r.split(",") for r in target.read_text().splitlines() if r]
    edrs = [r for r in records if r[0] == "EDR"]
    [scr] = [r for r in records if r[0] == "SCR"]
    assert sorted(r[1] for r in edrs) == sorted(
        str(e["personId"]).zfill(14) for e in (first, second)
    )
    assert scr[1:3] == ["1234567890123", MASHREQ_ROUTING]
    assert scr[5:9] == ["112026", "2", "15700.00", "AED"]  # month, employees, total
