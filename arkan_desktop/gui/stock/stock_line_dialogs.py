"""Several-product stock dialogs: a transfer between two locations and a counted adjustment.

Lines are added from a product picker and a quantity typed as the user's language writes
numbers (gui.amount_field; Enter adds the line, Delete removes the selected one). Local
checks before anything is queued: at least one line, positive quantities, no product
twice, and for a transfer no more than the source holds.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from arkan_desktop.gui.amount_field import amount_text
from arkan_desktop.gui.stock.stock_dialogs import (
    StockDialog,
    fill_locations,
    fill_products,
    quantity_field,
)
from arkan_desktop.store.queries.stock import LocationChoice, ProductChoice, StockChoices
from arkan_desktop.sync.commands.stock import adjust_stock, transfer_stock
from arkan_desktop.sync.commands.wire import Write


class StockLinesDialog(StockDialog):
    """A product picker, a quantity and the lines added so far."""

    counts_zero = False  # whether 0 is a quantity a line may have

    def __init__(
        self,
        title: str,
        ok_text: str,
        quantity_title: str,
        choices: StockChoices,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, ok_text, parent)
        self.choices = choices
        self.lines: list[tuple[ProductChoice, Decimal]] = []
        self.product_combo = QComboBox(self)
        fill_products(self.product_combo, choices)
        self.quantity_edit = QLineEdit(self)
        self.quantity_edit.setPlaceholderText(quantity_title)
        self.quantity_field = quantity_field(self.quantity_edit, zero=self.counts_zero)
        self.add_button = QPushButton(self.tr("&Add line"), self)
        self.add_button.setAutoDefault(False)
        picker = QHBoxLayout()
        picker.addWidget(self.product_combo, 3)
        picker.addWidget(self.quantity_edit, 1)
        picker.addWidget(self.add_button)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("SKU"), self.tr("Product"), quantity_title])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setMinimumWidth(520)
        self.body.insertLayout(1, picker)
        self.body.insertWidget(2, self.quantity_field.error_label)
        self.body.insertWidget(3, self.table, 1)
        self.add_button.clicked.connect(self.add_current_line)
        self.quantity_edit.returnPressed.connect(self.add_current_line)
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        remove.activated.connect(self.remove_current_line)

    def add_current_line(self) -> bool:
        product: ProductChoice | None = self.product_combo.currentData()
        if product is not None and self.quantity_field.check():
            self.quantity_edit.setFocus()
            return False
        quantity = self.quantity_field.value()
        if product is None or quantity is None:
            self.error_label.setText(self.tr("Choose a product and enter a valid quantity"))
            self.error_label.show()
            return False
        if any(p.id == product.id for p, _ in self.lines):
            self.error_label.setText(self.tr("%1 is already on a line").replace("%1", product.sku))
            self.error_label.show()
            return False
        self.lines.append((product, quantity))
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in enumerate(
            (product.sku, product.name, amount_text(quantity.normalize()))
        ):
            item = QTableWidgetItem(text)
            if column == 2:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, column, item)
        self.quantity_field.set_value(None)
        self.error_label.hide()
        self.product_combo.setFocus()
        return True

    def remove_current_line(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.lines):
            del self.lines[row]
            self.table.removeRow(row)

    def accept(self) -> None:
        # A quantity typed but not added yet is what the user means to include.
        if self.quantity_edit.text().strip() and not self.add_current_line():
            return
        super().accept()


class TransferDialog(StockLinesDialog):
    def __init__(self, choices: StockChoices, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Transfer stock"),
            self.tr("Queue transfer"),
            self.tr("Quantity"),
            choices,
            parent,
        )
        self.from_combo = QComboBox(self)
        self.to_combo = QComboBox(self)
        fill_locations(self.from_combo, choices)
        fill_locations(self.to_combo, choices)
        if self.to_combo.count() > 1:
            self.to_combo.setCurrentIndex(1)
        self.form.addRow(self.tr("&From"), self.from_combo)
        self.form.addRow(self.tr("&To"), self.to_combo)

    def problem(self) -> str:
        source: LocationChoice | None = self.from_combo.currentData()
        destination: LocationChoice | None = self.to_combo.currentData()
        if source is None or destination is None:
            return self.tr("Choose both locations")
        if source.id == destination.id:
            return self.tr("The destination must differ from the source")
        if not self.lines:
            return self.tr("Add at least one line")
        for product, quantity in self.lines:
            problem = self._over_stock(self.choices, product, source, quantity)
            if problem:
                return problem
        return ""

    def write(self) -> Write:
        source: LocationChoice = self.from_combo.currentData()
        destination: LocationChoice = self.to_combo.currentData()
        return transfer_stock(
            (source.id, source.code),
            (destination.id, destination.code),
            [(p.id, q) for p, q in self.lines],
        )


class AdjustmentDialog(StockLinesDialog):
    counts_zero = True  # a count of nothing is a valid count

    def __init__(self, choices: StockChoices, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Inventory adjustment"),
            self.tr("Queue adjustment"),
            self.tr("Counted"),
            choices,
            parent,
        )
        self.location_combo = QComboBox(self)
        fill_locations(self.location_combo, choices)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setPlaceholderText(self.tr("Why the count differs"))
        self.form.addRow(self.tr("&Location"), self.location_combo)
        self.form.addRow(self.tr("&Reason"), self.reason_edit)

    def problem(self) -> str:
        if self.location_combo.currentData() is None:
            return self.tr("Choose a location")
        if not self.reason_edit.text().strip():
            return self.tr("Give a reason for the adjustment")
        if not self.lines:
            return self.tr("Add at least one line")
        return ""

    def write(self) -> Write:
        location: LocationChoice = self.location_combo.currentData()
        return adjust_stock(
            (location.id, location.code),
            self.reason_edit.text().strip(),
            [(p.id, q) for p, q in self.lines],
        )
