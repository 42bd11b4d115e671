"""Customers and vendors of an Arkan server, and their contact persons."""

from __future__ import annotations

from arkan_desktop.store.queries import partners as queries
from arkan_desktop.store.queries.partners import ContactRow
from arkan_desktop.sync.areas.base import Area, Record
from arkan_desktop.sync.commands.partners import resource_of


class Partners(Area):
    def offers(self, role: str) -> bool:
        """Whether the server lists partners of this role (customers or vendors)."""
        resource = resource_of(role)
        backing = self._backing
        return resource in backing.connector.resources and (
            resource not in backing.service.unavailable
        )

    async def get(self, role: str, partner_id: str) -> Record | None:
        return await self._record(resource_of(role), partner_id)

    async def contacts(self, partner_id: str) -> list[ContactRow]:
        return await self._run(queries.contacts_of, partner_id)
