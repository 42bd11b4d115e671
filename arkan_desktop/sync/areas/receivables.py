"""What customers owe: aged receivables, open and due invoices, the receivables reports.

The reports (aging buckets, dashboard figures) are the server's, where its connector
offers `ReceivablesReports`; each answer is kept in the cache so the Reports tab shows it
offline. The aged receivables CSV is written on the files thread, never the database's.
"""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from arkan_desktop.api.connector import REPORTS, ReceivablesReports
from arkan_desktop.api.errors import ApiError
from arkan_desktop.domain.money import format_amount
from arkan_desktop.domain.payments import OpenInvoice
from arkan_desktop.domain.receivables import AgedReport
from arkan_desktop.store.queries import receivables as queries
from arkan_desktop.store.queries.receivables import DueInvoice
from arkan_desktop.sync.areas.base import Area


def write_aged_csv(report: AgedReport, path: Path, headers: list[str], total_label: str) -> int:
    """The report as CSV (plain decimals, no grouping); returns the rows written."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(headers)
        for row in report.rows:
            name = total_label if row.is_total else row.partner_name
            amounts = [format_amount(a, row.currency, grouping=False) for a in row.buckets]
            total = format_amount(row.total, row.currency, grouping=False)
            out.writerow([row.currency, name, *amounts, total])
    return len(report.rows)


class Receivables(Area):
    async def aged(self, as_of: date) -> AgedReport:
        return await self._run(queries.aged_receivables, as_of)

    async def export_aged(
        self, report: AgedReport, path: Path, headers: list[str], total_label: str
    ) -> int:
        """Write an aged receivables report as CSV; returns the rows written."""
        threads = self._backing.threads
        return await threads.in_files(write_aged_csv, report, path, headers, total_label)

    async def open_invoices(self, partner_id: str) -> list[OpenInvoice]:
        """A customer's open invoices in the company's currency, oldest due first."""
        return await self._run(queries.open_invoices, partner_id, self._backing.currency)

    async def due_invoices(self) -> list[DueInvoice]:
        """Every open customer invoice in the company's currency."""
        return await self._run(queries.due_invoices, self._backing.currency)

    async def partner_name(self, partner_id: str) -> str:
        return await self._run(queries.partner_name, partner_id)

    # --- the server's reports ----------------------------------------------------------

    @property
    def reports_offered(self) -> bool:
        """Whether the server computes receivables reports (aging and dashboard)."""
        connector = self._backing.connector
        return REPORTS in connector.capabilities and isinstance(connector, ReceivablesReports)

    async def kept_reports(self) -> dict[str, Any] | None:
        """The reports as last fetched (with `fetchedAt`), or None."""
        return await self._run(queries.kept_reports)

    async def fetch_reports(self) -> dict[str, Any] | None:
        """Both reports from the server, kept for offline; None when it offers none.

        Each is asked on its own: one the server fails (a real deployment's dashboard
        answers 500) is None, with the server's words under `failures`, and does not
        hide the other. Both failing is the first one's ApiError.
        """
        connector = self._backing.connector
        if REPORTS not in connector.capabilities or not isinstance(connector, ReceivablesReports):
            return None
        parts: dict[str, Any] = {}
        failures: dict[str, str] = {}
        first: ApiError | None = None
        for name, read in (("aging", connector.aging_report), ("dashboard", connector.dashboard)):
            try:
                parts[name] = await read()
            except ApiError as error:
                parts[name], failures[name] = None, error.message
                first = first or error
        if first is not None and len(failures) == len(parts):
            raise first
        fetched = datetime.now(UTC).isoformat(timespec="seconds")
        reports = {"fetchedAt": fetched, **parts, "failures": failures}
        await self._run(queries.keep_reports, reports)
        return reports
