"""Cash flow, revenue by client and by project, budget vs actual: shown as the server
computes them; hidden with a sentence where a server does not offer them; the last copy
shown offline, saying as of when."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from pytestqt.qtbot import QtBot

from arkan_desktop.api.connector import FinanceReport
from arkan_desktop.domain.money import format_amount
from arkan_desktop.gui.app import ArkanDesktopApp
from arkan_desktop.gui.tasks import spawn
from arkan_desktop.sandbox.server import SandboxServer
from tests.gui.conftest import run, sign_in
from tests.gui.reports.helpers import SLOW, reports_tab, run_report
from tests.gui.screenshots import screenshot
from tests.sandbox.conftest import Api
from tests.support.broken_server import BrokenServer

TODAY = datetime.now(UTC).date()
YEAR = (date(TODAY.year, 1, 1), TODAY)
PERIOD = {"from": YEAR[0].isoformat(), "to": YEAR[1].isoformat()}


def _aed(amount: str) -> str:
    return format_amount(Decimal(amount), "AED")


@pytest.fixture
def broken(sandbox: SandboxServer) -> Iterator[BrokenServer]:
    with BrokenServer(sandbox.url) as server:
        yield server


def test_cash_flow_revenue_and_budget_show_the_servers_figures(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer, admin: Api
) -> None:
    main = sign_in(qtbot, desktop, sandbox)
    tab = reports_tab(main)

    page = run_report(qtbot, tab, FinanceReport.CASH_FLOW, *YEAR)
    flow = admin.ok(admin.get("/accounting/reports/cash-flow", **PERIOD))
    table = page.table
    assert table.figure("Net cash from operating activities") == _aed(flow["operating"]["total"])
    assert table.figure("Net cash from investing activities") == _aed(flow["investing"]["total"])
    assert table.figure("Net cash from financing activities") == _aed(flow["financing"]["total"])
    assert table.figure("Cash at the beginning of the period") == _aed(flow["openingCash"])
    assert table.figure("Cash at the end of the period") == _aed(flow["closingCash"])
    assert table.figure("Net profit") == _aed(flow["netProfit"])
    assert table.figure("Non-cash: Depreciation Expense") != ""
    screenshot(main, "reports-cash-flow")

    page = run_report(qtbot, tab, FinanceReport.REVENUE_BY_CLIENT, *YEAR)
    clients = admin.ok(admin.get("/accounting/reports/revenue-by-client", **PERIOD))
    top = clients["rows"][0]
    assert page.table.text(0, 0) == top["partnerName"]
    assert page.table.figure(top["partnerName"], 3) == _aed(top["revenue"])
    assert page.table.figure("Total revenue", 3) == _aed(clients["totalRevenue"])

    page = run_report(qtbot, tab, FinanceReport.REVENUE_BY_PROJECT, *YEAR)
    projects = admin.ok(admin.get("/accounting/reports/revenue-by-project", **PERIOD))
    for row in projects["rows"]:
        name = row["projectName"] if row["projectId"] else "No project"
        assert page.table.figure(name, 5) == _aed(row["revenue"]), name

    page = run_report(qtbot, tab, FinanceReport.BUDGET_VS_ACTUAL, *YEAR)
    budget = admin.ok(admin.get("/accounting/reports/budget-vs-actual", **PERIOD))
    totals = budget["totals"]
    assert page.table.figure("Total revenue", 2) == _aed(totals["revenue"]["budget"])
    assert page.table.figure("Total revenue", 3) == _aed(totals["revenue"]["actual"])
    assert page.table.figure("Net profit", 4) == _aed(totals["netProfit"]["variance"])
    assert budget["budgetName"] in page.sheet().subtitle[0]  # type: ignore[union-attr]

    # A budget is yearly: a period across two years is refused, in the server's words.
    tab.period.set_period(date(TODAY.year - 1, 12, 1), TODAY)
    qtbot.waitUntil(lambda: "same year" in page.status.text(), timeout=SLOW)


def test_reports_a_server_does_not_offer_are_hidden_with_a_sentence(
    qtbot: QtBot, desktop: ArkanDesktopApp, broken: BrokenServer
) -> None:
    broken.set("not-found", r"^/accounting/reports/(cash-flow|budget-vs-actual)$")
    main = sign_in(qtbot, desktop, broken)  # type: ignore[arg-type]
    tab = reports_tab(main)
    for report in (FinanceReport.CASH_FLOW, FinanceReport.BUDGET_VS_ACTUAL):
        page = run_report(qtbot, tab, report, *YEAR)
        assert page.missing and page.notice.isVisible() and page.body.isHidden()
        assert "This server does not offer the report" in page.notice.text()
        assert page.title() in page.notice.text()
        assert not tab.exports.button.isEnabled()
    assert broken.faulted == 2
    page = run_report(qtbot, tab, FinanceReport.REVENUE_BY_CLIENT, *YEAR)
    assert not page.missing and page.table.rowCount() > 2  # the others are not affected
    assert tab.exports.button.isEnabled()


def test_offline_the_last_copy_shows_with_its_period_and_as_of(
    qtbot: QtBot, desktop: ArkanDesktopApp, broken: BrokenServer
) -> None:
    main = sign_in(qtbot, desktop, broken)  # type: ignore[arg-type]
    tab = reports_tab(main)
    page = run_report(qtbot, tab, FinanceReport.CASH_FLOW, *YEAR)
    closing = page.table.figure("Cash at the end of the period")
    assert closing

    # The server stops answering the report: the copy kept on this computer stays.
    broken.set("binary-500", r"^/accounting/reports/cash-flow$")
    tab.period.set_period(date(TODAY.year, 1, 1), date(TODAY.year, 3, 31))
    qtbot.waitUntil(lambda: "the last copy on this computer" in page.status.text(), timeout=SLOW)
    assert f"showing {YEAR[0].isoformat()} to {YEAR[1].isoformat()} as of" in page.status.text()
    assert page.table.figure("Cash at the end of the period") == closing
    run(qtbot, desktop.shutdown())

    # The next start with the server gone: offline, the kept copy, its period, as of when.
    broken.stop()
    again = ArkanDesktopApp(desktop.home)
    try:
        spawn(again.start(), "test-offline-start")
        qtbot.waitUntil(lambda: again.main is not None and again.main.isVisible(), timeout=SLOW)
        assert again.company is not None and not again.company.online
        assert again.main is not None
        tab = reports_tab(again.main)
        page = tab.show_report(FinanceReport.CASH_FLOW)
        qtbot.waitUntil(lambda: page.loads > 0, timeout=SLOW)
        assert page.status.text().startswith("Offline: showing")
        assert f"{YEAR[0].isoformat()} to {YEAR[1].isoformat()} as of" in page.status.text()
        assert page.table.figure("Cash at the end of the period") == closing
        assert tab.exports.button.isEnabled()  # the copy exports and prints offline too
        empty = tab.show_report(FinanceReport.BUDGET_VS_ACTUAL)  # never fetched here
        qtbot.waitUntil(lambda: empty.loads > 0, timeout=SLOW)
        assert "there is no copy of this report on this computer yet" in empty.status.text()
    finally:
        run(qtbot, again.shutdown())
