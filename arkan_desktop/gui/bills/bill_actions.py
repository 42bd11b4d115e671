"""The Bills tab's actions on a bill: post it (after asking), pay its vendor, cancel it.

Each reads what it needs through the company, checks locally what can be checked
(`domain.payables`: a draft to post, a posted unpaid bill to cancel, an open one to pay)
and says why not in a sentence, asks in a dialog, and queues the typed writes; the list
shows their effect at once. A vendor payment is recorded and posted in one go, allocated
over the vendor's open bills.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from arkan_desktop.domain.invoices import CancelRefusal, PaymentRefusal, can_post
from arkan_desktop.domain.money import format_amount
from arkan_desktop.domain.payables import bill_cancel_refusal, bill_payment_refusal
from arkan_desktop.gui.bills.bill_dialogs import BillCancelDialog, VendorPaymentDialog
from arkan_desktop.gui.invoices.payment_dialog import PaymentInput
from arkan_desktop.gui.shell.live_sync import LiveSync
from arkan_desktop.store.outbox import OutboxRow
from arkan_desktop.sync.commands.bills import cancel_bill, post_bill
from arkan_desktop.sync.commands.payments import post_payment, record_payment
from arkan_desktop.sync.company import Company

Record = dict[str, Any]


class BillActions(QObject):
    sig_message = Signal(str)
    """A short message for the status bar."""

    def __init__(self, company: Company, live: LiveSync, parent: QWidget) -> None:
        super().__init__(parent)
        self.company = company
        self.live = live
        self.host = parent
        self.dialog: QDialog | None = None

    def _open(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._forget(dialog))
        dialog.open()

    def _forget(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    # --- posting ------------------------------------------------------------------------

    async def ask_post(self, ids: list[str]) -> QMessageBox | None:
        """Ask before posting the selected drafts: posting cannot be taken back."""
        found = [await self.company.payables.bill(i) for i in ids]
        drafts = [b for b in found if b is not None and can_post(b)]
        if not drafts:
            self.sig_message.emit(self.tr("Only draft bills can be posted"))
            return None
        names = ", ".join(str(b.get("number") or self.tr("new bill")) for b in drafts)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Post bills"),
            self.tr("Post %1? Posting books the bill in the ledger and cannot be undone.").replace(
                "%1", names
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self.host.window(),
        )
        yes = box.button(QMessageBox.StandardButton.Yes)
        yes.setText(self.tr("&Post"))
        box.setDefaultButton(QMessageBox.StandardButton.Yes)  # Enter confirms
        box.buttonClicked.connect(
            lambda clicked: (
                self.live.spawn(self.post(drafts), "post-bills") if clicked is yes else None
            )
        )
        self._open(box)
        return box

    async def post(self, bills: list[Record]) -> int:
        for bill in bills:
            await self.company.queue(post_bill(bill))
        self.sig_message.emit(self.tr("Queued for posting: %1").replace("%1", str(len(bills))))
        return len(bills)

    # --- cancelling ---------------------------------------------------------------------

    def cancel_problem(self, bill: Record) -> str:
        """Why this bill cannot be cancelled, as far as the cache knows ("" if it can)."""
        refusal = bill_cancel_refusal(bill)
        if refusal is None:
            return ""
        texts = {
            CancelRefusal.CREDIT_NOTE: self.tr("%1 is a vendor credit; it is not cancelled"),
            CancelRefusal.NOT_A_CUSTOMER_INVOICE: self.tr("Only bills are cancelled here"),
            CancelRefusal.ALREADY_CANCELLED: self.tr("%1 is already cancelled"),
            CancelRefusal.DRAFT: self.tr("%1 is a draft; only posted bills are cancelled"),
            CancelRefusal.HAS_PAYMENTS: self.tr(
                "%1 has payments against it; a paid bill cannot be cancelled"
            ),
            CancelRefusal.NOT_ON_SERVER_YET: self.tr("%1 has not reached the server yet"),
        }
        return texts[refusal].replace("%1", str(bill.get("number") or self.tr("This bill")))

    async def ask_cancel(self, bill_id: str, reason: str = "") -> BillCancelDialog | None:
        bill = await self.company.payables.bill(bill_id)
        if bill is None:
            return None
        problem = self.cancel_problem(bill)
        if problem:
            self.sig_message.emit(problem)
            return None
        dialog = BillCancelDialog(bill, reason, self.host.window())
        dialog.accepted.connect(
            lambda: self.live.spawn(
                self.company.queue(cancel_bill(bill, dialog.reason())), "cancel-bill"
            )
        )
        self._open(dialog)
        return dialog

    async def edit_cancel(self, row: OutboxRow) -> BillCancelDialog | None:
        """Reopen a refused cancellation with its reason and the server's words."""
        bill = await self.company.payables.bill(row.record_id or "")
        if bill is None:
            return None
        dialog = BillCancelDialog(
            bill, str((row.body_data() or {}).get("reason") or ""), self.host.window()
        )
        errors = [e.get("message", "") for e in row.field_error_list()]
        dialog.show_problem(" · ".join(x for x in (row.rejection_message or "", *errors) if x))
        dialog.accepted.connect(
            lambda: self.live.spawn(
                self.company.outbox.retry(row.id, {"reason": dialog.reason()}), "resend-cancel"
            )
        )
        self._open(dialog)
        return dialog

    # --- paying the vendor --------------------------------------------------------------

    def payment_problem(self, bill: Record) -> str:
        refusal = bill_payment_refusal(bill, self.company.currency)
        if refusal is PaymentRefusal.NOT_OPEN:
            return self.tr("Vendors are paid against posted, unpaid bills")
        if refusal is PaymentRefusal.OTHER_CURRENCY:
            return (
                self.tr("Payments are made in %1; this bill is in %2")
                .replace("%1", self.company.currency)
                .replace("%2", str(bill.get("currency")))
            )
        return ""

    async def ask_payment(self, bill_id: str) -> VendorPaymentDialog | None:
        """Pay the selected bill's vendor, allocated over their open bills (it first)."""
        bill = await self.company.payables.bill(bill_id)
        if bill is None:
            return None
        problem = self.payment_problem(bill)
        if problem:
            self.sig_message.emit(problem)
            return None
        vendor_id, name = str(bill["partnerId"]), str(bill.get("partnerName") or "")
        bills = await self.company.payables.open_bills(vendor_id)
        dialog = VendorPaymentDialog(
            name, bills, self.company.currency, bill_id, self.host.window()
        )
        dialog.accepted.connect(
            lambda: self.live.spawn(self.pay(vendor_id, name, dialog.value()), "pay-vendor")
        )
        self._open(dialog)
        return dialog

    async def pay(self, vendor_id: str, vendor_name: str, payment: PaymentInput) -> None:
        """Queue one outbound payment with its allocations, and its posting."""
        currency = self.company.currency
        draft: Record = {
            "type": "outbound",
            "partnerId": vendor_id,
            "amount": format_amount(payment.amount, currency, grouping=False),
            "method": payment.method or "bank",
            "allocations": [
                {"invoiceId": bill.id, "amount": format_amount(share, currency, grouping=False)}
                for bill, share in payment.allocations
            ],
        }
        if payment.day:
            draft["date"] = payment.day
        if payment.reference:
            draft["memo"] = payment.reference
        bills = [await self.company.payables.bill(bill.id) for bill, _share in payment.allocations]
        recorded = record_payment(draft, currency, vendor_name)
        await self.company.queue(recorded)
        paid = [b for b in bills if b is not None]
        await self.company.queue(post_payment(recorded.effect["payments"][0], paid))
        self.sig_message.emit(
            self.tr("Payment to %1 queued, over %2 bills")
            .replace("%1", vendor_name)
            .replace("%2", str(len(payment.allocations)))
        )
