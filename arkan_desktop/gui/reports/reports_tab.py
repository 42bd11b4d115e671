"""The Reports tab: the period reports a manager is handed — the VAT return (form VAT
201, drilling from a box to its documents), the cash flow statement, revenue by client
and by project, budget vs actual — for a period chosen once for all of them.

A report is fetched from the server (`company.reports`) when its page is first shown,
when the period changes, on Refresh (Ctrl+R) and, while it is in view, after a sync
changed the books; each answer is kept on this computer, so offline (or when the server
cannot be reached) the page shows the last copy and says for which period and as of
when. A report the server does not offer is replaced by a sentence saying so. Every
page exports (PDF, CSV, Excel) and prints through the shared Export menu; nothing here
waits on the network or writes a file on the UI thread.
"""

from __future__ import annotations

import asyncio
from datetime import datetime

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTabWidget, QVBoxLayout, QWidget

from arkan_desktop.api.connector import FINANCE_REPORTS, FinanceReport, ReportNotOffered
from arkan_desktop.api.errors import ApiError
from arkan_desktop.domain.reports.reading import UnreadableReport
from arkan_desktop.gui.printing.export import ExportMenu, ExportRefused
from arkan_desktop.gui.printing.sheet import Sheet
from arkan_desktop.gui.reports.period_chooser import PeriodChooser
from arkan_desktop.gui.reports.report_page import ReportPage, VatPage, as_of
from arkan_desktop.gui.shell.live_sync import LiveSync
from arkan_desktop.gui.shell.module_tab import ModuleTab
from arkan_desktop.store.changes import ChangeSet
from arkan_desktop.sync.company import Company

REFETCH_DELAY_MS = 2000
# A sync that changed these changes the reports' figures.
BOOKS = ("invoices", "payments", "journal_entries", "accounts")


def _why(error: ApiError) -> str:
    """The server's sentence, with its field messages ("from: must be in …")."""
    details = [f"{f.field}: {f.message}" if f.field else f.message for f in error.field_errors]
    return "; ".join([error.message, *details])


class FinanceReportsTab(ModuleTab):
    key = "finance_reports"
    resource = "accounts"
    capability = FINANCE_REPORTS
    printable = True

    sig_open_document = Signal(str, str)
    """Open a document the user drilled to: its resource ("invoices") and id."""

    def __init__(self, company: Company, live: LiveSync, parent: QWidget | None = None):
        super().__init__(company, live, parent)
        self._task: asyncio.Task[None] | None = None
        today = datetime.now().astimezone().date()
        self.period = PeriodChooser(today, parent=self)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.setToolTip(self.tr("Ask the server for the report again (Ctrl+R)"))
        self.exports = ExportMenu(self, self.export_sheet, self.export_stem, lambda: self.company)
        self.exports.sig_message.connect(self.sig_message)
        bar = QHBoxLayout()
        bar.addWidget(self.period)
        bar.addWidget(self.refresh_button)
        bar.addStretch(1)
        bar.addWidget(self.exports.button)

        self.vat = VatPage(company.name, lambda: self.company, self)
        self.vat.sig_open_document.connect(self.sig_open_document)
        self.vat.document_exports.sig_message.connect(self.sig_message)
        self.pages: list[ReportPage] = [
            self.vat,
            ReportPage(FinanceReport.CASH_FLOW, self),
            ReportPage(FinanceReport.REVENUE_BY_CLIENT, self),
            ReportPage(FinanceReport.REVENUE_BY_PROJECT, self),
            ReportPage(FinanceReport.BUDGET_VS_ACTUAL, self),
        ]
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("financeReports")
        for page in self.pages:
            self.tabs.addTab(page, page.title())
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)

        self._refetch = QTimer(self)
        self._refetch.setSingleShot(True)
        self._refetch.setInterval(REFETCH_DELAY_MS)
        self._refetch.timeout.connect(self._refetch_stale)
        self.period.sig_changed.connect(lambda *_: self._period_changed())
        self.refresh_button.clicked.connect(self.refresh)
        self.tabs.currentChanged.connect(lambda *_: self._page_changed())
        QShortcut(QKeySequence("Ctrl+R"), self).activated.connect(self.refresh)

    def title(self) -> str:
        return self.tr("Reports")

    def page(self, report: FinanceReport) -> ReportPage:
        return next(p for p in self.pages if p.report is report)

    @property
    def current(self) -> ReportPage:
        page = self.tabs.currentWidget()
        assert isinstance(page, ReportPage)
        return page

    def show_report(self, report: FinanceReport) -> ReportPage:
        """Bring a report's page to the front (it loads if it must)."""
        page = self.page(report)
        self.tabs.setCurrentWidget(page)
        return page

    # --- when to load ----------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.current.stale:
            self.refresh()

    def _page_changed(self) -> None:
        self._update_export()
        if self.isVisible() and self.current.stale:
            self.refresh()

    def _period_changed(self) -> None:
        for page in self.pages:
            page.stale = True
        self.refresh()

    def note_changes(self, changes: ChangeSet) -> None:
        if any(changes.concerns(resource) for resource in BOOKS):
            for page in self.pages:
                page.stale = True
            if self.isVisible():
                self._refetch.start()

    def _refetch_stale(self) -> None:
        if self.isVisible() and self.current.stale:
            self.refresh()

    def refresh(self) -> None:
        """Load the report in view for the chosen period (after the load under way)."""
        if self._task is not None and not self._task.done():
            self._task.add_done_callback(lambda _t: self._again())
            return
        self._task = self.live.spawn(self.load(self.current), "finance-report")

    def _again(self) -> None:
        if self.current.stale and (self._task is None or self._task.done()):
            self.refresh()

    # --- loading ---------------------------------------------------------------------------

    async def load(self, page: ReportPage) -> None:
        """The kept copy at once, then the server's report for the period."""
        start, end = self.period.start, self.period.end
        page.stale = False
        self.refresh_button.setEnabled(False)
        try:
            await self._load(page, start, end)
        finally:
            self.refresh_button.setEnabled(True)
            page.loads += 1
            self._update_export()

    async def _load(self, page: ReportPage, start: str, end: str) -> None:
        reports = self.company.reports
        if page.fetched is None and not page.missing:
            try:
                kept = await reports.kept(page.report)
            except UnreadableReport:
                kept = None
            if kept is not None:
                page.show_fetched(kept)
        if not self.company.online:
            self._say_not_fresh(page, self.tr("Offline"))
            return
        page.say(self.tr("Asking the server for %1 to %2…").replace("%1", start).replace("%2", end))
        try:
            fetched = await reports.fetch(page.report, start, end)
        except ReportNotOffered:
            page.show_missing()
            return
        except ApiError as error:
            self._say_not_fresh(page, _why(error))
            return
        except UnreadableReport as error:
            self._say_not_fresh(page, str(error))
            return
        page.show_fetched(fetched, fresh=True)
        page.say(
            self.tr("%1 to %2, as of %3, from the server.")
            .replace("%1", fetched.start)
            .replace("%2", fetched.end)
            .replace("%3", as_of(fetched))
        )

    def _say_not_fresh(self, page: ReportPage, why: str) -> None:
        """The report could not be fetched: say why, and what is shown instead."""
        page.stale = True  # asked again on the next Refresh or period
        page.fresh = False
        fetched = page.fetched
        if fetched is None:
            page.say(
                self.tr("%1: there is no copy of this report on this computer yet; it appears "
                        "once the server can be reached.").replace("%1", why),
                warning=True,
            )  # fmt: skip
            return
        page.say(
            self.tr("%1: showing %2 to %3 as of %4, the last copy on this computer.")
            .replace("%1", why)
            .replace("%2", fetched.start)
            .replace("%3", fetched.end)
            .replace("%4", as_of(fetched)),
            warning=True,
        )

    # --- export and print ------------------------------------------------------------------

    def _update_export(self) -> None:
        self.exports.set_enabled(self.current.sheet() is not None)

    async def export_sheet(self) -> Sheet:
        sheet = self.current.sheet()
        if sheet is None:
            raise ExportRefused(self.tr("There is nothing to export: the report is not shown."))
        return sheet

    def export_stem(self) -> str:
        return self.current.stem()

    def print_selected(self) -> None:
        """Ctrl+Shift+P: the report in view, in the print preview."""
        self.live.spawn(self.exports.print_preview(), "finance-report-print")
