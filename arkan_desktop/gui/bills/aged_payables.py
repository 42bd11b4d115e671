"""Aged payables: what the company owes each vendor, by how late, with drill-down.

The aged receivables view (gui/invoices/aged_view.py) read from the payables side: open
bills from the cache (`company.payables.aged`, so offline too) in the same buckets as the
server's `/accounting/reports/aged-payables`. Enter or a double-click on a vendor lists
their open bills below (number, dates, days late, bucket, amount due); Enter or a
double-click on a bill opens it. CSV export is the receivables view's.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from arkan_desktop.domain.money import format_amount
from arkan_desktop.domain.payments import OpenInvoice
from arkan_desktop.domain.receivables import bucket_of
from arkan_desktop.gui.invoices.aged_view import AgedReceivablesView
from arkan_desktop.gui.shell.live_sync import LiveSync

BILL_ID_ROLE = Qt.ItemDataRole.UserRole + 2
NUMBER, BILL_DATE, DUE, LATE, BUCKET, AMOUNT_DUE = range(6)


class AgedPayablesView(AgedReceivablesView):
    sig_bill_chosen = Signal(str)
    """Open this bill: its id."""

    def __init__(self, live: LiveSync, parent: QWidget | None = None) -> None:
        super().__init__(live, parent)  # its first refresh runs once this is done
        self.bills: list[OpenInvoice] = []
        self.vendor: tuple[str, str] | None = None
        self.setObjectName("agedPayables")
        self.setWindowTitle(self.tr("Aged payables — %1").replace("%1", self.company.name))
        self.invoices_button.setText(self.tr("&Open bills of vendor"))
        self.note_label.setText(
            self.tr(
                "From this computer's copy of the bills: posted bills with an amount due, "
                "by days past their due date. Enter on a vendor lists their open bills; "
                "Enter on a bill opens it."
            )
        )
        self.bills_label = QLabel(self)
        self.bills_label.setObjectName("agedBillsTitle")
        self.bills_table = QTableWidget(0, AMOUNT_DUE + 1, self)
        self.bills_table.setObjectName("agedBills")
        self.bills_table.setHorizontalHeaderLabels(
            [
                self.tr("Bill"),
                self.tr("Date"),
                self.tr("Due"),
                self.tr("Days late"),
                self.tr("Age"),
                self.tr("Amount due"),
            ]
        )
        self.bills_table.verticalHeader().hide()
        self.bills_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.bills_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.bills_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.bills_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.bills_table.horizontalHeader().setStretchLastSection(True)
        for widget in (self.bills_label, self.bills_table):
            widget.hide()
        layout = self.layout()
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(2, self.bills_label)
            layout.insertWidget(3, self.bills_table, 1)
        self.sig_customer_chosen.connect(self.show_bills_of)
        self.bills_table.itemDoubleClicked.connect(lambda _item: self.open_current_bill())
        for keys in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(keys), self.bills_table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.open_current_bill)

    def headers(self) -> list[str]:
        titles = super().headers()
        titles[1] = self.tr("Vendor")
        return titles

    async def _refresh(self) -> None:
        self.show_report(await self.company.payables.aged(self.as_of()))
        if self.vendor is not None:
            await self._show_bills(*self.vendor)

    # --- drill-down: vendor → open bills → the bill -----------------------------------

    def show_bills_of(self, vendor_id: str, name: str) -> None:
        self.live.spawn(self._show_bills(vendor_id, name), "aged-payables-bills")

    async def _show_bills(self, vendor_id: str, name: str) -> None:
        self.vendor = (vendor_id, name)
        as_of = self.as_of()
        found = await self.company.payables.open_bills(vendor_id, any_currency=True)
        self.bills = [b for b in found if b.date <= as_of.isoformat()]
        self.bills_label.setText(self.tr("Open bills of %1").replace("%1", name))
        self.bills_table.setRowCount(len(self.bills))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for position, bill in enumerate(self.bills):
            late = (as_of - date.fromisoformat(bill.due_date[:10])).days
            cells = (
                bill.number,
                bill.date,
                bill.due_date,
                str(max(late, 0)),
                self.bucket_title(bucket_of(as_of, bill.due_date)),
                f"{format_amount(bill.open, bill.currency)} {bill.currency}",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(BILL_ID_ROLE, bill.id)
                if column in (LATE, AMOUNT_DUE):
                    item.setTextAlignment(right)
                self.bills_table.setItem(position, column, item)
        for widget in (self.bills_label, self.bills_table):
            widget.show()
        if self.bills:
            self.bills_table.setCurrentCell(0, 0)  # not selectRow: see AgedView.select_partner
            self.bills_table.setFocus()

    def open_current_bill(self) -> None:
        row = self.bills_table.currentRow()
        if 0 <= row < len(self.bills):
            self.sig_bill_chosen.emit(self.bills[row].id)

    # --- CSV --------------------------------------------------------------------------

    def choose_export_file(self) -> None:
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        name = Path(documents) / f"aged-payables-{self.as_of().isoformat()}.csv"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export aged payables"), str(name), self.tr("CSV files (*.csv)")
        )
        if path:
            self.live.spawn(self.export_to(Path(path)), "aged-payables-export")

    async def export_to(self, path: Path) -> int:
        if self.report is None:
            return 0
        report, headers, total = self.report, self.headers(), self.tr("Total")
        return await self.company.payables.export_aged(report, path, headers, total)
