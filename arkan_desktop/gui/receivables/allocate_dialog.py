"""Allocating what is left of a payment (a customer's credit) to their open invoices.

The payment dialog with its amount fixed to what is unallocated and nothing else to type
but the shares: the same oldest-first spreading, the same checks (no share above what is
open on its invoice, the shares within the amount left). At least one share is needed.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QWidget

from arkan_desktop.domain.money import exponent
from arkan_desktop.domain.payments import OpenInvoice
from arkan_desktop.gui.amount_field import amount_text
from arkan_desktop.gui.invoices.payment_dialog import PaymentDialog


class AllocateDialog(PaymentDialog):
    def __init__(
        self,
        number: str,
        partner_name: str,
        invoices: list[OpenInvoice],
        currency: str,
        left: Decimal,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(partner_name, invoices, currency, None, parent)
        self.setObjectName("allocateDialog")
        self.setWindowTitle(self.tr("Allocate %1").replace("%1", number))
        self.amount_edit.setText(amount_text(left, exponent(currency), grouping=False))
        self.amount_edit.setReadOnly(True)
        self.amount_edit.setToolTip(self.tr("What is left of the payment to allocate"))
        for field in (self.date_edit, self.method_combo, self.reference_edit):
            self.form.setRowVisible(field, False)
        if self.ok_button is not None:
            self.ok_button.setText(self.tr("&Allocate"))
        self._amount_edited()
        self.table.setFocus()

    def problem(self) -> str:
        problem = super().problem()
        if not problem and not self.model.allocations():
            return self.tr("Allocate something to at least one invoice")
        return problem

    def chosen_shares(self) -> list[tuple[OpenInvoice, Decimal]]:
        return self.model.allocations()
