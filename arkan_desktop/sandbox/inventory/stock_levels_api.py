"""`GET /inventory/stock` (assumed): every product × location quantity, as a paged list.

The published reference only offers stock per product; a client that caches stock per
location would need one request per product. This list pages the quantities like any
other resource (cursor, `sort=updatedAt`), so a client pulls only what changed. A level
that drops to zero stays listed with quantity "0": that is a change the client must see.
"""

from __future__ import annotations

import json
from decimal import Decimal

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from sqlalchemy import Connection, func, select, tuple_

from arkan_desktop.sandbox.context import Ctx, company_ctx
from arkan_desktop.sandbox.errors import ApiError
from arkan_desktop.sandbox.money import qty
from arkan_desktop.sandbox.pagination import (
    counted_total,
    decode_cursor,
    encode_cursor,
    parse_limit,
)
from arkan_desktop.sandbox.storage import stock_quants
from arkan_desktop.sandbox.unit_of_work import iter_all

router = APIRouter(prefix="/inventory", tags=["inventory", "assumed"])

_SORTS = {"updatedAt": stock_quants.c.updated_at, "createdAt": stock_quants.c.created_at}
_FILTERS = {"productId": stock_quants.c.product_id, "locationId": stock_quants.c.location_id}


def _locations(conn: Connection, company_id: str) -> dict[str, dict[str, str]]:
    return {loc["id"]: loc for loc in iter_all(conn, company_id, "location")}


@router.get("/stock", summary="List stock levels per product and location")
def list_stock_levels(
    request: Request, ctx: Ctx = Depends(company_ctx("inventory.read"))
) -> Response:
    params = dict(request.query_params)
    limit = parse_limit(params.get("limit"))
    sort = params.get("sort") or "createdAt"
    order = (params.get("order") or "desc").lower()
    if sort not in _SORTS:
        raise ApiError.field("sort", f"must be one of {', '.join(_SORTS)}")
    if order not in ("asc", "desc"):
        raise ApiError.field("order", "must be asc or desc")
    column = _SORTS[sort]
    where = [stock_quants.c.company_id == ctx.company_id]
    for name, value in params.items():
        if name in ("limit", "cursor", "sort", "order"):
            continue
        if name not in _FILTERS:
            known = ", ".join([*_FILTERS, "limit", "cursor", "sort", "order"])
            raise ApiError.field(name, f"is not a filter of this list (known: {known})")
        where.append(_FILTERS[name] == value)
    position = tuple_(column, stock_quants.c.id)
    query = select(stock_quants).where(*where)
    if params.get("cursor"):
        value, last_id = decode_cursor(params["cursor"], sort, order)
        query = query.where(
            position < (value, last_id) if order == "desc" else position > (value, last_id)
        )
    direction = (
        (column.desc(), stock_quants.c.id.desc())
        if order == "desc"
        else (column.asc(), stock_quants.c.id.asc())
    )
    with ctx.read() as conn:
        filters = tuple(sorted((k, v) for k, v in params.items() if k in _FILTERS))
        total = counted_total(
            conn,
            (ctx.company_id, "stock_level", filters),
            ctx.company_id,
            "stock_level",
            lambda: conn.execute(
                select(func.count()).select_from(stock_quants).where(*where)
            ).scalar_one(),
        )
        rows = conn.execute(query.order_by(*direction).limit(limit + 1)).mappings().all()
        locations = _locations(conn, ctx.company_id) if rows else {}
    has_more = len(rows) > limit
    rows = rows[:limit]
    data = []
    for row in rows:
        location = locations.get(row["location_id"], {})
        data.append(
            {
                "id": row["id"],
                "productId": row["product_id"],
                "locationId": row["location_id"],
                "locationCode": location.get("code", ""),
                "warehouseId": location.get("warehouseId"),
                "quantity": qty(Decimal(row["quantity"])),
                "createdAt": row["created_at"],
                "updatedAt": row["updated_at"],
            }
        )
    cursor = None
    if has_more:
        last = rows[-1]
        cursor = encode_cursor(sort, order, last[column.name], last["id"])
    meta = {"total": total, "limit": limit, "cursor": cursor, "hasMore": has_more}
    return Response(json.dumps({"data": data, "meta": meta}), media_type="application/json")
