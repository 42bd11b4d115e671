"""Recording one customer payment and allocating it over their open invoices.

The dialog lists the customer's posted invoices that still have something open, oldest
first, and spreads the amount over them (the invoice the user started from first, then
oldest first; *Auto-allocate* redoes it strictly oldest first). Each share can be typed
over. It checks, in Decimal, that the amount is a positive number with the currency's
decimals (typed as the user's language writes numbers: gui.amount_field), that no share
exceeds what is open on its invoice and that the shares do not exceed the payment; what
is not allocated is shown and stays on the customer's account. The tab queues the writes.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from arkan_desktop.domain.money import MoneyError, exponent, to_decimal
from arkan_desktop.domain.payments import ZERO, OpenInvoice, check_plan
from arkan_desktop.gui import theme
from arkan_desktop.gui.amount_field import (
    AmountDelegate,
    AmountField,
    amount_text,
    wire_amount_text,
)
from arkan_desktop.gui.invoices.allocation_model import NUMBER, SHARE, AllocationModel
from arkan_desktop.gui.labels import code_label
from arkan_desktop.gui.plain_text import plain_labels

METHODS = ("bank", "cash", "card", "cheque")
_ALLOCATION_FIELD = re.compile(r"^allocations\[(\d+)\]\.(\w+)$")


@dataclass(frozen=True)
class PaymentInput:
    amount: Decimal
    day: str
    method: str
    reference: str
    allocations: list[tuple[OpenInvoice, Decimal]] = field(default_factory=list)


class PaymentDialog(QDialog):
    model_type: type[AllocationModel] = AllocationModel  # a vendor payment's names bills

    def __init__(
        self,
        partner_name: str,
        invoices: list[OpenInvoice],
        currency: str,
        first: str | None = None,
        parent: QWidget | None = None,
        methods: tuple[str, ...] = METHODS,
    ) -> None:
        """`methods`: the payment methods the server takes (`Company.payment_methods`)."""
        super().__init__(parent)
        self.currency = currency
        self.first = first
        self.dropped: list[str] = []  # allocations of a reopened payment to invoices not open
        self.setWindowTitle(self.tr("Record payment"))
        self.resize(640, 460)
        self.open_total = sum((i.open for i in invoices), ZERO)
        summary = QLabel(
            self.tr("%1: %2 open invoices, %3 %4 due")
            .replace("%1", partner_name)
            .replace("%2", str(len(invoices)))
            .replace("%3", amount_text(self.open_total, exponent(currency)))
            .replace("%4", currency),
            self,
        )
        summary.setObjectName("paymentSummary")
        summary.setWordWrap(True)
        chosen = next((i for i in invoices if i.id == first), None)
        start = chosen.open if chosen is not None else self.open_total
        self.amount_edit = QLineEdit(amount_text(start, exponent(currency), grouping=False), self)
        self.amount_edit.setObjectName("paymentAmount")
        self.amount_field = AmountField(
            self.amount_edit, max_decimals=exponent(currency), extra_check=self._positive
        )
        self.date_edit = QDateEdit(QDate.currentDate(), self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.method_combo = QComboBox(self)
        for method in methods:
            self.method_combo.addItem(code_label(method), method)
        self.reference_edit = QLineEdit(self)
        self.reference_edit.setPlaceholderText(self.tr("Bank reference or cheque number"))
        self.form = form = QFormLayout()
        form.addRow(self.tr("&Amount (%1)").replace("%1", currency), self.amount_edit)
        form.addRow("", self.amount_field.error_label)
        form.addRow(self.tr("&Date"), self.date_edit)
        form.addRow(self.tr("&Method"), self.method_combo)
        form.addRow(self.tr("&Reference"), self.reference_edit)

        self.model = self.model_type(invoices, currency, self)
        self.table = QTableView(self)
        self.table.setObjectName("paymentAllocations")
        self.table.setModel(self.model)
        self.shares = AmountDelegate(self.table)
        self.table.setItemDelegateForColumn(SHARE, self.shares)
        self.shares.sig_refused.connect(self.show_problem)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NUMBER, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(110)
        self.auto_button = QPushButton(self.tr("A&uto-allocate (oldest first)"), self)
        self.clear_button = QPushButton(self.tr("C&lear"), self)
        self.allocated_label = QLabel(self)
        self.allocated_label.setObjectName("paymentAllocated")
        self.allocated_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        tools = QHBoxLayout()
        allocate_label = QLabel(self.tr("Allocate to open invoices:"), self)
        allocate_label.setObjectName("allocateLabel")
        tools.addWidget(allocate_label)
        tools.addStretch(1)
        tools.addWidget(self.auto_button)
        tools.addWidget(self.clear_button)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("paymentError")
        self.error_label.setStyleSheet(f"color: {theme.error_color().name()};")
        self.error_label.setWordWrap(True)
        plain_labels(self.error_label)  # it shows what the server said
        self.error_label.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setText(self.tr("Record and post"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addLayout(form)
        layout.addLayout(tools)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.allocated_label)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        for before, after in (
            (self.amount_edit, self.date_edit),
            (self.date_edit, self.method_combo),
            (self.method_combo, self.reference_edit),
            (self.reference_edit, self.table),
            (self.table, self.auto_button),
            (self.auto_button, self.clear_button),
        ):
            QWidget.setTabOrder(before, after)

        self.amount_edit.textEdited.connect(self._amount_edited)
        self.auto_button.clicked.connect(lambda: self._reallocate(None))
        self.clear_button.clicked.connect(self._clear)
        self.model.sig_shares_changed.connect(self._show_allocated)
        self.model.sig_refused.connect(self.show_problem)
        self._amount_edited()
        self.amount_edit.selectAll()

    # --- the amount and its allocation -------------------------------------------------

    def amount(self) -> Decimal | None:
        """The amount typed, or None while it is not a valid amount of this currency."""
        return self.amount_field.value()

    def _positive(self, amount: Decimal) -> str:
        return "" if amount > 0 else self.tr("The amount must be greater than zero")

    def _amount_edited(self) -> None:
        self._reallocate(self.first)

    def _reallocate(self, first: str | None) -> None:
        self.model.set_amount(self.amount() or ZERO)
        self.model.auto_allocate(first)

    def _clear(self) -> None:
        self.model.shares = {i.id: ZERO for i in self.model.invoices}
        self.model.set_amount(self.amount() or ZERO)

    def unallocated(self) -> Decimal:
        return (self.amount() or ZERO) - self.model.allocated()

    def _show_allocated(self) -> None:
        """The running sums under the table (and any earlier complaint cleared)."""
        c = self.currency
        left = self.unallocated()
        text = (
            self.tr("Allocated %1 %3 · Unallocated %2 %3")
            .replace("%1", amount_text(self.model.allocated(), exponent(c)))
            .replace("%2", amount_text(left, exponent(c)))
            .replace("%3", c)
        )
        if left > 0:
            text += self.remainder_note()
        self.allocated_label.setText(text)
        color = theme.error_color().name() if left < 0 else ""
        self.allocated_label.setStyleSheet(f"color: {color};" if color else "")
        self.show_problem("")

    def remainder_note(self) -> str:
        """Where what is not allocated goes."""
        return self.tr(" (stays on the customer's account)")

    def show_problem(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def problem(self) -> str:
        amount = self.amount()
        if amount is None:
            return self.amount_field.check() or self.tr(
                "Enter the amount as a number with at most the currency's decimals"
            )
        if amount <= 0:
            return self.tr("The amount must be greater than zero")
        for problem in check_plan(amount, self.model.invoices, self.model.shares, self.currency):
            if not problem.invoice_id:
                return (
                    self.tr("The allocations (%1) are more than the payment (%2)")
                    .replace("%1", amount_text(self.model.allocated(), self.model.places()))
                    .replace("%2", amount_text(amount, self.model.places()))
                )
            row = self.model.row_of(problem.invoice_id)
            tip = self.model.index(row or 0, SHARE).data(Qt.ItemDataRole.ToolTipRole)
            return str(tip or "")
        return ""

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            self.show_problem(problem)
            if self.amount() is None or (self.amount() or ZERO) <= 0:
                self.amount_edit.setFocus()
            else:
                self.table.setFocus()
            return
        super().accept()

    # --- a refused payment reopened ----------------------------------------------------

    def fill_from(self, body: Mapping[str, Any]) -> None:
        """Put a queued payment's fields and allocations back (for correcting and resending)."""
        self.first = None
        self.amount_edit.setText(wire_amount_text(body.get("amount")))
        if body.get("date"):
            self.date_edit.setDate(QDate.fromString(str(body["date"]), Qt.DateFormat.ISODate))
        position = self.method_combo.findData(body.get("method") or "bank")
        self.method_combo.setCurrentIndex(max(position, 0))
        self.reference_edit.setText(str(body.get("reference") or ""))
        shares: dict[str, Decimal] = {}
        for allocation in body.get("allocations") or []:
            try:
                amount = to_decimal(allocation.get("amount"), "allocation")
            except MoneyError:
                continue
            key = str(allocation.get("invoiceId") or "")
            shares[key] = shares.get(key, ZERO) + amount
        self.model.set_amount(self.amount() or ZERO)
        self.model.set_shares(shares)
        known = {i.id for i in self.model.invoices}
        self.dropped = [key for key in shares if key not in known]

    def show_field_errors(
        self, errors: list[dict[str, str]], message: str, body: Mapping[str, Any]
    ) -> None:
        """The server's field errors by the allocations and fields they name."""
        allocations = list(body.get("allocations") or [])
        notes = [message] if message else []
        for error in errors:
            name, text = str(error.get("field") or ""), str(error.get("message") or "")
            found = _ALLOCATION_FIELD.match(name)
            if found and int(found.group(1)) < len(allocations):
                invoice_id = str(allocations[int(found.group(1))].get("invoiceId") or "")
                if self.model.row_of(invoice_id) is not None:
                    self.model.server_errors[invoice_id] = text
            notes.append(text if not name else f"{name}: {text}")
        if self.dropped:
            notes.append(
                self.tr(
                    "%1 allocation(s) went to invoices that are no longer open here; "
                    "they are left out"
                ).replace("%1", str(len(self.dropped)))
            )
        self.model.set_amount(self.amount() or ZERO)
        self.show_problem("\n".join(notes))

    def value(self) -> PaymentInput:
        chosen = self.date_edit.date()
        amount = self.amount()
        assert amount is not None  # accept() checked it
        return PaymentInput(
            amount,
            date(chosen.year(), chosen.month(), chosen.day()).isoformat(),
            str(self.method_combo.currentData()),
            self.reference_edit.text().strip(),
            self.model.allocations(),
        )
