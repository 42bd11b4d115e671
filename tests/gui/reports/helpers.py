"""Opening the Reports tab and waiting for a report, for the Reports tests."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from arkan_desktop.api.connector import FinanceReport
from arkan_desktop.gui.main_window import MainWindow
from arkan_desktop.gui.reports.report_page import ReportPage
from arkan_desktop.gui.reports.reports_tab import FinanceReportsTab

SLOW = 30_000


def reports_tab(main: MainWindow) -> FinanceReportsTab:
    tab: FinanceReportsTab = main.tab(FinanceReportsTab)
    assert tab is not None, "the Reports tab is offered by an Arkan server"
    main.tabs.setCurrentWidget(tab)
    return tab


def run_report(
    qtbot: QtBot, tab: FinanceReportsTab, report: FinanceReport, start: date, end: date
) -> ReportPage:
    """Show `report` for start..end and wait until the server's answer is shown."""
    page = tab.show_report(report)
    tab.period.set_period(start, end)

    def shown() -> bool:
        fetched = page.fetched
        return (
            not page.stale
            and fetched is not None
            and (fetched.start, fetched.end) == (start.isoformat(), end.isoformat())
            and "from the server" in page.status.text()
        ) or page.missing

    qtbot.waitUntil(shown, timeout=SLOW)
    return page
