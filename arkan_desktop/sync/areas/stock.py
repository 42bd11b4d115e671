"""Stock: what the move dialogs offer, a product's stock by location, the move history's
filter, and the server's scrap reasons."""

from __future__ import annotations

from decimal import Decimal

from arkan_desktop.api import arkan_reads
from arkan_desktop.api.account import AccountSession
from arkan_desktop.api.errors import ApiError
from arkan_desktop.store.queries import stock as queries
from arkan_desktop.store.queries.filters import Condition
from arkan_desktop.store.queries.stock import StockChoices
from arkan_desktop.sync.areas.base import Area

Reasons = tuple[tuple[str, str], ...]


async def scrap_reasons(session: AccountSession) -> Reasons | None:
    """(id, name) of the server's scrap reasons; None when it cannot say now (offline,
    404, a bad answer) or lists none."""
    try:
        found = await arkan_reads.scrap_reasons(session)
    except (ApiError, KeyError, TypeError, ValueError):
        return None
    return found or None


class Stock(Area):
    async def choices(self) -> StockChoices:
        return await self._run(queries.stock_choices)

    async def by_location(self, product_id: str) -> list[tuple[str, str, Decimal]]:
        """(location code, name, quantity) where the product is held, biggest first."""
        return await self._run(queries.stock_by_location, product_id)

    def move_history(self, product_id: str = "") -> list[Condition]:
        """The conditions of the move history (of one product when given)."""
        return queries.move_history(product_id)

    async def scrap_reasons(self) -> Reasons | None:
        """The server's scrap reasons, (id, name) each; None when it cannot say now."""
        return await scrap_reasons(self._backing.session)
