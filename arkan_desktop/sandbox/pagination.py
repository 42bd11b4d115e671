"""Cursor pagination exactly as the API reference publishes it.

`limit` (default 25, at most 100), `cursor`, `sort` (default createdAt), `order`
(default desc); answers `{data, meta: {total, limit, cursor, hasMore}}`. Cursors are
keyset positions (the sort value and the id of the last record sent), so a walk returns
every record exactly once even while records are being inserted.
"""

from __future__ import annotations

import base64
import binascii
import json
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from fastapi import Request
from fastapi.responses import Response
from sqlalchemy import Connection, func, select, tuple_

from arkan_desktop.sandbox.errors import ApiError
from arkan_desktop.sandbox.kinds import COMMON_FILTERS, KINDS
from arkan_desktop.sandbox.storage import records
from arkan_desktop.sandbox.unit_of_work import filter_clause

DEFAULT_LIMIT = 25
MAX_LIMIT = 100

# meta.total is a COUNT(*) over the filtered set: ~30 ms on 170,000 moves, paid on every
# page of a walk. Totals are kept per (company, kind, filters) and recounted only after a
# commit has touched that kind (its version moved on).
_totals_lock = threading.Lock()
_versions: dict[tuple[str, str, str], int] = {}
_totals: dict[tuple[Any, ...], tuple[int, int]] = {}
_MAX_TOTALS = 4096


def changed_kinds(database: str, company_id: str, kinds: Iterable[str]) -> None:
    """After a commit to `database`: totals of these kinds must be counted again."""
    with _totals_lock:
        for kind in kinds:
            key = (database, company_id, kind)
            _versions[key] = _versions.get(key, 0) + 1


def counted_total(
    conn: Connection, key: tuple[Any, ...], company_id: str, kind: str, count: Callable[[], int]
) -> int:
    """meta.total for one filtered list, counted again only when that kind changed."""
    database = str(conn.engine.url)
    key = (database, *key)
    with _totals_lock:
        version = _versions.get((database, company_id, kind), 0)
        known = _totals.get(key)
    if known is not None and known[0] == version:
        return known[1]
    total = count()
    with _totals_lock:
        if len(_totals) >= _MAX_TOTALS:
            _totals.clear()
        _totals[key] = (version, total)
    return total


_SORT_COLUMNS = {"createdAt": "created_at", "updatedAt": "updated_at", "date": "date"}
_PAGING_PARAMS = {"limit", "cursor", "sort", "order", "search"}


def encode_cursor(sort: str, order: str, value: str, record_id: str) -> str:
    raw = json.dumps({"s": sort, "o": order, "v": value, "id": record_id}, separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(cursor: str, sort: str, order: str) -> tuple[str, str]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        data = json.loads(base64.urlsafe_b64decode(padded.encode()))
        value, record_id = str(data["v"]), str(data["id"])
        same_walk = data["s"] == sort and data["o"] == order
    except (ValueError, KeyError, TypeError, binascii.Error):
        raise ApiError.field("cursor", "is not a cursor this server issued") from None
    if not same_walk:
        raise ApiError.field("cursor", "belongs to a walk with another sort or order")
    return value, record_id


def parse_limit(raw: str | None) -> int:
    if raw is None or raw == "":
        return DEFAULT_LIMIT
    try:
        limit = int(raw)
    except ValueError:
        raise ApiError.field("limit", "must be a whole number") from None
    if limit < 1:
        raise ApiError.field("limit", "must be at least 1")
    if limit > MAX_LIMIT:
        raise ApiError.field("limit", f"must be at most {MAX_LIMIT}")
    return limit


def list_records(
    conn: Connection,
    company_id: str,
    kind_name: str,
    params: Mapping[str, str],
    fixed_filters: Mapping[str, str] | None = None,
    where_also: Sequence[Any] = (),
) -> Response:
    """Answer one page of a list endpoint, straight from the stored JSON bodies.

    `where_also`: conditions beyond equality filters (a date range, a field that must be
    absent), as SQLAlchemy clauses over `records`."""
    kind = KINDS[kind_name]
    limit = parse_limit(params.get("limit"))
    sort = params.get("sort") or "createdAt"
    order = (params.get("order") or "desc").lower()
    if sort not in kind.sort_fields:
        raise ApiError.field("sort", f"must be one of {', '.join(kind.sort_fields)}")
    if order not in ("asc", "desc"):
        raise ApiError.field("order", "must be asc or desc")
    column = records.c[_SORT_COLUMNS.get(sort, "label")]

    where = [records.c.company_id == company_id, records.c.kind == kind.name]
    filters = dict(params)
    filters.update(fixed_filters or {})
    for name, value in filters.items():
        if name in _PAGING_PARAMS:
            continue
        if name not in COMMON_FILTERS and name not in kind.body_filters:
            allowed = sorted({*COMMON_FILTERS, *kind.body_filters, *_PAGING_PARAMS})
            raise ApiError.field(
                name, f"is not a filter of this list (known: {', '.join(allowed)})"
            )
        where.append(filter_clause(kind.name, name, value))
    search = (params.get("search") or "").strip()
    if search:
        pattern = f"%{search.replace('%', '').replace('_', '')}%"
        where.append(
            records.c.label.like(pattern)
            | func.json_extract(records.c.body, "$.name").like(pattern)
        )

    where.extend(where_also)
    extra = tuple(str(c.compile(compile_kwargs={"literal_binds": True})) for c in where_also)
    key = (company_id, kind.name, tuple(sorted(filters.items())), search, extra)
    total = counted_total(
        conn,
        key,
        company_id,
        kind.name,
        lambda: conn.execute(select(func.count()).select_from(records).where(*where)).scalar_one(),
    )

    query = select(records.c.id, column, records.c.body).where(*where)
    position = tuple_(column, records.c.id)
    cursor = params.get("cursor")
    if cursor:
        value, record_id = decode_cursor(cursor, sort, order)
        query = query.where(
            position < (value, record_id) if order == "desc" else position > (value, record_id)
        )
    if order == "desc":
        query = query.order_by(column.desc(), records.c.id.desc())
    else:
        query = query.order_by(column.asc(), records.c.id.asc())
    rows = conn.execute(query.limit(limit + 1)).all()

    has_more = len(rows) > limit
    rows = rows[:limit]
    next_cursor = encode_cursor(sort, order, rows[-1][1], rows[-1][0]) if has_more else None
    meta = {"total": total, "limit": limit, "cursor": next_cursor, "hasMore": has_more}
    body = '{"data":[' + ",".join(r[2] for r in rows) + '],"meta":' + json.dumps(meta) + "}"
    return Response(body, media_type="application/json")


def list_response(items: list[dict[str, Any]]) -> dict[str, Any]:
    """A list that is small and computed (companies, reasons): one page, no cursor."""
    return {
        "data": items,
        "meta": {
            "total": len(items),
            "limit": max(len(items), DEFAULT_LIMIT),
            "cursor": None,
            "hasMore": False,
        },
    }


def query_params(request: Request) -> dict[str, str]:
    return dict(request.query_params)
