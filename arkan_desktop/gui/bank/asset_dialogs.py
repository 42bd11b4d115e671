"""Registering a fixed asset (with its depreciation schedule worked out as it is typed),
disposing of one (with its book value and the gain or loss), and an asset's journal
entries with their lines."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from arkan_desktop.domain.assets import METHODS, asset_problems, book_value, schedule
from arkan_desktop.domain.bank.books import number
from arkan_desktop.gui import theme
from arkan_desktop.gui.amount_field import AmountField, amount_text
from arkan_desktop.gui.bank.words import state_word, word
from arkan_desktop.gui.models.cells import RIGHT
from arkan_desktop.store.queries.ledger import AccountChoice


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {theme.error_color().name()};")
    return label


def _day(edit: QDateEdit) -> dt.date:
    return dt.date.fromisoformat(edit.date().toString("yyyy-MM-dd"))


class RegisterAssetDialog(QDialog):
    def __init__(
        self, accounts: Sequence[AccountChoice], currency: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Register a fixed asset"))
        self.currency = currency
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("assetName")
        self.category_edit = QLineEdit(self)
        self.cost_edit = QLineEdit(self)
        self.cost_edit.setObjectName("assetCost")
        self.cost = AmountField(self.cost_edit, max_decimals=3)
        self.salvage_edit = QLineEdit("0", self)
        self.salvage_edit.setObjectName("assetSalvage")
        self.salvage = AmountField(self.salvage_edit, max_decimals=3)
        self.date_edit = QDateEdit(QDate.currentDate(), self)
        self.date_edit.setObjectName("assetDate")
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setCalendarPopup(True)
        self.life_spin = QSpinBox(self)
        self.life_spin.setObjectName("assetLife")
        self.life_spin.setRange(1, 600)
        self.life_spin.setValue(60)
        self.life_spin.setSuffix(self.tr(" months"))
        self.method_combo = QComboBox(self)
        self.method_combo.setObjectName("assetMethod")
        for method in METHODS:
            self.method_combo.addItem(state_word(method), method)
        self.asset_account = QComboBox(self)
        self.asset_account.setObjectName("assetAccount")
        self.funding_account = QComboBox(self)
        self.funding_account.setObjectName("fundingAccount")
        self.funding_account.addItem(self.tr("(not booked: bought before)"), "")
        for choice in accounts:
            if choice.type == "asset":
                self.asset_account.addItem(choice.label, choice.id)
            if choice.type in ("asset", "liability", "equity"):
                self.funding_account.addItem(choice.label, choice.id)
        self.asset_account.setCurrentIndex(
            max(self.asset_account.findText("15", Qt.MatchFlag.MatchStartsWith), 0)
        )
        self.preview = QLabel(self)
        self.preview.setObjectName("schedulePreview")
        self.preview.setWordWrap(True)
        self.error_label = _error_label(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Category"), self.category_edit)
        form.addRow(self.tr("Cost"), self.cost_edit)
        form.addRow(self.tr("Acquired on"), self.date_edit)
        form.addRow(self.tr("Useful life"), self.life_spin)
        form.addRow(self.tr("Method"), self.method_combo)
        form.addRow(self.tr("Salvage value"), self.salvage_edit)
        form.addRow(self.tr("Asset account (cost)"), self.asset_account)
        form.addRow(self.tr("Paid from"), self.funding_account)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        for edit in (self.cost_edit, self.salvage_edit):
            edit.textChanged.connect(self._preview)
        self.life_spin.valueChanged.connect(self._preview)
        self.method_combo.currentIndexChanged.connect(self._preview)
        self.date_edit.dateChanged.connect(self._preview)
        self._preview()

    def problems(self) -> list[str]:
        found = asset_problems(
            name=self.name_edit.text(),
            cost=self.cost.value(),
            salvage=self.salvage.value(),
            life=self.life_spin.value(),
            method=str(self.method_combo.currentData()),
            acquired=_day(self.date_edit),
            today=dt.datetime.now().astimezone().date(),
            asset_account=str(self.asset_account.currentData() or ""),
        )
        return [word(p) for p in found]

    def _preview(self) -> None:
        cost, salvage = self.cost.value(), self.salvage.value()
        if cost is None or salvage is None or not Decimal(0) <= salvage < cost:
            self.preview.setText("")
            return
        charges = schedule(
            cost, salvage, self.life_spin.value(), str(self.method_combo.currentData()),
            _day(self.date_edit), self.currency,
        )  # fmt: skip
        first, last = charges[0], charges[-1]
        self.preview.setText(
            self.tr(
                "%1 monthly charges from %2 to %3: the first %4, the last %5; "
                "book value at the end %6"
            )
            .replace("%1", str(len(charges)))
            .replace("%2", first.period)
            .replace("%3", last.period)
            .replace("%4", amount_text(first.amount, 2))
            .replace("%5", amount_text(last.amount, 2))
            .replace("%6", amount_text(last.book_value, 2))
        )  # fmt: skip

    def draft(self) -> dict[str, Any]:
        return {
            "name": self.name_edit.text().strip(),
            "category": self.category_edit.text().strip(),
            "cost": str(self.cost.value()),
            "salvageValue": str(self.salvage.value() or 0),
            "acquisitionDate": _day(self.date_edit).isoformat(),
            "usefulLifeMonths": self.life_spin.value(),
            "method": str(self.method_combo.currentData()),
            "assetAccountId": str(self.asset_account.currentData() or ""),
            "fundingAccountId": str(self.funding_account.currentData() or ""),
        }

    def accept(self) -> None:
        problems = self.problems()
        if problems:
            self.error_label.setText(problems[0])
            return
        super().accept()


class DisposeDialog(QDialog):
    def __init__(self, asset: Mapping[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.asset = asset
        self.setWindowTitle(self.tr("Dispose of %1").replace("%1", str(asset.get("name") or "")))
        self.date_edit = QDateEdit(QDate.currentDate(), self)
        self.date_edit.setObjectName("disposalDate")
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setCalendarPopup(True)
        self.price_edit = QLineEdit("0", self)
        self.price_edit.setObjectName("salePrice")
        self.price = AmountField(self.price_edit, max_decimals=3)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("disposalResult")
        self.error_label = _error_label(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Date"), self.date_edit)
        form.addRow(self.tr("Sale price (0: scrapped)"), self.price_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.result_label)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.date_edit.dateChanged.connect(self._show)
        self.price_edit.textChanged.connect(self._show)
        self._show()

    def book_value(self) -> Decimal:
        cost = number(self.asset.get("cost"))
        return book_value(cost, planned(self.asset), _day(self.date_edit).isoformat()[:7])

    def _show(self) -> None:
        price = self.price.value() or Decimal(0)
        book = self.book_value()
        result = price - book
        text = (
            self.tr("Book value then %1; gain %2")
            if result >= 0
            else self.tr("Book value then %1; loss %2")
        )
        self.result_label.setText(
            text.replace("%1", amount_text(book, 2)).replace("%2", amount_text(abs(result), 2))
        )

    def day(self) -> dt.date:
        return _day(self.date_edit)

    def accept(self) -> None:
        if self.price.check() or self.price.value() is None:
            return
        if self.day() < dt.date.fromisoformat(str(self.asset.get("acquisitionDate"))[:10]):
            self.error_label.setText(self.tr("The asset was not yet acquired on that day."))
            return
        if self.day() > dt.datetime.now().astimezone().date():
            self.error_label.setText(self.tr("The date cannot be in the future."))
            return
        super().accept()


def planned(asset: Mapping[str, Any]) -> list[Any]:
    """The asset's whole schedule as domain/assets works it out."""
    return schedule(
        number(asset.get("cost")),
        number(asset.get("salvageValue")),
        int(asset.get("usefulLifeMonths") or 1),
        str(asset.get("method") or "straight_line"),
        dt.date.fromisoformat(str(asset.get("acquisitionDate"))[:10]),
        str(asset.get("currency") or "AED"),
        number(asset.get("decliningFactor") or 2),
    )


class EntriesDialog(QDialog):
    """Journal entries and their lines (account, debit, credit)."""

    def __init__(
        self,
        title: str,
        entries: Sequence[Mapping[str, Any]],
        accounts: Mapping[str, tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        rows = [(entry, line) for entry in entries for line in entry.get("lines") or ()]
        self.table = QTableWidget(len(rows), 6, self)
        self.table.setObjectName("entryLines")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Entry"), self.tr("Date"), self.tr("Account"), self.tr("Description"),
             self.tr("Debit"), self.tr("Credit")]
        )  # fmt: skip
        for r, (entry, line) in enumerate(rows):
            code, name = accounts.get(str(line.get("accountId")), ("", ""))
            cells = [
                str(entry.get("number") or ""),
                str(entry.get("date") or ""),
                f"{code} {name}".strip(),
                str(line.get("description") or ""),
                amount_text(number(line.get("debit")), 2) if number(line.get("debit")) else "",
                amount_text(number(line.get("credit")), 2) if number(line.get("credit")) else "",
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c >= 4:
                    item.setTextAlignment(RIGHT)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.verticalHeader().hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(820, 420)
