"""Stock writes: a move, a transfer of several products, an adjustment, a count, a scrap.

Each carries the row's id as `reference` (unless the user gave one), so a lost answer can
be looked up. Only a single move shows at once as a record of its own; the others answer
with a document of their own (`response_resource` ""), and the moves they make arrive by
the pull their inventory event triggers (quantities per location are the server's to
compute). Products and locations are passed as (id, label) pairs: the label (SKU,
location code) is only for the description.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from arkan_desktop.domain.commands import Command
from arkan_desktop.domain.money import to_decimal
from arkan_desktop.store.outbox import OutboxEntry, new_temp_id
from arkan_desktop.sync.commands.descriptions import describe
from arkan_desktop.sync.commands.wire import Write, new_row_id, now_stamp, quantity_text, today

RESOURCE = "stock_moves"
# The reasons every server accepts as a scrap's `reasonId` when it lists none of its own.
STANDARD_SCRAP_REASONS = ("damaged", "expired", "defective", "lost", "quality_failure", "other")
Ref = tuple[str, str]  # (id, what the user knows it by: a SKU, a location code)


def move_stock(draft: dict[str, Any], product: dict[str, Any] | None = None) -> Write:
    """A stock move between two locations: {productId, fromLocationId, toLocationId, quantity}."""
    row_id = new_row_id()
    temp_id = new_temp_id()
    body = copy.deepcopy(draft)
    body["reference"] = body.get("reference") or row_id
    quantity = to_decimal(body["quantity"], "quantity")
    body["quantity"] = str(quantity)
    stamp = now_stamp()
    record = {
        **body,
        "id": temp_id,
        "number": "",
        "type": "internal",
        "state": "draft",
        "date": today(),
        "sku": (product or {}).get("sku", ""),
        "createdAt": stamp,
        "updatedAt": stamp,
    }
    sku = (product or {}).get("sku", "product")
    entry = OutboxEntry(
        Command(RESOURCE, "create", None, body),
        describe("stock.move", quantity=quantity, sku=sku),
        temp_id=temp_id,
        id=row_id,
    )
    return Write(entry, {RESOURCE: [record]})


def transfer_stock(
    from_location: Ref,
    to_location: Ref,
    lines: Sequence[tuple[str, Decimal]],
    reference: str = "",
    note: str = "",
) -> Write:
    """Several products from one location to another: lines of (product id, quantity)."""
    row_id = new_row_id()
    body = {
        "fromLocationId": from_location[0],
        "toLocationId": to_location[0],
        "lines": [{"productId": p, "quantity": quantity_text(q)} for p, q in lines],
        "reference": reference or row_id,
        "note": note,
    }
    entry = OutboxEntry(
        Command(RESOURCE, "transfer", None, body),
        describe(
            "stock.transfer", count=len(lines), source=from_location[1], destination=to_location[1]
        ),
        response_resource="",  # the answer is its own document; moves come by pull
        id=row_id,
    )
    return Write(entry, {})


def adjust_stock(
    location: Ref, reason: str, lines: Sequence[tuple[str, Decimal]], reference: str = ""
) -> Write:
    """Counted quantities at a location: the server books the differences."""
    row_id = new_row_id()
    body = {
        "locationId": location[0],
        "reason": reason,
        "lines": [{"productId": p, "countedQuantity": quantity_text(q)} for p, q in lines],
        "reference": reference or row_id,
    }
    entry = OutboxEntry(
        Command(RESOURCE, "adjust", None, body),
        describe("stock.adjust", count=len(lines), location=location[1], reason=reason),
        response_resource="",  # the answer is its own document; moves come by pull
        id=row_id,
    )
    return Write(entry, {})


def count_cycle(
    location: dict[str, Any], counted: list[tuple[dict[str, Any], Decimal]], note: str = ""
) -> Write:
    """A cycle count at one location, applied at once: each product becomes its count.

    The server answers with the count document (expected, counted, difference per line),
    not a record the cache keeps: `response_resource` is "". The stock levels change on
    the server and come back with the next pull of the inventory module.
    """
    row_id = new_row_id()
    for product, quantity in counted:
        if quantity < 0:
            raise ValueError(f"a count cannot be negative ({product.get('sku')}: {quantity})")
    body: dict[str, Any] = {
        "locationId": location["id"],
        "lines": [
            {"productId": str(product["id"]), "countedQuantity": quantity_text(quantity)}
            for product, quantity in counted
        ],
        "apply": True,
        "reference": row_id,
    }
    if note:
        body["note"] = note
    entry = OutboxEntry(
        Command(RESOURCE, "cycle_count", None, body),
        describe("stock.count", count=len(counted), location=location.get("code")),
        id=row_id,
        response_resource="",
    )
    return Write(entry, {})


def scrap(product: Ref, location: Ref, quantity: Decimal, reason: Ref, note: str = "") -> Write:
    """Write stock off at a location for a reason ((reason id or code, its name)).

    The server answers with the scrap order, not a record the cache keeps
    (`response_resource` ""); its stock move arrives with the next pull.
    """
    if quantity <= 0:
        raise ValueError(f"a scrap needs a quantity above zero, not {quantity}")
    row_id = new_row_id()
    body: dict[str, Any] = {
        "productId": product[0],
        "locationId": location[0],
        "quantity": quantity_text(quantity),
        "reasonId": reason[0],
        "reference": row_id,
    }
    if note:
        body["note"] = note
    entry = OutboxEntry(
        Command(RESOURCE, "scrap", None, body),
        describe(
            "stock.scrap",
            quantity=quantity_text(quantity),
            sku=product[1],
            location=location[1],
            reason=reason[1],
        ),
        id=row_id,
        response_resource="",
    )
    return Write(entry, {})
