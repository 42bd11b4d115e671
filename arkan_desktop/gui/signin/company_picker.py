"""Choosing one of the account's companies after sign-in (when it has more than one)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)


class CompanyPicker(QDialog):
    def __init__(
        self, companies: list[dict[str, Any]], preselect: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose a company"))
        self.resize(440, 320)
        self.companies = companies
        label = QLabel(self.tr("Your account works for several companies. Open:"), self)
        self.list = QListWidget(self)
        self.list.setObjectName("companyList")
        for company in companies:
            details = " · ".join(
                str(company[key]) for key in ("currency", "country") if company.get(key)
            )
            text = str(company.get("name") or company.get("id"))
            item = QListWidgetItem(f"{text}\n{details}" if details else text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, str(company.get("id")))
            if str(company.get("id")) == preselect:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and companies:
            self.list.setCurrentRow(0)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemActivated.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def choose(self, company_id: str) -> bool:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == company_id:
                self.list.setCurrentRow(row)
                return True
        return False

    def chosen(self) -> dict[str, Any] | None:
        row = self.list.currentRow()
        return self.companies[row] if 0 <= row < len(self.companies) else None
