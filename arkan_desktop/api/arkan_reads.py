"""Arkan reads that are not a cached resource: scrap reasons, two accounting reports, a
product's stock by location and its available-to-promise.

The station and the Stock tab offer the server's scrap reasons; the Ledger's reports view
shows the server's profit & loss and balance sheet; the sales order editor shows what
each product can still be promised. Each is one GET through a signed-in
session; the answers come back as the server sent them (amounts as Decimal), except the
scrap reasons, read as (id, name) pairs. Nothing above `api/` names these endpoints.

A server without the endpoints the reference does not list (warehouses, locations, the
bulk stock list) still answers `GET /inventory/products/:id/stock` (published):
`product_stock` reads it as stock levels, and `locations_from_stock` derives the locations
those name (id, code, warehouse) so the station can work from them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol
from urllib.parse import quote

from arkan_desktop.api.wire import parse_page


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


def _quantity_levels(product_id: str, body: Mapping[str, Any]) -> list[dict[str, Any]]:
    rows = body.get("data") if isinstance(body.get("data"), list) else body.get("locations")
    levels = []
    for row in rows if isinstance(rows, list) else []:
        if not isinstance(row, Mapping) or not row.get("locationId"):
            continue
        location = str(row["locationId"])
        levels.append(
            {
                "id": f"{product_id}@{location}",
                "productId": product_id,
                "locationId": location,
                "locationCode": row.get("locationCode") or row.get("code"),
                "warehouseId": row.get("warehouseId"),
                "quantity": row.get("quantity"),
            }
        )
    return levels


async def product_stock(session: Requests, product_id: str) -> list[dict[str, Any]]:
    """A product's stock by location (`GET /inventory/products/:id/stock`) as stock-level
    records (`{id: <product>@<location>, productId, locationId, locationCode, warehouseId,
    quantity}`), the shape the cache's stock_levels keep."""
    path = f"/inventory/products/{quote(product_id, safe='')}/stock"
    body = await session.request("GET", path)
    return _quantity_levels(product_id, body) if isinstance(body, Mapping) else []


def locations_from_stock(levels: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The locations stock levels name, as location records (`{id, code, name,
    warehouseId, barcode: None, derived: True}`): a server without a locations list still
    names where its stock is. No barcode: the station learns those (store/learned.py)."""
    found: dict[str, dict[str, Any]] = {}
    for level in levels:
        location = str(level.get("locationId") or "")
        if not location or location in found:
            continue
        code = level.get("locationCode") or location
        found[location] = {
            "id": location,
            "code": code,
            "name": code,
            "warehouseId": level.get("warehouseId"),
            "barcode": None,
            "derived": True,
        }
    return sorted(found.values(), key=lambda record: str(record["code"]))


async def exportable_payments(session: Requests, category: str, pages: int = 20) -> list[Any]:
    """The payments a bank file may carry (posted, by bank, not exported), of a category
    ("vendor" or "salary"), every page up to `pages` of 100."""
    found: list[Any] = []
    params: dict[str, Any] = {"category": category, "limit": 100}
    for _ in range(pages):
        page = parse_page(
            await session.request("GET", "/accounting/batch-payment/exportable", params=params)
        )
        found.extend(page.records)
        if not page.has_more or not page.cursor:
            break
        params["cursor"] = page.cursor
    return found


async def available_to_promise(
    session: Requests, product_id: str, warehouse_id: str | None = None
) -> Any:
    """What a product can still be promised: on hand, reserved, committed, incoming, in
    total and per warehouse (one warehouse's when `warehouse_id` is given)."""
    params = {"warehouseId": warehouse_id} if warehouse_id else None
    path = f"/sales/deliveries/atp/{quote(product_id, safe='')}"
    return await session.request("GET", path, params=params)
