"""Invoicing a sales order: what to bill (what was delivered, or everything ordered) and
whether to post the invoice at once. The server makes the invoice from the order."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from arkan_desktop.sync.commands.sales import BillingPolicy, invoice_sales_order
from arkan_desktop.sync.commands.wire import Write


class InvoiceFromOrderDialog(QDialog):
    def __init__(self, order: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("invoiceFromOrder")
        self.order = order
        number = str(order.get("number") or self.tr("the new order"))
        self.setWindowTitle(self.tr("Invoice %1").replace("%1", number))
        intro = QLabel(
            self.tr("Make an invoice of %1 for %2.")
            .replace("%1", number)
            .replace("%2", str(order.get("partnerName") or "")),
            self,
        )
        intro.setWordWrap(True)
        self.delivered_radio = QRadioButton(
            self.tr("What was &delivered (services as ordered)"), self
        )
        self.ordered_radio = QRadioButton(self.tr("Everything &ordered"), self)
        nothing_shipped = str(order.get("deliveryState") or "") in ("", "not_delivered")
        (self.ordered_radio if nothing_shipped else self.delivered_radio).setChecked(True)
        self.post_check = QCheckBox(self.tr("&Post the invoice at once"), self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.delivered_radio, self.ordered_radio, self.post_check, buttons):
            layout.addWidget(widget)

    def write(self) -> Write:
        policy: BillingPolicy = "ordered" if self.ordered_radio.isChecked() else "delivered"
        return invoice_sales_order(self.order, policy, post=self.post_check.isChecked())
