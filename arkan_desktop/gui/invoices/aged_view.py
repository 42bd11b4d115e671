"""The aged receivables view: customers × lateness buckets, per currency, with totals.

It reads the cache on the database thread (`company.receivables.aged`), so it works
offline, refreshes when invoices change while it is open, exports through the shared
Export menu (PDF, CSV, Excel, Print; `aged_sheet`), and a double-click (or Enter) on a
customer asks the tab to list that customer's open invoices. The buckets are
`domain.receivables.AgeBucket`'s, named here.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from arkan_desktop.domain.money import format_amount
from arkan_desktop.domain.receivables import AgeBucket, AgedReport
from arkan_desktop.gui.invoices.aged_sheet import aged_sheet
from arkan_desktop.gui.printing.export import ExportMenu, ExportRefused
from arkan_desktop.gui.printing.sheet import Sheet
from arkan_desktop.gui.shell.live_sync import LiveSync
from arkan_desktop.store.changes import ChangeSet

PARTNER_ROLE = Qt.ItemDataRole.UserRole + 1
CURRENCY, CUSTOMER = 0, 1
FIRST_AMOUNT = 2


class AgedReceivablesView(QDialog):
    sig_customer_chosen = Signal(str, str)
    """Show this customer's open invoices: partner id, name."""
    sig_shown = Signal()
    """A report was computed and shown."""

    def __init__(self, live: LiveSync, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.live = live
        self.company = live.company
        self.report: AgedReport | None = None
        self.setWindowTitle(self.tr("Aged receivables — %1").replace("%1", self.company.name))
        self.resize(920, 520)
        self.as_of_edit = QDateEdit(QDate.currentDate(), self)
        self.as_of_edit.setCalendarPopup(True)
        self.as_of_edit.setDisplayFormat("yyyy-MM-dd")
        self.as_of_edit.setObjectName("agedAsOf")
        as_of_label = QLabel(self.tr("&As of"), self)
        as_of_label.setBuddy(self.as_of_edit)
        self.exports = ExportMenu(self, self.export_sheet, self.export_stem, lambda: self.company)
        self.export_button = self.exports.button
        self.invoices_button = QPushButton(self.tr("&Open invoices of customer"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        top = QHBoxLayout()
        top.addWidget(as_of_label)
        top.addWidget(self.as_of_edit)
        top.addStretch(1)
        top.addWidget(self.invoices_button)
        top.addWidget(self.export_button)
        self.table = QTableWidget(0, len(self.headers()), self)
        self.table.setObjectName("agedTable")
        self.table.setHorizontalHeaderLabels(self.headers())
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CUSTOMER, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(90)
        self.totals_label = QLabel(self)
        self.totals_label.setObjectName("agedTotals")
        self.totals_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bold_label = self.totals_label.font()
        bold_label.setBold(True)
        self.totals_label.setFont(bold_label)
        self.note_label = QLabel(
            self.tr("From this computer's copy of the invoices: posted customer invoices with "
                    "an amount due, by days past their due date. Double-click a customer for "
                    "their open invoices."),
            self,
        )  # fmt: skip
        self.note_label.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.note_label, 1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals_label)
        layout.addLayout(bottom)

        self.as_of_edit.dateChanged.connect(lambda _d: self.refresh())
        self.invoices_button.clicked.connect(self.choose_current)
        self.close_button.clicked.connect(self.close)
        self.table.itemDoubleClicked.connect(lambda _item: self.choose_current())
        for keys in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(keys), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.choose_current)
        live.sig_changes.connect(self._changes_arrived)
        self.refresh()

    def bucket_title(self, bucket: AgeBucket) -> str:
        titles = {
            AgeBucket.CURRENT: self.tr("Current"),
            AgeBucket.DAYS_1_30: self.tr("1–30"),
            AgeBucket.DAYS_31_60: self.tr("31–60"),
            AgeBucket.DAYS_61_90: self.tr("61–90"),
            AgeBucket.OVER_90: self.tr("Over 90"),
        }
        return titles[bucket]

    def headers(self) -> list[str]:
        buckets = [self.bucket_title(bucket) for bucket in AgeBucket]
        return [self.tr("Currency"), self.tr("Customer"), *buckets, self.tr("Total")]

    def as_of(self) -> date:
        chosen = self.as_of_edit.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def refresh(self) -> None:
        self.live.spawn(self._refresh(), "aged-receivables")

    async def _refresh(self) -> None:
        report = await self.company.receivables.aged(self.as_of())
        self.show_report(report)

    def _changes_arrived(self, changes: ChangeSet) -> None:
        if changes.concerns("invoices") and self.isVisible():
            self.refresh()

    def show_report(self, report: AgedReport) -> None:
        self.report = report
        chosen = self.current_partner()
        self.table.setRowCount(len(report.rows))
        bold = QFont(self.table.font())
        bold.setBold(True)
        for position, row in enumerate(report.rows):
            name = (
                self.tr("Total %1").replace("%1", row.currency)
                if row.is_total
                else (row.partner_name)
            )
            cells = [row.currency, name]
            cells += [format_amount(a, row.currency) if a else "" for a in row.buckets]
            cells.append(format_amount(row.total, row.currency))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(PARTNER_ROLE, row.partner_id)
                if column >= FIRST_AMOUNT:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if row.is_total:
                    item.setFont(bold)
                self.table.setItem(position, column, item)
        lines = []
        for row in report.rows:
            if row.is_total:
                amounts = zip(self.headers()[FIRST_AMOUNT:], [*row.buckets, row.total], strict=True)
                lines.append(
                    f"{row.currency}: "
                    + " · ".join(f"{name} {format_amount(a, row.currency)}" for name, a in amounts)
                )
        self.totals_label.setText("\n".join(lines) or self.tr("Nothing is owed as of this day."))
        if chosen:
            self.select_partner(chosen[0])
        self.invoices_button.setEnabled(bool(report.rows))
        self.export_button.setEnabled(bool(report.rows))
        self.sig_shown.emit()

    def current_partner(self) -> tuple[str, str] | None:
        """(partner id, name) of the selected customer row; None on a totals row."""
        row = self.table.currentRow()
        if self.report is None or not 0 <= row < len(self.report.rows):
            return None
        chosen = self.report.rows[row]
        return None if chosen.is_total else (chosen.partner_id, chosen.partner_name)

    def select_partner(self, partner_id: str) -> bool:
        for position in range(self.table.rowCount()):
            item = self.table.item(position, CUSTOMER)
            if item is not None and item.data(PARTNER_ROLE) == partner_id:
                # Not selectRow: right to left it can pick no column and leave no current row.
                self.table.setCurrentItem(item)
                self.table.scrollToItem(item)
                return True
        return False

    def choose_current(self) -> None:
        chosen = self.current_partner()
        if chosen is not None:
            self.sig_customer_chosen.emit(*chosen)

    async def export_sheet(self) -> Sheet:
        if self.report is None:
            raise ExportRefused(self.tr("There is nothing to export: the report is not shown."))
        return aged_sheet(self.report)

    def export_stem(self) -> str:
        return f"Aged receivables {self.as_of().isoformat()}"

    async def export_to(self, path: Path) -> int:
        """Write the report shown as CSV (on the files thread); returns the rows."""
        if self.report is None:
            return 0
        report, headers, total = self.report, self.headers(), self.tr("Total")
        return await self.company.receivables.export_aged(report, path, headers, total)
