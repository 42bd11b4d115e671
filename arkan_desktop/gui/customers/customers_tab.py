"""The Customers tab: the server's customers from the cache, with what each one owes.

Shown when the connected server offers customers (the connector's `customers` resource).
The list filters as you type and sorts on any column (RecordList); New (Ctrl+N) and Edit
open the customer form, whose writes go through the outbox and show at once, in italics
until the server accepts them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from arkan_desktop.gui.customers.customer_form import CustomerForm
from arkan_desktop.gui.models.record_table_model import RecordTableModel
from arkan_desktop.gui.shell.live_sync import LiveSync
from arkan_desktop.gui.shell.module_tab import FIND, NEW, SAVE, ModuleTab
from arkan_desktop.gui.widgets.record_list import RecordList
from arkan_desktop.store.lists.specs.customers import customer_list_spec
from arkan_desktop.sync.company import Company


class CustomersTab(ModuleTab):
    key = "customers"
    resource = "customers"

    def __init__(self, company: Company, live: LiveSync, parent: QWidget | None = None):
        super().__init__(company, live, parent)
        self.forms: list[CustomerForm] = []
        spec = customer_list_spec(company.currency)
        self.model = RecordTableModel(company.rows(spec), self)
        self.models.append(self.model)
        self.list = RecordList(self.model, self)
        self.new_button = QPushButton(self.tr("&New customer"), self)
        self.new_button.setToolTip(self.tr("Ctrl+N"))
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.edit_button.setToolTip(self.tr("Change the selected customer (or double-click it)"))
        actions = QHBoxLayout()
        actions.addWidget(self.new_button)
        actions.addWidget(self.edit_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(self.list, 1)
        self.new_button.clicked.connect(self.new_record)
        self.edit_button.clicked.connect(self.edit_selected)
        self.list.sig_activated.connect(self.edit)
        self.list.sig_current_changed.connect(lambda _id: self._update_buttons())
        self.list.sig_message.connect(self.sig_message)
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Customers")

    def offers(self, action: str) -> bool:
        return action in (NEW, FIND) or (action == SAVE and bool(self.forms))

    def focus_find(self) -> None:
        self.list.focus_filter()

    def _update_buttons(self) -> None:
        self.edit_button.setEnabled(bool(self.list.current_id()))
        self.sig_actions_changed.emit()

    # --- the form ----------------------------------------------------------------------

    def new_record(self) -> None:
        self.open_form(None)

    def edit_selected(self) -> None:
        record_id = self.list.current_id()
        if record_id:
            self.edit(record_id)

    def edit(self, record_id: str) -> None:
        self.live.spawn(self._edit(record_id), "edit-customer")

    async def _edit(self, record_id: str) -> CustomerForm | None:
        customer = await self.company.customers.get(record_id)
        if customer is None:
            self.sig_message.emit(self.tr("This customer is no longer in the local copy"))
            return None
        return self.open_form(customer)

    def open_form(self, customer: dict[str, Any] | None) -> CustomerForm:
        form = CustomerForm(self.live, customer, self.window())
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.sig_saved.connect(self._saved)
        form.finished.connect(lambda _result: self._forget(form))
        self.forms.append(form)
        form.show()
        return form

    def save(self) -> None:
        if self.forms:
            self.forms[-1].save()

    def _forget(self, form: CustomerForm) -> None:
        if form in self.forms:
            self.forms.remove(form)

    def _saved(self, record_id: str) -> None:
        self.sig_message.emit(
            self.tr("Customer saved; changes go to the server through the outbox")
        )
        if record_id:
            self.list.select_id(record_id)

    def shutdown(self) -> None:
        for form in list(self.forms):
            form.close()
        super().shutdown()
