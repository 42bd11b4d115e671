"""One report in the Reports tab: its figures as a sheet, a line saying as of when, and
a sentence instead of the figures when the server does not offer the report.

The VAT page adds the drill-down: selecting a box lists its documents below (with an
Export menu of their own); Enter or a double-click on a document asks the window to open
it (`sig_open_document`). A company not registered for VAT gets a sentence instead of
the form.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from arkan_desktop.api.connector import FinanceReport
from arkan_desktop.domain.reports.budget import BudgetReport
from arkan_desktop.domain.reports.cash_flow import CashFlowStatement
from arkan_desktop.domain.reports.revenue import RevenueReport
from arkan_desktop.domain.reports.vat import VatReport
from arkan_desktop.gui import theme
from arkan_desktop.gui.printing.bilingual import window_language
from arkan_desktop.gui.printing.export import ExportMenu, ExportRefused, period_stem
from arkan_desktop.gui.printing.sheet import Sheet, pick
from arkan_desktop.gui.reports import words as w
from arkan_desktop.gui.reports.sheet_table import SheetTable
from arkan_desktop.gui.reports.sheets import (
    box_documents_sheet,
    box_label,
    budget_sheet,
    cash_flow_sheet,
    revenue_sheet,
    vat_sheet,
)
from arkan_desktop.sync.areas.reports import FetchedReport, ReportValue
from arkan_desktop.sync.company import Company

NAMES = {
    FinanceReport.VAT: w.VAT_RETURN,
    FinanceReport.CASH_FLOW: w.CASH_FLOW,
    FinanceReport.REVENUE_BY_CLIENT: w.BY_CLIENT,
    FinanceReport.REVENUE_BY_PROJECT: w.BY_PROJECT,
    FinanceReport.BUDGET_VS_ACTUAL: w.BUDGET,
}


def sheet_of(value: ReportValue) -> Sheet:
    if isinstance(value, VatReport):
        return vat_sheet(value)
    if isinstance(value, CashFlowStatement):
        return cash_flow_sheet(value)
    if isinstance(value, RevenueReport):
        return revenue_sheet(value, by_project=any(r.code or not r.key for r in value.rows))
    assert isinstance(value, BudgetReport)
    return budget_sheet(value)


def as_of(fetched: FetchedReport) -> str:
    moment = fetched.fetched_at
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else ""


class ReportPage(QWidget):
    def __init__(self, report: FinanceReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.fetched: FetchedReport | None = None
        self.missing = False  # the server does not offer this report
        self.stale = True  # the period shown is not the one chosen (or nothing is shown)
        self.fresh = False  # what is shown came from the server just now (not a kept copy)
        self.loads = 0  # completed loads (tests wait on it)
        self.status = QLabel(self)
        self.status.setObjectName("reportStatus")
        self.status.setWordWrap(True)
        self.notice = QLabel(self)
        self.notice.setObjectName("reportNotice")
        self.notice.setWordWrap(True)
        self.notice.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        self.notice.hide()
        self.table = SheetTable(self, f"{report.value}Table")
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 4, 0, 0)
        self.layout_.addWidget(self.status)
        self.layout_.addWidget(self.notice, 1)
        self.body: QWidget = self.table
        self.layout_.addWidget(self.table, 1)

    def title(self) -> str:
        return w.say(NAMES[self.report])

    # --- showing ---------------------------------------------------------------------------

    def show_fetched(self, fetched: FetchedReport, *, fresh: bool = False) -> None:
        self.fetched = fetched
        self.fresh = fresh
        self.missing = False
        self.notice.hide()
        self.body.show()
        self.table.show_sheet(sheet_of(fetched.value))

    def show_missing(self) -> None:
        """The server does not offer this report: a sentence instead of the figures."""
        self.missing = True
        self.fetched = None
        self.fresh = False
        self.table.clear_sheet()
        self.body.hide()
        self.status.clear()
        self.say_instead(
            self.tr(
                "This server does not offer the report “%1”, so it is not shown here. The other "
                "reports are not affected."
            ).replace("%1", self.title())
        )

    def say_instead(self, sentence: str) -> None:
        self.notice.setText(sentence)
        self.notice.show()
        self.body.hide()

    def say(self, text: str, *, warning: bool = False) -> None:
        self.status.setText(text)
        color = theme.warning_color().name() if warning else "palette(window-text)"
        self.status.setStyleSheet(f"color: {color};")

    # --- exporting -------------------------------------------------------------------------

    def sheet(self) -> Sheet | None:
        """What Export hands over: the sheet shown, saying as of when."""
        if self.fetched is None or self.table.sheet is None or self.body.isHidden():
            return None
        return self.table.sheet.with_footnote(w.pair(w.AS_OF, as_of(self.fetched)))

    def stem(self) -> str:
        fetched = self.fetched
        return period_stem(self.title(), fetched.start, fetched.end) if fetched else self.title()


class VatPage(ReportPage):
    sig_open_document = Signal(str, str)
    """Open this document: its resource ("invoices") and id."""

    def __init__(
        self,
        company_name: str,
        company: Callable[[], Company | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(FinanceReport.VAT, parent)
        self.company_name = company_name
        self.box = ""  # the box whose documents are listed
        self.documents = SheetTable(self, "vatBoxDocuments")
        self.documents_label = QLabel(self)
        self.documents_label.setObjectName("vatBoxLabel")
        self.documents_label.setWordWrap(True)
        self.document_exports = ExportMenu(
            self, self._documents_sheet, self._documents_stem, company
        )
        self.document_exports.set_enabled(False)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.documents_label, 1)
        top.addWidget(self.document_exports.button)
        lower_layout.addLayout(top)
        lower_layout.addWidget(self.documents, 1)
        self.layout_.removeWidget(self.table)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setSizes([600, 300])
        self.body = splitter
        self.layout_.addWidget(splitter, 1)
        self.table.sig_row_selected.connect(self.show_box)
        self.table.sig_row_activated.connect(self._box_activated)
        self.documents.sig_row_activated.connect(self._document_activated)
        self._say_pick_a_box()

    def _say_pick_a_box(self) -> None:
        self.documents_label.setText(
            self.tr("Select a box to list the documents in it; Enter opens a document.")
        )

    @property
    def value(self) -> VatReport | None:
        value = self.fetched.value if self.fetched else None
        return value if isinstance(value, VatReport) else None

    def show_fetched(self, fetched: FetchedReport, *, fresh: bool = False) -> None:
        shown = self.box
        super().show_fetched(fetched, fresh=fresh)
        report = self.value
        if report is not None and not report.registered:
            self.say_instead(
                self.tr(
                    "%1 is not registered for VAT, so it files no VAT return and its invoices "
                    "carry no VAT."
                ).replace("%1", self.company_name)
            )
            return
        if not (shown and self.table.select_key(shown)):
            self.box = ""
            self.documents.clear_sheet()
            self.document_exports.set_enabled(False)
            self._say_pick_a_box()

    def show_box(self, box: str) -> None:
        """List the documents counted in `box` ("1a" …); other rows list nothing."""
        report = self.value
        found = report.form.box(box) if report and report.form and box else None
        if found is None or report is None:
            return
        self.box = box
        sheet = box_documents_sheet(report, found)
        self.documents.show_sheet(sheet)
        self.document_exports.set_enabled(bool(found.documents))
        count = len(found.documents)
        self.documents_label.setText(
            self.tr("Box %1, %2: %3 documents. Enter or a double-click opens one.")
            .replace("%1", box)
            .replace("%2", pick(box_label(found), window_language()))
            .replace("%3", f"{count:,}")
        )

    def _box_activated(self, box: str) -> None:
        self.show_box(box)
        if self.documents.rowCount() > 1:
            self.documents.setFocus(Qt.FocusReason.OtherFocusReason)
            self.documents.setCurrentCell(0, 0)

    def _document_activated(self, document_id: str) -> None:
        if document_id:
            self.sig_open_document.emit("invoices", document_id)

    def _documents_sheet_now(self) -> Sheet | None:
        sheet = self.documents.sheet
        if sheet is None or self.fetched is None:
            return None
        return sheet.with_footnote(w.pair(w.AS_OF, as_of(self.fetched)))

    async def _documents_sheet(self) -> Sheet:
        sheet = self._documents_sheet_now()
        if sheet is None:
            raise ExportRefused(self.tr("Select a box first: its documents are what is exported."))
        return sheet

    def _documents_stem(self) -> str:
        fetched = self.fetched
        name = w.say(w.BOX_DOCUMENTS).replace("%1", self.box)
        return period_stem(name, fetched.start, fetched.end) if fetched else name
