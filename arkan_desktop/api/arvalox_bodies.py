"""Arkan-shaped write bodies as Arvalox create and update bodies, and back for its errors.

An invoice goes with its dates under the names the server uses, a discount folded into
the unit price and a tax rate only where the server keeps tax (`ArvaloxFeatures`); a
payment with the server's name for its method; numbers always in plain decimal form
("150", never "1.5E+2"). A create's reference becomes a number of the server's own
(`derived_number`) so a write whose answer was lost can be found again. A server's field
errors are renamed to the app's fields (`items.0.tax_rate` → `lines[0].taxRate`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from arkan_desktop.api.arvalox_features import PUBLISHED, ArvaloxFeatures
from arkan_desktop.api.arvalox_records import SERVER_METHOD, Record, fraction, plain, wire_id
from arkan_desktop.api.errors import FieldError
from arkan_desktop.api.write_rules import net_unit_price


def _first(mapping: Mapping[str, Any], *names: str) -> Any:
    return next((mapping[n] for n in names if mapping.get(n) is not None), None)


def derived_number(prefix: str, reference: str) -> str:
    """A number made from a write's reference: the same reference always gives the same one."""
    return f"{prefix}-{re.sub(r'[^0-9A-Za-z]', '', reference)[:10].upper()}"


def invoice_body(body: Mapping[str, Any], features: ArvaloxFeatures = PUBLISHED) -> Record:
    """An Arkan-shaped invoice draft as the Arvalox create body: the dates under the names
    the server uses, a discount folded into the unit price, tax only where it is kept."""
    items = []
    for line in body.get("lines") or []:
        price = net_unit_price(line) or Decimal(0)
        discount = Decimal(str(line.get("discountPercent") or 0))
        description = str(line.get("description") or "")
        if discount:
            description = f"{description} (-{discount.normalize():f} %)".strip()
        if features.unit_price_decimals is None:
            price = price.quantize(Decimal("0.0001"))
        item: Record = {
            "description": description,
            "quantity": plain(line.get("quantity")),
            "unit_price": plain(price),
        }
        if features.stores_invoice_tax:
            item["tax_rate"] = fraction(line.get("taxRate"))
        items.append(item)
    reference = str(body.get("reference") or "")
    issued = body.get("date")
    out: Record = {
        "customer_id": wire_id(body.get("partnerId")),
        "invoice_number": body.get("number") or derived_number("DSK", reference),
        features.invoice_date_field: issued,
        "due_date": body.get("dueDate") or issued,
        "notes": body.get("notes"),
        "items": items,
    }
    return {k: v for k, v in out.items() if v is not None}


def payment_body(body: Mapping[str, Any]) -> Record:
    allocations = body.get("allocations") or []
    method = body.get("method")
    out: Record = {
        "customer_id": wire_id(body.get("partnerId")),
        "invoice_id": wire_id(allocations[0]["invoiceId"]) if allocations else None,
        "amount": plain(body.get("amount")),
        "payment_method": SERVER_METHOD.get(str(method), method),
        "payment_date": body.get("date"),
        "reference_number": body.get("reference"),
        "notes": body.get("notes"),
    }
    return {k: v for k, v in out.items() if v is not None}


def customer_body(body: Mapping[str, Any], *, create: bool) -> Record:
    """A customer body from the Arkan shape (or the Arvalox one, which passes through)."""
    reference = str(body.get("reference") or "")
    code = _first(body, "code", "customer_code")
    if code is None and create and reference:
        code = derived_number("D", reference)
    out: Record = {
        "customer_code": code,
        "name": body.get("name"),
        "email": body.get("email"),
        "phone": body.get("phone"),
        "billing_address": _first(body, "address", "billing_address"),
        "tax_id": _first(body, "taxId", "tax_id"),
        "payment_terms": _first(body, "paymentTerms", "payment_terms"),
        "credit_limit": _first(body, "creditLimit", "credit_limit"),
    }
    return {k: v for k, v in out.items() if v is not None}


_FIELD_NAMES = {
    "customer_id": "partnerId",
    "issue_date": "date",
    "invoice_date": "date",
    "payment_date": "date",
    "due_date": "dueDate",
    "invoice_number": "number",
    "payment_method": "method",
    "reference_number": "reference",
    "invoice_id": "allocations[0].invoiceId",
    "customer_code": "code",
    "tax_id": "taxId",
    "billing_address": "address",
    "unit_price": "unitPrice",
    "tax_rate": "taxRate",
    "items": "lines",
}
_ITEM_FIELD = re.compile(r"^(?:items|line_items)[.\[](\d+)\]?\.(\w+)$")


def arkan_field(name: str) -> str:
    """An Arvalox field name as the Arkan form has it (`items.0.tax_rate` → `lines[0].taxRate`)."""
    found = _ITEM_FIELD.match(name)
    if found:
        inner = found.group(2)
        return f"lines[{found.group(1)}].{_FIELD_NAMES.get(inner, inner)}"
    return _FIELD_NAMES.get(name, name)


def arkan_field_errors(errors: list[FieldError]) -> list[FieldError]:
    return [FieldError(arkan_field(e.field), e.message) for e in errors]
