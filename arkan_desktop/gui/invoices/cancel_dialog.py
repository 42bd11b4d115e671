"""Confirming the cancellation of a posted invoice, with the reason for it.

Cancelling cannot be taken back: the server issues a credit note that reverses the
invoice in the ledger (and returns delivered stock). The dialog says so, asks for a reason
(kept on both documents and printed on the credit note) and checks it locally; the tab
queues the write.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from arkan_desktop.domain.money import format_amount, to_decimal
from arkan_desktop.gui import theme
from arkan_desktop.gui.plain_text import plain_labels
from arkan_desktop.sync.commands.invoices import REASON_MAX


class CancelInvoiceDialog(QDialog):
    def __init__(
        self, invoice: dict[str, Any], reason: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.invoice = invoice
        currency = str(invoice.get("currency") or "")
        self.setWindowTitle(self.tr("Cancel invoice"))
        self.setMinimumWidth(480)
        question = QLabel(
            self.tr("Cancel %1 for %2 (%3 %4)?")
            .replace("%1", str(invoice.get("number") or self.tr("this invoice")))
            .replace("%2", str(invoice.get("partnerName") or ""))
            .replace("%3", format_amount(to_decimal(invoice.get("total") or 0), currency))
            .replace("%4", currency),
            self,
        )
        question.setObjectName("cancelQuestion")
        question.setWordWrap(True)
        font = question.font()
        font.setBold(True)
        question.setFont(font)
        explain = QLabel(
            self.tr("The server issues a credit note that reverses the invoice in the ledger "
                    "and returns delivered goods to stock. This cannot be undone."),
            self,
        )  # fmt: skip
        explain.setObjectName("cancelExplanation")
        explain.setWordWrap(True)
        self.reason_edit = QLineEdit(reason, self)
        self.reason_edit.setObjectName("cancelReason")
        self.reason_edit.setMaxLength(REASON_MAX + 1)  # one over, so "too long" can be said
        self.reason_edit.setPlaceholderText(self.tr("e.g. ordered twice, wrong customer"))
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet(f"color: {theme.error_color().name()};")
        self.error_label.setWordWrap(True)
        plain_labels(self.error_label)  # it shows what the server said
        self.error_label.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Reason"), self.reason_edit)
        self.buttons = QDialogButtonBox(self)
        self.confirm_button = self.buttons.addButton(
            self.tr("Cancel &invoice"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.keep_button = self.buttons.addButton(
            self.tr("&Keep it"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.confirm_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.reason_edit.textEdited.connect(lambda _text: self.show_problem(""))
        self.reason_edit.setFocus()

    def reason(self) -> str:
        return " ".join(self.reason_edit.text().split())

    def problem(self) -> str:
        reason = self.reason()
        if not reason:
            return self.tr("Say why the invoice is cancelled; the reason prints on the credit note")
        if len(reason) > REASON_MAX:
            return self.tr("The reason is too long: at most %1 characters").replace(
                "%1", str(REASON_MAX)
            )
        return ""

    def show_problem(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            self.show_problem(problem)
            self.reason_edit.setFocus()
            return
        super().accept()
