"""Sales: one order, delivery or return; the lists' filters; what a new order names; and
a product's available-to-promise, asked of the server and kept a few seconds.

Available-to-promise is the server's to compute (reservations, confirmed orders, goods
incoming): it is fetched when an editor line asks, kept briefly so typing a line does not
ask again and again, and never cached on disk. Offline, or on a server without it, the
answer is None and the editor shows nothing rather than a stale figure.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from arkan_desktop.api import arkan_reads
from arkan_desktop.api.errors import ApiError
from arkan_desktop.domain.money import MoneyError, to_decimal
from arkan_desktop.store.queries import sales as queries
from arkan_desktop.store.queries.filters import Condition
from arkan_desktop.store.queries.sales import SalesChoices
from arkan_desktop.sync.areas.base import Area, Record

ATP_SECONDS = 20.0  # how long an answer is kept


@dataclass(frozen=True)
class Availability:
    """A product's figures (in one warehouse, or all of them), as the server said."""

    product_id: str
    available: Decimal  # available to promise: on hand − reserved − committed
    on_hand: Decimal
    reserved: Decimal
    committed: Decimal
    incoming: Decimal


def _figure(body: Mapping[str, Any], name: str) -> Decimal:
    try:
        return to_decimal(body.get(name) or 0)
    except MoneyError:
        return Decimal(0)


def availability_from(product_id: str, body: Any) -> Availability | None:
    """The figures of an answer of `/sales/deliveries/atp/:id` (None when it has none)."""
    if not isinstance(body, Mapping) or "availableToPromise" not in body:
        return None
    return Availability(
        product_id,
        _figure(body, "availableToPromise"),
        _figure(body, "onHand"),
        _figure(body, "reserved"),
        _figure(body, "committed"),
        _figure(body, "incoming"),
    )


class Sales(Area):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._kept: dict[tuple[str, str], tuple[float, Availability | None]] = {}
        self._asking: dict[tuple[str, str], asyncio.Future[Availability | None]] = {}

    async def order(self, order_id: str) -> Record | None:
        return await self._record("sales_orders", order_id)

    async def delivery(self, delivery_id: str) -> Record | None:
        return await self._record("deliveries", delivery_id)

    async def sales_return(self, return_id: str) -> Record | None:
        return await self._record("sales_returns", return_id)

    async def client(self, partner_id: str) -> Record | None:
        """The client a document is for (its name and address), as cached."""
        return await self._record("clients", partner_id)

    async def choices(self) -> SalesChoices:
        return await self._run(queries.order_choices)

    def order_filter(self, state: str = "") -> list[Condition]:
        return queries.orders_in_state(state)

    def delivery_filter(self, state: str = "") -> list[Condition]:
        return queries.deliveries_in_state(state)

    def return_filter(self, state: str = "") -> list[Condition]:
        return queries.returns_in_state(state)

    def kept_availability(self, product_id: str, warehouse_id: str = "") -> Availability | None:
        """The figure kept from a recent answer, if there is one (no request)."""
        kept = self._kept.get((product_id, warehouse_id))
        if kept is None or time.monotonic() - kept[0] > ATP_SECONDS:
            return None
        return kept[1]

    async def availability(self, product_id: str, warehouse_id: str = "") -> Availability | None:
        """Available-to-promise of a product (in a warehouse); None when the server cannot
        say now (offline, no such endpoint). Answers are kept for ATP_SECONDS, and one
        request serves every caller asking the same at once."""
        key = (product_id, warehouse_id)
        kept = self._kept.get(key)
        if kept is not None and time.monotonic() - kept[0] <= ATP_SECONDS:
            return kept[1]
        asking = self._asking.get(key)
        if asking is not None:
            return await asking
        future: asyncio.Future[Availability | None] = asyncio.get_running_loop().create_future()
        self._asking[key] = future
        try:
            found = await self._ask(product_id, warehouse_id)
            self._kept[key] = (time.monotonic(), found)
            future.set_result(found)
            return found
        finally:
            del self._asking[key]
            if not future.done():
                future.set_result(None)

    async def _ask(self, product_id: str, warehouse_id: str) -> Availability | None:
        if not self._backing.online:
            return None
        try:
            body = await arkan_reads.available_to_promise(
                self._backing.session, product_id, warehouse_id or None
            )
        except ApiError:
            return None
        return availability_from(product_id, body)
