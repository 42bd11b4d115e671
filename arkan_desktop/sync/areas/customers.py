"""Customers (partners billed by customer invoices)."""

from __future__ import annotations

from arkan_desktop.sync.areas.base import Area, Record


class Customers(Area):
    async def get(self, customer_id: str) -> Record | None:
        return await self._record("customers", customer_id)
