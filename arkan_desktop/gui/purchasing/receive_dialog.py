"""Receiving goods on a purchase order: ordered, received and open quantity per line.

The user types what arrived now (or presses Receive all to fill every open quantity), as
the user's language writes numbers (gui.amount_field: letters are refused as typed);
the dialog refuses more than is open on a line, negative or malformed quantities, and a
receipt of nothing, before the tab queues it.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from arkan_desktop.domain.money import to_decimal
from arkan_desktop.gui import theme
from arkan_desktop.gui.amount_field import AmountDelegate, amount_text
from arkan_desktop.gui.plain_text import plain_labels
from arkan_desktop.gui.stock.stock_dialogs import parse_quantity, quantity_problem
from arkan_desktop.sync.commands.purchasing import open_quantity, receive_purchase_order
from arkan_desktop.sync.commands.wire import Write

SKU, PRODUCT, ORDERED, RECEIVED, OPEN, NOW = range(6)


def _text(value: Decimal) -> str:
    return amount_text(value.normalize(), grouping=False)


class ReceiveDialog(QDialog):
    def __init__(self, order: Mapping[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.order = order
        self.order_lines: list[Mapping[str, Any]] = list(order.get("lines") or [])
        self.setWindowTitle(self.tr("Receive goods"))
        summary = QLabel(
            self.tr("%1 from %2")
            .replace("%1", str(order.get("number") or ""))
            .replace("%2", str(order.get("vendorName") or "")),
            self,
        )
        self.table = QTableWidget(len(self.order_lines), 6, self)
        self.table.setObjectName("receiveLines")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("SKU"),
                self.tr("Product"),
                self.tr("Ordered"),
                self.tr("Received"),
                self.tr("Open"),
                self.tr("Receive now"),
            ]
        )
        self.table.verticalHeader().hide()
        self.quantities = AmountDelegate(self.table)
        self.table.setItemDelegateForColumn(NOW, self.quantities)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for row, line in enumerate(self.order_lines):
            values = (
                str(line.get("sku") or ""),
                str(line.get("productName") or line.get("description") or ""),
                _text(to_decimal(line.get("quantity") or 0)),
                _text(to_decimal(line.get("quantityReceived") or 0)),
                _text(open_quantity(line)),
                "",
            )
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if column != NOW:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if column >= ORDERED:
                    item.setTextAlignment(right)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumWidth(640)
        self.receive_all_button = QPushButton(self.tr("Receive &all open"), self)
        self.receive_all_button.setAutoDefault(False)
        self.receive_all_button.clicked.connect(self.receive_all)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("receiveError")
        self.error_label.setStyleSheet(f"color: {theme.error_color().name()};")
        self.error_label.setWordWrap(True)
        plain_labels(self.error_label)  # it shows what the server said
        self.error_label.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setText(self.tr("Queue receipt"))
        buttons.addButton(self.receive_all_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        first_open = next(
            (r for r, line in enumerate(self.order_lines) if open_quantity(line) > 0), 0
        )
        self.table.setCurrentCell(first_open, NOW)

    def set_receiving(self, row: int, quantity: str) -> None:
        item = self.table.item(row, NOW)
        if item is not None:
            item.setText(quantity)

    def receive_all(self) -> None:
        for row, line in enumerate(self.order_lines):
            left = open_quantity(line)
            self.set_receiving(row, _text(left) if left > 0 else "")

    def receiving(self) -> dict[str, Decimal] | str:
        """{line id: quantity} to receive now, or what is wrong with the entry."""
        out: dict[str, Decimal] = {}
        for row, line in enumerate(self.order_lines):
            item = self.table.item(row, NOW)
            text = item.text().strip() if item is not None else ""
            if not text:
                continue
            quantity = parse_quantity(text)
            if quantity is None:
                return (
                    self.tr("Line %1: %2")
                    .replace("%1", str(row + 1))
                    .replace("%2", quantity_problem(text))
                )
            left = open_quantity(line)
            if quantity > left:
                return (
                    self.tr("Line %1 (%2): only %3 still open; over-receipt is not allowed")
                    .replace("%1", str(row + 1))
                    .replace("%2", str(line.get("sku") or ""))
                    .replace("%3", _text(left))
                )
            out[str(line["id"])] = quantity
        return out or self.tr("Enter what arrived on at least one line")

    def accept(self) -> None:
        result = self.receiving()
        if isinstance(result, str):
            self.error_label.setText(result)
            self.error_label.show()
            return
        super().accept()

    def write(self) -> Write:
        result = self.receiving()
        assert not isinstance(result, str)
        return receive_purchase_order(self.order, result)
