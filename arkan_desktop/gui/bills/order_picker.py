"""Choosing the received purchase order a new bill bills.

It lists the cached orders that are (partly) received and still have received goods no
bill bills (`company.payables.orders_to_bill`), newest first; typing jumps to an order
number, Enter (or a double-click) chooses.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from arkan_desktop.domain.money import format_amount
from arkan_desktop.gui.labels import code_label
from arkan_desktop.gui.widgets.record_list import select_row
from arkan_desktop.store.queries.payables import OrderToBill

NUMBER, VENDOR, DATE, STATE, TOTAL = range(5)


class OrderPicker(QDialog):
    def __init__(self, orders: list[OrderToBill], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.orders = orders
        self.setWindowTitle(self.tr("Bill from purchase order"))
        self.resize(760, 420)
        note = QLabel(
            self.tr("Received purchase orders with goods no bill bills yet:")
            if orders
            else self.tr("No received purchase order has goods left to bill."),
            self,
        )
        self.table = QTableWidget(len(orders), TOTAL + 1, self)
        self.table.setObjectName("ordersToBill")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Order"),
                self.tr("Vendor"),
                self.tr("Date"),
                self.tr("State"),
                self.tr("Total"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(VENDOR, QHeaderView.ResizeMode.Stretch)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for row, order in enumerate(orders):
            total = f"{format_amount(order.total, order.currency)} {order.currency}"
            cells = (order.number, order.vendor_name, order.date, code_label(order.state), total)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == TOTAL:
                    item.setTextAlignment(right)
                self.table.setItem(row, column, item)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setText(self.tr("&Bill this order"))
            ok.setEnabled(bool(orders))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.table.itemDoubleClicked.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        if orders:
            select_row(self.table, 0)
        self.table.setFocus()

    def choose(self, order_id: str) -> bool:
        for row, order in enumerate(self.orders):
            if order.id == order_id:
                select_row(self.table, row)
                return True
        return False

    def chosen(self) -> OrderToBill | None:
        row = self.table.currentRow()
        return self.orders[row] if 0 <= row < len(self.orders) else None
