"""The invoice branding settings the window edits: language, e-invoice QR, footer.

Stored in the company cache under meta "branding" (what `arkan-desktop print` reads); the
caller reads and writes it on the database worker.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from arkan_desktop.printing import Branding


class BrandingDialog(QDialog):
    def __init__(self, branding: Branding, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Invoice branding"))
        self.branding = branding
        self.language = QComboBox(self)
        self.language.addItem(self.tr("English"), "en")
        self.language.addItem(self.tr("Arabic"), "ar")
        self.language.addItem(self.tr("English and Arabic"), "both")
        self.language.setCurrentIndex(max(self.language.findData(branding.language), 0))
        self.show_qr = QCheckBox(self.tr("Print the e-invoice QR code"), self)
        self.show_qr.setChecked(branding.show_qr)
        self.footer = QLineEdit(branding.footer, self)
        self.footer.setPlaceholderText(self.tr("Printed at the foot of every page"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow("", self.show_qr)
        form.addRow(self.tr("&Footer"), self.footer)
        form.addRow(buttons)

    def value(self) -> Branding:
        return replace(
            self.branding,
            language=str(self.language.currentData()),  # type: ignore[arg-type]
            show_qr=self.show_qr.isChecked(),
            footer=self.footer.text().strip(),
        )
