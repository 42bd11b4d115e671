"""The customer form: a new customer or a change to one, with each problem beside its field.

What can be checked here is checked before anything is queued (a name, an email that
looks like one, payment terms in days, a credit limit that is an amount, typed as the
user's language writes numbers: gui.amount_field). Saving queues
the write through the outbox; while the server can be reached the form waits a moment for
its answer, so a refusal (a customer code already used …) comes back next to the field
it is about and can be fixed and sent again. Offline, or when the answer is slow, the
form closes and the write waits in the outbox like any other.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from arkan_desktop.gui import theme
from arkan_desktop.gui.amount_field import AmountField, amount_text, wire_amount_text
from arkan_desktop.gui.plain_text import plain_labels
from arkan_desktop.gui.shell.live_sync import LiveSync
from arkan_desktop.gui.widgets.unsaved_changes import UnsavedChanges
from arkan_desktop.store.changes import OUTBOX, ChangeSet
from arkan_desktop.store.models.outbox import CONFLICT, REJECTED, SENT
from arkan_desktop.store.outbox import OutboxRow
from arkan_desktop.sync.commands.customers import create_customer, update_customer

# How long the form waits for the server's answer before leaving it to the outbox.
ANSWER_WAIT = 8.0
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class CustomerForm(QDialog):
    sig_saved = Signal(str)
    """The customer was queued (and, online, accepted): its id ("" if not known yet)."""

    def __init__(
        self, live: LiveSync, customer: dict[str, Any] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.live = live
        self.customer = customer
        self.row: OutboxRow | None = None
        self.answered = asyncio.Event()
        self.saving = False
        self.setWindowTitle(self.tr("Edit customer") if customer else self.tr("New customer"))
        self.setMinimumWidth(460)
        self.edits: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        layout = QFormLayout()
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.terms_edit = QSpinBox(self)
        self.terms_edit.setRange(0, 365)
        self.terms_edit.setSuffix(self.tr(" days"))
        self.terms_edit.setValue(30)
        for key, label, widget in (
            ("name", self.tr("&Name"), QLineEdit(self)),
            ("code", self.tr("C&ode"), QLineEdit(self)),
            ("email", self.tr("&Email"), QLineEdit(self)),
            ("phone", self.tr("&Phone"), QLineEdit(self)),
            ("address", self.tr("&Address"), QLineEdit(self)),
            ("taxId", self.tr("&Tax number"), QLineEdit(self)),
            ("paymentTerms", self.tr("Payment &terms"), self.terms_edit),
            ("creditLimit", self.tr("&Credit limit"), QLineEdit(self)),
        ):
            widget.setObjectName(f"{key}Edit")
            caption = QLabel(label, self)
            caption.setBuddy(widget)
            error = QLabel(self)
            error.setObjectName(f"{key}Error")
            error.setStyleSheet(f"color: {theme.error_color().name()};")
            error.setWordWrap(True)
            plain_labels(error)  # it shows what the server said
            error.hide()
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            box.addWidget(error)
            layout.addRow(caption, box)
            self.edits[key], self.errors[key] = widget, error
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(lambda _t, k=key: self._clear(k))
        self._line("code").setPlaceholderText(
            self.tr("Left empty, one is made up for the new customer")
        )
        self.credit_limit = AmountField(
            self._line("creditLimit"), required=False, error_label=self.errors["creditLimit"]
        )
        self._line("creditLimit").setPlaceholderText(amount_text(Decimal("0.00")))
        self.general_error = QLabel(self)
        self.general_error.setObjectName("formError")
        self.general_error.setWordWrap(True)
        plain_labels(self.general_error)
        self.general_error.setStyleSheet(f"color: {theme.error_color().name()};")
        self.general_error.hide()
        self.status_label = QLabel(self)
        self.status_label.setObjectName("formStatus")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addLayout(layout)
        outer.addWidget(self.general_error)
        outer.addWidget(self.status_label)
        outer.addWidget(self.buttons)
        if customer:
            self._fill(customer)
        self.changes = UnsavedChanges(self)
        self.changes.take()
        live.sig_changes.connect(self._changes_arrived)
        self._listening = True

    def reject(self) -> None:
        """Escape, Cancel or the close button: asks first when something was entered."""
        self.changes.ask_before(super().reject)

    def _line(self, key: str) -> QLineEdit:
        widget = self.edits[key]
        assert isinstance(widget, QLineEdit)
        return widget

    def _fill(self, customer: dict[str, Any]) -> None:
        for key in ("name", "code", "email", "phone", "address", "taxId"):
            value = customer.get(key)
            self._line(key).setText("" if value is None else str(value))
        limit = customer.get("creditLimit")
        self._line("creditLimit").setText("" if limit is None else wire_amount_text(limit))
        terms = customer.get("paymentTerms")
        if isinstance(terms, int) and not isinstance(terms, bool):
            self.terms_edit.setValue(terms)

    # --- problems beside their fields ---------------------------------------------------

    def _clear(self, key: str) -> None:
        self.errors[key].hide()

    def show_error(self, field: str, message: str) -> None:
        label = self.errors.get(field)
        if label is None:
            text = f"{field}: {message}" if field else message
            shown = self.general_error.text()
            self.general_error.setText(f"{shown}\n{text}" if shown else text)
            self.general_error.show()
            return
        label.setText(message)
        label.show()

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.hide()
        self.general_error.clear()
        self.general_error.hide()

    def values(self) -> dict[str, Any] | None:
        """The form's fields in the app's shape, or None after showing what is wrong."""
        self.clear_errors()
        out: dict[str, Any] = {}
        for key in ("name", "code", "email", "phone", "address", "taxId"):
            out[key] = self._line(key).text().strip()
        out["paymentTerms"] = self.terms_edit.value()
        problems = 0
        if not out["name"]:
            self.show_error("name", self.tr("Enter the customer's name"))
            problems += 1
        if out["email"] and not _EMAIL.match(out["email"]):
            self.show_error("email", self.tr("This does not look like an email address"))
            problems += 1
        amount = self.credit_limit.value()
        if self.credit_limit.problem():
            self.show_error("creditLimit", self.credit_limit.problem())
            problems += 1
        elif amount is not None:
            if amount < 0 or amount.as_tuple().exponent < -2:  # type: ignore[operator]
                self.show_error(
                    "creditLimit", self.tr("Enter an amount like 5000 or 5000.00 (not negative)")
                )
                problems += 1
            else:
                out["creditLimit"] = format(amount, "f")
        if problems:
            first = next(k for k, label in self.errors.items() if not label.isHidden())
            self.edits[first].setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        return out

    # --- saving -------------------------------------------------------------------------

    def save(self) -> None:
        if not self.saving:
            self.live.spawn(self.submit(), "save-customer")

    async def submit(self) -> bool:
        """Queue the customer (or send a refused one again); True when the form closed."""
        fields = self.values()
        if fields is None:
            return False
        self.saving = True
        self.buttons.setEnabled(False)
        company = self.live.company
        try:
            if self.row is not None and self.row.status in (REJECTED, CONFLICT):
                body = {**(self.row.body_data() or {}), **fields}
                self.row = await company.outbox.retry(self.row.id, body)
            elif self.customer is None:
                self.row = await company.queue(create_customer(fields))
            else:
                self.row = await company.queue(update_customer(self.customer, fields))
            return await self._await_answer()
        finally:
            self.saving = False
            self.buttons.setEnabled(True)

    async def _await_answer(self) -> bool:
        row = self.row
        assert row is not None
        online = self.live.connection == "online"
        if online:
            self.status_label.setText(self.tr("Sending…"))
            with contextlib.suppress(TimeoutError):  # slow: the outbox carries on with it
                async with asyncio.timeout(ANSWER_WAIT):  # not wait_for: it can lose a cancel
                    await self._answer(row.id)
        current = await self.live.company.outbox.row(row.id)
        self.status_label.clear()
        if current is not None and current.status in (REJECTED, CONFLICT):
            self.row = current
            self.show_refusal(current)
            return False
        record_id = ""
        if current is not None and current.status == SENT:
            record_id = current.server_id or ""
        elif current is not None:
            record_id = current.temp_id or str((self.customer or {}).get("id") or "")
        self.sig_saved.emit(record_id)
        self.accept()
        return True

    def show_refusal(self, row: OutboxRow) -> None:
        """The server's refusal: each field error beside its field, the rest under the form."""
        errors = row.field_error_list()
        for error in errors:
            self.show_error(error.get("field", ""), error.get("message", ""))
        if not any(error.get("field") in self.errors for error in errors):
            self.show_error("", row.rejection_message or self.tr("The server refused it"))
        shown = [k for k, label in self.errors.items() if not label.isHidden()]
        if shown:
            self.edits[shown[0]].setFocus(Qt.FocusReason.OtherFocusReason)

    async def _answer(self, row_id: str) -> None:
        while True:
            self.answered.clear()  # before reading: an answer arriving meanwhile still counts
            current = await self.live.company.outbox.row(row_id)
            if current is None or current.status in (SENT, REJECTED, CONFLICT):
                return
            await self.answered.wait()

    def _changes_arrived(self, changes: ChangeSet) -> None:
        if self.row is not None and self.row.id in changes.resources.get(OUTBOX, set()):
            self.answered.set()

    def done(self, result: int) -> None:
        if self._listening:
            self._listening = False
            self.live.sig_changes.disconnect(self._changes_arrived)
        super().done(result)
