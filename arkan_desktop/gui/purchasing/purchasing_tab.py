"""The Purchasing tab: purchase orders by state; new order, approve, confirm, receive.

Enter, a double-click or the context menu's *Open* opens an order (`DocumentOpener`): a
draft to correct, any other order read-only with its next step.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from arkan_desktop.domain.documents import PURCHASE_ORDERS
from arkan_desktop.gui.documents.opener import DocumentOpener
from arkan_desktop.gui.labels import code_label
from arkan_desktop.gui.models.record_table_model import RecordTableModel
from arkan_desktop.gui.outbox.descriptions import describe
from arkan_desktop.gui.purchasing.order_editor import PurchaseOrderEditor
from arkan_desktop.gui.purchasing.receive_dialog import ReceiveDialog
from arkan_desktop.gui.shell.live_sync import LiveSync
from arkan_desktop.gui.shell.module_tab import FIND, NEW, ModuleTab
from arkan_desktop.gui.widgets.record_list import RecordList
from arkan_desktop.store.lists.specs.purchase_orders import purchase_order_list_spec
from arkan_desktop.store.outbox import OutboxRow
from arkan_desktop.sync.commands.purchasing import (
    approve_purchase_order,
    confirm_purchase_order,
)
from arkan_desktop.sync.commands.wire import Write
from arkan_desktop.sync.company import Company

STATES = ("draft", "approved", "confirmed", "partially_received", "received", "cancelled")
RECEIVABLE = ("confirmed", "partially_received")


class PurchasingTab(ModuleTab):
    key = "purchasing"
    resource = "purchase_orders"
    edited_resources = frozenset({"purchase_orders"})

    def __init__(self, company: Company, live: LiveSync, parent: QWidget | None = None):
        super().__init__(company, live, parent)
        self.model = RecordTableModel(company.rows(purchase_order_list_spec()), self)
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
        self.dialog: QDialog | None = None
        self.new_button = QPushButton(self.tr("&New order…"), self)
        self.new_button.setToolTip(self.tr("A new purchase order (Ctrl+N)"))
        self.approve_button = QPushButton(self.tr("A&pprove"), self)
        self.confirm_button = QPushButton(self.tr("&Confirm"), self)
        self.receive_button = QPushButton(self.tr("&Receive…"), self)
        buttons = QHBoxLayout()
        for button in (
            self.new_button,
            self.approve_button,
            self.confirm_button,
            self.receive_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.new_button.clicked.connect(self.new_record)
        self.approve_button.clicked.connect(lambda: self.step_selected("approve"))
        self.confirm_button.clicked.connect(lambda: self.step_selected("confirm"))
        self.receive_button.clicked.connect(self.receive_selected)
        self.opener = DocumentOpener(live, self)
        self.opener.sig_message.connect(self.sig_message)
        self.list.sig_activated.connect(self.open_order)
        for text, slot in (
            (self.tr("Approve"), lambda: self.step_selected("approve")),
            (self.tr("Confirm"), lambda: self.step_selected("confirm")),
            (self.tr("Receive…"), self.receive_selected),
        ):
            action = QAction(text, self)
            action.triggered.connect(slot)
            self.list.view.addAction(action)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.list)

    def offers(self, action: str) -> bool:
        return action in (NEW, FIND)

    def new_record(self) -> None:
        self.live.spawn(self.open_editor(), "purchase-order-editor")

    def edit_refused(self, row: OutboxRow) -> None:
        self.live.spawn(self.open_editor(rejected=row), "edit-refused-purchase-order")

    async def open_editor(self, rejected: OutboxRow | None = None) -> PurchaseOrderEditor:
        """A new order, or a rejected one reopened with the server's field errors shown."""
        choices = await self.company.purchasing.choices()
        editor = PurchaseOrderEditor(choices, self.company.currency, self.window())
        if rejected is None:
            self._show(editor, lambda: self._queue(editor.write()), "queue-purchase-order")
        else:
            editor.fill_from(rejected.body_data() or {})
            editor.show_field_errors(rejected.field_error_list(), rejected.rejection_message or "")
            body = editor.draft  # read when accepted, after the user's corrections
            self._show(editor, lambda: self._resend(rejected, body()), "resend-purchase-order")
        return editor

    def _show(
        self,
        dialog: PurchaseOrderEditor | ReceiveDialog,
        action: Callable[[], Coroutine[Any, Any, None]],
        name: str,
    ) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.live.spawn(action(), name))
        dialog.finished.connect(lambda _result: self._forget(dialog))
        self.dialog = dialog
        dialog.open()

    async def _resend(self, row: OutboxRow, body: dict[str, Any]) -> None:
        if row.lookup_reference and not body.get("reference"):
            body["reference"] = row.lookup_reference
        await self.company.outbox.retry(row.id, body)
        self.sig_message.emit(self.tr("Purchase order sent again"))

    def _forget(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    async def _queue(self, write: Write) -> None:
        await self.company.queue(write)
        what = describe(write.entry.description)
        self.sig_message.emit(self.tr("Queued: %1").replace("%1", what))
        temp_id = write.entry.temp_id
        if temp_id:
            self.list.select_id(temp_id)

    def step_selected(self, step: str) -> None:
        record_id = self.list.current_id()
        if record_id:
            self.live.spawn(self.step(record_id, step), f"purchase-order-{step}")

    async def step(self, record_id: str, step: str) -> bool:
        """Queue an approve (of a draft) or a confirm (of an approved order)."""
        order = await self.company.purchasing.order(record_id)
        needed: dict[str, tuple[str, Callable[[Any], Write]]] = {
            "approve": ("draft", approve_purchase_order),
            "confirm": ("approved", confirm_purchase_order),
        }
        state, build = needed[step]
        if order is None or order.get("state") != state:
            self.sig_message.emit(
                self.tr("Only orders in state %1 can be %2")
                .replace("%1", code_label(state))
                .replace("%2", self.tr("approved") if step == "approve" else self.tr("confirmed"))
            )
            return False
        await self._queue(build(order))
        return True

    def receive_selected(self) -> None:
        record_id = self.list.current_id()
        if record_id:
            self.live.spawn(self.open_receive(record_id), "purchase-order-receive")

    async def open_receive(self, record_id: str) -> ReceiveDialog | None:
        order = await self.company.purchasing.order(record_id)
        if order is None or order.get("state") not in RECEIVABLE:
            self.sig_message.emit(self.tr("Goods are received on confirmed orders"))
            return None
        dialog = ReceiveDialog(order, self.window())
        self._show(dialog, lambda: self._queue(dialog.write()), "queue-receipt")
        return dialog

    def open_order(self, record_id: str) -> None:
        """Enter, a double-click, the context menu's Open: the order in its own window."""
        self.opener.open(PURCHASE_ORDERS, record_id)

    def shutdown(self) -> None:
        self.opener.close_all()
        if self.dialog is not None:
            self.dialog.close()
        super().shutdown()

    def title(self) -> str:
        return self.tr("Purchasing")

    def focus_find(self) -> None:
        self.list.focus_filter()

    def _state_chosen(self) -> None:
        state = str(self.state_combo.currentData() or "")
        self.model.set_conditions(self.company.purchasing.list_filter(state))
