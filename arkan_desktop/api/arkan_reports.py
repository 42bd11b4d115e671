"""The Arkan period reports (`FinanceReports`): VAT, cash flow, revenue, budget vs actual.

One GET each, for a period, answered as the server sent it (amounts as Decimal). The
published reference lists these endpoints, but a real server may lack one: its 404 —
an unknown route, worded by the server as "not found" or "Cannot GET …" — becomes
`ReportNotOffered` naming the report and its path. A 404 in the report's own words
("There is no budget for 2026") is the report's answer, passed on as the `ApiError` it
is. Nothing above `api/` names these endpoints.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from arkan_desktop.api.arkan_reads import Requests
from arkan_desktop.api.connector import FinanceReport, ReportNotOffered
from arkan_desktop.api.errors import ApiError, ApiErrorKind
from arkan_desktop.api.wire import malformed

PATHS: Mapping[FinanceReport, str] = {
    FinanceReport.VAT: "/accounting/reports/tax",
    FinanceReport.CASH_FLOW: "/accounting/reports/cash-flow",
    FinanceReport.REVENUE_BY_CLIENT: "/accounting/reports/revenue-by-client",
    FinanceReport.REVENUE_BY_PROJECT: "/accounting/reports/revenue-by-project",
    FinanceReport.BUDGET_VS_ACTUAL: "/accounting/reports/budget-vs-actual",
}
# Words for messages ("This server does not offer the cash-flow statement").
TITLES: Mapping[FinanceReport, str] = {
    FinanceReport.VAT: "the VAT report",
    FinanceReport.CASH_FLOW: "the cash-flow statement",
    FinanceReport.REVENUE_BY_CLIENT: "revenue by client",
    FinanceReport.REVENUE_BY_PROJECT: "revenue by project",
    FinanceReport.BUDGET_VS_ACTUAL: "budget vs actual",
}
# How servers word a 404 for a path they have no route for (api/errors.py turns a bare
# "Not found" into the first).
_NO_ROUTE = ("the server does not have what was asked for", "no such endpoint", "not found")


def route_missing(error: ApiError) -> bool:
    """Whether a 404 says the endpoint is not there (not that the report found nothing)."""
    if error.kind is not ApiErrorKind.NOT_FOUND:
        return False
    words = error.message.strip().rstrip(".").lower()
    return words in _NO_ROUTE or words.startswith("cannot get ")


async def finance_report(
    session: Requests, report: FinanceReport, start: str, end: str
) -> dict[str, Any]:
    """The report for a period (ISO dates, both included); see the module docstring."""
    path = PATHS[report]
    try:
        body = await session.request("GET", path, params={"from": start, "to": end})
    except ApiError as error:
        if not route_missing(error):
            raise
        missing = ReportNotOffered(
            report, f"This server does not offer {TITLES[report]} ({path})", status=error.status
        )
    else:
        if not isinstance(body, Mapping):
            raise malformed(f"The server's answer for {TITLES[report]} is not a report")
        return dict(body)
    raise missing
