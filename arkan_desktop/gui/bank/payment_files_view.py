"""Payment files: vendor payments (UAEFTS or CSV) or a payroll run's salaries (WPS) to a
file for the bank, after every payee's IBAN is checked.

The payments are the server's exportable ones (posted, by bank, not exported). Before an
export each payee's IBAN is checked (country, length, check digits, bank: schwifty); a
payee with a missing or wrong one is named in a sentence, and Fix… opens their bank
details. The export queues in the outbox; the file the server answers is saved where
the user chose (in Documents), also when the export waited offline.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from arkan_desktop.domain.bank.books import number
from arkan_desktop.domain.bank.iban import Payee, PayeeProblem, check_iban, check_payees
from arkan_desktop.gui import theme
from arkan_desktop.gui.amount_field import amount_text
from arkan_desktop.gui.bank.asking import Asking
from arkan_desktop.gui.bank.bank_details_dialog import BankDetailsDialog
from arkan_desktop.gui.bank.table_model import PlainTableModel, Row
from arkan_desktop.gui.bank.words import word
from arkan_desktop.gui.outbox.descriptions import describe
from arkan_desktop.gui.shell.live_sync import LiveSync
from arkan_desktop.sync.commands.bank_payments import export_payments, save_bank_details
from arkan_desktop.sync.company import Company

FORMATS = {"vendor": (("uaefts", "UAEFTS"), ("csv", "CSV")), "salary": (("wps", "WPS / SIF"),)}
EXTENSIONS = {"uaefts": "txt", "csv": "csv", "wps": "SIF"}
PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 1


class PaymentFilesView(QWidget):
    sig_message = Signal(str)
    """A short message for the status bar."""

    def __init__(
        self, company: Company, live: LiveSync, asking: Asking, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.company, self.live, self.asking = company, live, asking
        self.payments: dict[str, dict[str, Any]] = {}
        self.problems: list[PayeeProblem] = []
        self.loads = 0
        self._saving = asyncio.Lock()  # one save of answered exports at a time
        self.category_combo = QComboBox(self)
        self.category_combo.setObjectName("paymentCategory")
        self.category_combo.addItem(self.tr("Vendor payments"), "vendor")
        self.category_combo.addItem(self.tr("Salaries (a payroll run)"), "salary")
        self.format_combo = QComboBox(self)
        self.format_combo.setObjectName("paymentFormat")
        self.run_combo = QComboBox(self)
        self.run_combo.setObjectName("payrollRun")
        self.table = PlainTableModel(
            [self.tr("Number"), self.tr("Date"), self.tr("Payee"), self.tr("Amount"),
             self.tr("IBAN"), self.tr("Bank details")], self)  # fmt: skip
        self.view = QTableView(self)
        self.view.setObjectName("exportablePayments")
        self.view.setModel(self.table)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.value_date = QDateEdit(QDate.currentDate(), self)
        self.value_date.setCalendarPopup(True)
        self.value_date.setDisplayFormat("yyyy-MM-dd")
        self.employer_edit = QLineEdit(self)
        self.employer_edit.setObjectName("employerId")
        self.employer_edit.setMaxLength(13)
        self.routing_edit = QLineEdit(self)
        self.routing_edit.setObjectName("employerRouting")
        self.routing_edit.setMaxLength(9)
        self.month_edit = QLineEdit(self)
        self.month_edit.setObjectName("salaryMonth")
        self.month_edit.setPlaceholderText("YYYY-MM")
        self.problem_list = QListWidget(self)
        self.problem_list.setObjectName("payeeProblems")
        self.problem_list.setMaximumHeight(90)
        self.fix_button = QPushButton(self.tr("&Fix bank details…"), self)
        self.total_label = QLabel(self)
        self.total_label.setObjectName("exportTotal")
        self.saved_label = QLabel(self)
        self.saved_label.setObjectName("savedFile")
        self.saved_label.setWordWrap(True)
        self.all_button = QPushButton(self.tr("Check &all"), self)
        self.all_button.setToolTip(self.tr("Check every payment listed (Space checks one)"))
        self.check_button = QPushButton(self.tr("&Check bank details"), self)
        self.export_button = QPushButton(self.tr("&Export…"), self)
        self.export_button.setToolTip(self.tr("Write the checked payments to a bank file"))
        self._layout()
        self.category_combo.currentIndexChanged.connect(self._category_chosen)
        self.run_combo.currentIndexChanged.connect(self._run_chosen)
        self.table.dataChanged.connect(lambda *_: self._show_total())
        self.all_button.clicked.connect(self.check_all)
        self.check_button.clicked.connect(lambda: self.live.spawn(self.check(), "payees"))
        self.export_button.clicked.connect(lambda: self.live.spawn(self.export(), "export"))
        self.fix_button.clicked.connect(self.fix_selected)
        self.problem_list.itemActivated.connect(lambda _item: self.fix_selected())
        self._category_chosen()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Pay:"), self))
        top.addWidget(self.category_combo)
        top.addWidget(QLabel(self.tr("Payroll run:"), self))
        top.addWidget(self.run_combo, 1)
        top.addWidget(QLabel(self.tr("File:"), self))
        top.addWidget(self.format_combo)
        self.options = QHBoxLayout()
        for label, field in (
            (self.tr("Value date"), self.value_date),
            (self.tr("Employer ID (MOHRE)"), self.employer_edit),
            (self.tr("Employer's bank routing code"), self.routing_edit),
            (self.tr("Salary month"), self.month_edit),
        ):
            self.options.addWidget(QLabel(label, self))
            self.options.addWidget(field, 1)
        problems = QHBoxLayout()
        problems.addWidget(self.problem_list, 1)
        problems.addWidget(self.fix_button, 0, Qt.AlignmentFlag.AlignTop)
        buttons = QHBoxLayout()
        buttons.addWidget(self.all_button)
        buttons.addWidget(self.total_label, 1)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(self.options)
        layout.addLayout(problems)
        layout.addLayout(buttons)
        layout.addWidget(self.saved_label)

    # --- what is listed ------------------------------------------------------------------

    def category(self) -> str:
        return str(self.category_combo.currentData() or "vendor")

    def file_format(self) -> str:
        return str(self.format_combo.currentData() or "csv")

    def _category_chosen(self) -> None:
        salary = self.category() == "salary"
        self.format_combo.clear()
        for code, label in FORMATS[self.category()]:
            self.format_combo.addItem(label, code)
        self.run_combo.setEnabled(salary)
        for field in (self.employer_edit, self.routing_edit, self.month_edit):
            field.setEnabled(salary)
        self.value_date.setEnabled(not salary)
        self.live.spawn(self.load(), "exportable")

    async def load(self) -> None:
        checked = set(self.table.checked_ids())
        found = await self.company.bank.exportable(self.category())
        self.payments = {str(p["id"]): p for p in found}
        payees = {
            p.partner_id: p
            for p in await self.company.bank.payees([str(x.get("partnerId")) for x in found])
        }
        country = None if self.file_format() == "csv" else "AE"
        rows = []
        for p in found:
            payee = payees.get(str(p.get("partnerId")))
            check = check_iban(payee.iban if payee else None, country)
            name = str(p.get("partnerName") or "")
            state = self.tr("Right") if check.ok else word(check.problems[0], name)
            rows.append(
                Row(
                    str(p["id"]),
                    [str(p.get("number") or ""), str(p.get("date") or ""),
                     str(p.get("partnerName") or ""), number(p.get("amount")),
                     check.formatted or (payee.iban if payee else ""), state],
                    checked=str(p["id"]) in checked,
                    data=p,
                )
            )  # fmt: skip
        self.table.set_rows(rows)
        self._fill_runs(found)
        self._show_total()
        self.loads += 1

    def _fill_runs(self, found: Sequence[dict[str, Any]]) -> None:
        runs: dict[str, list[dict[str, Any]]] = {}
        for p in found:
            if p.get("payrollRunId"):
                runs.setdefault(str(p.get("reference") or p["payrollRunId"]), []).append(p)
        current = self.run_combo.currentData()
        self.run_combo.blockSignals(True)
        self.run_combo.clear()
        for reference, paid in sorted(runs.items()):
            month = str(paid[0].get("payPeriodEnd") or "")[:7]
            label = (
                self.tr("%1 · %2 · %3 employees")
                .replace("%1", reference)
                .replace("%2", month)
                .replace("%3", str(len(paid)))
            )
            self.run_combo.addItem(label, reference)
        self.run_combo.setCurrentIndex(max(self.run_combo.findData(current), 0))
        self.run_combo.blockSignals(False)
        if self.category() == "salary":
            self._run_chosen()

    def _run_chosen(self) -> None:
        reference = self.run_combo.currentData()
        month = ""
        for row in self.table.rows:
            mine = str(row.data.get("reference") or "") == reference
            self.table.set_checked(row.id, mine)
            if mine:
                month = str(row.data.get("payPeriodEnd") or "")[:7]
        if month:
            self.month_edit.setText(month)
        self._show_total()

    def check_all(self) -> None:
        for row in self.table.rows:
            self.table.set_checked(row.id, True)
        self._show_total()

    def choose(self, payment_ids: Sequence[str]) -> None:
        """Check exactly these payments."""
        for row in self.table.rows:
            self.table.set_checked(row.id, row.id in payment_ids)
        self._show_total()

    def chosen(self) -> list[dict[str, Any]]:
        return [self.payments[i] for i in self.table.checked_ids() if i in self.payments]

    def _show_total(self) -> None:
        chosen = self.chosen()
        total = sum((number(p.get("amount")) for p in chosen), Decimal(0))
        self.total_label.setText(
            self.tr("%1 payments checked, %2 %3")
            .replace("%1", str(len(chosen)))
            .replace("%2", amount_text(total, 2))
            .replace("%3", self.company.currency)
        )

    # --- checking and exporting ----------------------------------------------------------

    async def check(self) -> list[PayeeProblem]:
        """Name every payee of the checked payments whose IBAN the bank would refuse."""
        chosen = self.chosen()
        ids = list(dict.fromkeys(str(p.get("partnerId")) for p in chosen))
        known = {p.partner_id: p for p in await self.company.bank.payees(ids)}
        names = {str(p.get("partnerId")): str(p.get("partnerName") or "") for p in chosen}
        payees = [
            Payee(
                i, known[i].name if i in known else names[i], known[i].iban if i in known else None
            )
            for i in ids
        ]
        country = None if self.file_format() == "csv" else "AE"
        self.problems = check_payees(payees, country)
        self.problem_list.clear()
        for problem in self.problems:
            item = QListWidgetItem(word(problem.check.problems[0], problem.name))
            item.setData(PROBLEM_ROLE, problem.partner_id)
            item.setForeground(theme.error_color())
            self.problem_list.addItem(item)
        if self.problems:
            self.problem_list.setCurrentRow(0)
        self.fix_button.setEnabled(bool(self.problems))
        return self.problems

    def problem_sentences(self) -> list[str]:
        return [self.problem_list.item(n).text() for n in range(self.problem_list.count())]

    def fix_selected(self) -> None:
        item = self.problem_list.currentItem()
        if item is not None:
            self.live.spawn(self.fix(str(item.data(PROBLEM_ROLE))), "fix-bank-details")

    async def fix(self, partner_id: str) -> bool:
        """Open a payee's bank details; saving queues them (the payee is checked again)."""
        found = await self.company.bank.payees([partner_id])
        payee = found[0] if found else None
        if payee is None:
            self.sig_message.emit(self.tr("This payee is not in the copy on this computer"))
            return False
        country = None if self.file_format() == "csv" else "AE"
        dialog = BankDetailsDialog(payee.name, payee.details, country, self)
        accepted = await self.asking.ask(dialog)
        details = dialog.details()
        dialog.deleteLater()
        if not accepted:
            return False
        partner = await self.company.bank.partner(payee.resource, partner_id)
        write = save_bank_details(payee, partner, details)
        await self.company.queue(write)
        self.sig_message.emit(
            self.tr("Queued: %1").replace("%1", describe(write.entry.description))
        )
        await self.load()
        await self.check()
        return True

    def _options(self) -> dict[str, Any] | None:
        if self.file_format() != "wps":
            return {"valueDate": self.value_date.date().toString("yyyy-MM-dd")}
        employer, routing = self.employer_edit.text().strip(), self.routing_edit.text().strip()
        month = self.month_edit.text().strip()
        if not re.fullmatch(r"[0-9]{1,13}", employer):
            self.sig_message.emit(self.tr("The employer ID is up to 13 digits (MOHRE)"))
        elif not re.fullmatch(r"[0-9]{9}", routing):
            self.sig_message.emit(self.tr("The routing code of the employer's bank is 9 digits"))
        elif not re.fullmatch(r"[0-9]{4}-(0[1-9]|1[0-2])", month):
            self.sig_message.emit(self.tr("The salary month is written YYYY-MM"))
        else:
            return {"employerEid": employer, "bankRoutingCode": routing, "salaryMonth": month}
        return None

    async def export(self) -> bool:
        """Check the payees, ask where to save the file, queue the export."""
        chosen = self.chosen()
        if not chosen:
            self.sig_message.emit(self.tr("Check the payments to put in the file"))
            return False
        if await self.check():
            self.sig_message.emit(self.tr("Fix the payees' bank details first"))
            return False
        options = self._options()
        if options is None:
            return False
        fmt = self.file_format()
        today = datetime.now().astimezone().date().isoformat()
        name = f"{fmt.upper()}-{today}.{EXTENSIONS[fmt]}"
        path = await self.asking.save_file(
            self, self.tr("Save the payment file"), name, self.tr("Payment files (*.*)")
        )
        if path is None:
            return False
        write = export_payments(fmt, chosen, self.company.currency, options)
        row = await self.company.queue(write)
        await self.company.bank.remember_export(row.id, path)
        self.saved_label.setText(
            self.tr("Queued: %1. The file is saved to %2 when the server answers.")
            .replace("%1", describe(write.entry.description))
            .replace("%2", str(path))
        )
        await self.load()
        return True

    async def save_answered(self) -> None:
        """Save the files of exports the server has answered, and say so."""
        async with self._saving:
            saved = await self.company.bank.save_answered_exports()
        for answer, where in saved:
            got = answer.answer
            if isinstance(where, OSError):
                text = (
                    self.tr("The payment file could not be saved to %1: %2")
                    .replace("%1", answer.path)
                    .replace("%2", where.strerror or str(where))
                )
            else:
                text = (
                    self.tr("Payment file %1 saved: %2 payments, %3 (%4)")
                    .replace("%1", str(got.get("batchNumber") or got.get("fileName") or ""))
                    .replace("%2", str(got.get("controlCount") or ""))
                    .replace("%3", str(got.get("controlTotal") or ""))
                    .replace("%4", str(where))
                )
            self.saved_label.setText(text)
            self.sig_message.emit(text)
