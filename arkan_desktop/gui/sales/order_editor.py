"""The new sales order editor: client, warehouse, dates, lines with what each product can
still be promised, and live Decimal totals.

Lines are added from a product picker with quantity, unit price (the product's sale
price) and tax rate (the product's, else the company's), typed as the window's language
writes numbers; Enter adds the line, Delete removes the selected one. Beside the picker
and in each line's last column the server's available-to-promise for the product in the
order's warehouse shows when it arrives (gui/sales/availability): typing never waits for
it, and a quantity beyond it is only pointed out, never refused. The order is handed to
the tab as a `Write`.
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
from arkan_desktop.gui.sales.availability import AvailabilityAsker, long_text, short_text
from arkan_desktop.store.queries.invoices import Product
from arkan_desktop.store.queries.sales import SalesChoices
from arkan_desktop.sync.areas.sales import Availability
from arkan_desktop.sync.commands.sales import create_sales_order
from arkan_desktop.sync.commands.wire import Write

ATP_COLUMN = 5
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class OrderLine:
    product: Product
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


class SalesOrderEditor(QDialog):
    def __init__(
        self,
        choices: SalesChoices,
        currency: str,
        asker: AvailabilityAsker,
        default_tax_rate: Decimal = Decimal(0),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("salesOrderEditor")
        self.choices = choices
        self.currency = currency
        self.asker = asker
        self.default_tax_rate = default_tax_rate
        self.lines: list[OrderLine] = []
        self.gone = False  # closed: late answers are dropped
        self.finished.connect(self._closed)
        self.setWindowTitle(self.tr("New sales order"))
        self.client_combo = QComboBox(self)
        for client in choices.clients:
            self.client_combo.addItem(client.name, client)
        self.warehouse_combo = QComboBox(self)
        for warehouse in choices.warehouses:
            self.warehouse_combo.addItem(warehouse.label, warehouse)
        self.date_edit = QDateEdit(QDate.currentDate(), self)
        self.expected_edit = QDateEdit(QDate.currentDate().addDays(3), self)
        for edit in (self.date_edit, self.expected_edit):
            edit.setCalendarPopup(True)
        self.reference_edit = QLineEdit(self)
        form = QFormLayout()
        form.addRow(self.tr("&Client"), self.client_combo)
        form.addRow(self.tr("&Warehouse"), self.warehouse_combo)
        form.addRow(self.tr("&Date"), self.date_edit)
        form.addRow(self.tr("E&xpected"), self.expected_edit)
        form.addRow(self.tr("&Reference"), self.reference_edit)

        self.product_combo = QComboBox(self)
        for product in choices.products:
            self.product_combo.addItem(product.label, product)
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
        self.available_label = QLabel(self)
        self.available_label.setObjectName("availableToPromise")
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("SKU"),
                self.tr("Quantity"),
                self.tr("Unit price"),
                self.tr("Tax %"),
                self.tr("Total"),
                self.tr("Available"),
            ]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setMinimumWidth(640)
        self.total_label = QLabel(self)
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet(f"color: {theme.error_color().name()};")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(picker)
        errors = QHBoxLayout()
        for field in (self.quantity_field, self.price_field, self.tax_field):
            errors.addWidget(field.error_label)
        layout.addLayout(errors)
        layout.addWidget(self.available_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.total_label)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.product_combo.currentIndexChanged.connect(self._product_chosen)
        self.warehouse_combo.currentIndexChanged.connect(self._warehouse_chosen)
        self.add_button.clicked.connect(self.add_current_line)
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        remove.activated.connect(self.remove_current_line)
        self._product_chosen()
        self._show_total()

    def _closed(self) -> None:
        self.gone = True

    def warehouse_id(self) -> str:
        warehouse = self.warehouse_combo.currentData()
        return str(warehouse.id) if warehouse is not None else ""

    # --- available to promise ----------------------------------------------------------

    def _product_chosen(self) -> None:
        product: Product | None = self.product_combo.currentData()
        if product is None:
            return
        price = to_decimal(product.price) if product.price else Decimal(0)
        rate = to_decimal(product.tax_rate) if product.tax_rate else self.default_tax_rate
        self.price_field.set_value(price, exponent(self.currency))
        self.tax_field.set_value(rate.normalize())
        self.available_label.setText(self.tr("Available to promise: asking the server…"))
        self.asker.want(
            product.id, self.warehouse_id(), lambda found: self._show_chosen(product, found)
        )

    def _show_chosen(self, product: Product, found: Availability | None) -> None:
        chosen = self.product_combo.currentData()
        if not self.gone and chosen is not None and chosen.id == product.id:
            self.available_label.setText(long_text(found))

    def _warehouse_chosen(self) -> None:
        self._product_chosen()
        for row in range(len(self.lines)):
            self._ask_for_row(row)

    def _ask_for_row(self, row: int) -> None:
        line = self.lines[row]
        self.table.setItem(row, ATP_COLUMN, QTableWidgetItem("…"))
        self.asker.want(
            line.product.id, self.warehouse_id(), lambda found: self._show_row(line, found)
        )

    def _show_row(self, line: OrderLine, found: Availability | None) -> None:
        if self.gone or line not in self.lines:
            return
        row = self.lines.index(line)
        item = QTableWidgetItem(short_text(found))
        item.setTextAlignment(RIGHT)
        wanted = sum(
            (x.quantity for x in self.lines if x.product.id == line.product.id), Decimal(0)
        )
        if found is not None and wanted > found.available:
            item.setForeground(QBrush(theme.error_color()))
            item.setToolTip(self.tr("More than can be promised from this warehouse"))
        self.table.setItem(row, ATP_COLUMN, item)

    # --- lines -------------------------------------------------------------------------

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
        product: Product | None = self.product_combo.currentData()
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
        line = OrderLine(product, quantity, price, rate)
        self.lines.append(line)
        row = self.table.rowCount()
        self.table.insertRow(row)
        total = line_amounts(quantity, price, self.currency, 0, rate).total
        for column, text in enumerate(
            (
                product.sku,
                amount_text(quantity.normalize()),
                amount_text(price, exponent(self.currency)),
                amount_text(rate.normalize()),
                amount_text(total, exponent(self.currency)),
            )
        ):
            item = QTableWidgetItem(text)
            if column:
                item.setTextAlignment(RIGHT)
            self.table.setItem(row, column, item)
        self._ask_for_row(row)
        self.quantity_field.set_value(None)
        self._say("")
        self._show_total()
        self.product_combo.setFocus()
        return True

    def remove_current_line(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.lines):
            del self.lines[row]
            self.table.removeRow(row)
            self._show_total()

    def _show_total(self) -> None:
        totals = document_totals([line.wire() for line in self.lines], self.currency)
        places = exponent(self.currency)
        self.total_label.setText(
            self.tr("Total %1 %2 (tax %3)")
            .replace("%1", amount_text(totals.total, places))
            .replace("%2", self.currency)
            .replace("%3", amount_text(totals.tax, places))
        )

    def problem(self) -> str:
        if self.client_combo.currentData() is None:
            return self.tr("Choose a client")
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

    def draft(self) -> dict[str, Any]:
        draft: dict[str, Any] = {
            "partnerId": self.client_combo.currentData().id,
            "date": self.date_edit.date().toString(Qt.DateFormat.ISODate),
            "expectedDate": self.expected_edit.date().toString(Qt.DateFormat.ISODate),
            "lines": [line.wire() for line in self.lines],
        }
        if self.warehouse_id():
            draft["warehouseId"] = self.warehouse_id()
        if self.reference_edit.text().strip():
            draft["reference"] = self.reference_edit.text().strip()
        return draft

    def write(self) -> Write:
        client = self.client_combo.currentData()
        return create_sales_order(self.draft(), self.currency, client.name)
