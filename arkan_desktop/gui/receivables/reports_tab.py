"""The Reports tab: receivables aging (buckets, a bar chart, by customer) and the dashboard.

Shown with a receivables server's customers. The figures are the server's own
(`connector.aging_report()` / `dashboard()`), fetched when the tab is first shown, on
*Refresh*, and again after a sync changed invoices or payments; each answer is kept in
the local copy, so offline (or when the server cannot be reached) the tab shows the last
one and says as of when. Nothing here waits on the network on the UI thread.
"""

from __future__ import annotations

import asyncio
from decimal import Decimal

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from arkan_desktop.api.errors import ApiError
from arkan_desktop.api.text import server_text
from arkan_desktop.domain.money import format_amount
from arkan_desktop.gui import theme
from arkan_desktop.gui.labels import code_label
from arkan_desktop.gui.plain_text import plain_labels
from arkan_desktop.gui.receivables.reports_data import (
    ReceivablesReport,
    read_reports,
)
from arkan_desktop.gui.shell.live_sync import LiveSync
from arkan_desktop.gui.shell.module_tab import ModuleTab
from arkan_desktop.gui.widgets.bar_chart import Bar, BarChart
from arkan_desktop.store.changes import ChangeSet
from arkan_desktop.sync.company import Company

# Greens to reds, oldest last: how overdue a bucket is.
BUCKET_COLORS = ("#2e7d32", "#9e9d24", "#f9a825", "#ef6c00", "#c62828", "#6a1b9a")
REFETCH_DELAY_MS = 2000
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _table(headers: list[str], parent: QWidget, name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table


def _cell(text: str, numeric: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if numeric:
        item.setTextAlignment(_RIGHT)
    return item


class ReportsTab(ModuleTab):
    key = "receivables_reports"
    resource = "customers"
    capability = "receivables_reports"

    def __init__(self, company: Company, live: LiveSync, parent: QWidget | None = None):
        super().__init__(company, live, parent)
        self.report: ReceivablesReport | None = None
        self.loads = 0  # completed loads (tests wait on it)
        self.stale = True
        self._task: asyncio.Task[None] | None = None
        self.status_label = QLabel(self)
        self.status_label.setObjectName("reportsStatus")
        self.status_label.setWordWrap(True)
        plain_labels(self.status_label)  # it may say what the server said
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.setToolTip(self.tr("Ask the server for the figures again"))
        top = QHBoxLayout()
        top.addWidget(self.status_label, 1)
        top.addWidget(self.refresh_button)

        self.aging_table = _table(
            [self.tr("Days overdue"), self.tr("Invoices"), self.tr("Amount")], self, "agingTable"
        )
        self.customer_table = _table([self.tr("Customer")], self, "agingByCustomer")
        self.chart = BarChart(self)
        self.chart.setObjectName("agingChart")
        self.figures_box = QGroupBox(self.tr("Dashboard"), self)
        self.figures_layout = QFormLayout(self.figures_box)
        self.figures_layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Aging of what customers owe"), left))
        left_layout.addWidget(self.aging_table)
        left_layout.addWidget(QLabel(self.tr("By customer"), left))
        left_layout.addWidget(self.customer_table, 1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.chart, 3)
        right_layout.addWidget(self.figures_box, 2)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([600, 500])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self._refetch = QTimer(self)
        self._refetch.setSingleShot(True)
        self._refetch.setInterval(REFETCH_DELAY_MS)
        self._refetch.timeout.connect(self.refresh)
        self.refresh_button.clicked.connect(self.refresh)

    def title(self) -> str:
        return self.tr("Reports")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.refresh()

    def note_changes(self, changes: ChangeSet) -> None:
        if changes.concerns("invoices") or changes.concerns("payments"):
            self.stale = True
            if self.isVisible():
                self._refetch.start()

    def refresh(self) -> None:
        if self._task is None or self._task.done():
            self.stale = False
            self._task = self.live.spawn(self.load(), "receivables-reports")

    async def load(self) -> None:
        """Show the kept copy at once, then the server's figures when it can be reached."""
        receivables = self.company.receivables
        self.refresh_button.setEnabled(False)
        try:
            saved = await receivables.kept_reports()
            if saved is not None:
                self.show_report(read_reports(saved))
            if not self.company.online:
                self._say_offline(self.tr("Offline"))
                return
            self.status_label.setText(self.tr("Asking the server for the figures…"))
            try:
                fresh = await receivables.fetch_reports()
            except ApiError as error:
                self._say_offline(self.tr("The figures could not be loaded (%1)").replace(
                    "%1", error.message
                ))  # fmt: skip
                return
            if fresh is None:
                self.status_label.setText(self.tr("This server offers no receivables reports."))
                return
            report = read_reports(fresh)
            self.show_report(report)
            self._say_as_of()
            if "aging" in report.failures:  # the dashboard came: the aging did not
                self.status_label.setStyleSheet(f"color: {theme.warning_color().name()};")
                self.status_label.setText(
                    self.tr("Aging: %1").replace(
                        "%1", self._not_available(report.failures["aging"])
                    )
                )
        finally:
            self.refresh_button.setEnabled(True)
            self.loads += 1

    # --- showing -------------------------------------------------------------------------

    def _when(self) -> str:
        moment = self.report.fetched_at if self.report else None
        return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else ""

    def _say_as_of(self) -> None:
        self.status_label.setStyleSheet("")
        self.status_label.setText(self.tr("As of %1, from the server").replace("%1", self._when()))

    def _say_offline(self, why: str) -> None:
        self.status_label.setStyleSheet(f"color: {theme.warning_color().name()};")
        if self.report is None:
            self.status_label.setText(
                self.tr("%1: there are no figures on this computer yet; they appear once the "
                        "server can be reached.").replace("%1", why)
            )  # fmt: skip
        else:
            self.status_label.setText(
                self.tr("%1: showing the figures as of %2, the last copy on this computer.")
                .replace("%1", why)
                .replace("%2", self._when())
            )

    def _money(self, amount: Decimal, currency: str) -> str:
        return f"{format_amount(amount, currency)} {currency}".strip()

    def show_report(self, report: ReceivablesReport) -> None:
        self.report = report
        currency = report.currency or self.company.currency
        table = self.aging_table
        table.setRowCount(len(report.buckets) + 1)
        for row, bucket in enumerate(report.buckets):
            count = "" if bucket.count is None else f"{bucket.count:,}"
            table.setItem(row, 0, _cell(self._bucket_name(bucket.label)))
            table.setItem(row, 1, _cell(count, numeric=True))
            table.setItem(row, 2, _cell(format_amount(bucket.amount, currency), numeric=True))
        last = len(report.buckets)
        total = _cell(self.tr("Total outstanding"))
        font = total.font()
        font.setBold(True)
        total.setFont(font)
        table.setItem(last, 0, total)
        table.setItem(last, 1, _cell(""))
        amount = _cell(format_amount(report.total_outstanding, currency), numeric=True)
        amount.setFont(font)
        table.setItem(last, 2, amount)
        rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
        frame = 2 * table.frameWidth()
        table.setFixedHeight(table.horizontalHeader().sizeHint().height() + rows + frame)
        bars = [
            Bar(self._bucket_name(b.label), b.amount, QColor(BUCKET_COLORS[i % len(BUCKET_COLORS)]))
            for i, b in enumerate(report.buckets)
        ]
        self.chart.set_bars(
            self.tr("Outstanding by days overdue (%1)").replace("%1", currency), bars, currency
        )
        self._show_customers(report, currency)
        self._show_figures(report, currency)

    def _bucket_name(self, label: str) -> str:
        if label.lower() == "current":
            return self.tr("Not yet due")
        return self.tr("%1 days").replace("%1", label)

    def _show_customers(self, report: ReceivablesReport, currency: str) -> None:
        labels = [self._bucket_name(b.label) for b in report.buckets]
        table = self.customer_table
        table.setColumnCount(len(labels) + 2)
        table.setHorizontalHeaderLabels([self.tr("Customer"), *labels, self.tr("Total")])
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.setRowCount(len(report.customers))
        for row, (name, amounts, total) in enumerate(report.customers):
            table.setItem(row, 0, _cell(name))
            for column, value in enumerate([*amounts, total], start=1):
                text = format_amount(value, currency) if value else ""
                table.setItem(row, column, _cell(text, numeric=True))

    def _show_figures(self, report: ReceivablesReport, currency: str) -> None:
        while self.figures_layout.rowCount():
            self.figures_layout.removeRow(0)
        names = {
            "total_outstanding": self.tr("Total outstanding"),
            "overdue_amount": self.tr("Overdue"),
            "open_invoices": self.tr("Open invoices"),
            "overdue_invoices": self.tr("Overdue invoices"),
            "total_customers": self.tr("Customers"),
            "collected_last_30_days": self.tr("Collected in the last 30 days"),
        }
        failed = report.failures.get("dashboard")
        if failed is not None:
            said = QLabel(self._not_available(failed), self.figures_box)
            said.setObjectName("dashboardFailed")
            said.setWordWrap(True)
            said.setTextFormat(Qt.TextFormat.PlainText)
            self.figures_layout.addRow(said)
        for figure in report.figures:
            value = (
                self._money(Decimal(figure.value), currency)
                if figure.money
                else f"{figure.value:,}"
            )
            label = QLabel(value, self.figures_box)
            label.setObjectName(f"figure_{figure.key}")
            label.setAlignment(_RIGHT)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.figures_layout.addRow(names.get(figure.key, code_label(figure.key)), label)

    def _not_available(self, words: str) -> str:
        return self.tr("Not available: the server failed (%1)").replace("%1", server_text(words))

    def figure(self, key: str) -> str:
        """The text shown for one dashboard figure ("" when there is none; tests)."""
        label = self.figures_box.findChild(QLabel, f"figure_{key}")
        return label.text() if label is not None else ""
