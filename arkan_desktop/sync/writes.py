"""The writes a user makes, as outbox entries with their optimistic local effect.

Each function returns a `Write`: the request to queue and the records to show at once
(under a temporary `local-…` id for records created offline). Nothing here talks to the
network or the cache; `SyncService.queue` puts a Write in the outbox in one transaction
with its effect. Every create carries the row's id in the record's `reference` (unless
the user gave one), so that after a lost response the sender can ask the server
whether the write already happened (DESIGN.md).
"""

from __future__ import annotations

import copy
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from arkan_desktop.domain.money import format_amount, round_to_currency, to_decimal
from arkan_desktop.domain.totals import document_totals, line_amounts
from arkan_desktop.store.outbox import OutboxEntry, new_temp_id


@dataclass(frozen=True)
class Write:
    entry: OutboxEntry
    effect: dict[str, list[dict[str, Any]]]


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _today() -> str:
    """The user's own calendar day: business documents are dated locally."""
    return datetime.now().astimezone().date().isoformat()


def _money(amount: Decimal, currency: str) -> str:
    return str(round_to_currency(amount, currency))


def create_invoice(draft: dict[str, Any], currency: str, partner_name: str = "") -> Write:
    """A new draft invoice or bill: {type?, partnerId, date?, dueDate?, lines, reference?}."""
    row_id = str(uuid.uuid4())
    temp_id = new_temp_id()
    body = copy.deepcopy(draft)
    body.setdefault("type", "out_invoice")
    body.setdefault("currency", currency)
    body["reference"] = body.get("reference") or row_id
    totals = document_totals(body["lines"], currency)
    today = _today()
    lines = []
    for line in body["lines"]:
        amounts = line_amounts(
            line["quantity"],
            line["unitPrice"],
            currency,
            line.get("discountPercent") or 0,
            line.get("taxRate") or 0,
        )
        lines.append(
            {
                **line,
                "id": new_temp_id(),
                "subtotal": _money(amounts.net, currency),
                "taxAmount": _money(amounts.tax, currency),
                "total": _money(amounts.total, currency),
            }
        )
    stamp = _now()
    record = {
        **body,
        "id": temp_id,
        "number": "",
        "partnerName": partner_name,
        "date": body.get("date") or today,
        "dueDate": body.get("dueDate") or body.get("date") or today,
        "state": "draft",
        "paymentState": "not_paid",
        "lines": lines,
        "subtotal": _money(totals.subtotal, currency),
        "taxTotal": _money(totals.tax, currency),
        "total": _money(totals.total, currency),
        "amountPaid": _money(Decimal(0), currency),
        "amountDue": _money(totals.total, currency),
        "createdAt": stamp,
        "updatedAt": stamp,
    }
    noun = "Bill" if body["type"] == "in_invoice" else "Invoice"
    who = f" for {partner_name}" if partner_name else ""
    entry = OutboxEntry(
        resource="invoices",
        action="create",
        method="POST",
        path="/accounting/invoices",
        body=body,
        description=f"New {noun.lower()}{who}, {format_amount(totals.total, currency)} {currency}",
        temp_id=temp_id,
        id=row_id,
    )
    return Write(entry, {"invoices": [record]})


def post_invoice(invoice: dict[str, Any]) -> Write:
    record = copy.deepcopy(invoice)
    record["state"] = "posted"
    label = invoice.get("number") or "new invoice"
    entry = OutboxEntry(
        resource="invoices",
        action="post",
        method="POST",
        path=f"/accounting/invoices/{invoice['id']}/post",
        description=f"Post {label}",
        records={"invoices": [invoice["id"]]},
    )
    return Write(entry, {"invoices": [record]})


def record_payment(draft: dict[str, Any], currency: str, partner_name: str = "") -> Write:
    """A payment: {type inbound|outbound, partnerId, amount, method, date?, allocations?}."""
    row_id = str(uuid.uuid4())
    temp_id = new_temp_id()
    body = copy.deepcopy(draft)
    body.setdefault("type", "inbound")
    body.setdefault("currency", currency)
    body.setdefault("method", "bank")
    body["reference"] = body.get("reference") or row_id
    amount = to_decimal(body["amount"], "amount")
    body["amount"] = _money(amount, currency)
    stamp = _now()
    record = {
        **body,
        "id": temp_id,
        "number": "",
        "partnerName": partner_name,
        "date": body.get("date") or _today(),
        "state": "draft",
        "createdAt": stamp,
        "updatedAt": stamp,
    }
    who = f" from {partner_name}" if partner_name and body["type"] == "inbound" else ""
    entry = OutboxEntry(
        resource="payments",
        action="create",
        method="POST",
        path="/accounting/payments",
        body=body,
        description=f"Payment {format_amount(amount, currency)} {currency}{who}",
        temp_id=temp_id,
        id=row_id,
    )
    return Write(entry, {"payments": [record]})


def post_payment(payment: dict[str, Any], invoices: list[dict[str, Any]]) -> Write:
    """Post a payment; the invoices it is allocated to show as (partly) paid at once."""
    record = copy.deepcopy(payment)
    record["state"] = "posted"
    currency = str(payment.get("currency") or "AED")
    allocated = {
        str(a["invoiceId"]): to_decimal(a["amount"], "allocation")
        for a in payment.get("allocations") or []
    }
    changed = []
    for invoice in invoices:
        if invoice["id"] not in allocated:
            continue
        updated = copy.deepcopy(invoice)
        paid = to_decimal(updated.get("amountPaid") or 0) + allocated[invoice["id"]]
        due = to_decimal(updated["total"]) - paid
        updated["amountPaid"] = _money(paid, currency)
        updated["amountDue"] = _money(due, currency)
        updated["paymentState"] = "paid" if due <= 0 else "partial"
        if due <= 0:
            updated["state"] = "paid"
        changed.append(updated)
    label = payment.get("number") or "new payment"
    entry = OutboxEntry(
        resource="payments",
        action="post",
        method="POST",
        path=f"/accounting/payments/{payment['id']}/post",
        description=f"Post {label}",
        records={"payments": [payment["id"]], "invoices": [i["id"] for i in changed]},
    )
    effect: dict[str, list[dict[str, Any]]] = {"payments": [record]}
    if changed:
        effect["invoices"] = changed
    return Write(entry, effect)


def move_stock(draft: dict[str, Any], product: dict[str, Any] | None = None) -> Write:
    """A stock move between two locations: {productId, fromLocationId, toLocationId, quantity}."""
    row_id = str(uuid.uuid4())
    temp_id = new_temp_id()
    body = copy.deepcopy(draft)
    body["reference"] = body.get("reference") or row_id
    quantity = to_decimal(body["quantity"], "quantity")
    body["quantity"] = str(quantity)
    stamp = _now()
    record = {
        **body,
        "id": temp_id,
        "number": "",
        "type": "internal",
        "state": "draft",
        "date": _today(),
        "sku": (product or {}).get("sku", ""),
        "createdAt": stamp,
        "updatedAt": stamp,
    }
    sku = (product or {}).get("sku", "product")
    entry = OutboxEntry(
        resource="stock_moves",
        action="create",
        method="POST",
        path="/inventory/moves",
        body=body,
        description=f"Move {quantity} × {sku}",
        temp_id=temp_id,
        id=row_id,
    )
    return Write(entry, {"stock_moves": [record]})


def _quantity(value: Decimal) -> str:
    return format(value.normalize(), "f")


def count_cycle(
    location: dict[str, Any], counted: list[tuple[dict[str, Any], Decimal]], note: str = ""
) -> Write:
    """A cycle count at one location, applied at once: each product becomes its count.

    The server answers with the count document (expected, counted, difference per line),
    not a record the cache keeps: `response_resource` is "". The stock levels change on
    the server and come back with the next pull of the inventory module.
    """
    row_id = str(uuid.uuid4())
    for product, quantity in counted:
        if quantity < 0:
            raise ValueError(f"a count cannot be negative ({product.get('sku')}: {quantity})")
    body: dict[str, Any] = {
        "locationId": location["id"],
        "lines": [
            {"productId": str(product["id"]), "countedQuantity": _quantity(quantity)}
            for product, quantity in counted
        ],
        "apply": True,
        "reference": row_id,
    }
    if note:
        body["note"] = note
    entry = OutboxEntry(
        resource="stock_moves",
        action="cycle_count",
        method="POST",
        path="/inventory/cycle-counts",
        body=body,
        description=f"Count {len(counted)} product(s) at {location.get('code')}",
        id=row_id,
        response_resource="",
    )
    return Write(entry, {})


def scrap(
    product: dict[str, Any],
    location: dict[str, Any],
    quantity: Decimal,
    reason: tuple[str, str],
    note: str = "",
) -> Write:
    """Write stock off at a location for a reason ((reason id or code, its name)).

    The server answers with the scrap order, not a record the cache keeps
    (`response_resource` ""); its stock move arrives with the next pull.
    """
    if quantity <= 0:
        raise ValueError(f"a scrap needs a quantity above zero, not {quantity}")
    row_id = str(uuid.uuid4())
    body: dict[str, Any] = {
        "productId": str(product["id"]),
        "locationId": str(location["id"]),
        "quantity": _quantity(quantity),
        "reasonId": reason[0],
        "reference": row_id,
    }
    if note:
        body["note"] = note
    entry = OutboxEntry(
        resource="stock_moves",
        action="scrap",
        method="POST",
        path="/inventory/scrap",
        body=body,
        description=(
            f"Scrap {_quantity(quantity)} × {product.get('sku')} at {location.get('code')}: "
            f"{reason[1]}"
        ),
        id=row_id,
        response_resource="",
    )
    return Write(entry, {})


def due_date(issue: date, terms_days: int) -> str:
    return (issue + timedelta(days=terms_days)).isoformat()
