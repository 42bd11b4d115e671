"""Recording a customer's payment for one open invoice, from the Payments tab.

The form lists the posted invoices that still have something due (oldest first) and
checks, in Decimal, that the amount (typed as the user's language writes numbers:
gui.amount_field) is positive, has no more decimals than the currency
and is not more than what is due. It hands back the payment; the tab queues the writes.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

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

from arkan_desktop.domain.money import exponent
from arkan_desktop.gui import theme
from arkan_desktop.gui.amount_field import AmountField, amount_text
from arkan_desktop.gui.labels import code_label
from arkan_desktop.gui.plain_text import plain_labels
from arkan_desktop.store.queries.receivables import DueInvoice

METHODS = ("bank", "cash", "card", "cheque")


@dataclass(frozen=True)
class PaymentEntry:
    invoice: DueInvoice
    amount: Decimal
    day: str
    method: str
    reference: str


class PaymentForm(QDialog):
    def __init__(
        self,
        invoices: list[DueInvoice],
        currency: str,
        chosen: str = "",
        parent: QWidget | None = None,
        methods: tuple[str, ...] = METHODS,
    ) -> None:
        """`methods`: the payment methods the server takes (`Company.payment_methods`)."""
        super().__init__(parent)
        self.invoices = invoices
        self.currency = currency
        self.entry: PaymentEntry | None = None
        self.setWindowTitle(self.tr("Record payment"))
        self.setMinimumWidth(520)
        self.invoice_combo = QComboBox(self)
        self.invoice_combo.setObjectName("paymentInvoice")
        for invoice in invoices:
            self.invoice_combo.addItem(
                self.tr("%1 · %2 · due %3 · %4 %5")
                .replace("%1", invoice.number)
                .replace("%2", invoice.partner_name)
                .replace("%3", invoice.due_date)
                .replace("%4", amount_text(invoice.due, exponent(invoice.currency)))
                .replace("%5", invoice.currency),
                invoice.id,
            )
        self.invoice_combo.setCurrentIndex(max(self.invoice_combo.findData(chosen), 0))
        self.amount_edit = QLineEdit(self)
        self.amount_edit.setObjectName("paymentAmount")
        self.date_edit = QDateEdit(QDate.currentDate(), self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.method_combo = QComboBox(self)
        for method in methods:
            self.method_combo.addItem(code_label(method), method)
        self.reference_edit = QLineEdit(self)
        self.reference_edit.setPlaceholderText(self.tr("Bank reference or cheque number"))
        self.error_label = QLabel(self)
        self.error_label.setObjectName("paymentError")
        self.error_label.setWordWrap(True)
        plain_labels(self.error_label)  # it shows what the server said
        self.error_label.setStyleSheet(f"color: {theme.error_color().name()};")
        self.error_label.hide()
        self.amount_field = AmountField(self.amount_edit, error_label=self.error_label)
        form = QFormLayout()
        form.addRow(self.tr("&Invoice"), self.invoice_combo)
        form.addRow(self.tr("&Amount (%1)").replace("%1", currency), self.amount_edit)
        form.addRow(self.tr("&Date"), self.date_edit)
        form.addRow(self.tr("&Method"), self.method_combo)
        form.addRow(self.tr("&Reference"), self.reference_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.invoice_combo.currentIndexChanged.connect(lambda _i: self._fill_amount())
        self.amount_edit.textEdited.connect(lambda _t: self.error_label.hide())
        self._fill_amount()

    def invoice(self) -> DueInvoice | None:
        index = self.invoice_combo.currentIndex()
        return self.invoices[index] if 0 <= index < len(self.invoices) else None

    def _fill_amount(self) -> None:
        invoice = self.invoice()
        if invoice is not None:
            self.amount_field.set_value(invoice.due, exponent(self.currency))

    def _problem(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self.amount_edit.setFocus()
        self.amount_edit.selectAll()

    def check(self) -> PaymentEntry | None:
        """The payment, or None after saying what is wrong with it."""
        invoice = self.invoice()
        if invoice is None:
            self._problem(self.tr("There is no open invoice to record a payment for"))
            return None
        amount = self.amount_field.value()
        if amount is None:
            self._problem(
                self.amount_field.problem()
                or self.tr("Enter the amount as a number, like 150 or 150.00")
            )
            return None
        places = -int(amount.as_tuple().exponent)
        if amount <= 0:
            self._problem(self.tr("The amount must be more than zero"))
        elif places > exponent(self.currency):
            self._problem(
                self.tr("%1 amounts have at most %2 decimals")
                .replace("%1", self.currency)
                .replace("%2", str(exponent(self.currency)))
            )
        elif amount > invoice.due:
            self._problem(
                self.tr("That is more than the %1 %2 due on %3")
                .replace("%1", amount_text(invoice.due, exponent(self.currency)))
                .replace("%2", self.currency)
                .replace("%3", invoice.number)
            )
        else:
            day = self.date_edit.date().toString("yyyy-MM-dd")
            method = str(self.method_combo.currentData() or "bank")
            return PaymentEntry(invoice, amount, day, method, self.reference_edit.text().strip())
        return None

    def accept(self) -> None:
        self.entry = self.check()
        if self.entry is not None:
            super().accept()
