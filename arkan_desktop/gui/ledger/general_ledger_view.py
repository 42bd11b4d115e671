"""One account's general ledger: its posted lines over a date range, with a running balance.

The lines come from this computer's copy of the posted journal entries
(`company.ledger.general_ledger`), so the view works offline. The first row is the
balance brought forward (what the account held the day before the range), the last the
balance carried forward with the period's debits and credits. Enter or a double-click on
a line opens the document it came from (an invoice, a payment, a bill, a purchase order's
goods receipt; a stock valuation or manual entry opens the entry with its lines);
*Back* (Alt+Left) returns to where the drill-down started, as it was left.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from arkan_desktop.domain.documents import source_document
from arkan_desktop.domain.money import format_amount, from_minor
from arkan_desktop.gui.labels import code_label
from arkan_desktop.gui.shell.live_sync import LiveSync
from arkan_desktop.gui.widgets.record_list import select_row
from arkan_desktop.store.changes import ChangeSet
from arkan_desktop.store.queries.ledger import AccountLedger, LedgerLine

DATE, ENTRY, TEXT, SOURCE, DEBIT, CREDIT, BALANCE = range(7)
LINE_ROLE = Qt.ItemDataRole.UserRole + 1
BEGINNING = QDate(1900, 1, 1)  # the "from" date that means: from the first entry


@dataclass(frozen=True)
class LedgerPlace:
    """Where the view is: the account, the range and the line chosen (for Back)."""

    account_id: str
    start: str
    end: str
    row: int


def _date_edit(parent: QWidget) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class GeneralLedgerView(QWidget):
    sig_source_requested = Signal(str, str, str)
    """Open the document a line came from: its resource, its id, and the entry's id."""
    sig_back_requested = Signal()
    """The user asked to go back (the Back button)."""

    def __init__(self, live: LiveSync, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.live = live
        self.company = live.company
        self.currency = self.company.currency
        self.account_id = ""
        self.ledger: AccountLedger | None = None
        self.loads = 0  # completed loads (tests wait on it)
        self._wanted_row = -1
        self._take_focus = False  # the next load follows a drill-down: the lines get the keys
        self._task: asyncio.Task[None] | None = None
        self.back_button = QPushButton(self.tr("← &Back"), self)
        self.back_button.setObjectName("ledgerBack")
        self.back_button.setToolTip(self.tr("Back to where you came from (Alt+Left)"))
        self.title_label = QLabel(self)
        self.title_label.setObjectName("ledgerAccount")
        self.from_edit = _date_edit(self)
        self.from_edit.setMinimumDate(BEGINNING)
        self.from_edit.setSpecialValueText(self.tr("the beginning"))
        self.to_edit = _date_edit(self)
        self.to_edit.setDate(QDate.currentDate())
        self.refresh_button = QPushButton(self.tr("&Show"), self)
        bar = QHBoxLayout()
        bar.addWidget(self.back_button)
        bar.addWidget(self.title_label, 1)
        for text, edit in ((self.tr("&From:"), self.from_edit), (self.tr("&To:"), self.to_edit)):
            label = QLabel(text, self)
            label.setBuddy(edit)
            bar.addWidget(label)
            bar.addWidget(edit)
        bar.addWidget(self.refresh_button)
        self.table = QTableWidget(0, BALANCE + 1, self)
        self.table.setObjectName("generalLedger")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Entry"),
                self.tr("Description"),
                self.tr("Source"),
                self.tr("Debit"),
                self.tr("Credit"),
                self.tr("Balance"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setToolTip(self.tr("Enter or double-click a line: open its source document"))
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("ledgerSummary")
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary_label)
        self.back_button.clicked.connect(self.sig_back_requested)
        self.refresh_button.clicked.connect(self.reload)
        self.table.activated.connect(lambda index: self.open_line(index.row()))

    # --- what is shown -----------------------------------------------------------------

    def show_account(self, account_id: str, start: str = "", end: str = "", row: int = -1) -> None:
        """The account's lines from `start` ("" = the beginning) to `end` ("" = today)."""
        self.account_id = account_id
        self.from_edit.setDate(
            QDate.fromString(start, Qt.DateFormat.ISODate) if start else BEGINNING
        )
        self.to_edit.setDate(
            QDate.fromString(end, Qt.DateFormat.ISODate) if end else QDate.currentDate()
        )
        self._wanted_row = row
        self._take_focus = True
        self.reload()

    def place(self) -> LedgerPlace:
        start, end = self._range()
        return LedgerPlace(self.account_id, start, end, self.table.currentRow())

    def _range(self) -> tuple[str, str]:
        start = self.from_edit.date()
        text = "" if start == BEGINNING else start.toString(Qt.DateFormat.ISODate)
        return text, self.to_edit.date().toString(Qt.DateFormat.ISODate)

    def note_changes(self, changes: ChangeSet) -> None:
        """Entries arrived or changed: read the lines again (the chosen line kept)."""
        if changes.concerns("journal_entries") and self.isVisible() and self.account_id:
            self._wanted_row = self.table.currentRow()
            self.reload()

    def reload(self) -> None:
        if self.account_id:
            if self._task is not None and not self._task.done():
                self._task.cancel()
            self._task = self.live.spawn(self._load(), "general-ledger")

    async def _load(self) -> None:
        start, end = self._range()
        ledger = await self.company.ledger.general_ledger(self.account_id, start, end)
        if not shiboken6.isValid(self.table):
            return  # closed while it was read
        self.show_ledger(ledger)
        self.loads += 1

    def _money(self, minor: int) -> str:
        return format_amount(from_minor(minor, self.currency), self.currency)

    def _row(self, row: int, cells: tuple[str, ...], line: LedgerLine | None, bold: bool) -> None:
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column >= DEBIT:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if bold:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            if column == DATE:
                item.setData(LINE_ROLE, line)
            self.table.setItem(row, column, item)

    def show_ledger(self, ledger: AccountLedger) -> None:
        self.ledger = ledger
        account = ledger.account
        self.title_label.setText(
            f"<b>{account.code} — {account.name}</b>" if account is not None else ""
        )
        self.table.setRowCount(len(ledger.lines) + 2)
        money = self._money
        opening = (ledger.start or "", "", self.tr("Balance brought forward"), "", "", "")
        self._row(0, (*opening, money(ledger.opening_minor)), None, True)
        for row, line in enumerate(ledger.lines, start=1):
            cells = (
                line.date,
                line.number,
                line.text,
                code_label(line.source_type),
                money(line.debit_minor) if line.debit_minor else "",
                money(line.credit_minor) if line.credit_minor else "",
                money(line.balance_minor),
            )
            self._row(row, cells, line, False)
        debit = sum(line.debit_minor for line in ledger.lines)
        credit = sum(line.credit_minor for line in ledger.lines)
        closing = (ledger.end, "", self.tr("Balance carried forward"), "")
        last = len(ledger.lines) + 1
        self._row(
            last, (*closing, money(debit), money(credit), money(ledger.closing_minor)), None, True
        )
        self.summary_label.setText(
            self.tr("%1 lines · debits %2 · credits %3 · balance %4 %5")
            .replace("%1", f"{len(ledger.lines):,}")
            .replace("%2", money(debit))
            .replace("%3", money(credit))
            .replace("%4", money(ledger.closing_minor))
            .replace("%5", self.currency)
        )
        wanted, self._wanted_row = self._wanted_row, -1
        select_row(self.table, wanted if 0 < wanted <= len(ledger.lines) else min(1, last))
        if self._take_focus:
            self._take_focus = False
            self.table.setFocus()

    # --- drilling down -----------------------------------------------------------------

    def line_at(self, row: int) -> LedgerLine | None:
        item = self.table.item(row, DATE)
        line = item.data(LINE_ROLE) if item is not None else None
        return line if isinstance(line, LedgerLine) else None

    def open_line(self, row: int) -> None:
        line = self.line_at(row)
        if line is None:
            return
        source = source_document(
            {"id": line.entry_id, "sourceType": line.source_type, "sourceId": line.source_id}
        )
        self.sig_source_requested.emit(source.resource, source.id, line.entry_id)
