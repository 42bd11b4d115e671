"""The server's period reports (VAT, cash flow, revenue by client and by project, budget
vs actual), read as typed values and kept for offline viewing; export files written on
the files thread.

A report comes from the connector's `FinanceReports` capability; each answer is kept in
the cache (store/queries/reports.py) with its period and the time it was fetched, so the
Reports tab shows the last one offline and says as of when. A server that lacks a report
raises `ReportNotOffered`; one that offers no period reports at all is `offered` False.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, ParamSpec, TypeVar

from arkan_desktop.api.arkan_reports import TITLES
from arkan_desktop.api.connector import (
    FINANCE_REPORTS,
    FinanceReport,
    FinanceReports,
    ReportNotOffered,
)
from arkan_desktop.domain.reports.budget import BudgetReport, read_budget
from arkan_desktop.domain.reports.cash_flow import CashFlowStatement, read_cash_flow
from arkan_desktop.domain.reports.revenue import RevenueReport, read_revenue
from arkan_desktop.domain.reports.vat import VatReport, read_vat_report
from arkan_desktop.store.queries import reports as queries
from arkan_desktop.sync.areas.base import Area

P = ParamSpec("P")
T = TypeVar("T")
ReportValue = VatReport | CashFlowStatement | RevenueReport | BudgetReport

READERS: Mapping[FinanceReport, Callable[[Mapping[str, Any]], ReportValue]] = {
    FinanceReport.VAT: read_vat_report,
    FinanceReport.CASH_FLOW: read_cash_flow,
    FinanceReport.REVENUE_BY_CLIENT: read_revenue,
    FinanceReport.REVENUE_BY_PROJECT: read_revenue,
    FinanceReport.BUDGET_VS_ACTUAL: read_budget,
}


@dataclass(frozen=True)
class FetchedReport:
    """A report as fetched (or kept): what was asked, when, and the figures."""

    report: FinanceReport
    start: str  # the period asked for (ISO dates, both included)
    end: str
    fetched_at: datetime | None
    value: ReportValue


def _read(report: FinanceReport, kept: Mapping[str, Any]) -> FetchedReport:
    try:
        fetched = datetime.fromisoformat(str(kept.get("fetchedAt")))
    except ValueError:
        fetched = None
    value = READERS[report](kept["answer"])
    return FetchedReport(report, str(kept.get("from")), str(kept.get("to")), fetched, value)


class Reports(Area):
    @property
    def offered(self) -> bool:
        """Whether the server computes period reports at all."""
        connector = self._backing.connector
        return FINANCE_REPORTS in connector.capabilities and isinstance(connector, FinanceReports)

    async def kept(self, report: FinanceReport) -> FetchedReport | None:
        """The report as last fetched, whatever its period (None: never fetched here).
        UnreadableReport when the kept copy cannot be read."""
        found = await self._run(queries.kept_report, report.value)
        return None if found is None else _read(report, found)

    async def fetch(self, report: FinanceReport, start: str, end: str) -> FetchedReport:
        """The report for a period from the server, kept for offline viewing.

        ReportNotOffered when the server lacks it, ApiError when it cannot answer,
        UnreadableReport when its answer makes no sense.
        """
        connector = self._backing.connector
        if FINANCE_REPORTS not in connector.capabilities or not isinstance(
            connector, FinanceReports
        ):
            raise ReportNotOffered(report, f"This server does not offer {TITLES[report]}")
        answer = await connector.finance_report(report, start, end)
        fetched = datetime.now(UTC).isoformat(timespec="seconds")
        kept = {"fetchedAt": fetched, "from": start, "to": end, "answer": answer}
        read = _read(report, kept)  # an unreadable answer is not kept
        await self._run(queries.keep_report, report.value, kept)
        return read

    async def in_files(self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        """Write an export file (CSV, XLSX, PDF bytes) on the files thread, never on the
        database thread or the event loop."""
        return await self._backing.threads.in_files(fn, *args, **kwargs)
