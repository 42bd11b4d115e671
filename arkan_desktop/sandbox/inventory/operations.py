"""Stock operations: moves, transfers, adjustments, cycle counts, barcode moves and scrap.

The endpoints and the demo seeder both call these functions, so a seeded history obeys
the same rules as a live one. Every quantity change goes through `stock.move_stock`;
operations that change the value of stock (adjustments, counts, scrap) also post a
journal entry at the product's cost. `at` is a historical timestamp for seeded records
(None: now).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from arkan_desktop.sandbox import clock
from arkan_desktop.sandbox.accounting.ledger import (
    INVENTORY,
    INVENTORY_ADJUSTMENT,
    SCRAP_EXPENSE,
    company_currency,
    create_entry,
)
from arkan_desktop.sandbox.errors import ApiError
from arkan_desktop.sandbox.inventory.stock import INTERNAL, move_stock, virtual_location
from arkan_desktop.sandbox.money import ZERO, money, qty, round_money
from arkan_desktop.sandbox.unit_of_work import UnitOfWork, new_id

ProductQuantity = tuple[dict[str, Any], Decimal]

SCRAP_REASONS = (
    ("damaged", "Damaged"),
    ("expired", "Expired"),
    ("defective", "Defective"),
    ("lost", "Lost"),
    ("quality_failure", "Quality failure"),
    ("other", "Other"),
)
_REASON_NAMESPACE = uuid.UUID("6f1c2f4e-3b7a-4d0e-9a51-5c2b8e7d0a10")


# --- shared helpers ----------------------------------------------------------------------


def day_of(at: str | None) -> str:
    """The business date of an operation: the day of `at`, or today."""
    return at[:10] if at else clock.today()


def finish(
    uow: UnitOfWork, kind: str, record: dict[str, Any], at: str | None, event: str | None = None
) -> dict[str, Any]:
    """Save a changed record; seeded history keeps its own timestamp."""
    return uow.save(kind, record, event, at=at)


def require_location(
    uow: UnitOfWork, location_id: str | None, field: str, *, internal: bool = True
) -> dict[str, Any]:
    """A location of this company (by default one that holds stock), else a 400 on `field`."""
    location = uow.get("location", location_id) if location_id else None
    if location is None:
        raise ApiError.field(field, f"{location_id or 'it'} is not a location of this company")
    if internal and location["type"] != INTERNAL:
        raise ApiError.field(
            field,
            f"{location['code']} is a {location['type']} location; "
            "only internal locations hold stock",
        )
    return location


def require_product(uow: UnitOfWork, product_id: str | None, field: str) -> dict[str, Any]:
    """A stock-keeping product of this company, else a 400 on `field`."""
    product = uow.get("product", product_id) if product_id else None
    if product is None:
        raise ApiError.field(field, f"{product_id or 'it'} is not a product of this company")
    if product.get("type") == "service":
        raise ApiError.field(field, f"{product['sku']} is a service and has no stock")
    return product


def check_available(
    uow: UnitOfWork, source: dict[str, Any], lines: Sequence[ProductQuantity], fields: Sequence[str]
) -> None:
    """Refuse (400, every short line named) unless the source holds all the lines need."""
    if source["type"] != INTERNAL:
        return
    needed: dict[str, Decimal] = {}
    errors = []
    for (product, quantity), field in zip(lines, fields, strict=True):
        needed[product["id"]] = needed.get(product["id"], ZERO) + quantity
        have = uow.quantity(product["id"], source["id"])
        if needed[product["id"]] > have:
            errors.append(
                {
                    "field": field,
                    "message": f"only {qty(have)} of {product['sku']} at {source['code']}, "
                    f"cannot move {qty(needed[product['id']])}",
                }
            )
    if errors:
        raise ApiError(400, f"Not enough stock at {source['code']}", errors)


def _unit_cost(product: dict[str, Any]) -> Decimal:
    return Decimal(product.get("cost") or 0)


def _refuse_duplicates(products: Sequence[dict[str, Any]]) -> None:
    seen: set[str] = set()
    for i, product in enumerate(products):
        if product["id"] in seen:
            raise ApiError.field(
                f"lines[{i}].productId", f"{product['sku']} is on more than one line"
            )
        seen.add(product["id"])


# --- moves and transfers -----------------------------------------------------------------


def internal_move(
    uow: UnitOfWork,
    *,
    product: dict[str, Any],
    source: dict[str, Any],
    destination: dict[str, Any],
    quantity: Decimal,
    reference: str = "",
    note: str = "",
    source_type: str = "manual",
    source_id: str | None = None,
    at: str | None = None,
) -> dict[str, Any]:
    """Move stock between two internal locations; on-hand totals do not change."""
    for location, field in ((source, "fromLocationId"), (destination, "toLocationId")):
        if location["type"] != INTERNAL:
            raise ApiError.field(field, f"{location['code']} is not an internal location")
    return move_stock(
        uow,
        product=product,
        source=source,
        destination=destination,
        quantity=quantity,
        move_type="internal",
        reference=reference,
        source_type=source_type,
        source_id=source_id,
        note=note,
        created_at=at,
    )


def transfer(
    uow: UnitOfWork,
    *,
    source: dict[str, Any],
    destination: dict[str, Any],
    lines: Sequence[ProductQuantity],
    reference: str = "",
    note: str = "",
    at: str | None = None,
) -> dict[str, Any]:
    """Several products from one location to another: every line moves, or none does."""
    if source["id"] == destination["id"]:
        raise ApiError.field("toLocationId", "must differ from the source location")
    for location, field in ((source, "fromLocationId"), (destination, "toLocationId")):
        if location["type"] != INTERNAL:
            raise ApiError.field(field, f"{location['code']} is not an internal location")
    check_available(uow, source, lines, [f"lines[{i}].quantity" for i in range(len(lines))])
    reference = reference or uow.next_number("transfer", "TRF", day_of(at)[:4])
    moves = [
        move_stock(
            uow,
            product=product,
            source=source,
            destination=destination,
            quantity=quantity,
            move_type="internal",
            reference=reference,
            source_type="transfer",
            note=note,
            created_at=at,
            field=f"lines[{i}].quantity",
        )
        for i, (product, quantity) in enumerate(lines)
    ]
    return {"reference": reference, "moves": moves}


# --- counting: adjustments and cycle counts ----------------------------------------------


def _count_line(
    uow: UnitOfWork,
    location: dict[str, Any],
    product: dict[str, Any],
    counted: Decimal,
    before: str,
) -> dict[str, Any]:
    current = uow.quantity(product["id"], location["id"])
    difference = counted - current
    cost = _unit_cost(product)
    currency = company_currency(uow)
    return {
        "id": new_id(),
        "productId": product["id"],
        "sku": product["sku"],
        "productName": product["name"],
        "uom": product.get("uom", "unit"),
        before: qty(current),
        "countedQuantity": qty(counted),
        "difference": qty(difference),
        "unitCost": money(cost, currency),
        "value": money(difference * cost, currency),
    }


def _set_counted(
    uow: UnitOfWork,
    *,
    location: dict[str, Any],
    lines: Sequence[ProductQuantity],
    before: str,
    reference: str,
    source_type: str,
    source_id: str,
    at: str | None,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Bring each product at a location to its counted quantity: the lines and the moves."""
    adjustment = virtual_location(uow, "inventory")
    out, moves = [], []
    for product, counted in lines:
        line = _count_line(uow, location, product, counted, before)
        difference = Decimal(line["difference"])
        if difference:
            source, destination = (
                (adjustment, location) if difference > 0 else (location, adjustment)
            )
            moves.append(
                move_stock(
                    uow,
                    product=product,
                    source=source,
                    destination=destination,
                    quantity=abs(difference),
                    move_type="adjustment",
                    reference=reference,
                    source_type=source_type,
                    source_id=source_id,
                    created_at=at,
                )
            )
        out.append(line)
    return out, moves


def _post_differences(
    uow: UnitOfWork,
    *,
    lines: Sequence[dict[str, Any]],
    memo: str,
    reference: str,
    source_type: str,
    source_id: str,
    at: str | None,
) -> dict[str, Any] | None:
    """Inventory gains Dr 1300 / Cr 5900, losses Dr 5900 / Cr 1300, at cost; None if nil."""
    entry_lines: list[dict[str, Any]] = []
    gains = losses = ZERO
    for line in lines:
        value = Decimal(line["value"])
        description = f"{line['sku']}: {line['difference']} {line['uom']}"
        if value > 0:
            entry_lines.append(
                {"accountCode": INVENTORY, "debit": value, "description": description}
            )
            gains += value
        elif value < 0:
            entry_lines.append(
                {"accountCode": INVENTORY, "credit": -value, "description": description}
            )
            losses -= value
    if gains:
        entry_lines.append(
            {"accountCode": INVENTORY_ADJUSTMENT, "credit": gains, "description": "Inventory gains"}
        )
    if losses:
        entry_lines.append(
            {
                "accountCode": INVENTORY_ADJUSTMENT,
                "debit": losses,
                "description": "Inventory losses",
            }
        )
    if not entry_lines:
        return None
    return create_entry(
        uow,
        lines=entry_lines,
        date=day_of(at),
        memo=memo,
        reference=reference,
        source_type=source_type,
        source_id=source_id,
        post=True,
        created_at=at,
    )


def _location_fields(location: dict[str, Any]) -> dict[str, Any]:
    return {
        "locationId": location["id"],
        "locationCode": location["code"],
        "warehouseId": location.get("warehouseId"),
    }


def _total_value(lines: Sequence[dict[str, Any]], currency: str) -> str:
    return money(sum((Decimal(x["value"]) for x in lines), ZERO), currency)


def adjust_stock(
    uow: UnitOfWork,
    *,
    location: dict[str, Any],
    reason: str,
    lines: Sequence[ProductQuantity],
    reference: str = "",
    note: str = "",
    at: str | None = None,
) -> dict[str, Any]:
    """Set counted quantities at a location, with the moves and the journal entry at cost."""
    _refuse_duplicates([product for product, _ in lines])
    day = day_of(at)
    record: dict[str, Any] = {
        "id": new_id(),
        "number": uow.next_number("adjustment", "ADJ", day[:4]),
        "date": day,
        "state": "done",
        **_location_fields(location),
        "reason": reason,
        "reference": reference,
        "note": note,
    }
    out, moves = _set_counted(
        uow,
        location=location,
        lines=lines,
        before="previousQuantity",
        reference=record["number"],
        source_type="adjustment",
        source_id=record["id"],
        at=at,
    )
    entry = _post_differences(
        uow,
        lines=out,
        memo=f"Inventory adjustment {record['number']} at {location['code']}: {reason}",
        reference=record["number"],
        source_type="stock_adjustment",
        source_id=record["id"],
        at=at,
    )
    record.update(
        {
            "lines": out,
            "totalValue": _total_value(out, company_currency(uow)),
            "moveIds": [m["id"] for m in moves],
            "journalEntryId": entry["id"] if entry else None,
        }
    )
    return uow.add("adjustment", record, created_at=at)


def start_cycle_count(
    uow: UnitOfWork,
    *,
    location: dict[str, Any],
    lines: Sequence[ProductQuantity],
    apply: bool = True,
    reference: str = "",
    note: str = "",
    at: str | None = None,
) -> dict[str, Any]:
    """Record a count session at a location; apply it (done) now, or keep it as a draft."""
    _refuse_duplicates([product for product, _ in lines])
    day = day_of(at)
    out = [_count_line(uow, location, p, counted, "expectedQuantity") for p, counted in lines]
    record: dict[str, Any] = {
        "number": uow.next_number("cycle_count", "CC", day[:4]),
        "date": day,
        "state": "draft",
        **_location_fields(location),
        "reference": reference,
        "note": note,
        "lines": out,
        "totalValue": _total_value(out, company_currency(uow)),
        "moveIds": [],
        "journalEntryId": None,
        "appliedAt": None,
    }
    uow.add("cycle_count", record, created_at=at)
    if apply:
        apply_cycle_count(uow, record, at=at)
    return record


def apply_cycle_count(
    uow: UnitOfWork, record: dict[str, Any], at: str | None = None
) -> dict[str, Any]:
    """Apply a draft count: each product becomes its counted quantity (expected as of now)."""
    if record["state"] != "draft":
        raise ApiError(
            409,
            f"Cycle count {record['number']} is {record['state']}; "
            "only a draft count can be applied",
        )
    location = require_location(uow, record["locationId"], "locationId")
    lines = [
        (
            require_product(uow, line["productId"], f"lines[{i}].productId"),
            Decimal(line["countedQuantity"]),
        )
        for i, line in enumerate(record["lines"])
    ]
    out, moves = _set_counted(
        uow,
        location=location,
        lines=lines,
        before="expectedQuantity",
        reference=record["number"],
        source_type="cycle_count",
        source_id=record["id"],
        at=at,
    )
    for line, counted_line in zip(out, record["lines"], strict=True):
        line["id"] = counted_line["id"]
    entry = _post_differences(
        uow,
        lines=out,
        memo=f"Cycle count {record['number']} at {location['code']}",
        reference=record["number"],
        source_type="cycle_count",
        source_id=record["id"],
        at=at,
    )
    record.update(
        {
            "state": "done",
            "lines": out,
            "totalValue": _total_value(out, company_currency(uow)),
            "moveIds": [m["id"] for m in moves],
            "journalEntryId": entry["id"] if entry else None,
            "appliedAt": at or clock.now_iso(),
        }
    )
    return finish(uow, "cycle_count", record, at, "cycle_count.applied")


# --- barcodes ----------------------------------------------------------------------------


def location_by_barcode(uow: UnitOfWork, code: str) -> dict[str, Any] | None:
    """A location by its printed barcode (LOC-WH1-A-01-1) or its code (WH1-A-01-1)."""
    return uow.find_one("location", barcode=code) or uow.find_one("location", code=code)


def product_by_barcode(uow: UnitOfWork, code: str) -> dict[str, Any] | None:
    """A product by its EAN/UPC barcode or its SKU."""
    return uow.find_one("product", barcode=code) or uow.find_one("product", sku=code)


def quick_move(
    uow: UnitOfWork,
    *,
    from_barcode: str,
    to_barcode: str,
    product_barcode: str,
    quantity: Decimal,
    reference: str = "",
    note: str = "",
    at: str | None = None,
) -> dict[str, Any]:
    """One scanned move: source bin, destination bin, product; unknown codes are named."""
    source = location_by_barcode(uow, from_barcode)
    destination = location_by_barcode(uow, to_barcode)
    product = product_by_barcode(uow, product_barcode)
    unknown = [
        (field, what, code)
        for field, what, code, found in (
            ("fromLocationBarcode", "location", from_barcode, source),
            ("toLocationBarcode", "location", to_barcode, destination),
            ("productBarcode", "product", product_barcode, product),
        )
        if found is None
    ]
    if unknown:
        raise ApiError(
            404,
            "Unknown barcode: " + ", ".join(f"{code} ({field})" for field, _, code in unknown),
            [
                {"field": field, "message": f"no {what} has barcode {code}"}
                for field, what, code in unknown
            ],
        )
    assert source is not None and destination is not None and product is not None
    if product.get("type") == "service":
        raise ApiError.field("productBarcode", f"{product['sku']} is a service and has no stock")
    for location, field in ((source, "fromLocationBarcode"), (destination, "toLocationBarcode")):
        if location["type"] != INTERNAL:
            raise ApiError.field(field, f"{location['code']} is not an internal location")
    if source["id"] == destination["id"]:
        raise ApiError.field("toLocationBarcode", "must differ from the source location")
    return internal_move(
        uow,
        product=product,
        source=source,
        destination=destination,
        quantity=quantity,
        reference=reference,
        note=note,
        source_type="barcode",
        at=at,
    )


# --- scrap -------------------------------------------------------------------------------


def scrap_reasons() -> list[dict[str, str]]:
    """The fixed list of scrap reasons, with stable ids."""
    return [
        {"id": str(uuid.uuid5(_REASON_NAMESPACE, code)), "code": code, "name": name}
        for code, name in SCRAP_REASONS
    ]


def resolve_scrap_reason(reason_id: str | None, reason: str | None) -> tuple[dict[str, str], str]:
    """The reason a scrap names (by id or code), and any free text given with it."""
    reasons = scrap_reasons()
    if reason_id:
        for item in reasons:
            if reason_id in (item["id"], item["code"]):
                return item, reason or ""
        raise ApiError.field("reasonId", "is not a scrap reason (see GET /inventory/scrap/reasons)")
    if reason:
        wanted = reason.strip().lower()
        for item in reasons:
            if wanted in (item["code"], item["name"].lower()):
                return item, ""
        return reasons[-1], reason
    raise ApiError.field("reasonId", "a scrap needs a reasonId or a reason")


def scrap_stock(
    uow: UnitOfWork,
    *,
    product: dict[str, Any],
    location: dict[str, Any],
    quantity: Decimal,
    reason: dict[str, str],
    reason_text: str = "",
    note: str = "",
    reference: str = "",
    at: str | None = None,
) -> dict[str, Any]:
    """Write stock off to the scrap location, with Dr 5910 / Cr 1300 at cost."""
    day = day_of(at)
    currency = company_currency(uow)
    record: dict[str, Any] = {
        "id": new_id(),
        "number": uow.next_number("scrap", "SCR", day[:4]),
        "date": day,
        "state": "done",
        "productId": product["id"],
        "sku": product["sku"],
        "productName": product["name"],
        **_location_fields(location),
        "quantity": qty(quantity),
        "uom": product.get("uom", "unit"),
        "reasonId": reason["id"],
        "reasonCode": reason["code"],
        "reasonName": reason["name"],
        "reason": reason_text or reason["name"],
        "note": note,
        "reference": reference,
    }
    move = move_stock(
        uow,
        product=product,
        source=location,
        destination=virtual_location(uow, "scrap"),
        quantity=quantity,
        move_type="scrap",
        reference=record["number"],
        source_type="scrap",
        source_id=record["id"],
        note=record["reason"],
        created_at=at,
    )
    value = round_money(quantity * _unit_cost(product), currency)
    entry = None
    if value > 0:
        entry = create_entry(
            uow,
            lines=[
                {
                    "accountCode": SCRAP_EXPENSE,
                    "debit": value,
                    "description": f"{product['sku']} x {qty(quantity)}: {record['reason']}",
                },
                {
                    "accountCode": INVENTORY,
                    "credit": value,
                    "description": f"{product['sku']} scrapped at {location['code']}",
                },
            ],
            date=day,
            memo=f"Scrap {record['number']}",
            reference=record["number"],
            source_type="scrap",
            source_id=record["id"],
            post=True,
            created_at=at,
        )
    record.update(
        {
            "unitCost": money(_unit_cost(product), currency),
            "value": money(value, currency),
            "moveId": move["id"],
            "journalEntryId": entry["id"] if entry else None,
        }
    )
    return uow.add("scrap", record, created_at=at)
