"""What the company owes its vendors: bills, their list's filter and totals, open bills,
aged payables (from the cache, so offline too; its CSV on the files thread), what a new
bill names, and the received purchase orders bills are made from."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from arkan_desktop.domain.payables import OrderLineMatch
from arkan_desktop.domain.payments import OpenInvoice
from arkan_desktop.domain.receivables import AgedReport
from arkan_desktop.store.queries import payables as queries
from arkan_desktop.store.queries.filters import Condition
from arkan_desktop.store.queries.invoices import CurrencyTotal
from arkan_desktop.store.queries.payables import BillChoices, OrderToBill
from arkan_desktop.sync.areas.base import Area, Record
from arkan_desktop.sync.areas.receivables import write_aged_csv


class Payables(Area):
    async def bill(self, bill_id: str) -> Record | None:
        return await self._record("invoices", bill_id)

    def list_filter(self, state: str = "", partner_id: str = "") -> list[Condition]:
        """The bills list's conditions: vendor documents, by state and vendor."""
        return queries.vendor_documents(state, partner_id)

    async def totals(self, condition: Condition) -> list[CurrencyTotal]:
        """Per currency, what the rows a list shows add up to (due: posted bills only)."""
        return await self._run(queries.totals, condition)

    async def aged(self, as_of: date) -> AgedReport:
        return await self._run(queries.aged_payables, as_of)

    async def export_aged(
        self, report: AgedReport, path: Path, headers: list[str], total_label: str
    ) -> int:
        """Write an aged payables report as CSV; returns the rows written."""
        threads = self._backing.threads
        return await threads.in_files(write_aged_csv, report, path, headers, total_label)

    async def open_bills(self, partner_id: str, any_currency: bool = False) -> list[OpenInvoice]:
        """A vendor's open bills, oldest due first (in the company's currency, unless
        `any_currency`)."""
        currency = None if any_currency else self._backing.currency
        return await self._run(queries.open_bills, partner_id, currency)

    async def vendor_name(self, partner_id: str) -> str:
        return await self._run(queries.vendor_name, partner_id)

    async def choices(self) -> BillChoices:
        return await self._run(queries.bill_choices)

    async def orders_to_bill(self) -> list[OrderToBill]:
        return await self._run(queries.orders_to_bill)

    async def order_match(
        self, order_id: str, excluding: str | None = None
    ) -> tuple[Record, list[OrderLineMatch]] | None:
        """A received order and, per line, ordered / received / billed by other bills."""
        return await self._run(queries.order_to_bill, order_id, excluding)
