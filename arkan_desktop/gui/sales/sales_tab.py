"""The Sales tab: sales orders, deliveries and returns; a new order (with what each product
can still be promised), confirming it, a delivery made from it, and its invoice.

Each list is the cache's (the sales events room keeps it fresh); each action is a typed
write queued in the outbox, so it works offline and shows at once. The warehouse picks
and ships deliveries and takes returns in at the station; the refund of a return is the
finance desk's (its list shows which are left to it).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from arkan_desktop.domain.money import MoneyError, to_decimal
from arkan_desktop.gui.labels import code_label
from arkan_desktop.gui.models.record_table_model import RecordTableModel
from arkan_desktop.gui.outbox.descriptions import describe
from arkan_desktop.gui.sales.availability import AvailabilityAsker
from arkan_desktop.gui.sales.invoice_dialog import InvoiceFromOrderDialog
from arkan_desktop.gui.sales.order_editor import SalesOrderEditor
from arkan_desktop.gui.shell.live_sync import LiveSync
from arkan_desktop.gui.shell.module_tab import FIND, NEW, ModuleTab
from arkan_desktop.gui.widgets.record_list import RecordList
from arkan_desktop.store.lists.columns import ListSpec
from arkan_desktop.store.lists.specs.sales import (
    delivery_list_spec,
    return_list_spec,
    sales_order_list_spec,
)
from arkan_desktop.sync.commands.sales import (
    confirm_sales_order,
    deliver_sales_order,
    reserve_delivery,
)
from arkan_desktop.sync.commands.wire import Write
from arkan_desktop.sync.company import Company

ORDER_STATES = ("draft", "confirmed", "cancelled")


class SalesTab(ModuleTab):
    key = "sales"
    resource = "sales_orders"

    def __init__(self, company: Company, live: LiveSync, parent: QWidget | None = None):
        super().__init__(company, live, parent)
        self.asker = AvailabilityAsker(company.sales, live)
        self.dialog: QDialog | None = None
        self.orders = self._list(sales_order_list_spec())
        self.deliveries = self._list(delivery_list_spec())
        self.returns = self._list(return_list_spec())
        self.state_combo = QComboBox(self)
        self.state_combo.setObjectName("salesOrderState")
        self.state_combo.addItem(self.tr("All states"), "")
        for state in ORDER_STATES:
            self.state_combo.addItem(code_label(state), state)
        self.orders.add_tool_widget(self.state_combo)
        self.state_combo.currentIndexChanged.connect(self._state_chosen)
        self.pages = QTabWidget(self)
        self.pages.addTab(self._page(self.orders, self._order_buttons()), self.tr("Orders"))
        self.pages.addTab(
            self._page(self.deliveries, self._delivery_buttons()), self.tr("Deliveries")
        )
        self.pages.addTab(self._page(self.returns, []), self.tr("Returns"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    def _list(self, spec: ListSpec) -> RecordList:
        model = RecordTableModel(self.company.rows(spec), self)
        self.models.append(model)
        shown = RecordList(model, self)
        shown.sig_message.connect(self.sig_message)
        return shown

    def _page(self, shown: RecordList, buttons: list[QPushButton]) -> QWidget:
        page = QWidget(self)
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(shown)
        return page

    def _order_buttons(self) -> list[QPushButton]:
        self.new_button = QPushButton(self.tr("&New order…"), self)
        self.new_button.setToolTip(self.tr("A new sales order (Ctrl+N)"))
        self.confirm_button = QPushButton(self.tr("&Confirm"), self)
        self.deliver_button = QPushButton(self.tr("Make a &delivery"), self)
        self.invoice_button = QPushButton(self.tr("&Invoice…"), self)
        self.new_button.clicked.connect(self.new_record)
        self.confirm_button.clicked.connect(lambda: self._on_order(self.confirm_order))
        self.deliver_button.clicked.connect(lambda: self._on_order(self.make_delivery))
        self.invoice_button.clicked.connect(lambda: self._on_order(self.open_invoice))
        return [self.new_button, self.confirm_button, self.deliver_button, self.invoice_button]

    def _delivery_buttons(self) -> list[QPushButton]:
        self.reserve_button = QPushButton(self.tr("&Reserve stock"), self)
        self.reserve_button.setToolTip(
            self.tr("Confirm the delivery: the server holds its stock, ready to pick")
        )
        self.reserve_button.clicked.connect(self._reserve_selected)
        return [self.reserve_button]

    def title(self) -> str:
        return self.tr("Sales")

    def offers(self, action: str) -> bool:
        return action in (NEW, FIND)

    def focus_find(self) -> None:
        shown = self.pages.currentWidget().findChild(RecordList)
        if shown is not None:
            shown.focus_filter()

    def _state_chosen(self) -> None:
        state = str(self.state_combo.currentData() or "")
        self.orders.model.set_conditions(self.company.sales.order_filter(state))

    # --- orders ------------------------------------------------------------------------

    def new_record(self) -> None:
        self.live.spawn(self.open_editor(), "sales-order-editor")

    async def open_editor(self) -> SalesOrderEditor:
        choices = await self.company.sales.choices()
        try:
            rate = to_decimal(self.company.record.get("defaultTaxRate") or 0)
        except MoneyError:
            rate = Decimal(0)
        editor = SalesOrderEditor(choices, self.company.currency, self.asker, rate, self.window())
        self._show(editor, lambda: self._queue(editor.write()), "queue-sales-order")
        return editor

    def _show(self, dialog: QDialog, action: Callable[[], Any], name: str) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.live.spawn(action(), name))
        dialog.finished.connect(lambda _result: self._forget(dialog))
        self.dialog = dialog
        dialog.open()

    def _forget(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    async def _queue(self, write: Write) -> None:
        await self.company.queue(write)
        what = describe(write.entry.description)
        self.sig_message.emit(self.tr("Queued: %1").replace("%1", what))
        if write.entry.temp_id and write.entry.resource == "sales_orders":
            self.orders.select_id(write.entry.temp_id)

    def _on_order(self, action: Callable[[str], Any]) -> None:
        record_id = self.orders.current_id()
        if record_id:
            self.live.spawn(action(record_id), "sales-order-action")
        else:
            self.sig_message.emit(self.tr("Choose an order first"))

    async def confirm_order(self, record_id: str) -> bool:
        order = await self.company.sales.order(record_id)
        if order is None or order.get("state") != "draft":
            self.sig_message.emit(self.tr("Only draft orders can be confirmed"))
            return False
        await self._queue(confirm_sales_order(order))
        return True

    async def make_delivery(self, record_id: str) -> bool:
        order = await self.company.sales.order(record_id)
        if order is None or order.get("state") != "confirmed":
            self.sig_message.emit(self.tr("Deliveries are made from confirmed orders"))
            return False
        await self._queue(deliver_sales_order(order))
        return True

    async def open_invoice(self, record_id: str) -> InvoiceFromOrderDialog | None:
        order = await self.company.sales.order(record_id)
        if order is None or order.get("state") != "confirmed":
            self.sig_message.emit(self.tr("Invoices are made from confirmed orders"))
            return None
        dialog = InvoiceFromOrderDialog(order, self.window())
        self._show(dialog, lambda: self._queue(dialog.write()), "queue-order-invoice")
        return dialog

    # --- deliveries --------------------------------------------------------------------

    def _reserve_selected(self) -> None:
        record_id = self.deliveries.current_id()
        if record_id:
            self.live.spawn(self.reserve(record_id), "delivery-reserve")

    async def reserve(self, record_id: str) -> bool:
        delivery = await self.company.sales.delivery(record_id)
        if delivery is None or delivery.get("state") not in ("draft", "confirmed"):
            self.sig_message.emit(self.tr("Only open deliveries hold stock"))
            return False
        await self._queue(reserve_delivery(delivery))
        return True

    def shutdown(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
        super().shutdown()
