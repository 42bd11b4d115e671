"""The draft journal entry editor: date, memo, reference, lines with a live balance.

Debits, credits and their difference are Decimal totals updated as each cell changes;
each line shows what is wrong with it (no account, an unknown account, both or neither
amount). Save stays disabled until the entry balances and every line is right; saving
queues `sync.commands.journal.create_journal_entry` and closes. Opened on a write the server
rejected, it shows the server's field errors beside their fields and resends in place.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import shiboken6
from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from arkan_desktop.api.errors import ApiError
from arkan_desktop.domain.journal import entry_refusal
from arkan_desktop.domain.money import MoneyError, exponent, to_decimal
from arkan_desktop.gui import theme
from arkan_desktop.gui.amount_field import AmountDelegate, amount_text, wire_amount_text
from arkan_desktop.gui.invoices.field_errors import sort_field_errors
from arkan_desktop.gui.ledger.account_delegate import AccountDelegate
from arkan_desktop.gui.ledger.entry_lines import ACCOUNT, CREDIT, DEBIT, EntryLine, EntryLinesModel
from arkan_desktop.gui.plain_text import plain_labels
from arkan_desktop.gui.shell.live_sync import LiveSync
from arkan_desktop.gui.widgets.unsaved_changes import UnsavedChanges
from arkan_desktop.store.outbox import OutboxRow
from arkan_desktop.sync.commands.journal import create_journal_entry

HEADER_FIELDS = {"date", "memo", "reference", "lines"}


class JournalEntryEditor(QDialog):
    sig_saved = Signal(str)
    """The entry was queued (or resent): the id it has in the cache."""

    def __init__(
        self, live: LiveSync, parent: QWidget | None = None, *, rejected: OutboxRow | None = None
    ) -> None:
        super().__init__(parent)
        self.live = live
        self.company = live.company
        self.rejected_row = rejected
        self.changes = UnsavedChanges(self)
        self.editable = True  # False: an entry opened read-only (entry_document)
        self.setObjectName("journalEntryEditor")
        self.setWindowTitle(
            self.tr("Fix rejected journal entry") if rejected else self.tr("New journal entry")
        )
        self.resize(900, 520)
        self.date_edit = QDateEdit(QDate.currentDate(), self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.memo_edit = QLineEdit(self)
        self.memo_edit.setPlaceholderText(self.tr("What this entry records"))
        self.reference_edit = QLineEdit(self)
        self.reference_edit.setPlaceholderText(self.tr("Optional"))
        self.date_error, self.memo_error, self.reference_error = (
            self._error_label() for _ in range(3)
        )
        form = QFormLayout()
        for text, edit, error in (
            (self.tr("&Date:"), self.date_edit, self.date_error),
            (self.tr("&Memo:"), self.memo_edit, self.memo_error),
            (self.tr("&Reference:"), self.reference_edit, self.reference_error),
        ):
            row = QHBoxLayout()
            row.addWidget(edit, 0 if edit is self.date_edit else 1)
            row.addWidget(error)
            row.addStretch(1 if edit is self.date_edit else 0)
            label = QLabel(text, self)
            label.setBuddy(edit)
            form.addRow(label, row)

        self.lines = EntryLinesModel(self.company.currency, self)
        self.accounts = AccountDelegate(self)
        self.lines_view = QTableView(self)
        self.lines_view.setObjectName("entryLines")
        self.lines_view.setModel(self.lines)
        self.lines_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.lines_view.setItemDelegateForColumn(ACCOUNT, self.accounts)
        self.amounts = AmountDelegate(self.lines_view)
        for column in (DEBIT, CREDIT):
            self.lines_view.setItemDelegateForColumn(column, self.amounts)
        self.lines_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.lines_view.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        header = self.lines_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(ACCOUNT, 280)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(2, 130)
        header.resizeSection(3, 130)
        self.lines_view.installEventFilter(self)
        self.lines_error = self._error_label()
        self.lines_error.setWordWrap(True)

        self.add_line_button = QPushButton(self.tr("&Add line"), self)
        self.add_line_button.setToolTip(self.tr("Enter on the last line adds one too"))
        self.remove_line_button = QPushButton(self.tr("Re&move line"), self)
        self.remove_line_button.setToolTip(self.tr("Ctrl+Delete"))
        self.debit_value, self.credit_value, self.difference_value = (
            self._amount_label(name) for name in ("debitTotal", "creditTotal", "difference")
        )
        totals = QHBoxLayout()
        totals.addWidget(self.add_line_button)
        totals.addWidget(self.remove_line_button)
        totals.addStretch(1)
        for text, value in (
            (self.tr("Debits:"), self.debit_value),
            (self.tr("Credits:"), self.credit_value),
            (self.tr("Difference:"), self.difference_value),
        ):
            totals.addSpacing(16)
            totals.addWidget(QLabel(text, self))
            totals.addWidget(value)
        self.message_label = self._error_label()
        self.message_label.setWordWrap(True)
        self.message_label.show()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        assert self.save_button is not None
        self.save_button.setText(
            self.tr("&Save and resend") if rejected else self.tr("&Save and queue")
        )
        self.save_button.setToolTip(self.tr("Ctrl+S — enabled once debits equal credits"))

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.lines_view, 1)
        layout.addWidget(self.lines_error)
        layout.addLayout(totals)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        for first, second in (
            (self.date_edit, self.memo_edit),
            (self.memo_edit, self.reference_edit),
            (self.reference_edit, self.lines_view),
            (self.lines_view, self.add_line_button),
            (self.add_line_button, self.remove_line_button),
            (self.remove_line_button, self.save_button),
        ):
            QWidget.setTabOrder(first, second)

        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self).activated.connect(self.save)
        QShortcut(QKeySequence("Ctrl+Delete"), self).activated.connect(self.remove_current_line)
        self.add_line_button.clicked.connect(self.add_line)
        self.remove_line_button.clicked.connect(self.remove_current_line)
        self.lines.sig_balance_changed.connect(self.show_balance)
        self.add_line()
        self.add_line()
        self.setEnabled(False)  # until the chart of accounts is read
        self.loaded = self.live.spawn(self._load_accounts(), "entry-editor-accounts")

    def _error_label(self) -> QLabel:
        label = QLabel(self)
        label.setStyleSheet(f"color: {theme.error_color().name()};")
        plain_labels(label)  # it shows what the server said
        label.hide()
        return label

    def _amount_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setMinimumWidth(110)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        label.setStyleSheet("font-weight: bold;")
        return label

    async def _load_accounts(self) -> None:
        accounts = await self.company.ledger.account_choices()
        if not shiboken6.isValid(self.lines_view):
            return  # closed while the chart was read
        self.accounts.accounts = accounts
        self.lines.set_accounts(accounts)
        self._accounts_loaded()
        self.setEnabled(True)
        self.show_balance()
        self.memo_edit.setFocus()
        self.changes.take()

    def _accounts_loaded(self) -> None:
        """The chart is in: fill the form (a refused write's body)."""
        row = self.rejected_row
        if row is not None:
            self.fill_body(row.body_data() or {})
            self.show_field_errors(row.field_error_list(), row.rejection_message or "")

    def fill_body(self, body: dict[str, Any]) -> None:
        """Put an entry's date, memo, reference and lines (a create body or a cached record)
        in the form."""
        if body.get("date"):
            self.date_edit.setDate(QDate.fromString(str(body["date"]), Qt.DateFormat.ISODate))
        self.memo_edit.setText(str(body.get("memo") or ""))
        self.reference_edit.setText(str(body.get("reference") or ""))
        self.lines.set_lines(
            [
                EntryLine(
                    account_id=str(line.get("accountId") or ""),
                    description=str(line.get("description") or ""),
                    debit=_amount_text(line.get("debit")),
                    credit=_amount_text(line.get("credit")),
                )
                for line in body.get("lines") or []
            ]
        )

    # --- editing -----------------------------------------------------------------------

    def add_line(self) -> None:
        row = self.lines.add_line()
        self.lines_view.setCurrentIndex(self.lines.index(row, ACCOUNT))
        self.lines_view.setFocus()

    def remove_current_line(self) -> None:
        index = self.lines_view.currentIndex()
        if index.isValid():
            self.lines.remove_line(index.row())

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
                self.lines_view.setCurrentIndex(self.lines.index(current.row() + 1, ACCOUNT))
            return True
        return super().eventFilter(watched, event)

    # --- balance, errors, saving -------------------------------------------------------

    def show_balance(self) -> None:
        currency = self.company.currency
        balance = self.lines.balance()
        for label, amount in (
            (self.debit_value, balance.debit),
            (self.credit_value, balance.credit),
            (self.difference_value, balance.difference),
        ):
            label.setText(f"{amount_text(amount, exponent(currency))} {currency}")
        color = theme.ok_color() if balance.difference == 0 else theme.error_color()
        self.difference_value.setStyleSheet(f"font-weight: bold; color: {color.name()};")
        problems = self.lines.line_problems()
        if problems:
            row, column, message = problems[0]
            more = len(problems) - 1
            text = (
                self.tr("Line %1, %2: %3")
                .replace("%1", str(row + 1))
                .replace("%2", self.lines.headers()[column].lower())
                .replace("%3", message)
            )
            if more:
                text += " " + self.tr("(and %1 more)").replace("%1", str(more))
            self.lines_error.setText(text)
        self.lines_error.setVisible(bool(problems))
        assert self.save_button is not None
        self.save_button.setEnabled(self.can_save())

    def can_save(self) -> bool:
        """The entry balances, has two lines or more, and no line has a problem."""
        refusal = entry_refusal(
            self.lines.balance(), len(self.lines.filled_rows()), len(self.lines.line_problems())
        )
        return refusal is None

    def show_field_errors(self, errors: list[dict[str, str]], message: str = "") -> None:
        """The server's field errors, each next to the field it names."""
        found = sort_field_errors(errors, HEADER_FIELDS)
        targets = {
            "date": self.date_error,
            "memo": self.memo_error,
            "reference": self.reference_error,
            "lines": self.lines_error,
        }
        for name, text in found.header.items():
            targets[name].setText(text)
            targets[name].show()
        leftover = self.lines.set_server_errors(found.lines) + found.other
        self.message_label.setText("\n".join(([message] if message else []) + leftover))

    def draft(self) -> dict[str, Any]:
        value = self.date_edit.date()
        body: dict[str, Any] = {
            "date": date(value.year(), value.month(), value.day()).isoformat(),
            "memo": self.memo_edit.text().strip(),
            "lines": self.lines.wire_lines(),
        }
        if self.reference_edit.text().strip():
            body["reference"] = self.reference_edit.text().strip()
        return body

    def save(self) -> None:
        if not self.isEnabled():
            return
        if not self.can_save():
            self.message_label.setText(
                self.tr("Debits must equal credits and every line be right before saving.")
            )
            return
        self.message_label.clear()
        self.live.spawn(self._save(), "save-journal-entry")

    def reject(self) -> None:
        """Escape or the close button: asks first when something was entered."""
        self.changes.ask_before(super().reject)

    async def _save(self) -> None:
        self.setEnabled(False)
        try:
            if self.rejected_row is not None:
                body = self.draft()
                if self.rejected_row.lookup_reference and "reference" not in body:
                    body["reference"] = self.rejected_row.lookup_reference
                await self.company.outbox.retry(self.rejected_row.id, body)
                saved_id = self.rejected_row.temp_id or ""
            else:
                write = create_journal_entry(self.draft(), self.company.currency)
                await self.company.queue(write)
                saved_id = write.entry.temp_id or ""
        except (ApiError, MoneyError, ValueError) as error:
            self.setEnabled(True)
            self.message_label.setText(str(error))
            return
        self.sig_saved.emit(saved_id)
        self.accept()


def _amount_text(value: object) -> str:
    """A wire debit or credit as the field shows it: "" for none or zero."""
    text = "" if value is None else str(value)
    try:
        return "" if to_decimal(text or "0") == 0 else wire_amount_text(text)
    except MoneyError:
        return text
