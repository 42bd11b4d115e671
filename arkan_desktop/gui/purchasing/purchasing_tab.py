"""The Purchasing tab: purchase orders by state, with their vendors and totals."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QVBoxLayout, QWidget

from arkan_desktop.gui.labels import code_label
from arkan_desktop.gui.models.columns import Column, Kind, ListSpec
from arkan_desktop.gui.models.record_table_model import RecordTableModel
from arkan_desktop.gui.session import CompanyContext
from arkan_desktop.gui.shell.live_sync import LiveSync
from arkan_desktop.gui.shell.module_tab import ModuleTab
from arkan_desktop.gui.widgets.record_list import RecordList
from arkan_desktop.store.models import PurchaseOrder

STATES = ("draft", "approved", "confirmed", "partially_received", "received", "cancelled")


translate = QCoreApplication.translate


def purchase_order_list_spec() -> ListSpec:
    po = PurchaseOrder
    columns = (
        Column("number", translate("PurchaseOrderList", "Number"), po.number, searchable=True),
        Column(
            "vendor",
            translate("PurchaseOrderList", "Vendor"),
            po.vendor_name,
            searchable=True,
            width=260,
        ),
        Column("date", translate("PurchaseOrderList", "Date"), po.date, Kind.DATE),
        Column("expected", translate("PurchaseOrderList", "Expected"), po.expected_date, Kind.DATE),
        Column("state", translate("PurchaseOrderList", "State"), po.state, Kind.CODE),
        Column(
            "total",
            translate("PurchaseOrderList", "Total"),
            po.total_minor,
            Kind.MONEY,
            po.currency,
        ),
        Column(
            "reference", translate("PurchaseOrderList", "Reference"), po.reference, searchable=True
        ),
    )
    return ListSpec("purchase_orders", "purchase_orders", columns, sort_key="date")


class PurchasingTab(ModuleTab):
    key = "purchasing"
    resource = "purchase_orders"

    def __init__(self, context: CompanyContext, live: LiveSync, parent: QWidget | None = None):
        super().__init__(context, live, parent)
        self.model = RecordTableModel(
            purchase_order_list_spec(), context.cache, context.worker, self
        )
        self.models.append(self.model)
        self.list = RecordList(self.model, self)
        self.list.sig_message.connect(self.sig_message)
        self.state_combo = QComboBox(self)
        self.state_combo.setObjectName("purchaseOrderState")
        self.state_combo.addItem(self.tr("All states"), "")
        for state in STATES:
            self.state_combo.addItem(code_label(state), state)
        self.list.add_tool_widget(self.state_combo)
        self.state_combo.currentIndexChanged.connect(self._state_chosen)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)

    def title(self) -> str:
        return self.tr("Purchasing")

    def focus_find(self) -> None:
        self.list.focus_filter()

    def _state_chosen(self) -> None:
        state = str(self.state_combo.currentData() or "")
        self.model.set_conditions([PurchaseOrder.state == state] if state else [])
