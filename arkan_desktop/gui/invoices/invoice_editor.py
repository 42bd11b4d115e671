"""The editor of a new invoice: client, dates, lines, live totals; save queues it.

Everything checkable is checked here before anything is queued (a client, at least one
line, positive quantities, valid prices and percentages). Saving queues
`sync.commands.invoices.create_invoice` through the company and closes; the list
shows the draft at once. Opened on a write the server rejected, the editor shows the
server's field errors next to the fields they name, and saving resends the corrected body
in place of the old.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import shiboken6
from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from arkan_desktop.api.errors import ApiError
from arkan_desktop.api.write_rules import WriteRefused
from arkan_desktop.domain.money import MoneyError, exponent
from arkan_desktop.gui import theme
from arkan_desktop.gui.amount_field import AmountDelegate, amount_text, wire_amount_text
from arkan_desktop.gui.forms import child, load_form
from arkan_desktop.gui.invoices.field_errors import sort_field_errors
from arkan_desktop.gui.invoices.invoice_lines import (
    DESCRIPTION,
    DISCOUNT,
    PRODUCT,
    QUANTITY,
    TAX,
    UNIT_PRICE,
    DraftLine,
    InvoiceLinesModel,
    Product,
)
from arkan_desktop.gui.invoices.product_delegate import ProductDelegate, make_searchable
from arkan_desktop.gui.invoices.write_refusals import refusal_words
from arkan_desktop.gui.labels import code_label
from arkan_desktop.gui.plain_text import plain_labels
from arkan_desktop.gui.sales.availability import AvailabilityAsker, AvailabilityLine
from arkan_desktop.gui.shell.live_sync import LiveSync
from arkan_desktop.gui.widgets.unsaved_changes import UnsavedChanges
from arkan_desktop.store.outbox import OutboxRow
from arkan_desktop.store.queries.invoices import Client
from arkan_desktop.sync.commands.invoices import create_invoice
from arkan_desktop.sync.commands.wire import Write

HEADER_FIELDS = {"partnerId", "date", "dueDate", "reference", "lines"}


class InvoiceEditor(QDialog):
    sig_saved = Signal(str)
    """The invoice was queued (or resent): the id it has in the cache."""

    def __init__(
        self, live: LiveSync, parent: QWidget | None = None, *, rejected: OutboxRow | None = None
    ) -> None:
        super().__init__(parent)
        self.live = live
        self.company = live.company
        self.rejected_row = rejected
        self.editable = True  # False: a document opened read-only (invoice_document)
        self.clients: list[Client] = []
        self._due_touched = False
        self.changes = UnsavedChanges(self)
        self.setWindowTitle(self.tr("Fix rejected invoice") if rejected else self.tr("New invoice"))
        self.resize(960, 600)
        form = load_form("invoice_editor.ui", self)
        self.client_combo = make_searchable(child(form, QComboBox, "clientCombo"))
        self.client_error = child(form, QLabel, "clientError")
        self.date_edit = child(form, QDateEdit, "dateEdit")
        self.due_edit = child(form, QDateEdit, "dueDateEdit")
        self.date_error = child(form, QLabel, "dateError")
        self.due_error = child(form, QLabel, "dueDateError")
        self.reference_edit = child(form, QLineEdit, "referenceEdit")
        self.lines_view = child(form, QTableView, "linesView")
        self.lines_error = child(form, QLabel, "linesError")
        self.subtotal_value = child(form, QLabel, "subtotalValue")
        self.tax_value = child(form, QLabel, "taxValue")
        self.total_value = child(form, QLabel, "totalValue")
        self.message_label = child(form, QLabel, "messageLabel")
        self.buttons = child(form, QDialogButtonBox, "buttonBox")
        self.add_line_button = child(form, QPushButton, "addLineButton")
        self.remove_line_button = child(form, QPushButton, "removeLineButton")
        for label in (self.client_error, self.date_error, self.due_error, self.lines_error):
            label.setStyleSheet(f"color: {theme.error_color().name()};")
            label.hide()
        self.message_label.setStyleSheet(f"color: {theme.error_color().name()};")
        plain_labels(  # they show what the server said
            self.client_error, self.date_error, self.due_error, self.lines_error, self.message_label
        )
        self.total_value.setStyleSheet("font-weight: bold;")

        today = QDate.currentDate()
        self.date_edit.setDate(today)
        self.due_edit.setDate(today)
        self.lines = self.make_lines()
        self.products = ProductDelegate(self.lines_view)
        self.lines_view.setModel(self.lines)
        self.lines_view.setItemDelegateForColumn(PRODUCT, self.products)
        self.numbers = AmountDelegate(self.lines_view)
        for column in (QUANTITY, UNIT_PRICE, DISCOUNT, TAX):
            self.lines_view.setItemDelegateForColumn(column, self.numbers)
        self.lines_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.lines_view.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        header = self.lines_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(PRODUCT, 240)
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.lines_view.installEventFilter(self)
        self.availability = AvailabilityLine(
            QLabel(self), AvailabilityAsker(self.company.sales, live)
        )
        top = form.layout()
        if isinstance(top, QBoxLayout):
            top.insertWidget(top.indexOf(self.lines_error) + 1, self.availability.label)
        self.lines_view.selectionModel().currentChanged.connect(self._line_changed)
        self.lines.dataChanged.connect(self._line_changed)

        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        if save is not None:
            save.setText(
                self.tr("&Save and queue") if not rejected else self.tr("&Save and resend")
            )
            save.setToolTip(self.tr("Ctrl+S"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save_shortcut.activated.connect(self.save)
        self.add_line_button.clicked.connect(self.add_line)
        self.remove_line_button.clicked.connect(self.remove_current_line)
        self.lines.sig_totals_changed.connect(self._show_totals)
        self.client_combo.currentIndexChanged.connect(self._client_chosen)
        self.date_edit.dateChanged.connect(self._date_changed)
        self.due_edit.dateChanged.connect(self._due_edited)
        self.add_line()
        self.setEnabled(False)  # until the clients and products are read
        self.loaded = self.live.spawn(self._load_choices(), "invoice-editor-choices")

    def make_lines(self) -> InvoiceLinesModel:
        """The lines model (a bill's has more columns)."""
        # A server that keeps no tax on invoices (a real Arvalox deployment) starts at 0.
        keeps_tax = self.company.write_rules.stores_invoice_tax
        default_rate = str(self.company.record.get("defaultTaxRate") or "0") if keeps_tax else "0"
        return InvoiceLinesModel(self.company.currency, default_rate, self)

    def _line_changed(self, *_: object) -> None:
        """Available-to-promise of the current line's product, under the lines."""
        row = self.lines_view.currentIndex().row()
        lines = self.lines.lines()
        product = lines[row].product if 0 <= row < len(lines) else None
        self.availability.show_for(product.id if product is not None else "")

    # --- loading -----------------------------------------------------------------------

    async def _load_choices(self) -> None:
        clients = await self.company.invoices.clients()
        products = await self.company.invoices.products()
        if not shiboken6.isValid(self.client_combo):
            return  # closed while they were read
        self.clients = clients
        self.products.products = products
        self.client_combo.blockSignals(True)
        self.client_combo.addItem("", None)
        for client in self.clients:
            self.client_combo.addItem(client.name, client.id)
            if not client.offered:  # kept for a draft of theirs, never chosen for a new one
                self._not_offered(self.client_combo.count() - 1, client.status)
        self.client_combo.setCurrentIndex(0)
        self.client_combo.blockSignals(False)
        self._choices_loaded()
        self.setEnabled(True)
        self.client_combo.setFocus()
        self.changes.take()

    def _not_offered(self, index: int, status: str) -> None:
        """A customer the server marks inactive or suspended: shown as such, not choosable."""
        self.client_combo.setItemText(
            index, f"{self.client_combo.itemText(index)} ({code_label(status)})"
        )
        item = self.client_combo.model().item(index)  # type: ignore[attr-defined]
        item.setEnabled(False)
        item.setToolTip(self.tr("Status on the server: %1").replace("%1", code_label(status)))

    def _choices_loaded(self) -> None:
        """The clients and products are in: fill the form (a refused write's body)."""
        if self.rejected_row is not None:
            self.fill_body(self.rejected_row.body_data() or {})
            row = self.rejected_row
            self.show_field_errors(row.field_error_list(), row.rejection_message or "")

    def _fill_from(self, row: OutboxRow) -> None:
        self.fill_body(row.body_data() or {})
        self.show_field_errors(row.field_error_list(), row.rejection_message or "")

    def fill_body(self, body: dict[str, Any]) -> None:
        """The fields and lines of a document as the API shapes it."""
        self.choose_client(str(body.get("partnerId") or ""))
        for key, edit in (("date", self.date_edit), ("dueDate", self.due_edit)):
            if body.get(key):
                edit.setDate(QDate.fromString(str(body[key]), Qt.DateFormat.ISODate))
        self._due_touched = bool(body.get("dueDate"))
        self.reference_edit.setText(str(body.get("reference") or ""))
        by_id = {p.id: p for p in self.products.products}
        self.lines.set_lines(
            [
                DraftLine(
                    product=by_id.get(str(line.get("productId") or "")),
                    description=str(line.get("description") or ""),
                    quantity=wire_amount_text(line.get("quantity")),
                    unit_price=wire_amount_text(line.get("unitPrice")),
                    discount=wire_amount_text(line.get("discountPercent") or "0"),
                    tax_rate=wire_amount_text(line.get("taxRate")),
                    account_id=str(line.get("accountId") or ""),
                    order_line_id=str(line.get("purchaseOrderLineId") or ""),
                )
                for line in body.get("lines") or []
            ]
        )

    # --- editing -----------------------------------------------------------------------

    def choose_client(self, client_id: str) -> bool:
        found = self.client_combo.findData(client_id)
        if found < 0:
            return False
        self.client_combo.setCurrentIndex(found)
        return True

    def client(self) -> Client | None:
        index = self.client_combo.currentIndex()
        if index <= 0 or self.client_combo.currentText() != self.client_combo.itemText(index):
            return None
        return self.clients[index - 1]

    def add_line(self) -> None:
        row = self.lines.add_line()
        target = self.lines.index(row, PRODUCT)
        self.lines_view.setCurrentIndex(target)
        self.lines_view.setFocus()

    def remove_current_line(self) -> None:
        index = self.lines_view.currentIndex()
        if index.isValid():
            self.lines.remove_line(index.row())

    def set_line_product(self, row: int, product: Product) -> None:
        self.lines.set_product(row, product)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.lines_view
            and self.editable
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.lines_view.state() != QAbstractItemView.State.EditingState
        ):
            current = self.lines_view.currentIndex()
            if not current.isValid() or current.row() == self.lines.rowCount() - 1:
                self.add_line()
            else:
                self.lines_view.setCurrentIndex(self.lines.index(current.row() + 1, PRODUCT))
            return True
        return super().eventFilter(watched, event)

    def _client_chosen(self, _index: int) -> None:
        self.client_error.hide()
        self._update_due_date()

    def _date_changed(self, _date: QDate) -> None:
        self._update_due_date()

    def _due_edited(self, _date: QDate) -> None:
        if self.due_edit.hasFocus():
            self._due_touched = True

    def _update_due_date(self) -> None:
        client = self.client()
        if client is not None and not self._due_touched:
            self.due_edit.setDate(self.date_edit.date().addDays(client.terms_days))

    def _show_totals(self) -> None:
        currency = self.company.currency
        try:
            totals = self.lines.totals()
        except MoneyError:
            return
        for label, amount in (
            (self.subtotal_value, totals.subtotal),
            (self.tax_value, totals.tax),
            (self.total_value, totals.total),
        ):
            label.setText(f"{amount_text(amount, exponent(currency))} {currency}")

    # --- checking, showing errors, saving ----------------------------------------------

    def local_problems(self) -> list[str]:
        """What must be fixed before queueing; also marks the fields concerned."""
        problems = []
        self.client_error.hide()
        self.lines_error.hide()
        if self.client() is None:
            problems.append(self._mark(self.client_error, self.tr("Choose a client")))
        if self.lines.filled_rows() == 0:
            problems.append(self._mark(self.lines_error, self.tr("Add at least one line")))
        self.lines.show_all_problems()
        cells = self.lines.local_errors()
        if cells:
            row, column, message = cells[0]
            headers = self.lines.headers()
            self._mark(
                self.lines_error,
                self.tr("Line %1, %2: %3")
                .replace("%1", str(row + 1))
                .replace("%2", headers[column].lower())
                .replace("%3", message),
            )
            problems.append(self.lines_error.text())
        if self.due_edit.date() < self.date_edit.date():
            problems.append(
                self._mark(self.due_error, self.tr("The due date is before the invoice date"))
            )
        return problems

    def _mark(self, label: QLabel, message: str) -> str:
        label.setText(message)
        label.show()
        return message

    def show_field_errors(self, errors: list[dict[str, str]], message: str = "") -> None:
        """The server's field errors, each next to the field it names."""
        found = sort_field_errors(errors, HEADER_FIELDS)
        targets = {
            "partnerId": self.client_error,
            "date": self.date_error,
            "dueDate": self.due_error,
            "reference": self.message_label,
            "lines": self.lines_error,
        }
        for name, text in found.header.items():
            self._mark(targets[name], text)
        leftover = self.lines.set_server_errors(found.lines) + found.other
        if found.lines:
            (row, name), text = next(iter(found.lines.items()))
            self._mark(
                self.lines_error,
                self.tr("Line %1, %2: %3")
                .replace("%1", str(row + 1))
                .replace("%2", name)
                .replace("%3", text),
            )
        summary = [message] if message else []
        self.message_label.setText("\n".join(summary + leftover))

    def draft(self) -> dict[str, Any]:
        client = self.client()
        assert client is not None
        body: dict[str, Any] = {
            "type": "out_invoice",
            "partnerId": client.id,
            "date": _iso(self.date_edit.date()),
            "dueDate": _iso(self.due_edit.date()),
            "lines": self.lines.wire_lines(),
        }
        if self.reference_edit.text().strip():
            body["reference"] = self.reference_edit.text().strip()
        return body

    def save(self) -> None:
        if not self.isEnabled():
            return
        if self.local_problems():
            self.message_label.setText(self.tr("Fix the marked fields, then save again."))
            return
        self.message_label.clear()
        self.live.spawn(self._save(), "save-invoice")

    def reject(self) -> None:
        """Escape or the close button: asks first when something was entered."""
        self.changes.ask_before(super().reject)

    def new_write(self, partner_name: str, partner: dict[str, Any] | None = None) -> Write:
        """The write that queues the new document (a bill's says more). `partner`: the
        cached customer, whose standing the server's rules check."""
        return create_invoice(
            self.draft(),
            self.company.currency,
            partner_name,
            rules=self.company.write_rules,
            customer=partner,
        )

    async def _save(self) -> None:
        client = self.client()
        assert client is not None
        self.setEnabled(False)
        customer: dict[str, Any] | None = None
        try:
            if self.rejected_row is not None:
                body = self.draft()
                if self.rejected_row.lookup_reference and "reference" not in body:
                    body["reference"] = self.rejected_row.lookup_reference
                await self.company.outbox.retry(self.rejected_row.id, body)
                saved_id = self.rejected_row.temp_id or ""
            else:
                customer = await self.company.customers.get(client.id)
                write = self.new_write(client.name, customer)
                await self.company.queue(write)
                saved_id = write.entry.temp_id or ""
        except WriteRefused as refused:  # what this server would not keep, said by field
            self.setEnabled(True)
            status = str((customer or {}).get("status") or "")
            self.show_field_errors(*refusal_words(refused, self.company.write_rules, status))
            return
        except (ApiError, MoneyError, ValueError) as error:
            self.setEnabled(True)
            self.message_label.setText(str(error))
            return
        self.sig_saved.emit(saved_id)
        self.accept()


def _iso(value: QDate) -> str:
    return date(value.year(), value.month(), value.day()).isoformat()
