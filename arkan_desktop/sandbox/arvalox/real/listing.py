"""Lists as the real backend pages them: `ORDER BY <sort_by> <sort_order> OFFSET … LIMIT …`.

From backend/app/api/v1/{customers,invoices,payments}.py: `sort_by` names any column (an
unknown name falls back to the list's default column), `per_page` is 1–100, and the answer
is `{<rows>: [...], total, page, per_page, total_pages}` with `total_pages` 0 for an empty
list. There is no tie-breaker: PostgreSQL's top-N sort orders rows with equal sort keys
differently for different `OFFSET + LIMIT` windows, so walking the pages of a list sorted
on a key with ties can show a row twice and another never. `_tie_order` reproduces that,
deterministically for a given window. NULLs sort last ascending and first descending.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from arkan_desktop.sandbox.arvalox.real.store import Record

# Column -> how PostgreSQL compares it ("int", "numeric"; text, dates and timestamps as text).
_TIMESTAMPS = {"id": "int", "organization_id": "int", "created_at": "text", "updated_at": "text"}
COLUMNS: dict[str, dict[str, str]] = {
    "customers": {
        **_TIMESTAMPS,
        "customer_code": "text",
        "name": "text",
        "email": "text",
        "phone": "text",
        "billing_address": "text",
        "shipping_address": "text",
        "credit_limit": "numeric",
        "payment_terms": "int",
        "tax_id": "text",
        "status": "text",
    },
    "invoices": {
        **_TIMESTAMPS,
        "invoice_number": "text",
        "customer_id": "int",
        "user_id": "int",
        "invoice_date": "text",
        "due_date": "text",
        "subtotal": "numeric",
        "tax_amount": "numeric",
        "total_amount": "numeric",
        "paid_amount": "numeric",
        "status": "text",
        "notes": "text",
    },
    "payments": {
        **_TIMESTAMPS,
        "invoice_id": "int",
        "user_id": "int",
        "payment_date": "text",
        "amount": "numeric",
        "payment_method": "text",
        "reference_number": "text",
        "status": "text",
        "notes": "text",
    },
}
DEFAULT_SORT = {"customers": "name", "invoices": "invoice_date", "payments": "payment_date"}


def _value(kind: str, raw: Any) -> Any:
    if kind == "numeric":
        return Decimal(str(raw))
    if kind == "int":
        return int(raw)
    return str(raw)


def _tie_order(row_id: int, window: int) -> bytes:
    return hashlib.blake2b(f"{row_id}/{window}".encode(), digest_size=8).digest()


def page_of(
    table: str,
    rows: list[Record],
    *,
    page: int,
    per_page: int,
    sort_by: str | None,
    sort_order: str | None,
    answer: Callable[[Record], Record],
) -> dict[str, Any]:
    column = sort_by if sort_by in COLUMNS[table] else DEFAULT_SORT[table]
    kind = COLUMNS[table][column]
    offset = (page - 1) * per_page
    window = offset + per_page

    def key(row: Record) -> tuple[bool, Any, bytes]:
        raw = row.get(column)
        if raw is None:
            return (True, 0 if kind != "text" else "", _tie_order(row["id"], window))
        return (False, _value(kind, raw), _tie_order(row["id"], window))

    ordered = sorted(rows, key=key, reverse=sort_order == "desc")
    total = len(ordered)
    return {
        table: [answer(r) for r in ordered[offset:window]],
        "total": total,
        "page": page,
        "per_page": per_page,
        "total_pages": (total + per_page - 1) // per_page,
    }


def contains(needle: str, *values: object) -> bool:
    """SQL `ILIKE '%needle%'` over some columns (NULL columns never match)."""
    lowered = needle.lower()
    return any(v is not None and lowered in str(v).lower() for v in values)
