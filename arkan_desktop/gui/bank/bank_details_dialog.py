"""A partner's bank details (IBAN, bank, branch, account number, SWIFT, routing code),
checked as they are typed: the IBAN's country, length and check digits, and the bank it
belongs to (schwifty), before anything is queued."""

from __future__ import annotations

from collections.abc import Mapping
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

from arkan_desktop.domain.bank.iban import check_iban
from arkan_desktop.gui import theme
from arkan_desktop.gui.bank.words import word

FIELDS = ("iban", "bankName", "branch", "accountNumber", "swiftCode", "routingCode")


class BankDetailsDialog(QDialog):
    def __init__(
        self, name: str, details: Mapping[str, Any], country: str | None, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Bank details of %1").replace("%1", name))
        self.name = name
        self.country = country
        labels = {
            "iban": self.tr("IBAN"),
            "bankName": self.tr("Bank"),
            "branch": self.tr("Branch"),
            "accountNumber": self.tr("Account number"),
            "swiftCode": self.tr("SWIFT / BIC"),
            "routingCode": self.tr("Routing code"),
        }
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for field in FIELDS:
            edit = QLineEdit(str(details.get(field) or ""), self)
            edit.setObjectName(f"bank_{field}")
            self.edits[field] = edit
            form.addRow(labels[field], edit)
        self.edits["iban"].setMaxLength(42)
        self.edits["swiftCode"].setMaxLength(11)
        self.edits["routingCode"].setMaxLength(9)
        self.check_label = QLabel(self)
        self.check_label.setObjectName("ibanCheck")
        self.check_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.check_label)
        layout.addWidget(self.buttons)
        self.edits["iban"].textChanged.connect(self._check)
        self._check()

    def problem(self) -> str:
        """Why the IBAN would be refused ("" when it is right)."""
        found = check_iban(self.edits["iban"].text(), self.country)
        return "" if found.ok else word(found.problems[0], self.name)

    def _check(self) -> None:
        found = check_iban(self.edits["iban"].text(), self.country)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        if found.ok:
            bank = " ".join(
                part for part in (found.bank_name, found.bic and f"({found.bic})") if part
            )
            self.check_label.setText(
                self.tr("The IBAN is right: %1").replace("%1", bank or found.formatted)
            )
            self.check_label.setStyleSheet(f"color: {theme.ok_color().name()};")
            if found.bank_name and not self.edits["bankName"].text().strip():
                self.edits["bankName"].setText(found.bank_name)
            if found.bic and not self.edits["swiftCode"].text().strip():
                self.edits["swiftCode"].setText(found.bic)
        else:
            self.check_label.setText(word(found.problems[0], self.name))
            self.check_label.setStyleSheet(f"color: {theme.error_color().name()};")
        ok.setEnabled(found.ok)

    def details(self) -> dict[str, str]:
        return {field: edit.text().strip() for field, edit in self.edits.items()}

    def accept(self) -> None:
        if not self.problem():
            super().accept()
