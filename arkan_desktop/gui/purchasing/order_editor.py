"""The new purchase order editor: vendor, warehouse, dates, lines and live Decimal totals.

Lines are added from a product picker with quantity, unit price (the product's cost) and
tax rate, typed as the user's language writes numbers (gui.amount_field, each with its
problem shown under the picker); Enter in any of those adds the line, Delete removes the
selected one. Required
fields, positive quantities and non-negative prices are checked before the order is
handed to the tab as a `Write`. Reopened on a rejected outbox row, it shows the server's
field errors next to the fields (and lines) they name.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from arkan_desktop.domain.money import exponent, to_decimal
from arkan_desktop.domain.totals import document_totals, line_amounts
from arkan_desktop.gui import theme
from arkan_desktop.gui.amount_field import AmountField, amount_text
from arkan_desktop.gui.invoices.field_errors import sort_field_errors
from arkan_desktop.gui.plain_text import plain_labels
from arkan_desktop.gui.widgets.unsaved_changes import UnsavedChanges
from arkan_desktop.store.queries.purchasing import OrderChoices, PurchasableProduct
from arkan_desktop.sync.commands.purchasing import create_purchase_order
from arkan_desktop.sync.commands.wire import Write


@dataclass(frozen=True)
class OrderLine:
    product: PurchasableProduct
    quantity: Decimal
    unit_price: Decimal
    tax_rate: Decimal

    def wire(self) -> dict[str, Any]:
        return {
            "productId": self.product.id,
            "quantity": format(self.quantity.normalize(), "f"),
            "unitPrice": format(self.unit_price, "f"),
            "taxRate": format(self.tax_rate.normalize(), "f"),
        }


class PurchaseOrderEditor(QDialog):
    def __init__(self, choices: OrderChoices, currency: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.choices = choices
        self.currency = currency
        self.lines: list[OrderLine] = []
        self.setWindowTitle(self.tr("New purchase order"))
        self.vendor_combo = QComboBox(self)
        for vendor in choices.vendors:
            self.vendor_combo.addItem(vendor.label, vendor)
        self.warehouse_combo = QComboBox(self)
        for warehouse in choices.warehouses:
            self.warehouse_combo.addItem(warehouse.label, warehouse)
        self.date_edit = QDateEdit(QDate.currentDate(), self)
        self.expected_edit = QDateEdit(QDate.currentDate().addDays(7), self)
        for edit in (self.date_edit, self.expected_edit):
            edit.setCalendarPopup(True)
        self.reference_edit = QLineEdit(self)
        form = QFormLayout()
        self.field_errors: dict[str, QLabel] = {}
        for key, title, widget in (
            ("vendorId", self.tr("&Vendor"), self.vendor_combo),
            ("warehouseId", self.tr("&Warehouse"), self.warehouse_combo),
            ("date", self.tr("&Date"), self.date_edit),
            ("expectedDate", self.tr("E&xpected"), self.expected_edit),
            ("reference", self.tr("&Reference"), self.reference_edit),
        ):
            form.addRow(title, widget)
            self.field_errors[key] = self._error_label()
            form.addRow("", self.field_errors[key])

        self.product_combo = QComboBox(self)
        for product in choices.products:
            self.product_combo.addItem(f"{product.sku} · {product.name}", product)
        self.quantity_edit = QLineEdit(self)
        self.quantity_edit.setPlaceholderText(self.tr("Quantity"))
        self.price_edit = QLineEdit(self)
        self.price_edit.setPlaceholderText(self.tr("Unit price"))
        self.tax_edit = QLineEdit(self)
        self.tax_edit.setPlaceholderText(self.tr("Tax %"))
        self.add_button = QPushButton(self.tr("&Add line"), self)
        self.add_button.setAutoDefault(False)
        picker = QHBoxLayout()
        picker.addWidget(self.product_combo, 3)
        for line_edit in (self.quantity_edit, self.price_edit, self.tax_edit):
            picker.addWidget(line_edit, 1)
            line_edit.returnPressed.connect(self.add_current_line)
        picker.addWidget(self.add_button)
        self.quantity_field = AmountField(
            self.quantity_edit, max_decimals=3, extra_check=self._more_than_zero
        )
        self.price_field = AmountField(self.price_edit, extra_check=self._not_negative)
        self.tax_field = AmountField(self.tax_edit, extra_check=self._percentage)
        picker_errors = QHBoxLayout()
        for field in (self.quantity_field, self.price_field, self.tax_field):
            picker_errors.addWidget(field.error_label)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("SKU"),
                self.tr("Quantity"),
                self.tr("Unit price"),
                self.tr("Tax %"),
                self.tr("Total"),
            ]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setMinimumWidth(560)
        self.subtotal_value, self.tax_value, self.total_value = QLabel(), QLabel(), QLabel()
        totals = QGridLayout()
        for row, (title, label) in enumerate(
            (
                (self.tr("Subtotal"), self.subtotal_value),
                (self.tr("Tax"), self.tax_value),
                (self.tr("Total"), self.total_value),
            )
        ):
            label.setAlignment(Qt.AlignmentFlag.AlignRight)
            totals.addWidget(QLabel(title, self), row, 0, Qt.AlignmentFlag.AlignRight)
            totals.addWidget(label, row, 1)
        totals.setColumnStretch(0, 1)
        self.error_label = self._error_label()
        self.buttons = buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.picker = picker
        layout.addLayout(picker)
        layout.addLayout(picker_errors)
        layout.addWidget(self.table, 1)
        layout.addLayout(totals)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.product_combo.currentIndexChanged.connect(self._product_chosen)
        self.add_button.clicked.connect(self.add_current_line)
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        remove.activated.connect(self.remove_current_line)
        self._product_chosen()
        self._show_totals()
        self.changes = UnsavedChanges(self)
        self.changes.take()

    def _error_label(self) -> QLabel:
        label = QLabel(self)
        label.setStyleSheet(f"color: {theme.error_color().name()};")
        label.setWordWrap(True)
        plain_labels(label)  # it shows what the server said
        label.hide()
        return label

    def fill_from(self, body: dict[str, Any]) -> None:
        """Put a queued (rejected) order's fields back into the form."""
        self.choose(self.vendor_combo, str(body.get("vendorId") or ""))
        self.choose(self.warehouse_combo, str(body.get("warehouseId") or ""))
        for key, edit in (("date", self.date_edit), ("expectedDate", self.expected_edit)):
            if body.get(key):
                edit.setDate(QDate.fromString(str(body[key]), Qt.DateFormat.ISODate))
        self.reference_edit.setText(str(body.get("reference") or ""))
        by_id = {p.id: p for p in self.choices.products}
        for line in body.get("lines") or []:
            product_id = str(line.get("productId") or "")
            product = by_id.get(product_id) or PurchasableProduct(
                product_id, product_id[:8], self.tr("(unknown product)"), Decimal(0), Decimal(0)
            )
            self._append(
                OrderLine(
                    product,
                    to_decimal(line.get("quantity") or 0),
                    to_decimal(line.get("unitPrice") or 0),
                    to_decimal(line.get("taxRate") or 0),
                )
            )
        self._show_totals()
        self.changes.take()

    def show_field_errors(self, errors: list[dict[str, str]], message: str = "") -> None:
        """The server's field errors next to the fields and lines they name."""
        found = sort_field_errors(errors, set(self.field_errors))
        for name, text in found.header.items():
            self.field_errors[name].setText(text)
            self.field_errors[name].show()
        notes = [message] if message else []
        error_brush = QBrush(theme.error_color())
        for (row, name), text in found.lines.items():
            notes.append(
                self.tr("Line %1, %2: %3")
                .replace("%1", str(row + 1))
                .replace("%2", name)
                .replace("%3", text)
            )
            for column in range(self.table.columnCount()):
                item = self.table.item(row, column)
                if item is not None:
                    item.setForeground(error_brush)
                    item.setToolTip(text)
        self._say("\n".join(notes + found.other))

    def choose(self, combo: QComboBox, record_id: str) -> bool:
        for index in range(combo.count()):
            if combo.itemData(index).id == record_id:
                combo.setCurrentIndex(index)
                return True
        return False

    def _product_chosen(self) -> None:
        product: PurchasableProduct | None = self.product_combo.currentData()
        if product is not None:
            self.price_field.set_value(product.cost, exponent(self.currency))
            self.tax_field.set_value(product.tax_rate.normalize())

    def _more_than_zero(self, value: Decimal) -> str:
        return "" if value > 0 else self.tr("Enter a quantity greater than zero")

    def _not_negative(self, value: Decimal) -> str:
        return "" if value >= 0 else self.tr("A price cannot be negative")

    def _percentage(self, value: Decimal) -> str:
        return "" if 0 <= value <= 100 else self.tr("Enter a tax rate between 0 and 100")

    def _say(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def add_current_line(self) -> bool:
        product: PurchasableProduct | None = self.product_combo.currentData()
        if product is None:
            self._say(self.tr("Choose a product"))
            return False
        fields = (self.quantity_field, self.price_field, self.tax_field)
        wrong = [field for field in fields if field.check()]
        if wrong:
            wrong[0].edit.setFocus()
            return False
        quantity, price, rate = (field.value() for field in fields)
        assert quantity is not None and price is not None and rate is not None
        self._append(OrderLine(product, quantity, price, rate))
        self.quantity_field.set_value(None)
        self._say("")
        self._show_totals()
        self.product_combo.setFocus()
        return True

    def _append(self, line: OrderLine) -> None:
        self.lines.append(line)
        product, quantity, price, rate = line.product, line.quantity, line.unit_price, line.tax_rate
        amounts = line_amounts(quantity, price, self.currency, 0, rate)
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in enumerate(
            (
                product.sku,
                amount_text(quantity.normalize()),
                amount_text(price, exponent(self.currency)),
                amount_text(rate.normalize()),
                amount_text(amounts.total, exponent(self.currency)),
            )
        ):
            item = QTableWidgetItem(text)
            if column:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, column, item)

    def remove_current_line(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.lines):
            del self.lines[row]
            self.table.removeRow(row)
            self._show_totals()

    def _show_totals(self) -> None:
        totals = document_totals([line.wire() for line in self.lines], self.currency)
        for label, amount in (
            (self.subtotal_value, totals.subtotal),
            (self.tax_value, totals.tax),
            (self.total_value, totals.total),
        ):
            label.setText(f"{amount_text(amount, exponent(self.currency))} {self.currency}")

    def problem(self) -> str:
        if self.vendor_combo.currentData() is None:
            return self.tr("Choose a vendor")
        if self.warehouse_combo.currentData() is None:
            return self.tr("Choose the warehouse that receives the goods")
        if self.expected_edit.date() < self.date_edit.date():
            return self.tr("The expected date is before the order date")
        if not self.lines:
            return self.tr("Add at least one line")
        return ""

    def accept(self) -> None:
        if self.quantity_edit.text().strip() and not self.add_current_line():
            return
        problem = self.problem()
        if problem:
            self._say(problem)
            return
        super().accept()

    def reject(self) -> None:
        """Escape or the close button: asks first when something was entered."""
        self.changes.ask_before(super().reject)

    def write(self) -> Write:
        return create_purchase_order(
            self.draft(), self.currency, self.vendor_combo.currentData().label
        )

    def draft(self) -> dict[str, Any]:
        vendor = self.vendor_combo.currentData()
        draft: dict[str, Any] = {
            "vendorId": vendor.id,
            "warehouseId": self.warehouse_combo.currentData().id,
            "date": self.date_edit.date().toString(Qt.DateFormat.ISODate),
            "expectedDate": self.expected_edit.date().toString(Qt.DateFormat.ISODate),
            "lines": [line.wire() for line in self.lines],
        }
        if self.reference_edit.text().strip():
            draft["reference"] = self.reference_edit.text().strip()
        return draft
