"""The warehouse station: its catalog snapshot, the document a return is made against,
and the scrap reasons it keeps offline."""

from __future__ import annotations

from arkan_desktop.api.arkan_reads import reasons_from
from arkan_desktop.domain.warehouse.catalog import Catalog
from arkan_desktop.store.queries import station as queries
from arkan_desktop.store.queries.station import ReturnSource
from arkan_desktop.sync.areas.base import Area
from arkan_desktop.sync.areas.stock import Reasons, scrap_reasons


class Station(Area):
    async def catalog(self) -> Catalog:
        """The snapshot every scan is answered from (with the writes still waiting)."""
        return await self._run(queries.catalog)

    async def return_source(self, number: str) -> ReturnSource | None:
        """The cached delivery or customer invoice numbered `number`, with the returns
        already made against it; None when this computer has neither."""
        return await self._run(queries.return_source, number)

    async def kept_scrap_reasons(self) -> Reasons:
        """The server's scrap reasons as last heard (() when never)."""
        return reasons_from(await self._run(queries.kept_scrap_reasons))

    async def fetch_scrap_reasons(self) -> Reasons | None:
        """The server's scrap reasons now, kept for offline; None when it cannot say."""
        found = await scrap_reasons(self._backing.session)
        if found:
            await self._run(queries.keep_scrap_reasons, list(found))
        return found
