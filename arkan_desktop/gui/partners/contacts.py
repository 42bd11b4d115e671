"""A partner's contact persons in the partner form, and adding one.

The section lists the cached contacts of the customer or vendor (`company.partners.
contacts`), refreshed when contacts change; *Add contact…* asks for a name (and email,
phone, position, each checked as typed) and queues `POST /crm/contacts` through the
outbox. The new contact shows at once, in italics until the server confirms it.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from arkan_desktop.gui import theme
from arkan_desktop.gui.shell.live_sync import LiveSync
from arkan_desktop.store.changes import ChangeSet
from arkan_desktop.store.queries.partners import ContactRow
from arkan_desktop.sync.commands.partners import create_contact

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class ContactDialog(QDialog):
    def __init__(self, partner_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New contact of %1").replace("%1", partner_name))
        self.setMinimumWidth(400)
        self.name_edit = QLineEdit(self)
        self.position_edit = QLineEdit(self)
        self.email_edit = QLineEdit(self)
        self.phone_edit = QLineEdit(self)
        for name, edit in (("contactName", self.name_edit), ("contactEmail", self.email_edit)):
            edit.setObjectName(name)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet(f"color: {theme.error_color().name()};")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow(self.tr("P&osition"), self.position_edit)
        form.addRow(self.tr("&Email"), self.email_edit)
        form.addRow(self.tr("&Phone"), self.phone_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        for edit in (self.name_edit, self.email_edit):
            edit.textEdited.connect(lambda _text: self._recheck())

    def fields(self) -> dict[str, str]:
        return {
            "name": self.name_edit.text().strip(),
            "position": self.position_edit.text().strip(),
            "email": self.email_edit.text().strip(),
            "phone": self.phone_edit.text().strip(),
        }

    def problem(self) -> str:
        fields = self.fields()
        if not fields["name"]:
            return self.tr("Enter the contact's name")
        if fields["email"] and not EMAIL.match(fields["email"]):
            return self.tr("This does not look like an email address")
        return ""

    def _recheck(self) -> None:
        if not self.error_label.isHidden() and not self.problem():
            self.error_label.hide()  # fixed: the complaint goes at once

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            self.error_label.setText(problem)
            self.error_label.show()
            return
        super().accept()


class ContactsSection(QGroupBox):
    def __init__(self, live: LiveSync, role: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Contacts"))
        self.live = live
        self.role = role
        self.partner: dict[str, Any] | None = None
        self.rows: list[ContactRow] = []
        self.dialog: ContactDialog | None = None
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("partnerContacts")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Position"), self.tr("Email"), self.tr("Phone")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(110)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.add_button = QPushButton(self.tr("&Add contact…"), self)
        self.add_button.clicked.connect(self.ask_contact)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.note)
        layout.addWidget(self.add_button)
        self.show_partner(None)
        live.sig_changes.connect(self._changes_arrived)
        self.listening = True

    def show_partner(self, partner: dict[str, Any] | None) -> None:
        """Whose contacts to list (None: a partner not saved yet has none)."""
        self.partner = partner
        self.add_button.setEnabled(partner is not None)
        self.table.setVisible(partner is not None)
        if partner is None:
            self.note.setText(self.tr("Contacts are added once the partner is saved."))
        else:
            self.refresh()

    def refresh(self) -> None:
        if self.partner is not None:
            self.live.spawn(self._refresh(str(self.partner["id"])), "partner-contacts")

    async def _refresh(self, partner_id: str) -> None:
        self.rows = await self.live.company.partners.contacts(partner_id)
        self.table.setRowCount(len(self.rows))
        italic = QFont(self.table.font())
        italic.setItalic(True)
        for position, row in enumerate(self.rows):
            for column, text in enumerate((row.name, row.position, row.email, row.phone)):
                item = QTableWidgetItem(text)
                if row.local:
                    item.setFont(italic)
                    item.setToolTip(self.tr("Not yet confirmed by the server"))
                self.table.setItem(position, column, item)
        self.note.setText("" if self.rows else self.tr("No contact persons yet."))

    def _changes_arrived(self, changes: ChangeSet) -> None:
        if changes.concerns("contacts"):
            self.refresh()

    def ask_contact(self) -> ContactDialog | None:
        if self.partner is None:
            return None
        dialog = ContactDialog(str(self.partner.get("name") or ""), self.window())
        dialog.accepted.connect(lambda: self.live.spawn(self.add(dialog.fields()), "add-contact"))
        self.dialog = dialog
        dialog.open()
        return dialog

    async def add(self, fields: dict[str, str]) -> None:
        if self.partner is not None:
            await self.live.company.queue(create_contact(self.role, self.partner, fields))
            self.refresh()

    def detach(self) -> None:
        """Stop following changes (the form closes)."""
        if self.listening:
            self.listening = False
            self.live.sig_changes.disconnect(self._changes_arrived)
