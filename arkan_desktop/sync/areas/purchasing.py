"""Purchasing: one purchase order, the list's filter, what a new order names."""

from __future__ import annotations

from arkan_desktop.store.queries import purchasing as queries
from arkan_desktop.store.queries.filters import Condition
from arkan_desktop.store.queries.purchasing import OrderChoices
from arkan_desktop.sync.areas.base import Area, Record


class Purchasing(Area):
    async def order(self, order_id: str) -> Record | None:
        return await self._record("purchase_orders", order_id)

    def list_filter(self, state: str = "") -> list[Condition]:
        return queries.orders_in_state(state)

    async def choices(self) -> OrderChoices:
        return await self._run(queries.order_choices)
