"""The Bills tab: vendor bills and vendor credits by state, with totals; new bill (also
from a received purchase order), post (after asking), pay the vendor, cancel with a
vendor credit note, open a bill, aged payables.

The list reads the cache through a RecordTableModel; its totals are one SUM on the
database thread after each reload, and what is due counts posted bills only (a draft is
owed nothing yet). Actions queue typed writes through the company (BillActions); the
list shows their effect at once, in italics until the server confirms it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from arkan_desktop.domain.money import format_amount
from arkan_desktop.gui.bills.aged_payables import AgedPayablesView
from arkan_desktop.gui.bills.bill_actions import BillActions
from arkan_desktop.gui.bills.bill_editor import BillEditor
from arkan_desktop.gui.bills.order_picker import OrderPicker
from arkan_desktop.gui.models.record_table_model import RecordTableModel
from arkan_desktop.gui.shell.live_sync import LiveSync
from arkan_desktop.gui.shell.module_tab import FIND, NEW, POST, ModuleTab
from arkan_desktop.gui.widgets.record_list import RecordList
from arkan_desktop.store.lists.search import where_clause
from arkan_desktop.store.lists.specs.bills import bill_list_spec
from arkan_desktop.store.outbox import OutboxRow
from arkan_desktop.sync.commands.bills import bill_write
from arkan_desktop.sync.company import Company


class BillsTab(ModuleTab):
    key = "bills"
    resource = "invoices"

    @classmethod
    def offered_by(cls, company: Company) -> bool:
        """Bills are invoices from vendors: a server with no vendors (Arvalox keeps only
        receivables) has none."""
        return super().offered_by(company) and "vendors" in company.resources

    def __init__(self, company: Company, live: LiveSync, parent: QWidget | None = None):
        super().__init__(company, live, parent)
        self.closed = False
        self.editors: list[BillEditor] = []
        self.picker: OrderPicker | None = None
        self.aged_view: AgedPayablesView | None = None
        self.vendor_filter: tuple[str, str] | None = None
        self.model = RecordTableModel(company.rows(bill_list_spec()), self)
        self.models.append(self.model)
        self.list = RecordList(self.model, self)
        self.state_combo = QComboBox(self)
        self.state_combo.setObjectName("billState")
        for text, state in (
            (self.tr("All states"), ""),
            (self.tr("Drafts"), "draft"),
            (self.tr("Posted, not paid"), "posted"),
            (self.tr("Paid"), "paid"),
            (self.tr("Cancelled"), "cancelled"),
        ):
            self.state_combo.addItem(text, state)
        self.state_combo.setToolTip(self.tr("Show bills in this state"))
        self.list.add_tool_widget(self.state_combo)
        self.vendor_button = QPushButton(self)
        self.vendor_button.setObjectName("billVendorFilter")
        self.vendor_button.setToolTip(self.tr("Click to show every vendor again"))
        self.vendor_button.hide()
        self.list.add_tool_widget(self.vendor_button)
        self.bill_actions = BillActions(company, live, self)
        self.bill_actions.sig_message.connect(self.sig_message)

        self.new_button = self._button(self.tr("&New bill"), self.tr("Ctrl+N"), self.new_record)
        self.order_button = self._button(
            self.tr("Bill from &purchase order…"),
            self.tr("A bill for goods received on a purchase order, matched line by line"),
            self.bill_from_order,
        )
        self.post_button = self._button(
            self.tr("&Post…"),
            self.tr("Post the selected draft bills (asks first)"),
            self.post_selected,
        )
        self.pay_button = self._button(
            self.tr("Pay &vendor…"),
            self.tr("Pay the selected bill's vendor, allocated over their open bills"),
            self.pay_selected,
        )
        self.cancel_button = self._button(
            self.tr("&Cancel with vendor credit…"),
            self.tr("Cancel the selected posted bill; the server issues a vendor credit note"),
            self.cancel_selected,
        )
        self.aged_button = self._button(
            self.tr("A&ged payables…"),
            self.tr("What the company owes each vendor, by how late (Ctrl+Shift+Y)"),
            self.show_aged_payables,
        )
        actions = QHBoxLayout()
        for button in (
            self.new_button,
            self.order_button,
            self.post_button,
            self.pay_button,
            self.cancel_button,
            self.aged_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        self.open_action = self._action(self.tr("Open"), "", self.open_selected)
        self.post_action = self._action(self.tr("Post…"), "", self.post_selected)
        self.pay_action = self._action(self.tr("Pay vendor…"), "", self.pay_selected)
        self.cancel_action = self._action(
            self.tr("Cancel with vendor credit…"), "", self.cancel_selected
        )
        self.aged_action = self._action(
            self.tr("Aged payables…"), "Ctrl+Shift+Y", self.show_aged_payables
        )
        view = self.list.view
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in (self.open_action, self.post_action, self.pay_action, self.cancel_action):
            view.addAction(action)
        self.totals_label = QLabel(self)
        self.totals_label.setObjectName("billTotals")
        self.totals_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.totals_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.totals_label)

        self.vendor_button.clicked.connect(lambda: self.show_vendor(None))
        self.state_combo.currentIndexChanged.connect(self._filter_changed)
        self.model.sig_reloaded.connect(
            lambda _rows: self.live.spawn(self._show_totals(), "bill-totals")
        )
        self.list.sig_message.connect(self.sig_message)
        self.list.sig_activated.connect(self.open_bill)
        self.list.sig_current_changed.connect(lambda _id: self._update_buttons())
        self._filter_changed()
        self._update_buttons()

    def _button(self, text: str, tip: str, slot: Callable[[], Any]) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    def _action(self, text: str, keys: str, slot: Callable[[], Any]) -> QAction:
        action = QAction(text, self)
        if keys:
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def title(self) -> str:
        return self.tr("Bills")

    def offers(self, action: str) -> bool:
        return action in (NEW, POST, FIND)

    def focus_find(self) -> None:
        self.list.focus_filter()

    # --- the list -----------------------------------------------------------------------

    def set_state_filter(self, state: str) -> None:
        self.state_combo.setCurrentIndex(max(self.state_combo.findData(state), 0))

    def _filter_changed(self) -> None:
        state = str(self.state_combo.currentData() or "")
        vendor = self.vendor_filter[0] if self.vendor_filter is not None else ""
        self.model.set_conditions(self.company.payables.list_filter(state, vendor))

    def show_vendor(self, vendor: tuple[str, str] | None) -> None:
        """List only this vendor's documents (None: every vendor again)."""
        self.vendor_filter = vendor
        if vendor is not None:
            self.vendor_button.setText(self.tr("Vendor: %1 ✕").replace("%1", vendor[1]))
        self.vendor_button.setVisible(vendor is not None)
        self._filter_changed()

    async def _show_totals(self) -> None:
        condition = where_clause(self.model.spec, self.model.query)
        rows = await self.company.payables.totals(condition)
        if self.closed or not shiboken6.isValid(self.totals_label):
            return
        parts = [self.tr("Bills: %1").replace("%1", f"{sum(r.count for r in rows):,}")]
        for row in rows:
            parts.append(
                self.tr("Total %1 %2 · Due %3 %2")
                .replace("%1", format_amount(row.total, row.currency))
                .replace("%2", row.currency)
                .replace("%3", format_amount(row.due, row.currency))
            )
        self.totals_label.setText(" · ".join(parts))

    def _update_buttons(self) -> None:
        selected = bool(self.list.current_id())
        for widget in (self.post_button, self.pay_button, self.cancel_button):
            widget.setEnabled(selected)
        for action in (self.open_action, self.post_action, self.pay_action, self.cancel_action):
            action.setEnabled(selected)
        self.sig_actions_changed.emit()

    # --- bills ---------------------------------------------------------------------------

    def new_record(self) -> None:
        self.open_editor()

    def open_editor(
        self,
        rejected: OutboxRow | None = None,
        order_id: str = "",
        bill: dict[str, Any] | None = None,
    ) -> BillEditor:
        """A new bill (from an order), a refused one reopened, or an existing one shown."""
        editor = BillEditor(
            self.live, self.window(), rejected=rejected, order_id=order_id, bill=bill
        )
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.sig_saved.connect(self._saved)
        editor.finished.connect(lambda _result: self._forget(editor))
        self.editors.append(editor)
        editor.show()
        return editor

    def _forget(self, editor: BillEditor) -> None:
        if editor in self.editors:
            self.editors.remove(editor)

    def _saved(self, record_id: str) -> None:
        self.sig_message.emit(self.tr("Bill queued; it is sent as soon as the server answers"))
        if record_id:
            self.list.select_id(record_id)

    def open_selected(self) -> None:
        record_id = self.list.current_id()
        if record_id:
            self.open_bill(record_id)

    def open_bill(self, record_id: str) -> None:
        self.live.spawn(self._open_bill(record_id), "open-bill")

    async def _open_bill(self, record_id: str) -> BillEditor | None:
        bill = await self.company.payables.bill(record_id)
        if bill is None:
            self.sig_message.emit(self.tr("This bill is no longer in the local copy"))
            return None
        return self.open_editor(bill=bill)

    def bill_from_order(self) -> None:
        self.live.spawn(self.choose_order(), "bill-from-order")

    async def choose_order(self) -> OrderPicker:
        picker = OrderPicker(await self.company.payables.orders_to_bill(), self.window())
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def chosen() -> None:
            order = picker.chosen()
            if order is not None:
                self.open_editor(order_id=order.id)

        picker.accepted.connect(chosen)
        self.picker = picker
        picker.open()
        return picker

    def ask_to_post(self, post: Callable[[], None]) -> QMessageBox | None:
        """Bills ask their own question, naming the bills (`BillActions.ask_post`), so the
        window's generic one is not asked as well."""
        post()
        return None

    def post_selected(self) -> None:
        ids = self.list.selected_ids()
        if ids:
            self.live.spawn(self.bill_actions.ask_post(ids), "ask-post-bills")

    def pay_selected(self) -> None:
        record_id = self.list.current_id()
        if record_id:
            self.live.spawn(self.bill_actions.ask_payment(record_id), "pay-vendor")

    def cancel_selected(self) -> None:
        record_id = self.list.current_id()
        if record_id:
            self.live.spawn(self.bill_actions.ask_cancel(record_id), "cancel-bill")

    def show_aged_payables(self) -> AgedPayablesView:
        if self.aged_view is None or not shiboken6.isValid(self.aged_view):
            self.aged_view = AgedPayablesView(self.live, self.window())
            self.aged_view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.aged_view.sig_bill_chosen.connect(self.open_bill)
        else:
            self.aged_view.refresh()
        self.aged_view.show()
        self.aged_view.raise_()
        return self.aged_view

    # --- refused writes ------------------------------------------------------------------

    def edits(self, row: OutboxRow) -> bool:
        """A refused bill (create or cancellation) reopens here."""
        return row.resource == "invoices" and row.action in ("create", "cancel") and bill_write(row)

    def edit_refused(self, row: OutboxRow) -> None:
        if row.action == "cancel":
            self.live.spawn(self.bill_actions.edit_cancel(row), "edit-bill-cancel")
        else:
            self.open_editor(rejected=row)

    def shutdown(self) -> None:
        self.closed = True
        for editor in list(self.editors):
            editor.close()
        for dialog in (self.aged_view, self.picker, self.bill_actions.dialog):
            if dialog is not None and shiboken6.isValid(dialog):
                dialog.close()
        super().shutdown()
