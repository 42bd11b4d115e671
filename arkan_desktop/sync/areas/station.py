"""The warehouse station: its catalog snapshot, the document a return is made against,
the scrap reasons it keeps offline, and what it does on a server that lists no stock or
locations (the endpoints the reference leaves out): a product's stock asked when it is
scanned, location barcodes learnt from labels."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from arkan_desktop.api.arkan_reads import locations_from_stock, reasons_from
from arkan_desktop.api.connector import StockByProduct
from arkan_desktop.api.errors import ApiError
from arkan_desktop.domain.warehouse.catalog import Catalog
from arkan_desktop.store.cache import Cache
from arkan_desktop.store.queries import station as queries
from arkan_desktop.store.queries.station import ReturnSource
from arkan_desktop.sync.areas.base import Area
from arkan_desktop.sync.areas.stock import Reasons, scrap_reasons

# What the station reads from lists the reference does not publish.
STATION_LISTS = ("locations", "stock_levels", "warehouses")


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

    @property
    def missing_lists(self) -> frozenset[str]:
        """The lists the station reads that this server does not offer (of STATION_LISTS)."""
        unavailable: Mapping[str, str] = self._backing.service.unavailable
        return frozenset(name for name in STATION_LISTS if name in unavailable)

    async def product_stock(self, product_id: str) -> list[dict[str, Any]] | None:
        """A product's stock by location asked of the server now, kept in the cache with
        the locations it names; None when it cannot be asked (offline, not offered, the
        server refused)."""
        connector = self._backing.connector
        if not self._backing.online or not isinstance(connector, StockByProduct):
            return None
        try:
            levels = await connector.product_stock(product_id)
        except ApiError:
            return None
        await self._run(queries.keep_product_stock, levels, locations_from_stock(levels))
        return levels

    async def learn_location_barcode(self, barcode: str, location_id: str, source: str) -> None:
        """Remember that `barcode` names the location, from a label "printed" or "scanned"."""
        await self._run(Cache.learn_location_barcode, barcode, location_id, source)

    async def learned_barcodes(self) -> dict[str, str]:
        """Every location barcode the station learnt -> its location."""
        return await self._run(Cache.learned_location_barcodes)
