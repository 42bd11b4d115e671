"""Arkan reads that are not a cached resource: scrap reasons, two accounting reports and
a product's available-to-promise.

The station and the Stock tab offer the server's scrap reasons; the Ledger's reports view
shows the server's profit & loss and balance sheet; the sales order editor shows what
each product can still be promised. Each is one GET through a signed-in
session; the answers come back as the server sent them (amounts as Decimal), except the
scrap reasons, read as (id, name) pairs. Nothing above `api/` names these endpoints.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol
from urllib.parse import quote


class Requests(Protocol):
    """What these reads need of a session: one GET."""

    async def request(
        self, method: str, path: str, *, params: Mapping[str, Any] | None = None
    ) -> Any: ...


def reasons_from(body: Any) -> tuple[tuple[str, str], ...]:
    """(id, name) from a reasons answer or a copy of its list; () when it has none."""
    data = body.get("data") if isinstance(body, Mapping) else body
    if not isinstance(data, list):
        return ()
    return tuple(
        (str(item["id"]), str(item.get("name") or item.get("code") or item["id"]))
        for item in data
        if isinstance(item, Mapping) and item.get("id")
    )


async def scrap_reasons(session: Requests) -> tuple[tuple[str, str], ...]:
    """The server's scrap reasons, (id, name) each; () when it lists none."""
    return reasons_from(await session.request("GET", "/inventory/scrap/reasons"))


async def profit_and_loss(session: Requests, start: str, end: str) -> Any:
    """The profit & loss report for a period (ISO dates, both included)."""
    period = {"from": start, "to": end}
    return await session.request("GET", "/accounting/reports/profit-loss", params=period)


async def balance_sheet(session: Requests, as_of: str) -> Any:
    """The balance sheet as of a day (ISO date)."""
    params = {"asOf": as_of}
    return await session.request("GET", "/accounting/reports/balance-sheet", params=params)


async def available_to_promise(
    session: Requests, product_id: str, warehouse_id: str | None = None
) -> Any:
    """What a product can still be promised: on hand, reserved, committed, incoming, in
    total and per warehouse (one warehouse's when `warehouse_id` is given)."""
    params = {"warehouseId": warehouse_id} if warehouse_id else None
    path = f"/sales/deliveries/atp/{quote(product_id, safe='')}"
    return await session.request("GET", path, params=params)
