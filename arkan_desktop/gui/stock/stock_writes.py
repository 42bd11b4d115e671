"""Stock writes beyond a single move: transfers, adjustments and scraps as outbox entries.

Builders only: no network, no cache. Each carries the row id as `reference` when the user
gave none, so a lost response can be looked up; the server's answer arrives by the pull
its inventory event triggers (quantities per location are the server's to compute).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from decimal import Decimal

from arkan_desktop.store.outbox import OutboxEntry
from arkan_desktop.sync.writes import Write


def _quantity(value: Decimal) -> str:
    return format(value.normalize(), "f")


def transfer_stock(
    from_location: tuple[str, str],
    to_location: tuple[str, str],
    lines: Sequence[tuple[str, Decimal]],
    reference: str = "",
    note: str = "",
) -> Write:
    """Several products from one location to another: ((id, code), (id, code), lines)."""
    row_id = str(uuid.uuid4())
    body = {
        "fromLocationId": from_location[0],
        "toLocationId": to_location[0],
        "lines": [{"productId": p, "quantity": _quantity(q)} for p, q in lines],
        "reference": reference or row_id,
        "note": note,
    }
    entry = OutboxEntry(
        resource="stock_moves",
        action="transfer",
        method="POST",
        path="/inventory/moves/transfer",
        body=body,
        description=f"Transfer {len(lines)} product(s) {from_location[1]} → {to_location[1]}",
        response_resource="",  # the answer is its own document; moves come by pull
        id=row_id,
    )
    return Write(entry, {})


def adjust_stock(
    location: tuple[str, str],
    reason: str,
    lines: Sequence[tuple[str, Decimal]],
    reference: str = "",
) -> Write:
    """Counted quantities at a location: the server books the differences."""
    row_id = str(uuid.uuid4())
    body = {
        "locationId": location[0],
        "reason": reason,
        "lines": [{"productId": p, "countedQuantity": _quantity(q)} for p, q in lines],
        "reference": reference or row_id,
    }
    entry = OutboxEntry(
        resource="stock_moves",
        action="adjust",
        method="POST",
        path="/inventory/adjustments",
        body=body,
        description=f"Adjust {len(lines)} product(s) at {location[1]}: {reason}",
        response_resource="",  # the answer is its own document; moves come by pull
        id=row_id,
    )
    return Write(entry, {})


def scrap_stock(
    product: tuple[str, str],
    location: tuple[str, str],
    quantity: Decimal,
    reason: tuple[str, str],
    note: str = "",
) -> Write:
    """Write stock off for a reason: ((id, sku), (id, code), quantity, (reason id, name))."""
    row_id = str(uuid.uuid4())
    body = {
        "productId": product[0],
        "locationId": location[0],
        "quantity": _quantity(quantity),
        "reasonId": reason[0],
        "note": note,
        "reference": row_id,
    }
    entry = OutboxEntry(
        resource="stock_moves",
        action="scrap",
        method="POST",
        path="/inventory/scrap",
        body=body,
        description=f"Scrap {_quantity(quantity)} × {product[1]} at {location[1]}: {reason[1]}",
        response_resource="",  # the answer is its own document; moves come by pull
        id=row_id,
    )
    return Write(entry, {})
