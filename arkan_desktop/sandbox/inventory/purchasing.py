"""Purchase orders: totals, the draft → approved → confirmed → received lifecycle, receipts.

A receipt brings goods in from the virtual vendor location through `move_stock` and
posts Dr 1300 Inventory / Cr 2050 Goods Received Not Invoiced at the order's unit price.
The endpoints and the demo seeder share these functions; `at` is a historical timestamp
for seeded records (None: now).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from arkan_desktop.sandbox import clock
from arkan_desktop.sandbox.accounting.ledger import (
    GOODS_RECEIVED_NOT_INVOICED,
    INVENTORY,
    company_currency,
    create_entry,
)
from arkan_desktop.sandbox.errors import ApiError
from arkan_desktop.sandbox.inventory.operations import day_of, finish, require_location
from arkan_desktop.sandbox.inventory.stock import move_stock, virtual_location
from arkan_desktop.sandbox.money import ZERO, exponent, money, qty, round_money
from arkan_desktop.sandbox.unit_of_work import UnitOfWork, new_id

PO_STATES = ("draft", "approved", "confirmed", "partially_received", "received", "cancelled")
RECEIVABLE_STATES = ("confirmed", "partially_received")


@dataclass(frozen=True)
class OrderLine:
    """A line to put on a new purchase order; tax_rate None takes the product's."""

    product: dict[str, Any]
    quantity: Decimal
    unit_price: Decimal
    tax_rate: Decimal | None = None


# --- master data the orders refer to ------------------------------------------------------


def warehouses(uow: UnitOfWork) -> list[dict[str, Any]]:
    """The company's warehouses by code (cached for the unit of work)."""
    if "inventory:warehouses" not in uow.memo:
        uow.memo["inventory:warehouses"] = sorted(uow.find("warehouse"), key=lambda w: w["code"])
    return uow.memo["inventory:warehouses"]


def receiving_location(uow: UnitOfWork, warehouse: dict[str, Any]) -> dict[str, Any]:
    """Where a warehouse receives goods: its RECV location, else its first internal one."""
    key = f"inventory:recv:{warehouse['id']}"
    if key not in uow.memo:
        found = uow.find_one("location", code=f"{warehouse['code']}-RECV")
        if found is None:
            candidates = sorted(
                (
                    x
                    for x in uow.find("location", warehouseId=warehouse["id"])
                    if x["type"] == "internal"
                ),
                key=lambda x: x["code"],
            )
            if not candidates:
                raise ApiError.field("warehouseId", f"{warehouse['code']} has no locations")
            found = candidates[0]
        uow.memo[key] = found
    return uow.memo[key]


def resolve_destination(
    uow: UnitOfWork, warehouse_id: str | None, location_id: str | None
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The warehouse and location an order delivers to, from what a request names."""
    location = require_location(uow, location_id, "locationId") if location_id else None
    if warehouse_id:
        warehouse = uow.get("warehouse", warehouse_id)
        if warehouse is None:
            raise ApiError.field(
                "warehouseId", f"{warehouse_id} is not a warehouse of this company"
            )
    elif location is not None and location.get("warehouseId"):
        warehouse = uow.get("warehouse", location["warehouseId"])
    else:
        found = warehouses(uow)
        if not found:
            raise ApiError.field("warehouseId", "the company has no warehouse yet")
        warehouse = found[0]
    assert warehouse is not None
    if location is None:
        location = receiving_location(uow, warehouse)
    elif location.get("warehouseId") != warehouse["id"]:
        raise ApiError.field("locationId", f"{location['code']} is not in {warehouse['code']}")
    return warehouse, location


def require_vendor(uow: UnitOfWork, vendor_id: str) -> dict[str, Any]:
    vendor = uow.get("vendor", vendor_id) if vendor_id else None
    if vendor is None:
        raise ApiError.field("vendorId", f"{vendor_id or 'it'} is not a vendor of this company")
    return vendor


# --- amounts -----------------------------------------------------------------------------


def price_text(amount: Decimal, currency: str) -> str:
    """A unit price: the currency's decimals, more only if the price has them."""
    places = -int(amount.normalize().as_tuple().exponent)
    if places <= exponent(currency):
        return money(amount, currency)
    return qty(amount)


def line_amounts(
    quantity: Decimal, unit_price: Decimal, tax_rate: Decimal, currency: str
) -> dict[str, str]:
    """Net and tax of a line, each rounded half-up to the currency (as invoices do)."""
    net = round_money(quantity * unit_price, currency)
    tax = round_money(net * tax_rate / 100, currency)
    return {
        "subtotal": money(net, currency),
        "taxAmount": money(tax, currency),
        "total": money(net + tax, currency),
    }


def order_totals(lines: Sequence[dict[str, Any]], currency: str) -> dict[str, str]:
    def total(name: str) -> str:
        return money(sum((Decimal(x[name]) for x in lines), ZERO), currency)

    return {"subtotal": total("subtotal"), "taxTotal": total("taxAmount"), "total": total("total")}


# --- lifecycle ---------------------------------------------------------------------------


def order_lines(lines: Sequence[OrderLine], currency: str) -> list[dict[str, Any]]:
    """The stored lines of an order (each with its amounts); field errors name the line."""
    out = []
    for i, line in enumerate(lines):
        product = line.product
        if product.get("type") == "service":
            raise ApiError.field(
                f"lines[{i}].productId", f"{product['sku']} is a service; orders here are for stock"
            )
        if line.quantity <= 0:
            raise ApiError.field(f"lines[{i}].quantity", "must be greater than zero")
        if line.unit_price < 0:
            raise ApiError.field(f"lines[{i}].unitPrice", "cannot be negative")
        rate = line.tax_rate if line.tax_rate is not None else Decimal(product.get("taxRate") or 0)
        out.append(
            {
                "id": new_id(),
                "productId": product["id"],
                "sku": product["sku"],
                "productName": product["name"],
                "uom": product.get("uom", "unit"),
                "quantity": qty(line.quantity),
                "unitPrice": price_text(line.unit_price, currency),
                "taxRate": qty(rate),
                **line_amounts(line.quantity, line.unit_price, rate, currency),
                "quantityReceived": "0",
            }
        )
    return out


def create_purchase_order(
    uow: UnitOfWork,
    *,
    vendor: dict[str, Any],
    lines: Sequence[OrderLine],
    warehouse: dict[str, Any],
    location: dict[str, Any],
    date: str | None = None,
    expected_date: str | None = None,
    currency: str | None = None,
    reference: str = "",
    notes: str = "",
    at: str | None = None,
) -> dict[str, Any]:
    """A draft purchase order with its totals."""
    own = company_currency(uow)
    if currency and currency.upper() != own:
        raise ApiError.field("currency", f"must be the company currency ({own})")
    if not lines:
        raise ApiError.field("lines", "an order needs at least one line")
    day = date or day_of(at)
    if expected_date and expected_date < day:
        raise ApiError.field("expectedDate", "cannot be before the order date")
    out = order_lines(lines, own)
    order = {
        "number": uow.next_number("purchase_order", "PO", day[:4]),
        "date": day,
        "expectedDate": expected_date,
        "state": "draft",
        "vendorId": vendor["id"],
        "vendorName": vendor["name"],
        "currency": own,
        "warehouseId": warehouse["id"],
        "warehouseCode": warehouse["code"],
        "locationId": location["id"],
        "locationCode": location["code"],
        "reference": reference,
        "notes": notes,
        "lines": out,
        **order_totals(out, own),
        "receipts": [],
        "approvedAt": None,
        "confirmedAt": None,
        "receivedAt": None,
        "cancelledAt": None,
    }
    return uow.add("purchase_order", order, created_at=at)


def _require_state(order: dict[str, Any], allowed: Sequence[str], action: str) -> None:
    if order["state"] not in allowed:
        wanted = " or ".join(s.replace("_", " ") for s in allowed)
        raise ApiError(
            409,
            f"Purchase order {order['number']} is {order['state'].replace('_', ' ')}; "
            f"only {wanted} orders can be {action}",
        )


def require_receivable(order: dict[str, Any]) -> None:
    """409 unless goods can be received on the order now (confirmed, partly received)."""
    _require_state(order, RECEIVABLE_STATES, "received")


def approve_purchase_order(
    uow: UnitOfWork, order: dict[str, Any], at: str | None = None
) -> dict[str, Any]:
    _require_state(order, ("draft",), "approved")
    order["state"] = "approved"
    order["approvedAt"] = at or clock.now_iso()
    return finish(uow, "purchase_order", order, at, "purchase_order.approved")


def confirm_purchase_order(
    uow: UnitOfWork, order: dict[str, Any], at: str | None = None
) -> dict[str, Any]:
    """Approved → confirmed: the order has been sent to the vendor."""
    _require_state(order, ("approved",), "confirmed")
    order["state"] = "confirmed"
    order["confirmedAt"] = at or clock.now_iso()
    return finish(uow, "purchase_order", order, at, "purchase_order.confirmed")


def cancel_purchase_order(
    uow: UnitOfWork, order: dict[str, Any], at: str | None = None
) -> dict[str, Any]:
    _require_state(order, ("draft", "approved", "confirmed"), "cancelled")
    order["state"] = "cancelled"
    order["cancelledAt"] = at or clock.now_iso()
    return finish(uow, "purchase_order", order, at, "purchase_order.cancelled")


def _open(line: dict[str, Any]) -> Decimal:
    return Decimal(line["quantity"]) - Decimal(line["quantityReceived"])


def receipt_lines(
    order: dict[str, Any], requested: Sequence[tuple[str | None, str | None, Decimal]]
) -> list[tuple[dict[str, Any], Decimal]]:
    """Order lines and quantities for (lineId, productId, quantity) requests.

    A product on several lines fills them in order. Lines or products not on the order,
    and more than is still open, are refused (400) naming the request line.
    """
    number = order["number"]
    position = {line["id"]: i + 1 for i, line in enumerate(order["lines"])}
    open_qty = {line["id"]: _open(line) for line in order["lines"]}
    errors: list[dict[str, str]] = []
    out: list[tuple[dict[str, Any], Decimal]] = []
    for i, (line_id, product_id, quantity) in enumerate(requested):
        field = f"lines[{i}]"
        if line_id:
            candidates = [x for x in order["lines"] if x["id"] == line_id]
            if not candidates:
                errors.append({"field": f"{field}.lineId", "message": f"is not a line of {number}"})
                continue
            if product_id and product_id != candidates[0]["productId"]:
                errors.append(
                    {
                        "field": f"{field}.productId",
                        "message": f"is not the product of line {position[line_id]}",
                    }
                )
                continue
        elif product_id:
            candidates = [x for x in order["lines"] if x["productId"] == product_id]
            if not candidates:
                errors.append(
                    {
                        "field": f"{field}.productId",
                        "message": f"product {product_id} is not on {number}",
                    }
                )
                continue
        else:
            errors.append({"field": field, "message": "needs a lineId or a productId"})
            continue
        if quantity <= 0:
            errors.append({"field": f"{field}.quantity", "message": "must be greater than zero"})
            continue
        still_open = sum((open_qty[x["id"]] for x in candidates), ZERO)
        if quantity > still_open:
            first = candidates[0]
            where = ", ".join(f"line {position[x['id']]}" for x in candidates)
            errors.append(
                {
                    "field": f"{field}.quantity",
                    "message": f"only {qty(still_open)} of {first['sku']} still open on {where} "
                    f"of {number}; cannot receive {qty(quantity)}",
                }
            )
            continue
        remaining = quantity
        for line in candidates:
            take = min(remaining, open_qty[line["id"]])
            if take > 0:
                out.append((line, take))
                open_qty[line["id"]] -= take
                remaining -= take
    if errors:
        first = errors[0]["message"]
        raise ApiError(400, f"Cannot receive on {number}: {first}", errors)
    return out


def receive_purchase_order(
    uow: UnitOfWork,
    order: dict[str, Any],
    lines: Sequence[tuple[dict[str, Any], Decimal]],
    *,
    location: dict[str, Any] | None = None,
    reference: str = "",
    at: str | None = None,
) -> dict[str, Any]:
    """Receive goods (all or part of what is open) into stock, and account for them."""
    require_receivable(order)
    if not lines:
        raise ApiError.field("lines", "a receipt needs at least one line")
    destination = location or require_location(uow, order["locationId"], "locationId")
    supplier = virtual_location(uow, "supplier")
    currency = order["currency"]
    day = day_of(at)
    receipt_id = new_id()
    number = uow.next_number("receipt", "GRN", day[:4])
    received, moves, debits = [], [], []
    for line, quantity in lines:
        if quantity > _open(line):
            raise ApiError.field("quantity", f"only {qty(_open(line))} of {line['sku']} open")
        product = uow.get("product", line["productId"])
        if product is None:
            raise ApiError(409, f"Product {line['sku']} no longer exists")
        moves.append(
            move_stock(
                uow,
                product=product,
                source=supplier,
                destination=destination,
                quantity=quantity,
                move_type="receipt",
                reference=order["number"],
                source_type="purchase_order",
                source_id=order["id"],
                note=f"{number} {reference}".strip(),
                created_at=at,
            )
        )
        line["quantityReceived"] = qty(Decimal(line["quantityReceived"]) + quantity)
        value = round_money(quantity * Decimal(line["unitPrice"]), currency)
        received.append(
            {
                "lineId": line["id"],
                "productId": line["productId"],
                "sku": line["sku"],
                "quantity": qty(quantity),
                "unitPrice": line["unitPrice"],
                "value": money(value, currency),
            }
        )
        if value > 0:
            debits.append(
                {
                    "accountCode": INVENTORY,
                    "debit": value,
                    "description": f"{line['sku']} x {qty(quantity)}",
                }
            )
    total = sum((Decimal(x["value"]) for x in received), ZERO)
    entry = None
    if total > 0:
        entry = create_entry(
            uow,
            lines=[
                *debits,
                {
                    "accountCode": GOODS_RECEIVED_NOT_INVOICED,
                    "credit": total,
                    "partnerId": order["vendorId"],
                    "description": f"{number}: goods from {order['vendorName']}",
                },
            ],
            date=day,
            memo=f"Goods received {number} on {order['number']}",
            reference=order["number"],
            source_type="purchase_receipt",
            source_id=order["id"],
            post=True,
            created_at=at,
        )
    order["receipts"].append(
        {
            "id": receipt_id,
            "number": number,
            "date": day,
            "reference": reference,
            "locationId": destination["id"],
            "locationCode": destination["code"],
            "lines": received,
            "value": money(total, currency),
            "moveIds": [m["id"] for m in moves],
            "journalEntryId": entry["id"] if entry else None,
            "receivedAt": at or clock.now_iso(),
        }
    )
    done = all(_open(line) <= 0 for line in order["lines"])
    order["state"] = "received" if done else "partially_received"
    if done:
        order["receivedAt"] = at or clock.now_iso()
    return finish(uow, "purchase_order", order, at, "purchase_order.received")
