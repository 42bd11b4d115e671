"""The Invoices tab: customer invoices and credit notes by state with totals; new, post,
record and allocate payments, cancel with a credit note, aged receivables.

The list reads the cache through a RecordTableModel; totals of the rows in view are one
SUM on the database thread after each reload (`company.invoices.totals`). Actions queue
typed writes through the company (the outbox sends them); the list shows their
optimistic effect at once, in italics until the server confirms it. The money actions
live in `InvoiceCommands`. Enter, a double-click or the context menu's *Open* opens an
invoice (`DocumentOpener`): a draft to correct, anything else read-only with its actions.
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from arkan_desktop.domain.documents import INVOICES
from arkan_desktop.domain.invoices import can_post
from arkan_desktop.domain.money import format_amount
from arkan_desktop.gui.documents.opener import DocumentOpener
from arkan_desktop.gui.invoices.aged_view import AgedReceivablesView
from arkan_desktop.gui.invoices.cancel_dialog import CancelInvoiceDialog
from arkan_desktop.gui.invoices.invoice_commands import InvoiceCommands
from arkan_desktop.gui.invoices.invoice_editor import InvoiceEditor
from arkan_desktop.gui.invoices.payment_dialog import PaymentDialog
from arkan_desktop.gui.models.record_table_model import RecordTableModel
from arkan_desktop.gui.printing.invoice_printing import InvoicePrinting
from arkan_desktop.gui.shell.live_sync import LiveSync
from arkan_desktop.gui.shell.module_tab import FIND, NEW, POST, ModuleTab
from arkan_desktop.gui.widgets.record_list import RecordList
from arkan_desktop.store.changes import ChangeSet
from arkan_desktop.store.lists.search import where_clause
from arkan_desktop.store.lists.specs.invoices import invoice_list_spec
from arkan_desktop.store.outbox import OutboxRow
from arkan_desktop.sync.commands.bills import bill_write
from arkan_desktop.sync.commands.invoices import post_invoice
from arkan_desktop.sync.company import Company

STATES = ("draft", "posted", "paid", "cancelled")


class InvoicesTab(ModuleTab):
    key = "invoices"
    resource = "invoices"
    printable = True

    def __init__(self, company: Company, live: LiveSync, parent: QWidget | None = None):
        super().__init__(company, live, parent)
        self.closed = False
        self.editors: list[InvoiceEditor] = []
        self.model = RecordTableModel(company.rows(invoice_list_spec()), self)
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
        self.post_button.setToolTip(self.tr("Post the selected draft invoices (Ctrl+Shift+Enter)"))
        self.pay_button = QPushButton(self.tr("Record pa&yment…"), self)
        self.pay_button.setToolTip(
            self.tr("Record a customer payment and allocate it over their open invoices")
        )
        self.print_button = QPushButton(self.tr("P&rint…"), self)
        self.print_button.setToolTip(
            self.tr("Preview and print the selected invoice; several selected print as a batch")
        )
        self.cancel_button = QPushButton(self.tr("&Cancel with credit note…"), self)
        self.cancel_button.setToolTip(
            self.tr("Cancel the selected posted invoice; the server issues a credit note "
                    "(Ctrl+Shift+X)")
        )  # fmt: skip
        self.aged_button = QPushButton(self.tr("A&ged receivables…"), self)
        self.aged_button.setToolTip(self.tr("What each customer owes, by how late (Ctrl+Shift+G)"))
        self.branding_button = QPushButton(self.tr("Invoice &branding…"), self)
        self.partner_button = QPushButton(self)
        self.partner_button.setObjectName("invoicePartnerFilter")
        self.partner_button.setToolTip(self.tr("Click to show every customer again"))
        self.partner_button.hide()
        self.list.add_tool_widget(self.partner_button)
        self.partner_filter: tuple[str, str] | None = None
        self.aged_view: AgedReceivablesView | None = None
        self.printing = InvoicePrinting(company, self)
        self.printing.sig_message.connect(self.sig_message)
        self.commands = InvoiceCommands(company, live, self)
        self.commands.sig_message.connect(self.sig_message)
        actions = QHBoxLayout()
        for button in (
            self.new_button,
            self.post_button,
            self.pay_button,
            self.cancel_button,
            self.print_button,
            self.aged_button,
            self.branding_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        self.cancel_action = self._action(
            self.tr("Cancel with credit note…"), "Ctrl+Shift+X", self.cancel_selected
        )
        self.pay_action = self._action(
            self.tr("Record payment…"), "", self.record_payment_for_selected
        )
        self.post_action = self._action(self.tr("Post"), "", self.post_selected)
        self.print_action = self._action(self.tr("Print…"), "", self.print_selected)
        self.aged_action = self._action(
            self.tr("Aged receivables…"), "Ctrl+Shift+G", self.show_aged_receivables
        )
        self.opener = DocumentOpener(live, self, commands=self.commands, printing=self.printing)
        self.opener.sig_message.connect(self.sig_message)
        self.list.sig_activated.connect(self.open_invoice)
        view = self.list.view
        for action in (self.post_action, self.pay_action, self.cancel_action, self.print_action):
            view.addAction(action)
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
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.aged_button.clicked.connect(self.show_aged_receivables)
        self.partner_button.clicked.connect(lambda: self.show_customer(None))
        self.branding_button.clicked.connect(
            lambda: self.live.spawn(self.printing.edit_branding(), "invoice-branding")
        )
        self.state_combo.currentIndexChanged.connect(self._state_chosen)
        self.model.sig_reloaded.connect(
            lambda _rows: self.live.spawn(self._show_totals(), "invoice-totals")
        )
        self.model.sig_reloaded.connect(lambda _rows: self._update_buttons())
        self.list.sig_message.connect(self.sig_message)
        self.list.sig_current_changed.connect(lambda _id: self._update_buttons())
        self._tips = {
            b: b.toolTip() for b in (self.post_button, self.pay_button, self.cancel_button)
        }
        self._reasons_asked = 0
        self._state_chosen()
        self._update_buttons()

    def _action(self, text: str, keys: str, slot: Any) -> QAction:
        action = QAction(text, self)
        if keys:
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

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
        partner_id = self.partner_filter[0] if self.partner_filter is not None else ""
        self.model.set_conditions(self.company.invoices.list_filter(state, partner_id))

    def show_customer(self, partner: tuple[str, str] | None) -> None:
        """List only this customer's invoices (None: every customer again)."""
        self.partner_filter = partner
        if partner is not None:
            self.partner_button.setText(self.tr("Customer: %1 ✕").replace("%1", partner[1]))
        self.partner_button.setVisible(partner is not None)
        self._state_chosen()

    def show_open_invoices_of(self, partner_id: str, name: str) -> None:
        """The aged view's double-click: this customer's posted, unpaid invoices."""
        self.show_customer((partner_id, name))
        self.set_state_filter("posted")
        self.window().activateWindow()
        self.list.view.setFocus()

    async def _show_totals(self) -> None:
        rows = await self.company.invoices.totals(where_clause(self.model.spec, self.model.query))
        if self.closed or not shiboken6.isValid(self.totals_label):
            return  # the tab closed while the query ran
        count = sum(row.count for row in rows)
        parts = [self.tr("Invoices: %1").replace("%1", f"{count:,}")]
        for row in rows:
            parts.append(
                self.tr("Total %1 %2 · Due %3 %2")
                .replace("%1", format_amount(row.total, row.currency))
                .replace("%2", row.currency)
                .replace("%3", format_amount(row.due, row.currency))
            )
        self.totals_label.setText(" · ".join(parts))

    def note_changes(self, changes: ChangeSet) -> None:
        super().note_changes(changes)
        changed = sorted(changes.resources.get("invoices", ()))
        if changed and not self.closed:
            self.live.spawn(self._refresh_originals(changed), "invoice-originals")

    async def _refresh_originals(self, changed: list[str]) -> None:
        originals = await self.company.invoices.credit_note_originals(changed)
        if originals and not self.closed:
            linked = ChangeSet()
            linked.add("invoices", originals)
            self.model.note_changes(linked)

    def _update_buttons(self) -> None:
        selected = bool(self.list.current_id())
        for widget in (self.post_button, self.pay_button, self.print_button, self.cancel_button):
            widget.setEnabled(selected)
        for action in (self.post_action, self.pay_action, self.print_action, self.cancel_action):
            action.setEnabled(selected)
        for button, tip in self._tips.items():
            button.setToolTip(tip)
        record_id = self.list.current_id()
        if record_id and len(self.list.selected_ids()) == 1:
            self._reasons_asked += 1
            self.live.spawn(self._disable_what_does_not_apply(record_id), "invoice-buttons")
        self.sig_actions_changed.emit()

    async def _disable_what_does_not_apply(self, record_id: str) -> None:
        """A button that cannot act on the selected invoice is disabled, its tooltip
        saying why (asked again on each new selection and reload; the last answer wins)."""
        asked = self._reasons_asked
        invoice = await self.company.invoices.get(record_id)
        if invoice is None or self.closed or asked != self._reasons_asked:
            return
        reasons = (
            (self.post_button, self.post_action,
             "" if can_post(invoice) else self.tr("Only draft invoices can be posted")),
            (self.pay_button, self.pay_action, self.commands.payment_problem(invoice)),
            (self.cancel_button, self.cancel_action, self.commands.cancel_problem(invoice)),
        )  # fmt: skip
        for button, action, reason in reasons:
            button.setEnabled(not reason)
            action.setEnabled(not reason)
            button.setToolTip(reason or self._tips[button])
        self.sig_actions_changed.emit()

    # --- actions -----------------------------------------------------------------------

    def new_record(self) -> None:
        self.open_editor()

    def edits(self, row: OutboxRow) -> bool:
        """A refused invoice create or cancellation, or a customer payment, reopens here."""
        if row.resource == "invoices":
            return row.action in ("create", "cancel") and not bill_write(row)
        body = row.body_data()
        return (
            row.resource == "payments"
            and row.action == "create"
            and isinstance(body, dict)
            and bool(body.get("partnerId"))
            and body.get("type", "inbound") == "inbound"
        )

    def edit_refused(self, row: OutboxRow) -> None:
        self.open_editor(rejected=row)

    def open_editor(
        self, rejected: OutboxRow | None = None
    ) -> InvoiceEditor | CancelInvoiceDialog | None:
        """A new invoice, or a refused/conflicting write reopened in its own form."""
        if rejected is not None and rejected.action == "cancel":
            self.live.spawn(self.commands.edit_cancel(rejected), "edit-cancel")
            return None
        if rejected is not None and rejected.resource == "payments":
            self.live.spawn(self.commands.edit_payment(rejected), "edit-payment")
            return None
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
            invoice = await self.company.invoices.get(record_id)
            if invoice is None or not can_post(invoice):
                skipped += 1
                continue
            await self.company.queue(post_invoice(invoice))
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
            self.live.spawn(self.commands.ask_payment(record_id), "record-payment")

    @property
    def payment_dialog(self) -> PaymentDialog | None:
        """The payment dialog while it is open."""
        dialog = self.commands.dialog
        return dialog if isinstance(dialog, PaymentDialog) else None

    async def pay(self, invoice: dict[str, Any], payment: dict[str, Any]) -> None:
        """Queue a payment allocated wholly to `invoice`, and its posting."""
        await self.commands.pay(invoice, payment)

    def cancel_selected(self) -> None:
        record_id = self.list.current_id()
        if record_id:
            self.live.spawn(self.commands.ask_cancel(record_id), "cancel-invoice")

    def open_invoice(self, record_id: str) -> None:
        """Enter, a double-click, the context menu's Open: the invoice in its own window."""
        self.opener.open(INVOICES, record_id)

    def show_aged_receivables(self) -> AgedReceivablesView:
        if self.aged_view is None or not shiboken6.isValid(self.aged_view):
            self.aged_view = AgedReceivablesView(self.live, self.window())
            self.aged_view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.aged_view.sig_customer_chosen.connect(self.show_open_invoices_of)
            self.aged_view.exports.sig_message.connect(self.sig_message)
        else:
            self.aged_view.refresh()
        self.aged_view.show()
        self.aged_view.raise_()
        return self.aged_view

    def shutdown(self) -> None:
        self.closed = True
        self.opener.close_all()
        for editor in list(self.editors):
            editor.close()
        if self.aged_view is not None and shiboken6.isValid(self.aged_view):
            self.aged_view.close()
        super().shutdown()
