"""The Invoices tab's money actions: cancel with a credit note, record and allocate payments.

Each action reads what it needs through the company (on the database thread), checks
locally what can be checked (`domain.invoices`: a posted, unpaid invoice to cancel, an
open one to pay; `domain.payments`: allocations within what is open), puts the reason in
words, asks the user in a dialog and queues the typed writes through the company. Nothing
here talks to the network: the outbox sends, and the list shows the optimistic effect.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QWidget

from arkan_desktop.domain.invoices import (
    CancelRefusal,
    PaymentRefusal,
    cancel_refusal,
    payment_refusal,
)
from arkan_desktop.domain.money import format_amount, to_decimal
from arkan_desktop.domain.payments import OpenInvoice
from arkan_desktop.gui.invoices.cancel_dialog import CancelInvoiceDialog
from arkan_desktop.gui.invoices.payment_dialog import PaymentDialog, PaymentInput
from arkan_desktop.gui.shell.live_sync import LiveSync
from arkan_desktop.store.outbox import OutboxRow
from arkan_desktop.sync.commands.invoices import cancel_invoice
from arkan_desktop.sync.commands.payments import post_payment, record_payment
from arkan_desktop.sync.company import Company


class InvoiceCommands(QObject):
    sig_message = Signal(str)
    """A short message for the status bar."""
    sig_dialog_opened = Signal(object)
    """A dialog of one of the actions opened (the dialog)."""

    def __init__(self, company: Company, live: LiveSync, parent: QWidget) -> None:
        super().__init__(parent)
        self.company = company
        self.live = live
        self.host = parent
        self.dialog: CancelInvoiceDialog | PaymentDialog | None = None

    async def _invoice(self, record_id: str) -> dict[str, Any] | None:
        return await self.company.invoices.get(record_id)

    def _open(self, dialog: CancelInvoiceDialog | PaymentDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._forget(dialog))
        dialog.open()
        self.sig_dialog_opened.emit(dialog)

    def _forget(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    # --- cancel with a credit note -----------------------------------------------------

    def cancel_problem(self, invoice: dict[str, Any]) -> str:
        """Why this invoice cannot be cancelled, as far as the cache knows ("" if it can)."""
        refusal = cancel_refusal(invoice)
        if refusal is None:
            return ""
        number = str(invoice.get("number") or self.tr("This invoice"))
        texts = {
            CancelRefusal.CREDIT_NOTE: self.tr(
                "%1 is a credit note; credit notes cannot be cancelled"
            ),
            CancelRefusal.NOT_A_CUSTOMER_INVOICE: self.tr(
                "Only customer invoices are cancelled here"
            ),
            CancelRefusal.ALREADY_CANCELLED: self.tr("%1 is already cancelled"),
            CancelRefusal.DRAFT: self.tr(
                "%1 is a draft; only posted invoices are cancelled with a credit note"
            ),
            CancelRefusal.HAS_PAYMENTS: self.tr(
                "%1 has payments against it; an invoice with payments cannot be cancelled"
            ),
            CancelRefusal.NOT_ON_SERVER_YET: self.tr("%1 has not reached the server yet"),
        }
        return texts[refusal].replace("%1", number)

    def payment_problem(self, invoice: dict[str, Any]) -> str:
        """Why no payment can be recorded against this invoice ("" if one can)."""
        refusal = payment_refusal(invoice, self.company.currency)
        if refusal is PaymentRefusal.NOT_OPEN:
            return self.tr("Payments are recorded against posted, unpaid invoices")
        if refusal is PaymentRefusal.OTHER_CURRENCY:
            return (
                self.tr("Payments are recorded in %1; this invoice is in %2")
                .replace("%1", self.company.currency)
                .replace("%2", str(invoice.get("currency")))
            )
        return ""

    async def ask_cancel(self, record_id: str) -> CancelInvoiceDialog | None:
        invoice = await self._invoice(record_id)
        if invoice is None:
            return None
        problem = self.cancel_problem(invoice)
        if problem:
            self.sig_message.emit(problem)
            return None
        dialog = CancelInvoiceDialog(invoice, parent=self.host.window())
        dialog.accepted.connect(
            lambda: self.live.spawn(self.cancel(invoice, dialog.reason()), "cancel-invoice")
        )
        self._open(dialog)
        return dialog

    async def cancel(self, invoice: dict[str, Any], reason: str) -> OutboxRow:
        row = await self.company.queue(cancel_invoice(invoice, reason))
        self.sig_message.emit(
            self.tr("Cancellation of %1 queued; the server issues the credit note").replace(
                "%1", str(invoice.get("number") or "")
            )
        )
        return row

    async def edit_cancel(self, row: OutboxRow) -> CancelInvoiceDialog | None:
        """Reopen a refused or conflicting cancellation with its reason, to resend it."""
        invoice_id = row.record_id or ""
        invoice = await self._invoice(invoice_id) or {"id": invoice_id}
        body = row.body_data() or {}
        dialog = CancelInvoiceDialog(invoice, str(body.get("reason") or ""), self.host.window())
        message = row.rejection_message or ""
        errors = [e.get("message", "") for e in row.field_error_list()]
        dialog.show_problem(" · ".join(x for x in (message, *errors) if x))
        dialog.accepted.connect(
            lambda: self.live.spawn(
                self.company.outbox.retry(row.id, {"reason": dialog.reason()}), "resend-cancel"
            )
        )
        self._open(dialog)
        return dialog

    # --- payments ----------------------------------------------------------------------

    async def ask_payment(self, record_id: str) -> PaymentDialog | None:
        invoice = await self._invoice(record_id)
        if invoice is None:
            return None
        problem = self.payment_problem(invoice)
        if problem:
            self.sig_message.emit(problem)
            return None
        partner_id, name = str(invoice["partnerId"]), str(invoice.get("partnerName") or "")
        found = await self.company.receivables.open_invoices(partner_id)
        currency = self.company.currency
        dialog = PaymentDialog(
            name, found, currency, record_id, self.host.window(), self.company.payment_methods
        )
        dialog.accepted.connect(
            lambda: self.live.spawn(
                self.pay_allocated(partner_id, name, dialog.value()), "queue-payment"
            )
        )
        self._open(dialog)
        return dialog

    async def edit_payment(self, row: OutboxRow) -> PaymentDialog | None:
        """Reopen a refused payment with its allocations and the server's errors by them."""
        body = row.body_data()
        if not isinstance(body, dict) or not body.get("partnerId"):
            return None
        partner_id, currency = str(body["partnerId"]), self.company.currency
        found = await self.company.receivables.open_invoices(partner_id)
        name = await self.company.receivables.partner_name(partner_id)
        # This payment's own optimistic effect shows its invoices (partly) paid already:
        # give back what it took, so they are listed with what was open before it.
        listed = {i.id for i in found}
        for allocation in body.get("allocations") or []:
            key = str(allocation.get("invoiceId") or "")
            record = None if key in listed else await self._invoice(key)
            if record is None or record.get("state") not in ("posted", "paid"):
                continue
            opened = OpenInvoice.from_record(record)
            back = min(opened.open + to_decimal(allocation.get("amount") or 0), opened.total)
            found.append(replace(opened, open=back))
            listed.add(key)
        found.sort(key=lambda i: (i.due_date, i.date, i.number))
        dialog = PaymentDialog(
            name, found, currency, None, self.host.window(), self.company.payment_methods
        )
        dialog.setWindowTitle(self.tr("Fix refused payment"))
        dialog.fill_from(body)
        dialog.show_field_errors(row.field_error_list(), row.rejection_message or "", body)

        def resend() -> None:
            draft = self._payment_body(partner_id, dialog.value())
            draft["reference"] = body.get("reference") or draft.get("reference")
            self.live.spawn(self.company.outbox.retry(row.id, draft), "resend-payment")

        dialog.accepted.connect(resend)
        self._open(dialog)
        return dialog

    def _payment_body(self, partner_id: str, payment: PaymentInput) -> dict[str, Any]:
        currency = self.company.currency
        draft: dict[str, Any] = {
            "type": "inbound",
            "partnerId": partner_id,
            "amount": format_amount(payment.amount, currency, grouping=False),
            "currency": currency,
            "method": payment.method or "bank",
            "allocations": [
                {"invoiceId": invoice.id, "amount": format_amount(share, currency, grouping=False)}
                for invoice, share in payment.allocations
            ],
        }
        if payment.day:
            draft["date"] = payment.day
        if payment.reference:
            draft["reference"] = payment.reference
        return draft

    async def pay_allocated(
        self, partner_id: str, partner_name: str, payment: PaymentInput
    ) -> None:
        """Queue one customer payment with its allocations, and its posting."""
        currency = self.company.currency
        draft = self._payment_body(partner_id, payment)
        invoices = []
        for invoice, _share in payment.allocations:
            record = await self._invoice(invoice.id)
            if record is not None:
                invoices.append(record)
        recorded = record_payment(draft, currency, partner_name, rules=self.company.write_rules)
        await self.company.queue(recorded)
        await self.company.queue(post_payment(recorded.effect["payments"][0], invoices))
        self.sig_message.emit(
            self.tr("Payment queued, allocated to %1 invoices").replace(
                "%1", str(len(payment.allocations))
            )
        )

    async def pay(self, invoice: dict[str, Any], payment: dict[str, Any]) -> None:
        """Queue a payment of `payment["amount"]` allocated wholly to one invoice."""
        amount = to_decimal(payment["amount"], "amount")
        opened = OpenInvoice.from_record(invoice)
        value = PaymentInput(
            amount,
            str(payment.get("day") or ""),
            str(payment.get("method") or "bank"),
            str(payment.get("reference") or ""),
            [(opened, amount)],
        )
        partner = str(invoice.get("partnerName") or "")
        await self.pay_allocated(str(invoice["partnerId"]), partner, value)
