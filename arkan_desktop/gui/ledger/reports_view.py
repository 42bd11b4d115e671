"""The Ledger's reports: trial balance, profit & loss and balance sheet, each with its
figures (and a bar chart), each line drilling to its account's general ledger.

The trial balance is computed from this computer's copy of the posted journal entries
(up to the balance sheet's date). Profit & loss and the balance sheet are the server's
(fetched asynchronously through `company.ledger`, never on the UI thread); offline, or
when the server cannot be reached, they are computed from the same local copy
(domain.statements, the server's own layout and figures) and the view says so.
Enter or a double-click on a line with an account shows that account's general ledger
over the report's dates (`sig_account_chosen`).
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from arkan_desktop.api.errors import ApiError
from arkan_desktop.domain.ledger import TrialBalanceRow
from arkan_desktop.domain.money import MoneyError, format_amount, from_minor, to_decimal
from arkan_desktop.domain.statements import EARNINGS
from arkan_desktop.gui import theme
from arkan_desktop.gui.ledger.report_sheets import (
    balance_sheet_sheet,
    profit_loss_sheet,
    trial_balance_sheet,
)
from arkan_desktop.gui.plain_text import plain_labels
from arkan_desktop.gui.printing.export import ExportMenu, ExportRefused, period_stem
from arkan_desktop.gui.printing.sheet import Sheet
from arkan_desktop.gui.shell.live_sync import LiveSync
from arkan_desktop.gui.widgets.bar_chart import Bar, BarChart
from arkan_desktop.store.changes import ChangeSet

REVENUE, EXPENSE, PROFIT = QColor("#2e7d32"), QColor("#c62828"), QColor("#1565c0")
ACCOUNT_ROLE = Qt.ItemDataRole.UserRole + 1
ASSET, LIABILITY, EQUITY = QColor("#00838f"), QColor("#ef6c00"), QColor("#6a1b9a")


def _amount(value: object) -> Decimal:
    try:
        return to_decimal(value if value is not None else "0")
    except MoneyError:
        return Decimal(0)


def _date_edit(value: QDate, parent: QWidget) -> QDateEdit:
    edit = QDateEdit(value, parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def _table(headers: list[str], parent: QWidget, name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    rows = table.verticalHeader()
    rows.setVisible(False)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    return table


class ReportsView(QWidget):
    sig_account_chosen = Signal(str, str, str)
    """A report line was opened: its account's id, and the dates to show ("" = open)."""

    def __init__(self, live: LiveSync, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.live = live
        self.company = live.company
        self.currency = self.company.currency
        self.loads = 0  # completed loads (tests wait on it)
        self.profit_loss: dict[str, Any] | None = None
        self.balance_sheet: dict[str, Any] | None = None
        self.from_server = False  # whether P&L and the balance sheet are the server's
        self.trial_rows: list[TrialBalanceRow] | None = None
        self._task: asyncio.Task[None] | None = None
        today = QDate.currentDate()
        self.from_edit = _date_edit(QDate(today.year(), 1, 1), self)
        self.to_edit = _date_edit(today, self)
        self.as_of_edit = _date_edit(today, self)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.setToolTip(self.tr("Load the reports again (Ctrl+R)"))
        bar = QHBoxLayout()
        for text, edit in (
            (self.tr("Period &from:"), self.from_edit),
            (self.tr("&to:"), self.to_edit),
            (self.tr("Balance sheet &as of:"), self.as_of_edit),
        ):
            label = QLabel(text, self)
            label.setBuddy(edit)
            bar.addWidget(label)
            bar.addWidget(edit)
        bar.addWidget(self.refresh_button)
        bar.addStretch(1)
        self.exports = ExportMenu(self, self.export_sheet, self.export_stem, lambda: self.company)
        bar.addWidget(self.exports.button)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("reportStatus")
        self.status_label.setWordWrap(True)
        plain_labels(self.status_label)  # it shows what the server said

        self.trial_table = _table(
            [self.tr("Code"), self.tr("Account"), self.tr("Debit"), self.tr("Credit")],
            self,
            "trialBalance",
        )
        self.trial_summary = QLabel(self)
        trial = QWidget(self)
        trial_layout = QVBoxLayout(trial)
        trial_layout.addWidget(self.trial_table, 1)
        trial_layout.addWidget(self.trial_summary)
        self.pl_table = _table(
            [self.tr("Code"), self.tr("Account"), self.tr("Amount")], self, "profitLoss"
        )
        self.pl_chart = BarChart(self)
        self.pl_chart.setObjectName("profitLossChart")
        self.bs_table = _table(
            [self.tr("Code"), self.tr("Account"), self.tr("Amount")], self, "balanceSheet"
        )
        self.bs_chart = BarChart(self)
        self.bs_chart.setObjectName("balanceSheetChart")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("reportTabs")
        self.tabs.addTab(trial, self.tr("Trial &balance"))
        self.tabs.addTab(self._beside(self.pl_table, self.pl_chart), self.tr("&Profit && loss"))
        self.tabs.addTab(self._beside(self.bs_table, self.bs_chart), self.tr("Balance &sheet"))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.status_label)
        layout.addWidget(self.tabs, 1)
        QWidget.setTabOrder(self.from_edit, self.to_edit)
        QWidget.setTabOrder(self.to_edit, self.as_of_edit)
        QWidget.setTabOrder(self.as_of_edit, self.refresh_button)
        QWidget.setTabOrder(self.refresh_button, self.tabs)
        QShortcut(QKeySequence("Ctrl+R"), self).activated.connect(self.refresh)
        self.refresh_button.clicked.connect(self.refresh)
        for table in (self.trial_table, self.pl_table, self.bs_table):
            table.setToolTip(self.tr("Enter or double-click a line: its account's ledger"))
            table.activated.connect(lambda index, t=table: self._line_opened(t, index))

    def _beside(self, table: QTableWidget, chart: BarChart) -> QSplitter:
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(table)
        splitter.addWidget(chart)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        return splitter

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.loads == 0 and self._task is None:
            self.refresh()

    def note_changes(self, changes: ChangeSet) -> None:
        if changes.concerns("journal_entries") and self.isVisible():
            self.live.spawn(self._load_trial_balance(), "trial-balance")

    def refresh(self) -> None:
        if self._task is not None and not self._task.done():
            return
        self._task = self.live.spawn(self.load(), "ledger-reports")

    # --- loading -----------------------------------------------------------------------

    async def load(self) -> None:
        """The trial balance from the local copy; P&L and balance sheet from the server,
        or from the local copy when the server cannot answer."""
        self.refresh_button.setEnabled(False)
        self._status(self.tr("Loading reports…"), error=False)
        period = {"from": self._iso(self.from_edit), "to": self._iso(self.to_edit)}
        as_of = self._iso(self.as_of_edit)
        ledger = self.company.ledger
        try:
            await self._load_trial_balance()
            problem = ""
            if self.company.online:
                try:
                    profit_loss, balance_sheet = await asyncio.gather(
                        ledger.profit_and_loss(period["from"], period["to"]),
                        ledger.balance_sheet(as_of),
                    )
                except ApiError as error:
                    problem = error.message
                else:
                    self.from_server = True
                    self.show_profit_loss(profit_loss)
                    self.show_balance_sheet(balance_sheet)
                    self._status(
                        self.tr(
                            "Profit & loss %1 to %2 and balance sheet as of %3, from the server."
                        )
                        .replace("%1", period["from"])
                        .replace("%2", period["to"])
                        .replace("%3", as_of),
                        error=False,
                    )
                    return
            self.from_server = False
            self.show_profit_loss(await ledger.kept_profit_and_loss(period["from"], period["to"]))
            self.show_balance_sheet(await ledger.kept_balance_sheet(as_of))
            local = self.tr(
                "Profit & loss %1 to %2 and balance sheet as of %3, computed from this "
                "computer's copy of the posted entries."
            )
            local = local.replace("%1", period["from"]).replace("%2", period["to"])
            local = local.replace("%3", as_of)
            if problem:
                text = self.tr("The server's reports could not be loaded (%1). %2")
                self._status(text.replace("%1", problem).replace("%2", local), error=True)
            else:
                self._status(self.tr("Offline. %1").replace("%1", local), error=True)
        finally:
            self.loads += 1
            self.refresh_button.setEnabled(True)

    async def _load_trial_balance(self) -> None:
        rows = await self.company.ledger.trial_balance_on(self._iso(self.as_of_edit))
        self.show_trial_balance(rows)

    def _iso(self, edit: QDateEdit) -> str:
        return edit.date().toString(Qt.DateFormat.ISODate)

    def _status(self, text: str, *, error: bool) -> None:
        self.status_label.setText(text)
        color = theme.error_color().name() if error else "palette(window-text)"
        self.status_label.setStyleSheet(f"color: {color};")

    # --- showing -------------------------------------------------------------------------

    def _money(self, amount: Decimal) -> str:
        return format_amount(amount, self.currency)

    def _fill(
        self,
        table: QTableWidget,
        rows: Sequence[tuple[str, ...]],
        bold: set[int],
        accounts: Sequence[str] = (),
    ) -> None:
        table.setRowCount(len(rows))
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if row < len(accounts) and accounts[row]:
                    item.setData(ACCOUNT_ROLE, accounts[row])
                if column >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if row in bold:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                table.setItem(row, column, item)

    # --- exporting ----------------------------------------------------------------------

    def _current_sheet(self) -> Sheet | None:
        index = self.tabs.currentIndex()
        if index == 0:
            rows = self.trial_rows
            as_of = QDate.currentDate().toString(Qt.DateFormat.ISODate)
            return None if rows is None else trial_balance_sheet(rows, self.currency, as_of)
        report = self.profit_loss if index == 1 else self.balance_sheet
        if report is None:
            return None
        build = profit_loss_sheet if index == 1 else balance_sheet_sheet
        return build(report, self.currency)

    async def export_sheet(self) -> Sheet:
        sheet = self._current_sheet()
        if sheet is None:
            raise ExportRefused(self.tr("There is nothing to export: the report is not shown."))
        return sheet

    def export_stem(self) -> str:
        name = self.tabs.tabText(self.tabs.currentIndex()).replace("&&", "and").replace("&", "")
        if self.tabs.currentIndex() == 1:
            return period_stem(name, self._iso(self.from_edit), self._iso(self.to_edit))
        return period_stem(name, "", "")

    def show_trial_balance(self, rows: list[TrialBalanceRow]) -> None:
        self.trial_rows = list(rows)
        cur = self.currency
        debit = sum(r.debit_minor for r in rows)
        credit = sum(r.credit_minor for r in rows)
        cells = [
            (
                r.code,
                r.name,
                self._money(from_minor(r.debit_minor, cur)) if r.debit_minor else "",
                self._money(from_minor(r.credit_minor, cur)) if r.credit_minor else "",
            )
            for r in rows
        ]
        cells.append(
            ("", self.tr("Total"), self._money(from_minor(debit, cur)),
             self._money(from_minor(credit, cur)))
        )  # fmt: skip
        self._fill(self.trial_table, cells, {len(cells) - 1}, [r.account_id for r in rows])
        balanced = self.tr("balanced") if debit == credit else self.tr("NOT balanced")
        self.trial_summary.setText(
            self.tr("%1 accounts · debits %2 · credits %3 %4 · %5")
            .replace("%1", str(len(rows)))
            .replace("%2", self._money(from_minor(debit, cur)))
            .replace("%3", self._money(from_minor(credit, cur)))
            .replace("%4", cur)
            .replace("%5", balanced)
        )

    def _section(
        self, title: str, lines: list[dict[str, Any]], total: str, accounts: list[str]
    ) -> list[tuple[str, ...]]:
        """A report's section: its title, a row per account, its total; `accounts` gets
        each row's account id ("" where the row has none)."""
        rows: list[tuple[str, ...]] = [("", title, "")]
        accounts.append("")
        for line in lines:
            name = str(line.get("name") or "")
            if line.get("subtype") == EARNINGS:
                name = self.tr("Current period earnings")
            amount = self._money(_amount(line["amount"]))
            rows.append((str(line.get("code") or ""), name, amount))
            accounts.append(str(line.get("accountId") or ""))
        rows.append(("", self.tr("Total %1").replace("%1", title.lower()), total))
        accounts.append("")
        return rows

    def show_profit_loss(self, report: dict[str, Any]) -> None:
        self.profit_loss = report
        revenue, expenses = (
            _amount(report.get("totalRevenue")),
            _amount(report.get("totalExpenses")),
        )
        profit = _amount(report.get("netProfit"))
        ids: list[str] = []
        rows = self._section(
            self.tr("Revenue"), report.get("revenue") or [], self._money(revenue), ids
        )
        rows += self._section(
            self.tr("Expenses"), report.get("expenses") or [], self._money(expenses), ids
        )
        rows.append(("", self.tr("Net profit"), self._money(profit)))
        self._fill(self.pl_table, rows, {i for i, r in enumerate(rows) if not r[0]}, ids)
        self.pl_chart.set_bars(
            self.tr("Profit & loss, %1 to %2")
            .replace("%1", str(report.get("from") or ""))
            .replace("%2", str(report.get("to") or "")),
            [
                Bar(self.tr("Revenue"), revenue, REVENUE),
                Bar(self.tr("Expenses"), expenses, EXPENSE),
                Bar(self.tr("Net profit"), profit, PROFIT),
            ],
            self.currency,
        )

    def show_balance_sheet(self, report: dict[str, Any]) -> None:
        self.balance_sheet = report
        assets = _amount(report.get("totalAssets"))
        liabilities = _amount(report.get("totalLiabilities"))
        equity = _amount(report.get("totalEquity"))
        ids: list[str] = []
        rows = self._section(
            self.tr("Assets"), report.get("assets") or [], self._money(assets), ids
        )
        rows += self._section(
            self.tr("Liabilities"), report.get("liabilities") or [], self._money(liabilities), ids
        )
        rows += self._section(
            self.tr("Equity"), report.get("equity") or [], self._money(equity), ids
        )
        rows.append(
            ("", self.tr("Total liabilities and equity"),
             self._money(_amount(report.get("totalLiabilitiesAndEquity"))))
        )  # fmt: skip
        bold = {i for i, r in enumerate(rows) if not r[0]}
        self._fill(self.bs_table, rows, bold, ids)
        self.bs_chart.set_bars(
            self.tr("Balance sheet as of %1").replace("%1", str(report.get("asOf") or "")),
            [
                Bar(self.tr("Assets"), assets, ASSET),
                Bar(self.tr("Liabilities"), liabilities, LIABILITY),
                Bar(self.tr("Equity"), equity, EQUITY),
            ],
            self.currency,
        )

    def figure(self, table: QTableWidget, label: str) -> str:
        """The amount shown on the row titled `label` (for tests and accessibility)."""
        for row in range(table.rowCount()):
            item = table.item(row, 1)
            if item is not None and item.text() == label:
                amount = table.item(row, table.columnCount() - 1)
                return amount.text() if amount is not None else ""
        return ""

    # --- drilling down -------------------------------------------------------------------

    def _line_opened(self, table: QTableWidget, index: QModelIndex) -> None:
        item = table.item(index.row(), 0)
        account_id = str(item.data(ACCOUNT_ROLE) or "") if item is not None else ""
        if not account_id:
            return
        if table is self.pl_table:
            start, end = self._iso(self.from_edit), self._iso(self.to_edit)
        else:  # the trial balance and the balance sheet: everything up to their day
            start, end = "", self._iso(self.as_of_edit)
        self.sig_account_chosen.emit(account_id, start, end)

    def row_of(self, table: QTableWidget, code: str) -> int:
        """The row of the account with this code (-1 when it has none)."""
        for row in range(table.rowCount()):
            item = table.item(row, 0)
            if item is not None and item.text() == code:
                return row
        return -1
