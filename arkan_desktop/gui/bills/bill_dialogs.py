"""Paying a vendor over their open bills, and cancelling a bill: the invoice dialogs,
told for the vendor side.

A vendor payment is the customer payment dialog (gui/invoices/payment_dialog.py) over
the vendor's open bills: the same allocation (`domain.payments`: oldest first, or typed
per bill, in Decimal, the unallocated remainder shown, shares checked against what is
open and the payment). Cancelling a posted bill asks for the reason, as cancelling an
invoice does; the server issues a vendor credit note.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from arkan_desktop.domain.money import exponent, format_amount, to_decimal
from arkan_desktop.domain.payments import ZERO, OpenInvoice
from arkan_desktop.gui.amount_field import amount_text
from arkan_desktop.gui.invoices.allocation_model import AllocationModel
from arkan_desktop.gui.invoices.cancel_dialog import CancelInvoiceDialog
from arkan_desktop.gui.invoices.payment_dialog import PaymentDialog


class BillAllocationModel(AllocationModel):
    def headers(self) -> list[str]:
        return [self.tr("Bill"), self.tr("Date"), self.tr("Due"), self.tr("Open"), self.tr("Pay")]


class VendorPaymentDialog(PaymentDialog):
    model_type = BillAllocationModel

    def __init__(
        self,
        vendor_name: str,
        bills: list[OpenInvoice],
        currency: str,
        first: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(vendor_name, bills, currency, first, parent)
        self.setWindowTitle(self.tr("Pay vendor"))
        open_total = sum((b.open for b in bills), ZERO)
        summary = self.findChild(QLabel, "paymentSummary")
        if summary is not None:
            summary.setText(
                self.tr("%1: %2 open bills, %3 %4 to pay")
                .replace("%1", vendor_name)
                .replace("%2", str(len(bills)))
                .replace("%3", amount_text(open_total, exponent(currency)))
                .replace("%4", currency)
            )
        allocate = self.findChild(QLabel, "allocateLabel")
        if allocate is not None:
            allocate.setText(self.tr("Allocate to open bills:"))
        self.reference_edit.setPlaceholderText(self.tr("Transfer reference or cheque number"))

    def remainder_note(self) -> str:
        return self.tr(" (an advance to the vendor)")


class BillCancelDialog(CancelInvoiceDialog):
    def __init__(self, bill: dict[str, Any], reason: str = "", parent: QWidget | None = None):
        super().__init__(bill, reason, parent)
        currency = str(bill.get("currency") or "")
        total = to_decimal(bill.get("total") or 0) if bill.get("total") is not None else Decimal(0)
        self.setWindowTitle(self.tr("Cancel bill"))
        texts = {
            "cancelQuestion": self.tr("Cancel %1 from %2 (%3 %4)?")
            .replace("%1", str(bill.get("number") or self.tr("this bill")))
            .replace("%2", str(bill.get("partnerName") or ""))
            .replace("%3", format_amount(total, currency))
            .replace("%4", currency),
            "cancelExplanation": self.tr(
                "The server issues a vendor credit note that reverses the bill in the ledger. "
                "This cannot be undone."
            ),
        }
        for name, text in texts.items():
            label = self.findChild(QLabel, name)
            if label is not None:
                label.setText(text)
        self.confirm_button.setText(self.tr("Cancel &bill"))
        self.reason_edit.setPlaceholderText(self.tr("e.g. billed twice, wrong vendor"))

    def problem(self) -> str:
        if not self.reason():
            return self.tr("Say why the bill is cancelled; the reason is kept on the credit note")
        return super().problem()
