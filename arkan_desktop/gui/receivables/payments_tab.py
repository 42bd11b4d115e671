"""The Payments tab: the payments the server lists, recording a new one, opening one.

Shown when the connected server offers payments. The list is the cached payments from
customers (RecordList: filter as you type, sort on any column), each with every invoice
it is allocated to; *Record payment…* (Ctrl+N) asks for an open invoice and the amount,
then queues the payment and its posting through the outbox, so the payment and the
invoice it settles show at once, in italics until the server accepts them. Enter, a
double-click or the context menu's *Open* opens a payment with all its allocations
(`PaymentDocument`); *Post* posts the selected drafts, *Allocate…* spreads what is left
of a payment (a customer's credit) over their open invoices.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from arkan_desktop.domain.documents import PAYMENTS
from arkan_desktop.domain.money import format_amount
from arkan_desktop.gui.documents.opener import DocumentOpener
from arkan_desktop.gui.models.record_table_model import RecordTableModel
from arkan_desktop.gui.receivables.payment_document import PaymentDocument
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
        self.post_button = QPushButton(self.tr("&Post"), self)
        self.post_button.setToolTip(self.tr("Post the selected draft payments"))
        self.allocate_button = QPushButton(self.tr("A&llocate…"), self)
        self.allocate_button.setToolTip(
            self.tr("Allocate what is left of the selected payment to open invoices")
        )
        actions = QHBoxLayout()
        for button in (self.record_button, self.post_button, self.allocate_button):
            actions.addWidget(button)
        actions.addStretch(1)
        self.opener = DocumentOpener(live, self)
        self.opener.sig_message.connect(self.sig_message)
        self.list.sig_activated.connect(self.open_payment)
        self.post_action = QAction(self.tr("Post"), self)
        self.post_action.triggered.connect(self.post_selected)
        self.allocate_action = QAction(self.tr("Allocate…"), self)
        self.allocate_action.triggered.connect(self.allocate_selected)
        self.list.view.addAction(self.post_action)
        self.list.view.addAction(self.allocate_action)
        self.post_button.clicked.connect(self.post_selected)
        self.allocate_button.clicked.connect(self.allocate_selected)
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
        form = PaymentForm(
            invoices, currency, invoice_id, self.window(), self.company.payment_methods
        )
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
        partner = str(invoice.get("partnerName") or "")
        recorded = record_payment(draft, currency, partner, rules=self.company.write_rules)
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

    # --- an existing payment ----------------------------------------------------------

    def open_payment(self, record_id: str) -> None:
        """Enter, a double-click, the context menu's Open: the payment in its own window."""
        self.opener.open(PAYMENTS, record_id)

    def post_selected(self) -> None:
        ids = self.list.selected_ids()
        if ids:
            self.live.spawn(self.post(ids), "post-payments")

    async def post(self, ids: list[str]) -> int:
        """Queue the posting of each selected draft; returns how many were queued."""
        queued = 0
        for record_id in ids:
            payment = await self.company.documents.get(PAYMENTS, record_id)
            if payment is None or payment.get("state") != "draft":
                continue
            invoices = []
            for allocation in payment.get("allocations") or []:
                found = await self.company.invoices.get(str(allocation.get("invoiceId") or ""))
                if found is not None:
                    invoices.append(found)
            await self.company.queue(post_payment(payment, invoices))
            queued += 1
        if not queued:
            self.sig_message.emit(self.tr("Only draft payments can be posted"))
        else:
            self.sig_message.emit(self.tr("Queued for posting: %1").replace("%1", str(queued)))
        return queued

    def allocate_selected(self) -> None:
        record_id = self.list.current_id()
        if record_id:
            self.live.spawn(self.allocate(record_id), "allocate-payment")

    async def allocate(self, record_id: str) -> PaymentDocument | None:
        """Open the payment and ask how to allocate what is left of it."""
        window = await self.opener.open_document(PAYMENTS, record_id)
        if isinstance(window, PaymentDocument):
            await window.ask_allocation()
            return window
        return None

    def shutdown(self) -> None:
        self.opener.close_all()
        if self.form is not None:
            self.form.close()
        super().shutdown()
