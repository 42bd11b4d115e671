"""Customer returns: goods coming back on an invoice or a delivery.

A return is created against what the client received (never more than was shipped less
what came back before), received into a location by condition — resell into stock,
damaged into scrap or a quarantine bin — and refunded by the finance desk with a credit
note (`refunded` says whether it has been). Receiving books the goods at cost: back into
inventory (Dr 1300) or written off (Dr 5910), against cost of goods sold (Cr 5000).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from arkan_desktop.sandbox import clock
from arkan_desktop.sandbox.accounting.ledger import (
    COGS,
    INVENTORY,
    SCRAP_EXPENSE,
    company_currency,
    create_entry,
)
from arkan_desktop.sandbox.errors import ApiError
from arkan_desktop.sandbox.inventory import putaway
from arkan_desktop.sandbox.inventory.operations import day_of, finish
from arkan_desktop.sandbox.inventory.purchasing import warehouses
from arkan_desktop.sandbox.inventory.stock import INTERNAL, move_stock, virtual_location
from arkan_desktop.sandbox.money import ZERO, money, qty, round_money
from arkan_desktop.sandbox.sales.credit_notes import require_creditable
from arkan_desktop.sandbox.sales.order_state import refresh
from arkan_desktop.sandbox.unit_of_work import UnitOfWork, new_id

CONDITIONS = ("resell", "damaged")


@dataclass(frozen=True)
class ReturnLine:
    """Returned goods as scanned: how many, in what condition, where they should go."""

    product: dict[str, Any]
    quantity: Decimal
    condition: str = "resell"
    location: dict[str, Any] | None = None


def check_destination(location: dict[str, Any], condition: str, field: str) -> None:
    """Resold goods go into stock; damaged ones to scrap or a quarantine bin."""
    if condition not in CONDITIONS:
        raise ApiError.field(field.replace("locationId", "condition"), "must be resell or damaged")
    quarantine = putaway.is_quarantine(location)
    if condition == "resell" and (location["type"] != INTERNAL or quarantine):
        raise ApiError.field(
            field, f"{location['code']} is not a stock location; resold goods go into stock"
        )
    if condition == "damaged" and location["type"] != "scrap" and not quarantine:
        raise ApiError.field(
            field, f"{location['code']} is neither scrap nor quarantine; damaged goods go there"
        )


def _shipped(
    uow: UnitOfWork, invoice: dict[str, Any] | None, delivery: dict[str, Any] | None
) -> tuple[dict[str, Decimal], str]:
    """Product id -> what the client received on the document, and the document's number."""
    shipped: dict[str, Decimal] = {}
    if delivery is not None:
        for line in delivery["lines"]:
            pid = line["productId"]
            shipped[pid] = shipped.get(pid, ZERO) + Decimal(line["deliveredQuantity"])
        return shipped, delivery["number"]
    assert invoice is not None
    for line in invoice["lines"]:
        if line.get("productType") in ("storable", "consumable"):
            pid = line["productId"]
            shipped[pid] = shipped.get(pid, ZERO) + Decimal(line["quantity"])
    return shipped, invoice["number"]


def _returned_before(uow: UnitOfWork, **source: str) -> dict[str, Decimal]:
    out: dict[str, Decimal] = {}
    for earlier in uow.find("sales_return", None, **source):
        for line in earlier["lines"]:
            out[line["productId"]] = out.get(line["productId"], ZERO) + Decimal(line["quantity"])
    return out


def _warehouse_of(
    uow: UnitOfWork, invoice: dict[str, Any] | None, delivery: dict[str, Any] | None
) -> dict[str, Any]:
    """Where the goods left from: the delivery's warehouse, else the invoice's first bin's."""
    warehouse_id = delivery["warehouseId"] if delivery else None
    if warehouse_id is None and invoice is not None:
        for line in invoice["lines"]:
            for part in line.get("delivered") or ():
                location = uow.get("location", part["locationId"])
                warehouse_id = warehouse_id or (location or {}).get("warehouseId")
    found = uow.get("warehouse", warehouse_id) if warehouse_id else None
    if found is None:
        every = warehouses(uow)
        if not every:
            raise ApiError(409, "The company has no warehouse to take the goods back into")
        found = every[0]
    return found


def _check_quantities(
    uow: UnitOfWork,
    lines: Sequence[ReturnLine],
    invoice: dict[str, Any] | None,
    delivery: dict[str, Any] | None,
) -> None:
    shipped, number = _shipped(uow, invoice, delivery)
    before = (
        _returned_before(uow, deliveryId=delivery["id"])
        if delivery
        else _returned_before(uow, invoiceId=invoice["id"] if invoice else "")
    )
    asked: dict[str, Decimal] = {}
    for i, line in enumerate(lines):
        product = line.product
        if product["id"] not in shipped:
            raise ApiError.field(f"lines[{i}].productId", f"{product['sku']} was not on {number}")
        asked[product["id"]] = asked.get(product["id"], ZERO) + line.quantity
        left = shipped[product["id"]] - before.get(product["id"], ZERO)
        if asked[product["id"]] > left:
            raise ApiError.field(
                f"lines[{i}].quantity",
                f"only {qty(left)} of {product['sku']} can still come back on {number}",
            )


def create_return(
    uow: UnitOfWork,
    *,
    lines: Sequence[ReturnLine],
    invoice: dict[str, Any] | None = None,
    delivery: dict[str, Any] | None = None,
    reason: str = "",
    reference: str = "",
    note: str = "",
    at: str | None = None,
) -> dict[str, Any]:
    """A return (state draft) of goods the client received on an invoice or a delivery."""
    if invoice is None and delivery is None:
        raise ApiError.field("invoiceId", "a return names the invoice or the delivery")
    if not lines:
        raise ApiError.field("lines", "a return needs at least one line")
    if invoice is not None:
        require_creditable(invoice)
    if delivery is not None and delivery["state"] != "delivered":
        raise ApiError(
            409, f"Delivery {delivery['number']} is {delivery['state']}; nothing was delivered"
        )
    if invoice and delivery and invoice.get("salesOrderId") != delivery["orderId"]:
        raise ApiError.field(
            "deliveryId",
            f"{delivery['number']} is not for the order invoiced on {invoice['number']}",
        )
    _check_quantities(uow, lines, invoice, delivery)
    for i, line in enumerate(lines):
        if line.location is not None:
            check_destination(line.location, line.condition, f"lines[{i}].locationId")
    source = delivery or invoice
    assert source is not None
    order_id = delivery["orderId"] if delivery else (invoice or {}).get("salesOrderId")
    order = uow.get("sales_order", order_id) if order_id else None
    warehouse = _warehouse_of(uow, invoice, delivery)
    day = day_of(at)
    record: dict[str, Any] = {
        "number": uow.next_number("sales_return", "RET", day[:4]),
        "date": day,
        "state": "draft",
        "refunded": False,
        "refundState": "not_refunded",
        "partnerId": source["partnerId"],
        "partnerName": source["partnerName"],
        "invoiceId": invoice["id"] if invoice else None,
        "invoiceNumber": invoice["number"] if invoice else None,
        "deliveryId": delivery["id"] if delivery else None,
        "deliveryNumber": delivery["number"] if delivery else None,
        "orderId": order["id"] if order else None,
        "orderNumber": order["number"] if order else None,
        "warehouseId": warehouse["id"],
        "warehouseCode": warehouse["code"],
        "reason": reason,
        "reference": reference,
        "note": note,
        "lines": [
            {
                "id": new_id(),
                "productId": line.product["id"],
                "sku": line.product["sku"],
                "productName": line.product["name"],
                "uom": line.product.get("uom", "unit"),
                "quantity": qty(line.quantity),
                "condition": line.condition,
                "locationId": line.location["id"] if line.location else None,
                "locationCode": line.location["code"] if line.location else None,
                "moveId": None,
                "quantityToRefund": None,
            }
            for line in lines
        ],
        "moveIds": [],
        "journalEntryId": None,
        "creditNoteId": None,
        "creditNoteNumber": None,
        "receivedAt": None,
        "refundedAt": None,
    }
    uow.add("sales_return", record, created_at=at)
    if invoice is not None:
        invoice.setdefault("returnIds", []).append(record["id"])
        uow.save("invoice", invoice, "invoice.goods_returned", at=at)
    if order is not None:
        order["returnIds"].append(record["id"])
        uow.save("sales_order", order, "sales_order.return_created", at=at)
    return record


def require_state(record: dict[str, Any], allowed: str, action: str) -> None:
    if record["state"] != allowed:
        raise ApiError(
            409,
            f"Return {record['number']} is {record['state']}; "
            f"only {allowed} returns can be {action}",
        )


def _value_entry(
    uow: UnitOfWork,
    record: dict[str, Any],
    values: list[tuple[dict[str, Any], Decimal, bool]],
    at: str | None,
) -> dict[str, Any] | None:
    """Dr 1300 (back in stock) or Dr 5910 (written off), Cr 5000, at cost."""
    lines: list[dict[str, Any]] = []
    total = ZERO
    for line, value, into_stock in values:
        if value <= 0:
            continue
        total += value
        lines.append(
            {
                "accountCode": INVENTORY if into_stock else SCRAP_EXPENSE,
                "debit": value,
                "description": f"{line['sku']} x {line['quantity']} ({line['condition']})",
            }
        )
    if total <= 0:
        return None
    lines.append(
        {"accountCode": COGS, "credit": total, "description": f"Goods returned {record['number']}"}
    )
    return create_entry(
        uow,
        lines=lines,
        date=day_of(at),
        memo=f"Return {record['number']} from {record['partnerName']}",
        reference=record["number"],
        source_type="sales_return",
        source_id=record["id"],
        post=True,
        created_at=at,
    )


def receive_return(
    uow: UnitOfWork,
    record: dict[str, Any],
    choices: dict[str, tuple[str | None, dict[str, Any] | None]] | None = None,
    at: str | None = None,
) -> dict[str, Any]:
    """Take the goods in: each line to its location (given, chosen now, or by default).

    `choices`: line id -> (condition, location) decided at the counter. Without a
    location, resold goods go where putaway sends them and damaged ones to scrap."""
    require_state(record, "draft", "received")
    warehouse = uow.require("warehouse", record["warehouseId"], "Warehouse")
    customers = virtual_location(uow, "customer")
    currency = company_currency(uow)
    values = []
    for i, line in enumerate(record["lines"]):
        condition, location = (choices or {}).get(line["id"], (None, None))
        if location is None and line["locationId"] and condition in (None, line["condition"]):
            location = uow.get("location", line["locationId"])
        line["condition"] = condition or line["condition"]
        product = uow.get("product", line["productId"])
        if product is None:
            raise ApiError(409, f"Product {line['sku']} no longer exists")
        if location is None:
            location = (
                uow.require("location", putaway.resolve(uow, warehouse, product)["locationId"])
                if line["condition"] == "resell"
                else virtual_location(uow, "scrap")
            )
        check_destination(location, line["condition"], f"lines[{i}].locationId")
        quantity = Decimal(line["quantity"])
        move = move_stock(
            uow,
            product=product,
            source=customers,
            destination=location,
            quantity=quantity,
            move_type="return",
            reference=record["number"],
            source_type="sales_return",
            source_id=record["id"],
            note=f"{line['condition']}: {record['reason']}".strip(": "),
            created_at=at,
            field=f"lines[{i}].quantity",
        )
        line.update(
            {"locationId": location["id"], "locationCode": location["code"], "moveId": move["id"]}
        )
        record["moveIds"].append(move["id"])
        value = round_money(Decimal(product.get("cost") or 0) * quantity, currency)
        line["costAmount"] = money(value, currency)
        values.append((line, value, location["type"] == INTERNAL))
    entry = _value_entry(uow, record, values, at)
    record["journalEntryId"] = entry["id"] if entry else None
    _count_returned(uow, record, at)
    record["state"] = "received"
    record["receivedAt"] = at or clock.now_iso()
    return finish(uow, "sales_return", record, at, "sales_return.received")


def _count_returned(uow: UnitOfWork, record: dict[str, Any], at: str | None) -> None:
    """Count the goods back on their order, and say how much of each line was billed.

    Goods that came back before their order billed them are simply never billed
    (`quantityToRefund` 0); only what was billed needs a credit note. A return made
    against an invoice was billed in full."""
    order = uow.get("sales_order", record["orderId"]) if record["orderId"] else None
    for line in record["lines"]:
        line["quantityToRefund"] = line["quantity"]
    if order is None:
        return
    for line in record["lines"]:
        remaining = Decimal(line["quantity"])
        unbilled = ZERO
        for ordered in order["lines"]:
            if ordered["productId"] != line["productId"] or remaining <= 0:
                continue
            kept = Decimal(ordered["quantityDelivered"]) - Decimal(ordered["quantityReturned"])
            take = min(kept, remaining)
            if take > 0:
                unbilled += min(take, max(ZERO, kept - Decimal(ordered["quantityInvoiced"])))
                ordered["quantityReturned"] = qty(Decimal(ordered["quantityReturned"]) + take)
                remaining -= take
        if not record["invoiceId"]:
            line["quantityToRefund"] = qty(Decimal(line["quantity"]) - unbilled)
    if not any(Decimal(x["quantityToRefund"]) for x in record["lines"]):
        record["refundState"] = "not_invoiced"
    refresh(order)
    uow.save("sales_order", order, "sales_order.goods_returned", at=at)
