"""Arvalox records in and out: tolerant list reading and the Arkan-shaped records the cache keeps.

Deployments differ, so lists are read as a bare array, `{data, meta}` or `{<items>, total,
page, per_page, total_pages}`; dates as `issue_date` or `invoice_date`; tax rates as
fractions (0.08) or percentages (8). Each record becomes the shape the rest of the app
knows (camelCase, `partnerId`, `number`, `date`, `total`, `amountDue`, `state` …, string
ids, timestamps as `2026-11-21T10:00:00.123456Z`) with the server's own record kept
whole under `arvalox`. A customer's `status` (active, inactive, suspended) is kept; a
payment's method is the app's name for it (card, cheque, bank). Writes go the other way
(arvalox_bodies).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from arkan_desktop.api.wire import malformed

Record = dict[str, Any]
_HUNDRED = Decimal(100)
_STATES = {
    "draft": "draft",
    "sent": "posted",
    "open": "posted",
    "pending": "posted",
    "issued": "posted",
    "partially_paid": "posted",
    "partial": "posted",
    "overdue": "posted",
    "paid": "paid",
    "cancelled": "cancelled",
    "canceled": "cancelled",
    "void": "cancelled",
}
_PAYMENT_STATES = {"completed": "posted", "pending": "draft", "failed": "cancelled"}
# The app's payment methods as the server names them, and back.
SERVER_METHOD = {
    "bank": "bank_transfer",
    "card": "credit_card",
    "cheque": "check",
    "cash": "cash",
    "online": "online",
}
APP_METHOD = {server: app for app, server in SERVER_METHOD.items()}
_CUSTOMER_STATES = ("active", "inactive", "suspended")


@dataclass(frozen=True)
class ListAnswer:
    """One list answer, whatever its form; counts are None when the server gave none."""

    records: list[Record]
    total: int | None = None
    page: int | None = None
    per_page: int | None = None
    total_pages: int | None = None
    has_more: bool | None = None


def _count(value: Any) -> int | None:
    if isinstance(value, bool) or value is None:
        return None
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return None
    if not number.is_finite() or number != number.to_integral_value() or number < 0:
        return None
    return int(number) if number.adjusted() < 15 else None


def _first(mapping: Mapping[str, Any], *names: str) -> Any:
    for name in names:
        if mapping.get(name) is not None:
            return mapping[name]
    return None


def read_list(body: Any, items_key: str) -> ListAnswer:
    """A list answer in any of the forms deployments use; `items_key` is e.g. "invoices"."""
    meta: Mapping[str, Any] = {}
    if isinstance(body, list):
        records: Any = body
    elif isinstance(body, Mapping):
        key = next((k for k in (items_key, "data", "items", "results") if k in body), None)
        if key is None:
            raise malformed(f"The server's list of {items_key} holds no {items_key}")
        records = body[key]
        nested = body.get("meta") or body.get("pagination")
        meta = {**body, **nested} if isinstance(nested, Mapping) else body
    else:
        raise malformed(f"The server's list of {items_key} is not a list")
    if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
        raise malformed(f"The server's list of {items_key} holds entries that are not records")
    has_more = _first(meta, "has_more", "hasMore", "has_next")
    return ListAnswer(
        records=records,
        total=_count(_first(meta, "total", "total_count", "count")),
        page=_count(_first(meta, "page", "current_page")),
        per_page=_count(_first(meta, "per_page", "perPage", "page_size", "limit")),
        total_pages=_count(_first(meta, "total_pages", "totalPages", "pages")),
        has_more=has_more if isinstance(has_more, bool) else None,
    )


# --- values -----------------------------------------------------------------------------


def stamp(value: Any) -> str | None:
    """An ISO timestamp (Z, offset, naive = UTC, or a bare date) as the wire's UTC form."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip().replace("Z", "+00:00").replace(" ", "T", 1)
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        try:
            moment = datetime.combine(date.fromisoformat(text[:10]), datetime.min.time())
        except ValueError:
            return None
    moment = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    try:
        # Not strftime: its %Y writes year 1 as "1", which no longer sorts as text.
        return moment.astimezone(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")
    except OverflowError:  # year 1 with an offset east of UTC: before the first instant
        return None


def _amount(value: Any) -> str | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return str(value)  # the cache will say what is wrong with it
    return str(number) if number.is_finite() else str(value)


def _day(value: Any) -> str | None:
    return str(value)[:10] if value else None


def _id(value: Any) -> str | None:
    return None if value is None or value == "" else str(value)


def wire_id(value: Any) -> Any:
    """An id as Arvalox wants it: a whole number when it is one ("12" → 12)."""
    text = str(value)
    return int(text) if text.isdigit() else value


def percent(rate: Any) -> str | None:
    """Arvalox's tax rate (a fraction, sometimes a percentage) as the Arkan percentage."""
    if rate is None:
        return None
    try:
        value = Decimal(str(rate))
    except InvalidOperation:
        return str(rate)
    scaled = value * _HUNDRED if value <= 1 else value
    return f"{scaled.normalize():f}"


def fraction(rate: Any) -> str:
    """The Arkan percentage (8) as the fraction the reference sends (0.08)."""
    value = Decimal(str(rate or 0)) / _HUNDRED
    return f"{value.normalize():f}"


def _times(raw: Mapping[str, Any]) -> Record:
    created = stamp(_first(raw, "created_at", "createdAt"))
    return {
        "createdAt": created,
        "updatedAt": stamp(_first(raw, "updated_at", "updatedAt", "modified_at")) or created,
    }


# --- records ----------------------------------------------------------------------------


def plain(value: Any) -> str:
    """A number as the wire carries it: plain decimal text ("150", "0.125"), no exponent."""
    try:
        number = Decimal(str(value).strip())
    except InvalidOperation:
        return str(value)  # the server says what is wrong with it
    if not number.is_finite():
        return str(value)
    return format(number.normalize(), "f") if number else "0"


def _status(raw: Mapping[str, Any]) -> str:
    status = str(raw.get("status") or "").lower()
    if status in _CUSTOMER_STATES:
        return status
    return "active" if raw.get("is_active", True) is not False else "inactive"


def customer(raw: Mapping[str, Any]) -> Record:
    status = _status(raw)
    return {
        "id": _id(raw.get("id")),
        "code": _first(raw, "customer_code", "code"),
        "name": raw.get("name"),
        "email": raw.get("email"),
        "phone": raw.get("phone"),
        "taxId": _first(raw, "tax_id", "tax_number", "vat_number"),
        "address": _first(raw, "billing_address", "address"),
        "paymentTerms": raw.get("payment_terms"),
        "creditLimit": _amount(raw.get("credit_limit")),
        "status": status,
        "active": status == "active",
        "currency": raw.get("currency"),
        **_times(raw),
        "arvalox": dict(raw),
    }


def _partner(raw: Mapping[str, Any]) -> tuple[str | None, Any]:
    nested = raw.get("customer")
    if isinstance(nested, Mapping):
        return _id(nested.get("id")), nested.get("name")
    return _id(raw.get("customer_id")), raw.get("customer_name")


def _line(item: Mapping[str, Any], position: int) -> Record:
    net = _first(item, "subtotal", "line_total", "amount")
    tax = _first(item, "tax_amount", "tax")
    total = item.get("total")
    if total is None and net is not None:
        total = Decimal(str(net)) + Decimal(str(tax or 0))
    return {
        "id": _id(item.get("id")) or str(position + 1),
        "description": item.get("description"),
        "quantity": _amount(item.get("quantity")),
        "unitPrice": _amount(item.get("unit_price")),
        "taxRate": percent(item.get("tax_rate")),
        "subtotal": _amount(net),
        "taxAmount": _amount(tax),
        "total": _amount(total),
    }


def invoice(raw: Mapping[str, Any]) -> Record:
    partner_id, partner_name = _partner(raw)
    status = str(raw.get("status") or "").lower()
    total = _amount(_first(raw, "total_amount", "total", "amount"))
    paid = _amount(_first(raw, "paid_amount", "amount_paid")) or "0"
    due = _amount(_first(raw, "balance_due", "amount_due", "outstanding_amount", "balance"))
    if due is None and total is not None:
        due = str(Decimal(total) - Decimal(paid))
    if status == "paid" or (due is not None and total and Decimal(due) <= 0 < Decimal(total)):
        payment_state = "paid"
    else:
        payment_state = "partial" if Decimal(paid) > 0 else "not_paid"
    items = _first(raw, "items", "line_items", "lines") or []
    return {
        "id": _id(raw.get("id")),
        "number": _first(raw, "invoice_number", "number"),
        "type": "out_invoice",
        "partnerId": partner_id,
        "partnerName": partner_name,
        "date": _day(_first(raw, "issue_date", "invoice_date", "date")),
        "dueDate": _day(raw.get("due_date")),
        "state": _STATES.get(status, status or None),
        "paymentState": payment_state,
        "overdue": status == "overdue",
        "currency": raw.get("currency"),
        "subtotal": _amount(raw.get("subtotal")),
        "taxTotal": _amount(_first(raw, "tax_amount", "tax_total", "total_tax")),
        "total": total,
        "amountPaid": paid,
        "amountDue": due,
        "reference": _first(raw, "reference", "invoice_number"),
        "notes": raw.get("notes"),
        "lines": [_line(i, n) for n, i in enumerate(items) if isinstance(i, Mapping)],
        **_times(raw),
        "arvalox": dict(raw),
    }


def payment(raw: Mapping[str, Any]) -> Record:
    partner_id, partner_name = _partner(raw)
    invoice_id = _id(raw.get("invoice_id"))
    amount = _amount(raw.get("amount"))
    status = str(raw.get("status") or "completed").lower()
    allocations = []
    if invoice_id is not None:
        allocations.append(
            {"invoiceId": invoice_id, "invoiceNumber": raw.get("invoice_number"), "amount": amount}
        )
    return {
        "id": _id(raw.get("id")),
        "number": raw.get("reference_number") or f"PAY-{raw.get('id')}",
        "type": "inbound",
        "partnerId": partner_id,
        "partnerName": partner_name,
        "date": _day(_first(raw, "payment_date", "date")),
        "state": _PAYMENT_STATES.get(status, status),
        "method": APP_METHOD.get(str(raw.get("payment_method")), raw.get("payment_method")),
        "currency": raw.get("currency"),
        "amount": amount,
        "reference": raw.get("reference_number"),
        "allocations": allocations,
        **_times(raw),
        "arvalox": dict(raw),
    }


NORMALISERS = {"customers": customer, "invoices": invoice, "payments": payment}
