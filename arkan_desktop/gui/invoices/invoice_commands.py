"""The Invoices tab's money actions: cancel with a credit note, record and allocate payments.

Each action reads what it needs from the cache (on the database worker), checks locally
what can be checked (a posted, unpaid invoice to cancel; an amount and allocations within
what is open), asks the user in a dialog and queues the writes through LiveSync. Nothing
here talks to the network: the outbox sends, and the list shows the optimistic effect.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QWidget
from sqlalchemy import or_, select

from arkan_desktop.domain.money import format_amount, from_minor, to_decimal
from arkan_desktop.gui.invoices.allocation import OpenInvoice
from arkan_desktop.gui.invoices.cancel_dialog import CancelInvoiceDialog
from arkan_desktop.gui.invoices.payment_dialog import PaymentDialog, PaymentInput
from arkan_desktop.gui.session import CompanyContext
from arkan_desktop.gui.shell.live_sync import LiveSync
from arkan_desktop.store.cache import Cache
from arkan_desktop.store.models import Invoice
from arkan_desktop.store.outbox import OutboxRow
from arkan_desktop.sync.commands.invoices import cancel_invoice
from arkan_desktop.sync.commands.payments import post_payment, record_payment


def open_invoices(cache: Cache, partner_id: str, currency: str) -> list[OpenInvoice]:
    """A customer's posted invoices in `currency` with something still due, oldest first."""
    statement = (
        select(
            Invoice.id,
            Invoice.number,
            Invoice.date,
            Invoice.due_date,
            Invoice.total_minor,
            Invoice.amount_due_minor,
        )
        .where(
            Invoice.partner_id == partner_id,
            or_(Invoice.type.is_(None), Invoice.type == "out_invoice"),
            Invoice.state == "posted",
            Invoice.currency == currency,
            Invoice.amount_due_minor > 0,
        )
        .order_by(Invoice.due_date, Invoice.date, Invoice.number)
    )
    with cache.reading() as session:
        return [
            OpenInvoice(
                id=str(i),
                number=str(n or ""),
                date=str(d or ""),
                due_date=str(dd or d or ""),
                currency=currency,
                total=from_minor(int(t or 0), currency),
                open=from_minor(int(due or 0), currency),
            )
            for i, n, d, dd, t, due in session.execute(statement)
        ]


def _partner_name(cache: Cache, partner_id: str) -> str:
    statement = select(Invoice.partner_name).where(Invoice.partner_id == partner_id).limit(1)
    with cache.reading() as session:
        return str(session.scalar(statement) or "")


class InvoiceCommands(QObject):
    sig_message = Signal(str)
    """A short message for the status bar."""
    sig_dialog_opened = Signal(object)
    """A dialog of one of the actions opened (the dialog)."""

    def __init__(self, context: CompanyContext, live: LiveSync, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.live = live
        self.host = parent
        self.dialog: CancelInvoiceDialog | PaymentDialog | None = None

    async def _invoice(self, record_id: str) -> dict[str, Any] | None:
        return await self.context.worker.run(self.context.cache.get, "invoices", record_id)

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
        number = str(invoice.get("number") or self.tr("This invoice"))
        kind = invoice.get("type") or "out_invoice"
        state = invoice.get("state")
        if kind == "out_refund":
            return self.tr("%1 is a credit note; credit notes cannot be cancelled").replace(
                "%1", number
            )
        if kind != "out_invoice":
            return self.tr("Only customer invoices are cancelled here")
        if state == "cancelled":
            return self.tr("%1 is already cancelled").replace("%1", number)
        if state == "draft":
            return self.tr("%1 is a draft; only posted invoices are cancelled with a credit "
                           "note").replace("%1", number)  # fmt: skip
        paid = to_decimal(invoice.get("amountPaid") or 0)
        if state == "paid" or paid > 0:
            return self.tr("%1 has payments against it; an invoice with payments cannot be "
                           "cancelled").replace("%1", number)  # fmt: skip
        if str(invoice.get("id") or "").startswith("local-"):
            return self.tr("%1 has not reached the server yet").replace("%1", number)
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
        row = await self.live.queue(cancel_invoice(invoice, reason))
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
                self.context.service.retry(row.id, {"reason": dialog.reason()}), "resend-cancel"
            )
        )
        self._open(dialog)
        return dialog

    # --- payments ----------------------------------------------------------------------

    async def ask_payment(self, record_id: str) -> PaymentDialog | None:
        invoice = await self._invoice(record_id)
        if invoice is None:
            return None
        if invoice.get("state") != "posted" or (invoice.get("type") or "out_invoice") != (
            "out_invoice"
        ):
            self.sig_message.emit(self.tr("Payments are recorded against posted, unpaid invoices"))
            return None
        currency = self.context.currency
        if invoice.get("currency") and invoice["currency"] != currency:
            self.sig_message.emit(
                self.tr("Payments are recorded in %1; this invoice is in %2")
                .replace("%1", currency)
                .replace("%2", str(invoice["currency"]))
            )
            return None
        partner_id, name = str(invoice["partnerId"]), str(invoice.get("partnerName") or "")
        found = await self.context.worker.run(
            open_invoices, self.context.cache, partner_id, currency
        )
        dialog = PaymentDialog(name, found, currency, record_id, self.host.window())
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
        partner_id, currency = str(body["partnerId"]), self.context.currency
        found = await self.context.worker.run(
            open_invoices, self.context.cache, partner_id, currency
        )
        name = await self.context.worker.run(_partner_name, self.context.cache, partner_id)
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
        dialog = PaymentDialog(name, found, currency, None, self.host.window())
        dialog.setWindowTitle(self.tr("Fix refused payment"))
        dialog.fill_from(body)
        dialog.show_field_errors(row.field_error_list(), row.rejection_message or "", body)

        def resend() -> None:
            draft = self._payment_body(partner_id, dialog.value())
            draft["reference"] = body.get("reference") or draft.get("reference")
            self.live.spawn(self.context.service.retry(row.id, draft), "resend-payment")

        dialog.accepted.connect(resend)
        self._open(dialog)
        return dialog

    def _payment_body(self, partner_id: str, payment: PaymentInput) -> dict[str, Any]:
        currency = self.context.currency
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
        currency = self.context.currency
        draft = self._payment_body(partner_id, payment)
        invoices = []
        for invoice, _share in payment.allocations:
            record = await self._invoice(invoice.id)
            if record is not None:
                invoices.append(record)
        recorded = record_payment(draft, currency, partner_name)
        await self.live.queue(recorded)
        await self.live.queue(post_payment(recorded.effect["payments"][0], invoices))
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
