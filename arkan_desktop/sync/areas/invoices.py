"""Customer invoices: one invoice, the list's filter and totals, what a new invoice names."""

from __future__ import annotations

from arkan_desktop.store.queries import invoices as queries
from arkan_desktop.store.queries.filters import Condition
from arkan_desktop.store.queries.invoices import Client, CurrencyTotal, Product
from arkan_desktop.sync.areas.base import Area, Record


class Invoices(Area):
    async def get(self, invoice_id: str) -> Record | None:
        return await self._record("invoices", invoice_id)

    def list_filter(self, state: str = "", partner_id: str = "") -> list[Condition]:
        """The conditions of the invoice list: customer documents, by state and customer."""
        return queries.customer_documents(state, partner_id)

    async def totals(self, condition: Condition) -> list[CurrencyTotal]:
        """Per currency, what the rows a list shows add up to."""
        return await self._run(queries.totals, condition)

    async def credit_note_originals(self, ids: list[str]) -> list[str]:
        return await self._run(queries.credit_note_originals, ids)

    async def clients(self) -> list[Client]:
        return await self._run(queries.clients)

    async def products(self) -> list[Product]:
        return await self._run(queries.products)
