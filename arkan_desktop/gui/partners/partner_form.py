"""The partner form: a new customer or vendor on an Arkan server, or a change to one.

Name, Arabic name, email, phone, country, city and address, tax registration number,
payment terms and credit limit; a vendor also its bank and IBAN. Each field is checked as
the user leaves it (the tax registration number against the partner's country, by
`domain.partners`; the credit limit an amount of the company's currency typed as the
user's language writes numbers, gui.amount_field; the IBAN by `domain.bank.iban`), and
its complaint goes as soon as it is fixed. Saving queues the write; online, the form waits
a moment for the server's answer so a refusal (a tax number already registered, a server
without the assumed PATCH) comes back beside its field, to fix and send again. An
existing partner shows its contact persons (gui/partners/contacts.py).
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from arkan_desktop.domain.partners import credit_limit_refusal
from arkan_desktop.gui import theme
from arkan_desktop.gui.amount_field import AmountField, wire_amount_text
from arkan_desktop.gui.partners.contacts import EMAIL, ContactsSection
from arkan_desktop.gui.partners.partner_fields import (
    countries,
    credit_limit_problem,
    iban_problem,
    tax_number_hint,
    tax_number_problem,
)
from arkan_desktop.gui.partners.server_answer import server_answer
from arkan_desktop.gui.shell.live_sync import LiveSync
from arkan_desktop.store.models.outbox import CONFLICT, REJECTED, SENT
from arkan_desktop.store.outbox import OutboxRow
from arkan_desktop.sync.commands.partners import (
    VENDOR,
    create_partner,
    partner_changes,
    update_partner,
)
from arkan_desktop.sync.commands.wire import money

ANSWER_WAIT = 8.0  # seconds the form waits for the server before leaving it to the outbox
TEXT_FIELDS = ("name", "nameAr", "email", "phone", "city", "line1", "taxId", "bankName", "iban")
_SERVER_FIELD = re.compile(r"^address\.(\w+)$")


class PartnerForm(QDialog):
    sig_saved = Signal(str)
    """The partner was queued (and, online, accepted): its id ("" when not known yet)."""

    def __init__(
        self,
        live: LiveSync,
        role: str,
        partner: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.live = live
        self.role = role
        self.partner = partner
        self.currency = live.company.currency
        self.row: OutboxRow | None = None
        self.saving = False
        vendor = role == VENDOR
        if partner is None:
            self.setWindowTitle(self.tr("New vendor") if vendor else self.tr("New customer"))
        else:
            title = self.tr("Vendor %1") if vendor else self.tr("Customer %1")
            self.setWindowTitle(title.replace("%1", str(partner.get("name") or "")))
        self.setMinimumWidth(560)
        self.edits: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.country_combo = QComboBox(self)
        for code, name in countries():
            self.country_combo.addItem(f"{name} ({code})", code)
        self.terms_edit = QSpinBox(self)
        self.terms_edit.setRange(0, 365)
        self.terms_edit.setSuffix(self.tr(" days"))
        self.terms_edit.setValue(30)
        rows = [
            ("name", self.tr("&Name"), QLineEdit(self)),
            ("nameAr", self.tr("Name in &Arabic"), QLineEdit(self)),
            ("email", self.tr("&Email"), QLineEdit(self)),
            ("phone", self.tr("&Phone"), QLineEdit(self)),
            ("country", self.tr("C&ountry"), self.country_combo),
            ("city", self.tr("C&ity"), QLineEdit(self)),
            ("line1", self.tr("Add&ress"), QLineEdit(self)),
            ("taxId", self.tr("&Tax registration"), QLineEdit(self)),
            ("paymentTermsDays", self.tr("Payment ter&ms"), self.terms_edit),
            (
                "creditLimit",
                self.tr("&Credit limit (%1)").replace("%1", self.currency),
                QLineEdit(self),
            ),
        ]
        if vendor:
            rows += [
                ("bankName", self.tr("&Bank"), QLineEdit(self)),
                ("iban", self.tr("I&BAN"), QLineEdit(self)),
            ]
        for key, label, widget in rows:
            self._add_row(key, label, widget)
        self._line("nameAr").setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.credit_limit = AmountField(
            self._line("creditLimit"),
            max_decimals=None,
            required=False,
            extra_check=self._limit_problem,
            error_label=self.errors["creditLimit"],
        )
        self._line("creditLimit").setPlaceholderText(self.tr("No limit"))
        # Checked as the user leaves the field; the complaint goes as soon as it is fixed.
        self.checks = {"taxId": self._tax_problem, "email": self._email_problem}
        if vendor:
            self.checks["iban"] = lambda: iban_problem(self._line("iban").text())
        for key in self.checks:
            self._line(key).installEventFilter(self)
            self._line(key).textEdited.connect(lambda _text, k=key: self._recheck(k))
        self._line("name").textEdited.connect(lambda _text: self._recheck("name"))
        self.country_combo.currentIndexChanged.connect(self._country_chosen)
        self.contacts = ContactsSection(live, role, self)
        self.contacts.show_partner(partner)
        self.general_error = QLabel(self)
        self.general_error.setObjectName("formError")
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet(f"color: {theme.error_color().name()};")
        self.general_error.hide()
        self.status_label = QLabel(self)
        self.status_label.setObjectName("formStatus")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self).activated.connect(self.save)
        outer = QVBoxLayout(self)
        outer.addLayout(self.form)
        outer.addWidget(self.contacts)
        outer.addWidget(self.general_error)
        outer.addWidget(self.status_label)
        outer.addWidget(self.buttons)
        if partner is not None:
            self.fill(partner)
        self._country_chosen()

    def _add_row(self, key: str, label: str, widget: QWidget) -> None:
        widget.setObjectName(f"{key}Edit")
        caption = QLabel(label, self)
        caption.setBuddy(widget)
        error = QLabel(self)
        error.setObjectName(f"{key}Error")
        error.setStyleSheet(f"color: {theme.error_color().name()};")
        error.setWordWrap(True)
        error.hide()
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(error)
        self.form.addRow(caption, box)
        self.edits[key], self.errors[key] = widget, error

    def _line(self, key: str) -> QLineEdit:
        widget = self.edits[key]
        assert isinstance(widget, QLineEdit)
        return widget

    def country(self) -> str:
        return str(self.country_combo.currentData() or "AE")

    def fill(self, partner: dict[str, Any]) -> None:
        """Show a partner's fields (a cached one, or a refused write's body)."""
        address = partner.get("address") or {}
        values = {**partner, "city": address.get("city"), "line1": address.get("line1")}
        for key in TEXT_FIELDS:
            if key in self.edits:
                self._line(key).setText(str(values.get(key) or ""))
        country = str(address.get("country") or "AE").upper()
        if self.country_combo.findData(country) < 0:
            self.country_combo.addItem(country, country)
        self.country_combo.setCurrentIndex(self.country_combo.findData(country))
        terms = partner.get("paymentTermsDays")
        if isinstance(terms, int) and not isinstance(terms, bool):
            self.terms_edit.setValue(terms)
        limit = partner.get("creditLimit")
        self._line("creditLimit").setText("" if limit is None else wire_amount_text(limit))

    # --- checks as the user types and leaves --------------------------------------------

    def _tax_problem(self) -> str:
        return tax_number_problem(self._line("taxId").text(), self.country())

    def _email_problem(self) -> str:
        text = self._line("email").text().strip()
        return (
            self.tr("This does not look like an email address")
            if text and not EMAIL.match(text)
            else ""
        )

    def _limit_problem(self, limit: Any) -> str:
        refusal = credit_limit_refusal(limit, self.currency)
        return "" if refusal is None else credit_limit_problem(refusal, self.currency)

    def _country_chosen(self) -> None:
        self._line("taxId").setPlaceholderText(tax_number_hint(self.country()))
        if self._line("taxId").text().strip():
            self.show_error("taxId", self._tax_problem())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            for key, check in self.checks.items():
                if watched is self.edits[key]:
                    self.show_error(key, check())
        return super().eventFilter(watched, event)

    def _recheck(self, key: str) -> None:
        if self.errors[key].isHidden():
            return
        check = self.checks.get(key)
        if check is None or not check():
            self.errors[key].hide()

    def show_error(self, field: str, message: str) -> None:
        found = _SERVER_FIELD.match(field)
        key = found.group(1) if found else field
        label = self.errors.get(key)
        if label is None:
            if message:
                shown = self.general_error.text()
                self.general_error.setText(f"{shown}\n{message}" if shown else message)
                self.general_error.show()
            return
        label.setText(message)
        label.setVisible(bool(message))

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.hide()
        self.general_error.clear()
        self.general_error.hide()

    # --- values and saving ----------------------------------------------------------------

    def values(self) -> dict[str, Any] | None:
        """The fields in the server's shape, or None after showing what is wrong."""
        self.clear_errors()
        text = {key: self._line(key).text().strip() for key in TEXT_FIELDS if key in self.edits}
        problems = {key: check() for key, check in self.checks.items()}
        if not text["name"]:
            problems["name"] = self.tr("Enter the name")
        problems["creditLimit"] = self.credit_limit.problem()
        for key, message in problems.items():
            self.show_error(key, message)
        wrong = [key for key, message in problems.items() if message]
        if wrong:
            self.edits[wrong[0]].setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        limit = self.credit_limit.value()
        address = {"line1": text.pop("line1"), "city": text.pop("city"), "country": self.country()}
        fields: dict[str, Any] = {**text, "address": address}
        fields["paymentTermsDays"] = self.terms_edit.value()
        fields["creditLimit"] = None if limit is None else money(limit, self.currency)
        return fields

    def save(self) -> None:
        """Save once: a second Ctrl+S (or the window's Save) before the answer does nothing."""
        if not self.saving:
            self.saving = True
            self.live.spawn(self._save(), "save-partner")

    async def _save(self) -> None:
        try:
            await self.submit()
        finally:
            self.saving = False

    async def submit(self) -> bool:
        """Queue the partner (or resend a refused one); True when the form closed."""
        fields = self.values()
        if fields is None:
            return False
        company = self.live.company
        if self.row is not None and self.row.status in (REJECTED, CONFLICT):
            if self.row.action == "create":  # the same reference: it is the same partner
                reference = (self.row.body_data() or {}).get("reference")
                body = {**create_partner(self.role, fields).entry.body, "reference": reference}
            else:  # what was refused, corrected by what differs now
                body = {**(self.row.body_data() or {}), **self._changes(fields)}
            queue = company.outbox.retry(self.row.id, body)
        elif self.partner is None:
            queue = company.queue(create_partner(self.role, fields))
        else:
            changes = self._changes(fields)
            if not changes:
                self.accept()  # nothing to send
                return True
            queue = company.queue(update_partner(self.role, self.partner, changes))
        self.buttons.setEnabled(False)
        self.status_label.setText(self.tr("Sending…"))
        try:
            self.row = await queue
            answered = await server_answer(self.live, self.row.id, ANSWER_WAIT)
        finally:
            self.buttons.setEnabled(True)
            self.status_label.clear()
        if answered is not None and answered.status in (REJECTED, CONFLICT):
            self.row = answered
            self.show_refusal(answered)
            return False
        done = answered is not None and answered.status == SENT
        record_id = (answered.server_id if done and answered else None) or self.row.temp_id
        self.sig_saved.emit(record_id or str((self.partner or {}).get("id") or ""))
        self.accept()
        return True

    def _changes(self, fields: dict[str, Any]) -> dict[str, Any]:
        return partner_changes(self.role, self.partner or {}, fields)

    def show_refusal(self, row: OutboxRow) -> None:
        """The server's refusal: each field error beside its field, the rest under the form."""
        errors = row.field_error_list()
        for error in errors:
            self.show_error(error.get("field", ""), error.get("message", ""))
        if not errors:
            self.show_error("", row.rejection_message or self.tr("The server refused it"))
        shown = [k for k, label in self.errors.items() if not label.isHidden()]
        if shown:
            self.edits[shown[0]].setFocus(Qt.FocusReason.OtherFocusReason)

    def done(self, result: int) -> None:
        self.contacts.detach()
        super().done(result)
