"""The company switcher in the toolbar: the user's companies, the one on show chosen.

Choosing another company says so (`sig_company_chosen`) and disables the switcher until
the window shows a company again; it is enabled only with several companies, online.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget


class CompanySwitcher(QComboBox):
    sig_company_chosen = Signal(object)
    """The user chose another company: its dict."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("companySwitcher")
        self.setToolTip(self.tr("Switch company"))
        self.setMinimumContentsLength(24)
        self.current_id: str | None = None
        self.activated.connect(self._activated)

    def show_companies(
        self, companies: list[dict[str, Any]], current_id: str | None, *, online: bool
    ) -> None:
        self.current_id = current_id
        self.blockSignals(True)
        self.clear()
        for company in companies:
            label = str(company.get("name") or company.get("id"))
            if company.get("currency"):
                label += f" ({company['currency']})"
            self.addItem(label, company)
            if current_id is not None and str(company.get("id")) == current_id:
                self.setCurrentIndex(self.count() - 1)
        self.setEnabled(self.count() > 1 and online)
        self.blockSignals(False)

    def _activated(self, index: int) -> None:
        chosen = self.itemData(index)
        current = self.current_id
        if isinstance(chosen, dict) and current and str(chosen.get("id")) != current:
            self.setEnabled(False)
            self.sig_company_chosen.emit(chosen)
