"""The Invoices tab: customer invoices by state with totals; new, post, record payment.

The list reads the cache through a RecordTableModel; totals of the rows in view are one
SUM on the database worker after each reload. Actions queue writes through LiveSync
(the outbox sends them); the list shows their optimistic effect at once, in italics
until the server confirms it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from sqlalchemy import ColumnElement, func, or_, select

from arkan_desktop.domain.money import format_amount, from_minor
from arkan_desktop.gui.invoices.columns import invoice_list_spec
from arkan_desktop.gui.invoices.invoice_editor import InvoiceEditor
from arkan_desktop.gui.invoices.payment_dialog import PaymentDialog
from arkan_desktop.gui.models.columns import ListQuery, ListSpec, where_clause
from arkan_desktop.gui.models.record_table_model import RecordTableModel
from arkan_desktop.gui.printing.invoice_printing import InvoicePrinting
from arkan_desktop.gui.session import CompanyContext
from arkan_desktop.gui.shell.live_sync import LiveSync
from arkan_desktop.gui.shell.module_tab import FIND, NEW, POST, ModuleTab
from arkan_desktop.gui.widgets.record_list import RecordList
from arkan_desktop.store.cache import Cache
from arkan_desktop.store.models import Invoice
from arkan_desktop.store.outbox import OutboxRow
from arkan_desktop.sync.writes import post_invoice, post_payment, record_payment

CUSTOMER_DOCUMENTS = or_(Invoice.type.is_(None), Invoice.type.in_(("out_invoice", "out_refund")))
STATES = ("draft", "posted", "paid", "cancelled")


def _totals(cache: Cache, spec: ListSpec, query: ListQuery) -> list[tuple[str, int, int, int]]:
    """(currency, count, total, due) in minor units for the rows the list shows."""
    statement = (
        select(
            Invoice.currency,
            func.count(),
            func.coalesce(func.sum(Invoice.total_minor), 0),
            func.coalesce(func.sum(Invoice.amount_due_minor), 0),
        )
        .where(where_clause(spec, query))
        .group_by(Invoice.currency)
    )
    with cache.reading() as session:
        return [
            (str(c), int(n or 0), int(t or 0), int(d or 0))
            for c, n, t, d in session.execute(statement)
        ]


class InvoicesTab(ModuleTab):
    key = "invoices"
    resource = "invoices"

    def __init__(self, context: CompanyContext, live: LiveSync, parent: QWidget | None = None):
        super().__init__(context, live, parent)
        self.editors: list[InvoiceEditor] = []
        self.model = RecordTableModel(invoice_list_spec(), context.cache, context.worker, self)
        self.models.append(self.model)
        self.list = RecordList(self.model, self)
        self.state_combo = QComboBox(self)
        self.state_combo.setObjectName("invoiceState")
        self.state_combo.addItem(self.tr("All states"), "")
        self.state_combo.addItem(self.tr("Drafts"), "draft")
        self.state_combo.addItem(self.tr("Posted, not paid"), "posted")
        self.state_combo.addItem(self.tr("Paid"), "paid")
        self.state_combo.addItem(self.tr("Cancelled"), "cancelled")
        self.state_combo.setToolTip(self.tr("Show invoices in this state"))
        self.list.add_tool_widget(self.state_combo)

        self.new_button = QPushButton(self.tr("&New invoice"), self)
        self.new_button.setToolTip(self.tr("Ctrl+N"))
        self.post_button = QPushButton(self.tr("&Post"), self)
        self.post_button.setToolTip(self.tr("Post the selected draft invoices (Ctrl+P)"))
        self.pay_button = QPushButton(self.tr("Record pa&yment…"), self)
        self.pay_button.setToolTip(self.tr("Record a payment for the selected invoice"))
        self.print_button = QPushButton(self.tr("P&rint…"), self)
        self.print_button.setToolTip(
            self.tr("Preview and print the selected invoice; several selected print as a batch")
        )
        self.branding_button = QPushButton(self.tr("Invoice &branding…"), self)
        self.printing = InvoicePrinting(context, self)
        self.printing.sig_message.connect(self.sig_message)
        actions = QHBoxLayout()
        for button in (
            self.new_button,
            self.post_button,
            self.pay_button,
            self.print_button,
            self.branding_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        self.totals_label = QLabel(self)
        self.totals_label.setObjectName("invoiceTotals")
        self.totals_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.totals_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.totals_label)

        self.new_button.clicked.connect(self.new_record)
        self.post_button.clicked.connect(self.post_selected)
        self.pay_button.clicked.connect(self.record_payment_for_selected)
        self.print_button.clicked.connect(self.print_selected)
        self.branding_button.clicked.connect(
            lambda: self.live.spawn(self.printing.edit_branding(), "invoice-branding")
        )
        self.state_combo.currentIndexChanged.connect(self._state_chosen)
        self.model.sig_reloaded.connect(
            lambda _rows: self.live.spawn(self._show_totals(), "invoice-totals")
        )
        self.list.sig_message.connect(self.sig_message)
        self.list.sig_current_changed.connect(lambda _id: self._update_buttons())
        self._state_chosen()
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Invoices")

    def offers(self, action: str) -> bool:
        return action in (NEW, POST, FIND)

    def focus_find(self) -> None:
        self.list.focus_filter()

    # --- the list ----------------------------------------------------------------------

    def set_state_filter(self, state: str) -> None:
        self.state_combo.setCurrentIndex(max(self.state_combo.findData(state), 0))

    def _state_chosen(self) -> None:
        state = str(self.state_combo.currentData() or "")
        conditions: list[ColumnElement[bool]] = [CUSTOMER_DOCUMENTS]
        if state:
            conditions.append(Invoice.state == state)
        self.model.set_conditions(conditions)

    async def _show_totals(self) -> None:
        rows = await self.context.worker.run(
            _totals, self.context.cache, self.model.spec, self.model.query
        )
        count = sum(n for _c, n, _t, _d in rows)
        parts = [self.tr("Invoices: %1").replace("%1", f"{count:,}")]
        for currency, _n, total, due in rows:
            parts.append(
                self.tr("Total %1 %2 · Due %3 %2")
                .replace("%1", format_amount(from_minor(total, currency), currency))
                .replace("%2", currency)
                .replace("%3", format_amount(from_minor(due, currency), currency))
            )
        self.totals_label.setText(" · ".join(parts))

    def _update_buttons(self) -> None:
        selected = bool(self.list.current_id())
        self.post_button.setEnabled(selected)
        self.pay_button.setEnabled(selected)
        self.print_button.setEnabled(selected)
        self.sig_actions_changed.emit()

    # --- actions -----------------------------------------------------------------------

    def new_record(self) -> None:
        self.open_editor()

    def open_editor(self, rejected: OutboxRow | None = None) -> InvoiceEditor:
        editor = InvoiceEditor(self.live, self.window(), rejected=rejected)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.sig_saved.connect(self._saved)
        editor.finished.connect(lambda _result: self._forget(editor))
        self.editors.append(editor)
        editor.show()
        return editor

    def _forget(self, editor: InvoiceEditor) -> None:
        if editor in self.editors:
            self.editors.remove(editor)

    def _saved(self, record_id: str) -> None:
        self.sig_message.emit(self.tr("Invoice queued; it is sent as soon as the server answers"))
        if record_id:
            self.list.select_id(record_id)

    def post_selected(self) -> None:
        ids = self.list.selected_ids()
        if ids:
            self.live.spawn(self.post(ids), "post-invoices")

    async def post(self, ids: list[str]) -> int:
        """Queue a post for each selected draft; returns how many were queued."""
        queued, skipped = 0, 0
        for record_id in ids:
            invoice = await self._invoice(record_id)
            if invoice is None or invoice.get("state") != "draft":
                skipped += 1
                continue
            await self.live.queue(post_invoice(invoice))
            queued += 1
        if skipped and not queued:
            self.sig_message.emit(self.tr("Only draft invoices can be posted"))
        else:
            self.sig_message.emit(self.tr("Queued for posting: %1").replace("%1", str(queued)))
        return queued

    def print_selected(self) -> None:
        """One invoice: the print preview; several: a batch print with progress."""
        ids = self.list.selected_ids()
        if len(ids) == 1:
            self.live.spawn(self.printing.open_preview(ids[0]), "print-preview")
        elif ids:
            self.live.spawn(self.printing.print_batch(ids), "print-batch")

    def record_payment_for_selected(self) -> None:
        record_id = self.list.current_id()
        if record_id:
            self.live.spawn(self._ask_payment(record_id), "record-payment")

    async def _ask_payment(self, record_id: str) -> None:
        invoice = await self._invoice(record_id)
        if invoice is None:
            return
        if invoice.get("state") != "posted":
            self.sig_message.emit(self.tr("Payments are recorded against posted, unpaid invoices"))
            return
        dialog = PaymentDialog(invoice, self.context.currency, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self.live.spawn(self.pay(invoice, dialog.value().__dict__), "queue-payment")
        )
        self.payment_dialog = dialog
        dialog.open()

    async def pay(self, invoice: dict[str, Any], payment: dict[str, Any]) -> None:
        """Queue a payment allocated to `invoice` and its posting."""
        currency = self.context.currency
        amount = str(payment["amount"])
        draft = {
            "type": "inbound",
            "partnerId": invoice["partnerId"],
            "amount": amount,
            "method": payment.get("method") or "bank",
            "date": payment.get("day"),
            "allocations": [{"invoiceId": invoice["id"], "amount": amount}],
        }
        if payment.get("reference"):
            draft["reference"] = payment["reference"]
        recorded = record_payment(draft, currency, str(invoice.get("partnerName") or ""))
        await self.live.queue(recorded)
        await self.live.queue(post_payment(recorded.effect["payments"][0], [invoice]))
        self.sig_message.emit(self.tr("Payment queued"))

    async def _invoice(self, record_id: str) -> dict[str, Any] | None:
        return await self.context.worker.run(self.context.cache.get, "invoices", record_id)

    def shutdown(self) -> None:
        for editor in list(self.editors):
            editor.close()
        super().shutdown()
