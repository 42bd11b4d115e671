"""The Partners tab of an Arkan server: its customers or its vendors, chosen with a filter.

Each list (store/lists/specs/partners.py) filters as you type and sorts on any column,
with what is open with each partner (what a customer owes, what the company owes a
vendor). New (Ctrl+N), Edit, Enter and a double-click open the partner form; its writes
go through the outbox and show at once, in italics until the server accepts them. A
server that does not list vendors (an assumed endpoint) offers customers only, and says
so. An Arvalox server's customers are the Customers tab's, not this one's.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from arkan_desktop.gui.models.record_table_model import RecordTableModel
from arkan_desktop.gui.partners.partner_form import PartnerForm
from arkan_desktop.gui.shell.live_sync import LiveSync
from arkan_desktop.gui.shell.module_tab import FIND, NEW, SAVE, ModuleTab
from arkan_desktop.gui.widgets.record_list import RecordList
from arkan_desktop.store.lists.specs.partners import partner_list_spec
from arkan_desktop.store.outbox import OutboxRow
from arkan_desktop.sync.commands.partners import CUSTOMER, VENDOR, resource_of
from arkan_desktop.sync.company import Company

ROLES = (CUSTOMER, VENDOR)


class PartnersTab(ModuleTab):
    key = "partners"
    resource = "clients"
    edited_resources = frozenset({"clients", "vendors"})

    def __init__(self, company: Company, live: LiveSync, parent: QWidget | None = None):
        super().__init__(company, live, parent)
        self.forms: list[PartnerForm] = []
        self.lists: dict[str, RecordList] = {}
        self.stack = QStackedWidget(self)
        self.role_combo = QComboBox(self)
        self.role_combo.setObjectName("partnerRole")
        self.role_combo.setToolTip(self.tr("Show customers or vendors"))
        for role, text in ((CUSTOMER, self.tr("Customers")), (VENDOR, self.tr("Vendors"))):
            if not company.partners.offers(role):
                continue
            model = RecordTableModel(company.rows(partner_list_spec(role, company.currency)), self)
            self.models.append(model)
            found = RecordList(model, self)
            found.sig_message.connect(self.sig_message)
            found.sig_activated.connect(self.edit)
            found.sig_current_changed.connect(lambda _id: self._update_buttons())
            self.lists[role] = found
            self.stack.addWidget(found)
            self.role_combo.addItem(text, role)
        self.new_button = QPushButton(self.tr("&New…"), self)
        self.new_button.setToolTip(
            self.tr("A new customer or vendor, as the filter shows (Ctrl+N)")
        )
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.edit_button.setToolTip(self.tr("Change the selected partner (or double-click it)"))
        actions = QHBoxLayout()
        actions.addWidget(self.role_combo)
        actions.addWidget(self.new_button)
        actions.addWidget(self.edit_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(self.stack, 1)
        self.role_combo.currentIndexChanged.connect(self._role_chosen)
        self.new_button.clicked.connect(self.new_record)
        self.edit_button.clicked.connect(self.edit_selected)
        self._role_chosen()

    def title(self) -> str:
        return self.tr("Partners")

    def offers(self, action: str) -> bool:
        return action in (NEW, FIND) or (action == SAVE and bool(self.forms))

    def role(self) -> str:
        return str(self.role_combo.currentData() or CUSTOMER)

    def show_role(self, role: str) -> bool:
        """Show customers or vendors (False when the server lists none of them)."""
        found = self.role_combo.findData(role)
        if found >= 0:
            self.role_combo.setCurrentIndex(found)
        return found >= 0

    def current_list(self) -> RecordList | None:
        return self.lists.get(self.role())

    def _role_chosen(self) -> None:
        shown = self.current_list()
        if shown is not None:
            self.stack.setCurrentWidget(shown)
        self._update_buttons()

    def _update_buttons(self) -> None:
        shown = self.current_list()
        self.edit_button.setEnabled(shown is not None and bool(shown.current_id()))
        self.sig_actions_changed.emit()

    def focus_find(self) -> None:
        shown = self.current_list()
        if shown is not None:
            shown.focus_filter()

    # --- the form -----------------------------------------------------------------------

    def new_record(self) -> None:
        self.open_form(self.role(), None)

    def edit_selected(self) -> None:
        shown = self.current_list()
        record_id = shown.current_id() if shown is not None else None
        if record_id:
            self.edit(record_id)

    def edit(self, record_id: str) -> None:
        self.live.spawn(self._edit(self.role(), record_id), "edit-partner")

    async def _edit(self, role: str, record_id: str) -> PartnerForm | None:
        partner = await self.company.partners.get(role, record_id)
        if partner is None:
            self.sig_message.emit(self.tr("This partner is no longer in the local copy"))
            return None
        return self.open_form(role, partner)

    def open_form(self, role: str, partner: dict[str, Any] | None) -> PartnerForm:
        form = PartnerForm(self.live, role, partner, self.window())
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.sig_saved.connect(lambda record_id: self._saved(role, record_id))
        form.finished.connect(lambda _result: self._forget(form))
        self.forms.append(form)
        form.show()
        self.sig_actions_changed.emit()  # Save now applies to the form
        return form

    def save(self) -> None:
        if self.forms:
            self.forms[-1].save()

    def _forget(self, form: PartnerForm) -> None:
        if form in self.forms:
            self.forms.remove(form)
            self.sig_actions_changed.emit()

    def _saved(self, role: str, record_id: str) -> None:
        self.sig_message.emit(self.tr("Saved; changes go to the server through the outbox"))
        shown = self.lists.get(role)
        if record_id and shown is not None:
            shown.select_id(record_id)

    def edits(self, row: OutboxRow) -> bool:
        """A refused new or changed customer or vendor reopens in the form."""
        return row.resource in self.edited_resources and row.action in ("create", "update")

    def edit_refused(self, row: OutboxRow) -> None:
        self.live.spawn(self._edit_refused(row), "edit-refused-partner")

    async def _edit_refused(self, row: OutboxRow) -> PartnerForm:
        role = VENDOR if row.resource == resource_of(VENDOR) else CUSTOMER
        self.show_role(role)
        key = row.record_id or row.temp_id or ""
        current = await self.company.partners.get(role, key) if key else None
        body = row.body_data() or {}
        form = self.open_form(role, current if row.action == "update" else None)
        if row.action == "create":
            form.fill({**body, "id": key})  # what was sent, to correct
        form.row = row
        form.show_refusal(row)
        return form

    def shutdown(self) -> None:
        for form in list(self.forms):
            form.close()
        super().shutdown()
