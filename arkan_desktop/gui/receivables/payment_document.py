"""A payment opened from a list: every invoice it is allocated to, and what can be done.

The window shows the payment (its number, partner, state, date, amount, method and
reference) and ALL its allocations, each opening its invoice (Enter or a double-click),
with what is allocated and what is left (a customer's credit). A draft can be corrected
(date, amount, method, reference: a change the server may not offer; a draft never sent
is rewritten where it waits in the Outbox) and posted. What is left of a payment, draft
or posted, can be allocated to the customer's open invoices (`Allocate…`).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from arkan_desktop.api.errors import ApiError
from arkan_desktop.domain.documents import INVOICES, EditRefusal, EditWay, edit_way
from arkan_desktop.domain.money import MoneyError, exponent, to_decimal
from arkan_desktop.domain.payments import OpenInvoice
from arkan_desktop.gui import theme
from arkan_desktop.gui.amount_field import AmountField, amount_text, wire_amount_text
from arkan_desktop.gui.documents.words import refusal_text, way_text
from arkan_desktop.gui.labels import code_label
from arkan_desktop.gui.receivables.allocate_dialog import AllocateDialog
from arkan_desktop.gui.shell.live_sync import LiveSync
from arkan_desktop.store.outbox import OutboxRow, OutboxStateError
from arkan_desktop.sync.commands.payments import (
    allocate_payment,
    edited_create,
    post_payment,
    update_payment,
)

METHODS = ("bank", "cash", "card", "cheque")
ACTION = QDialogButtonBox.ButtonRole.ActionRole
INVOICE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _amount(record: dict[str, Any], key: str) -> Decimal:
    try:
        return to_decimal(record.get(key) or 0)
    except MoneyError:
        return Decimal(0)


class PaymentDocument(QDialog):
    sig_open_requested = Signal(str, str)
    """Open another document (an allocation's invoice): its resource and id."""
    sig_message = Signal(str)
    """A short message for the status bar."""

    def __init__(
        self,
        live: LiveSync,
        payment: dict[str, Any],
        *,
        refusal: EditRefusal | None,
        queued: OutboxRow | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.live = live
        self.company = live.company
        self.payment = payment
        self.record_id = str(payment["id"])
        self.refusal = refusal
        self.queued = queued
        self.currency = str(payment.get("currency") or self.company.currency)
        self.places = exponent(self.currency)
        self.allocate_dialog: AllocateDialog | None = None
        self.setObjectName("paymentDocument")
        number = str(payment.get("number") or self.tr("(not numbered yet)"))
        self.setWindowTitle(
            self.tr("Payment %1 — %2")
            .replace("%1", number)
            .replace("%2", code_label(str(payment.get("state"))))
        )
        self.resize(640, 480)
        self.note_label = QLabel(self)
        self.note_label.setObjectName("documentNote")
        self.note_label.setWordWrap(True)
        partner = QLabel(str(payment.get("partnerName") or ""), self)
        partner.setObjectName("paymentPartner")
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setDate(QDate.fromString(str(payment.get("date")), Qt.DateFormat.ISODate))
        self.amount_edit = QLineEdit(wire_amount_text(payment.get("amount")), self)
        self.amount_edit.setObjectName("paymentAmount")
        self.amount_field = AmountField(
            self.amount_edit, max_decimals=self.places, extra_check=self._positive
        )
        self.method_combo = QComboBox(self)
        for method in METHODS:
            self.method_combo.addItem(code_label(method), method)
        self.method_combo.setCurrentIndex(max(self.method_combo.findData(payment.get("method")), 0))
        self.reference_edit = QLineEdit(str(payment.get("reference") or ""), self)
        form = QFormLayout()
        inbound = (payment.get("type") or "inbound") == "inbound"
        form.addRow(self.tr("Customer") if inbound else self.tr("Vendor"), partner)
        form.addRow(self.tr("&Date"), self.date_edit)
        form.addRow(self.tr("&Amount (%1)").replace("%1", self.currency), self.amount_edit)
        form.addRow("", self.amount_field.error_label)
        form.addRow(self.tr("&Method"), self.method_combo)
        form.addRow(self.tr("&Reference"), self.reference_edit)

        self.allocations = QTableWidget(0, 2, self)
        self.allocations.setObjectName("paymentDocumentAllocations")
        self.allocations.setHorizontalHeaderLabels([self.tr("Invoice"), self.tr("Allocated")])
        self.allocations.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.allocations.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.allocations.verticalHeader().hide()
        self.allocations.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.allocations.setToolTip(self.tr("Enter or double-click: open the invoice"))
        self.allocations.activated.connect(lambda index: self._open_invoice(index.row()))
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("paymentDocumentSummary")
        self.summary_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(f"color: {theme.error_color().name()};")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        assert self.save_button is not None
        self.save_button.setText(self.tr("&Save changes"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.post_button = self._button(self.tr("&Post"), self.post)
        self.allocate_button = self._button(self.tr("A&llocate…"), self.allocate)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note_label)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Allocated to:"), self))
        layout.addWidget(self.allocations, 1)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        self._show_allocations()
        self._set_mode()

    def _button(self, text: str, slot: Any) -> QPushButton:
        button = self.buttons.addButton(text, ACTION)
        assert button is not None
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _positive(self, amount: Decimal) -> str:
        return "" if amount > 0 else self.tr("The amount must be greater than zero")

    def left(self) -> Decimal:
        """What is not allocated yet (a customer's credit once posted)."""
        return _amount(self.payment, "amount") - _amount(self.payment, "amountAllocated")

    def _show_allocations(self) -> None:
        rows = list(self.payment.get("allocations") or [])
        self.allocations.setRowCount(len(rows))
        for row, allocation in enumerate(rows):
            number = QTableWidgetItem(str(allocation.get("invoiceNumber") or ""))
            number.setData(INVOICE_ID_ROLE, str(allocation.get("invoiceId") or ""))
            share = QTableWidgetItem(amount_text(_amount(allocation, "amount"), self.places))
            share.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.allocations.setItem(row, 0, number)
            self.allocations.setItem(row, 1, share)
        self.summary_label.setText(
            self.tr("%1 invoice(s) · allocated %2 %4 · left %3 %4")
            .replace("%1", amount_text(Decimal(len(rows)), 0))
            .replace("%2", amount_text(_amount(self.payment, "amountAllocated"), self.places))
            .replace("%3", amount_text(self.left(), self.places))
            .replace("%4", self.currency)
        )

    def invoice_numbers(self) -> list[str]:
        """The invoices the window lists (every allocation)."""
        items = (self.allocations.item(r, 0) for r in range(self.allocations.rowCount()))
        return [item.text() for item in items if item is not None]

    def _set_mode(self) -> None:
        draft = self.refusal is None
        if self.refusal is None:
            self.note_label.setText(way_text(edit_way(self.payment)))
        else:
            self.note_label.setText(refusal_text(self.refusal, self.payment))
        for widget in (self.date_edit, self.amount_edit, self.reference_edit):
            widget.setReadOnly(not draft)
        self.method_combo.setEnabled(draft)
        self.save_button.setVisible(draft)
        self.post_button.setVisible(self.payment.get("state") == "draft")
        self.post_button.setToolTip(self.tr("Post this payment as it is saved"))
        problem = self.allocate_problem()
        self.allocate_button.setEnabled(not problem)
        self.allocate_button.setToolTip(
            problem or self.tr("Allocate what is left to the customer's open invoices")
        )

    def allocate_problem(self) -> str:
        """Why nothing more of this payment can be allocated ("" when it can)."""
        if self.payment.get("state") not in ("draft", "posted"):
            return self.tr("Only draft and posted payments are allocated")
        if (self.payment.get("type") or "inbound") != "inbound":
            return self.tr("Only customer payments are allocated here")
        if self.left() <= 0:
            return self.tr("Nothing is left of this payment to allocate")
        return ""

    # --- opening an invoice --------------------------------------------------------------

    def _open_invoice(self, row: int) -> None:
        item = self.allocations.item(row, 0)
        invoice_id = str(item.data(INVOICE_ID_ROLE) or "") if item is not None else ""
        if invoice_id:
            self.sig_open_requested.emit(INVOICES, invoice_id)

    # --- correcting and posting a draft --------------------------------------------------

    def draft(self) -> dict[str, Any] | None:
        """The corrected fields, or None after saying what is wrong."""
        if self.amount_field.check():
            self.amount_edit.setFocus()
            return None
        amount = self.amount_field.value()
        assert amount is not None
        out: dict[str, Any] = {
            "date": self.date_edit.date().toString(Qt.DateFormat.ISODate),
            "amount": format(amount, "f"),
            "method": str(self.method_combo.currentData() or "bank"),
        }
        if self.reference_edit.text().strip():
            out["reference"] = self.reference_edit.text().strip()
        return out

    def save(self) -> None:
        draft = self.draft()
        if draft is not None:
            self.live.spawn(self._save(draft), "save-payment")

    async def _save(self, draft: dict[str, Any]) -> None:
        self.setEnabled(False)
        try:
            if edit_way(self.payment) is EditWay.IN_OUTBOX and self.queued is not None:
                name = str(self.payment.get("partnerName") or "")
                queued = self.queued.body_data() or {}
                body, effect = edited_create(queued, self.record_id, draft, name)
                await self.company.documents.edit_queued(self.queued.id, body, effect)
            else:
                write = update_payment(self.payment, draft)
                if write is not None:
                    await self.company.queue(write)
        except OutboxStateError:
            self._refused(self.tr("This payment was sent meanwhile; open it again to correct it"))
            return
        except (ApiError, MoneyError, ValueError) as error:
            self._refused(str(error))
            return
        self.accept()

    def _refused(self, message: str) -> None:
        self.setEnabled(True)
        self.message_label.setText(message)

    def post(self) -> None:
        self.live.spawn(self._post(), "post-payment")

    async def _post(self) -> None:
        invoices = []
        for allocation in self.payment.get("allocations") or []:
            found = await self.company.invoices.get(str(allocation.get("invoiceId") or ""))
            if found is not None:
                invoices.append(found)
        await self.company.queue(post_payment(self.payment, invoices))
        self.sig_message.emit(self.tr("Payment queued for posting"))
        self.accept()

    # --- allocating what is left -----------------------------------------------------------

    def allocate(self) -> None:
        self.live.spawn(self.ask_allocation(), "allocate-payment")

    async def ask_allocation(self) -> AllocateDialog | None:
        problem = self.allocate_problem()
        if problem:
            self.message_label.setText(problem)
            return None
        partner_id = str(self.payment.get("partnerId") or "")
        invoices = await self.company.receivables.open_invoices(partner_id)
        if not invoices:
            self.message_label.setText(self.tr("This customer has no open invoice"))
            return None
        dialog = AllocateDialog(
            str(self.payment.get("number") or ""),
            str(self.payment.get("partnerName") or ""),
            invoices,
            self.currency,
            self.left(),
            self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self.live.spawn(self._allocate(dialog.chosen_shares()), "queue-allocate")
        )
        dialog.finished.connect(lambda _result: setattr(self, "allocate_dialog", None))
        self.allocate_dialog = dialog
        dialog.open()
        return dialog

    async def _allocate(self, chosen: list[tuple[OpenInvoice, Decimal]]) -> None:
        shares = []
        for invoice, share in chosen:
            record = await self.company.invoices.get(invoice.id)
            if record is not None:
                shares.append((record, share))
        if not shares:
            return
        await self.company.queue(allocate_payment(self.payment, shares))
        self.sig_message.emit(
            self.tr("Allocation to %1 invoice(s) queued").replace("%1", str(len(shares)))
        )
        self.accept()
