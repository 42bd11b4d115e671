"""An invoice opened from a list: a draft to correct, or a document to read and act on.

A draft opens in the invoice editor with its client, dates, reference and lines. Saving a
draft the server has queues a correction of the fields that changed (a PATCH the server
may not offer: the connector then refuses it in one sentence and the next opening says
so); saving a draft never sent rewrites its waiting create in the Outbox. Anything else
(posted, paid, cancelled, a credit note) opens read-only with its actions: cancel with a
credit note, record a payment and print, each disabled with the reason when it does not
apply.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QWidget,
)

from arkan_desktop.api.errors import ApiError
from arkan_desktop.domain.documents import EditRefusal, EditWay, edit_way
from arkan_desktop.domain.invoices import CREDIT_NOTE, kind_of
from arkan_desktop.domain.money import MoneyError
from arkan_desktop.gui.documents.words import refusal_text, way_text
from arkan_desktop.gui.invoices.invoice_commands import InvoiceCommands
from arkan_desktop.gui.invoices.invoice_editor import InvoiceEditor
from arkan_desktop.gui.labels import code_label
from arkan_desktop.gui.printing.invoice_printing import InvoicePrinting
from arkan_desktop.gui.shell.live_sync import LiveSync
from arkan_desktop.store.outbox import OutboxRow, OutboxStateError
from arkan_desktop.store.queries.invoices import Client
from arkan_desktop.sync.commands.invoices import edited_create, update_invoice

ACTION = QDialogButtonBox.ButtonRole.ActionRole


class InvoiceDocument(InvoiceEditor):
    def __init__(
        self,
        live: LiveSync,
        invoice: dict[str, Any],
        *,
        refusal: EditRefusal | None,
        queued: OutboxRow | None,
        commands: InvoiceCommands,
        printing: InvoicePrinting,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(live, parent)
        self.invoice = invoice
        self.record_id = str(invoice["id"])
        self.refusal = refusal
        self.queued = queued  # the waiting create of a draft never sent
        self.commands = commands
        self.printing = printing
        self.setObjectName("invoiceDocument")
        self.setWindowTitle(self._title())
        self.note_label = QLabel(self)
        self.note_label.setObjectName("documentNote")
        self.note_label.setWordWrap(True)
        layout = self.layout()
        if layout is not None:
            layout.insertWidget(0, self.note_label)  # type: ignore[attr-defined]
        self.print_button = self._button(self.tr("P&rint…"), self._print)
        self.cancel_button = self._button(self.tr("&Cancel with credit note…"), self._cancel)
        self.pay_button = self._button(self.tr("Record pa&yment…"), self._pay)
        if refusal is None:
            self.note_label.setText(way_text(edit_way(invoice)))
            self.cancel_button.hide()
            self.pay_button.hide()
            save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
            if save is not None:
                save.setText(self.tr("&Save changes"))
        else:
            self._read_only()

    def _title(self) -> str:
        invoice = self.invoice
        number = str(invoice.get("number") or self.tr("(not numbered yet)"))
        if kind_of(invoice) == CREDIT_NOTE:
            title = self.tr("Credit note %1 — %2")
        elif kind_of(invoice) == "in_invoice":
            title = self.tr("Bill %1 — %2")
        else:
            title = self.tr("Invoice %1 — %2")
        return title.replace("%1", number).replace("%2", code_label(str(invoice.get("state"))))

    def _button(self, text: str, slot: Any) -> QPushButton:
        button = self.buttons.addButton(text, ACTION)
        assert button is not None
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _read_only(self) -> None:
        """Nothing can be typed over; the document's actions say whether they apply."""
        assert self.refusal is not None
        self.editable = False
        self.note_label.setText(refusal_text(self.refusal, self.invoice))
        self.client_combo.setEnabled(False)
        for edit in (self.date_edit, self.due_edit):
            edit.setReadOnly(True)
        self.reference_edit.setReadOnly(True)
        self.lines_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.add_line_button.hide()
        self.remove_line_button.hide()
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        if save is not None:
            save.hide()
        close = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if close is not None:
            close.setText(self.tr("&Close"))
        for button, problem, fine in (
            (
                self.cancel_button,
                self.commands.cancel_problem(self.invoice),
                self.tr("Cancel this invoice; the server issues a credit note"),
            ),
            (
                self.pay_button,
                self.commands.payment_problem(self.invoice),
                self.tr("Record a customer payment against this invoice"),
            ),
        ):
            button.setEnabled(not problem)
            button.setToolTip(problem or fine)

    # --- filling ---------------------------------------------------------------------

    def _choices_loaded(self) -> None:
        invoice = self.invoice
        partner_id = str(invoice.get("partnerId") or "")
        if partner_id and self.client_combo.findData(partner_id) < 0:
            # a partner the choices do not list (a vendor's bill, a client gone since)
            name = str(invoice.get("partnerName") or partner_id)
            self.clients.append(Client(partner_id, name, 0))
            self.client_combo.addItem(name, partner_id)
        self.fill_body(invoice)
        self._due_touched = True  # the document's own due date stays as it is

    # --- saving a draft ----------------------------------------------------------------

    async def _save(self) -> None:
        client = self.client()
        assert client is not None
        draft = self.draft()
        draft.pop("type", None)  # a correction keeps the document's type
        self.setEnabled(False)
        try:
            if edit_way(self.invoice) is EditWay.IN_OUTBOX and self.queued is not None:
                body, effect = edited_create(
                    self.queued.body_data() or {},
                    self.record_id,
                    draft,
                    self.company.currency,
                    client.name,
                )
                await self.company.documents.edit_queued(self.queued.id, body, effect)
            else:
                write = update_invoice(self.invoice, draft, client.name)
                if write is not None:
                    await self.company.queue(write)
        except OutboxStateError:
            self.setEnabled(True)
            self.message_label.setText(
                self.tr("This draft was sent meanwhile; close it and open it again to correct it")
            )
            return
        except (ApiError, MoneyError, ValueError) as error:
            self.setEnabled(True)
            self.message_label.setText(str(error))
            return
        self.sig_saved.emit(self.record_id)
        self.accept()

    # --- the actions of a posted invoice -----------------------------------------------

    def _print(self) -> None:
        self.live.spawn(self.printing.open_preview(self.record_id), "document-print")

    def _cancel(self) -> None:
        self.accept()  # the cancellation's own dialog asks; this view would be stale
        self.live.spawn(self.commands.ask_cancel(self.record_id), "document-cancel")

    def _pay(self) -> None:
        self.accept()
        self.live.spawn(self.commands.ask_payment(self.record_id), "document-payment")
