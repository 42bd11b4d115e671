"""Recording a client's payment against one invoice: amount, date, method, reference.

The dialog checks the amount (a positive number, no more decimals than the currency, not
above what is due) and hands back the payment's fields; the tab queues the writes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from arkan_desktop.domain.money import MoneyError, format_amount, to_decimal, to_minor
from arkan_desktop.gui import theme
from arkan_desktop.gui.labels import code_label

METHODS = ("bank", "cash", "card", "cheque")


@dataclass(frozen=True)
class PaymentInput:
    amount: Decimal
    day: str
    method: str
    reference: str


class PaymentDialog(QDialog):
    def __init__(self, invoice: dict[str, Any], currency: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.invoice = invoice
        self.currency = currency
        self.due = to_decimal(invoice.get("amountDue") or invoice.get("total") or 0)
        self.setWindowTitle(self.tr("Record payment"))
        number = invoice.get("number") or self.tr("new invoice")
        summary = QLabel(
            self.tr("%1 for %2: %3 %4 due")
            .replace("%1", str(number))
            .replace("%2", str(invoice.get("partnerName") or ""))
            .replace("%3", format_amount(self.due, currency))
            .replace("%4", currency),
            self,
        )
        summary.setWordWrap(True)
        self.amount_edit = QLineEdit(format_amount(self.due, currency, grouping=False), self)
        self.date_edit = QDateEdit(QDate.currentDate(), self)
        self.date_edit.setCalendarPopup(True)
        self.method_combo = QComboBox(self)
        for method in METHODS:
            self.method_combo.addItem(code_label(method), method)
        self.reference_edit = QLineEdit(self)
        self.reference_edit.setPlaceholderText(self.tr("Bank reference or cheque number"))
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet(f"color: {theme.error_color().name()};")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Amount (%1)").replace("%1", currency), self.amount_edit)
        form.addRow(self.tr("&Date"), self.date_edit)
        form.addRow(self.tr("&Method"), self.method_combo)
        form.addRow(self.tr("&Reference"), self.reference_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setText(self.tr("Record and post"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.amount_edit.selectAll()

    def problem(self) -> str:
        try:
            amount = to_decimal(self.amount_edit.text(), "amount")
            to_minor(amount, self.currency)
        except MoneyError:
            return self.tr("Enter the amount as a number with at most the currency's decimals")
        if amount <= 0:
            return self.tr("The amount must be greater than zero")
        if amount > self.due:
            return self.tr("The amount is more than the %1 due").replace(
                "%1", format_amount(self.due, self.currency)
            )
        return ""

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            self.error_label.setText(problem)
            self.error_label.show()
            self.amount_edit.setFocus()
            return
        super().accept()

    def value(self) -> PaymentInput:
        chosen = self.date_edit.date()
        return PaymentInput(
            to_decimal(self.amount_edit.text(), "amount"),
            date(chosen.year(), chosen.month(), chosen.day()).isoformat(),
            str(self.method_combo.currentData()),
            self.reference_edit.text().strip(),
        )
