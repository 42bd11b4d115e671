"""Sales writes of the desk: a new order, confirming it, invoicing it, a delivery made
from it (and its stock reserved).

A new order shows at once under a temporary id with its Decimal totals (the server's own
figures replace them); confirming names the order and shows it confirmed. Invoicing
answers with the new invoice, cached as one (`response_resource` "invoices"); a delivery
made from an order answers with the delivery. Each carries the row's id as `reference`
where the endpoint has one, so a lost answer can be looked up.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any, Literal

from arkan_desktop.domain.commands import Command, Description
from arkan_desktop.domain.money import format_amount
from arkan_desktop.domain.totals import document_totals
from arkan_desktop.store.outbox import OutboxEntry, new_temp_id
from arkan_desktop.sync.commands.descriptions import describe
from arkan_desktop.sync.commands.wire import (
    Write,
    new_row_id,
    now_stamp,
    priced_line,
    today,
    total_fields,
)

ORDERS = "sales_orders"
DELIVERIES = "deliveries"
BillingPolicy = Literal["delivered", "ordered"]


def _about(code: str, order: Mapping[str, Any]) -> Description:
    """`<code>` naming the order's number, or `<code>_new` for an order not numbered yet."""
    number = order.get("number")
    return describe(code, number=number) if number else describe(f"{code}_new")


def create_sales_order(draft: dict[str, Any], currency: str, partner_name: str = "") -> Write:
    """A draft order: {partnerId, warehouseId?, date?, expectedDate?, lines, reference?};
    each line {productId, quantity, unitPrice, discountPercent?, taxRate, description?}."""
    row_id = new_row_id()
    temp_id = new_temp_id()
    body = copy.deepcopy(draft)
    body["reference"] = body.get("reference") or row_id
    totals = document_totals(body["lines"], currency)
    stamp = now_stamp()
    record = {
        **body,
        "id": temp_id,
        "number": "",
        "partnerName": partner_name,
        "date": body.get("date") or today(),
        "state": "draft",
        "deliveryState": "not_delivered",
        "invoiceState": "not_invoiced",
        "currency": currency,
        "lines": [
            {
                **priced_line(line, currency),
                "quantityDelivered": "0",
                "quantityInvoiced": "0",
            }
            for line in body["lines"]
        ],
        **total_fields(totals, currency),
        "createdAt": stamp,
        "updatedAt": stamp,
    }
    amount = format_amount(totals.total, currency)
    description = (
        describe("sales_order.create_for", partner=partner_name, amount=amount, currency=currency)
        if partner_name
        else describe("sales_order.create", amount=amount, currency=currency)
    )
    entry = OutboxEntry(
        Command(ORDERS, "create", None, body), description, temp_id=temp_id, id=row_id
    )
    return Write(entry, {ORDERS: [record]})


def confirm_sales_order(order: Mapping[str, Any]) -> Write:
    """Draft → confirmed: the order is promised; deliveries and invoices can follow."""
    record = copy.deepcopy(dict(order))
    record["state"] = "confirmed"
    entry = OutboxEntry(
        Command(ORDERS, "confirm", str(order["id"])),
        _about("sales_order.confirm", order),
        records={ORDERS: [str(order["id"])]},
    )
    return Write(entry, {ORDERS: [record]})


def invoice_sales_order(
    order: Mapping[str, Any], policy: BillingPolicy = "delivered", *, post: bool = False
) -> Write:
    """An invoice of the order: what was delivered (services as ordered), or all of it.

    The answer is the new invoice, cached among the invoices; the order's own billing
    state arrives with the next pull of the sales module."""
    row_id = new_row_id()
    body: dict[str, Any] = {"policy": policy, "reference": row_id}
    if post:
        body["post"] = True
    entry = OutboxEntry(
        Command(ORDERS, "invoice", str(order["id"]), body),
        _about("sales_order.invoice", order),
        response_resource="invoices",
        id=row_id,
    )
    return Write(entry, {})


def deliver_sales_order(order: Mapping[str, Any]) -> Write:
    """A draft delivery of everything the order still has to ship (the answer is it)."""
    row_id = new_row_id()
    entry = OutboxEntry(
        Command(DELIVERIES, "from_order", str(order["id"]), {"reference": row_id}),
        _about("delivery.from_order", order),
        id=row_id,
    )
    return Write(entry, {})


def reserve_delivery(delivery: Mapping[str, Any]) -> Write:
    """Confirm a delivery: the server reserves its stock bin by bin (ready to pick)."""
    entry = OutboxEntry(
        Command(DELIVERIES, "confirm", str(delivery["id"])),
        describe("delivery.confirm", number=delivery.get("number") or ""),
        records={DELIVERIES: [str(delivery["id"])]},
    )
    return Write(entry, {})
