"""The Payments tab: the payments the server lists, and recording a new one.

Shown when the connected server offers payments. The list is the cached payments from
customers (RecordList: filter as you type, sort on any column); *Record payment…* (Ctrl+N) asks
for an open invoice and the amount, then queues the payment and its posting through the
outbox, so the payment and the invoice it settles show at once, in italics until the
server accepts them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from arkan_desktop.domain.money import format_amount
from arkan_desktop.gui.models.record_table_model import RecordTableModel
from arkan_desktop.gui.receivables.payment_form import PaymentEntry, PaymentForm
from arkan_desktop.gui.shell.live_sync import LiveSync
from arkan_desktop.gui.shell.module_tab import FIND, NEW, ModuleTab
from arkan_desktop.gui.widgets.record_list import RecordList
from arkan_desktop.store.lists.specs.payments import CUSTOMER_PAYMENTS, payment_list_spec
from arkan_desktop.sync.commands.payments import post_payment, record_payment
from arkan_desktop.sync.company import Company


class PaymentsTab(ModuleTab):
    key = "payments"
    resource = "payments"

    def __init__(self, company: Company, live: LiveSync, parent: QWidget | None = None):
        super().__init__(company, live, parent)
        self.form: PaymentForm | None = None
        self.model = RecordTableModel(company.rows(payment_list_spec()), self)
        self.model.set_conditions([CUSTOMER_PAYMENTS])
        self.models.append(self.model)
        self.list = RecordList(self.model, self)
        self.record_button = QPushButton(self.tr("&Record payment…"), self)
        self.record_button.setToolTip(self.tr("A customer's payment for an open invoice (Ctrl+N)"))
        actions = QHBoxLayout()
        actions.addWidget(self.record_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(self.list, 1)
        self.record_button.clicked.connect(self.new_record)
        self.list.sig_message.connect(self.sig_message)

    def title(self) -> str:
        return self.tr("Payments")

    def offers(self, action: str) -> bool:
        return action in (NEW, FIND)

    def focus_find(self) -> None:
        self.list.focus_filter()

    def new_record(self) -> None:
        self.live.spawn(self.ask_payment(), "record-payment")

    async def ask_payment(self, invoice_id: str = "") -> PaymentForm | None:
        currency = self.company.currency
        invoices = await self.company.receivables.due_invoices()
        if not invoices:
            self.sig_message.emit(self.tr("No posted invoice has anything due"))
            return None
        form = PaymentForm(invoices, currency, invoice_id, self.window())
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.accepted.connect(
            lambda: self.live.spawn(self.pay(form.entry), "queue-payment") if form.entry else None
        )
        form.finished.connect(lambda _result: setattr(self, "form", None))
        self.form = form
        form.open()
        return form

    async def pay(self, entry: PaymentEntry) -> str:
        """Queue the payment and its posting; returns the payment's (temporary) id."""
        currency = self.company.currency
        amount = format_amount(entry.amount, currency, grouping=False)
        draft: dict[str, Any] = {
            "type": "inbound",
            "partnerId": None,
            "amount": amount,
            "method": entry.method,
            "date": entry.day,
            "allocations": [{"invoiceId": entry.invoice.id, "amount": amount}],
        }
        if entry.reference:
            draft["reference"] = entry.reference
        invoice = await self.company.invoices.get(entry.invoice.id)
        if invoice is None:
            self.sig_message.emit(self.tr("This invoice is no longer in the local copy"))
            return ""
        draft["partnerId"] = invoice.get("partnerId")
        recorded = record_payment(draft, currency, str(invoice.get("partnerName") or ""))
        await self.company.queue(recorded)
        payment = recorded.effect["payments"][0]
        await self.company.queue(post_payment(payment, [invoice]))
        self.sig_message.emit(
            self.tr("Payment of %1 %2 queued for %3")
            .replace("%1", format_amount(entry.amount, currency))
            .replace("%2", currency)
            .replace("%3", entry.invoice.number)
        )
        self.list.select_id(str(payment["id"]))
        return str(payment["id"])

    def shutdown(self) -> None:
        if self.form is not None:
            self.form.close()
        super().shutdown()
