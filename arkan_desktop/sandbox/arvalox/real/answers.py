"""How the real backend writes its records on the wire (its response schemas).

- Customers (schemas/customer.py `CustomerResponse`): `credit_limit` is a float, so a JSON
  number (`5000.0`), not a decimal string.
- Invoices (schemas/invoice.py `InvoiceResponse`): every item's `line_total` is recomputed
  as quantity × unit price and not rounded (`"2.50" × "99.95"` answers `"249.8750"`); the
  customer is embedded as `{id, name, email, customer_code}`, read when answering, so a
  renamed customer shows its new name without the invoice's `updated_at` moving.
- Payments (api/v1/payments.py + schemas/payment.py `PaymentResponse`): the amount passes
  through a float (`"500.0"`, `"1234.5"`), and the answer names neither the customer nor
  the invoice number (the handler builds an `invoice` object the schema then drops).
"""

from __future__ import annotations

from decimal import Decimal

from arkan_desktop.sandbox.arvalox.real.store import Record


def customer(record: Record) -> Record:
    limit = record.get("credit_limit")
    return {
        "customer_code": record["customer_code"],
        "name": record.get("name"),
        "email": record.get("email"),
        "phone": record.get("phone"),
        "billing_address": record.get("billing_address"),
        "shipping_address": record.get("shipping_address"),
        "credit_limit": None if limit is None else float(Decimal(limit)),
        "payment_terms": record["payment_terms"],
        "tax_id": record.get("tax_id"),
        "status": record["status"],
        "id": record["id"],
        "organization_id": record["organization_id"],
        "created_at": record["created_at"],
        "updated_at": record["updated_at"],
    }


def _item(item: Record) -> Record:
    quantity, price = Decimal(item["quantity"]), Decimal(item["unit_price"])
    return {
        "description": item["description"],
        "quantity": item["quantity"],
        "unit_price": item["unit_price"],
        "id": item["id"],
        "invoice_id": item["invoice_id"],
        "line_total": str(quantity * price),
        "created_at": item["created_at"],
        "updated_at": item["updated_at"],
    }


def invoice(record: Record, customers: dict[int, Record]) -> Record:
    owner = customers.get(record["customer_id"])
    return {
        "invoice_number": record["invoice_number"],
        "customer_id": record["customer_id"],
        "invoice_date": record["invoice_date"],
        "due_date": record["due_date"],
        "status": record["status"],
        "notes": record.get("notes"),
        "id": record["id"],
        "organization_id": record["organization_id"],
        "user_id": record["user_id"],
        "subtotal": record["subtotal"],
        "tax_amount": record["tax_amount"],
        "total_amount": record["total_amount"],
        "paid_amount": record["paid_amount"],
        "items": [_item(i) for i in record["items"]],
        "customer": None
        if owner is None
        else {
            "id": owner["id"],
            "name": owner.get("name"),
            "email": owner.get("email"),
            "customer_code": owner["customer_code"],
        },
        "created_at": record["created_at"],
        "updated_at": record["updated_at"],
    }


def payment(record: Record) -> Record:
    return {
        "payment_date": record["payment_date"],
        "amount": str(Decimal(str(float(Decimal(record["amount"]))))),
        "payment_method": record["payment_method"],
        "reference_number": record.get("reference_number"),
        "notes": record.get("notes"),
        "id": record["id"],
        "organization_id": record["organization_id"],
        "invoice_id": record["invoice_id"],
        "user_id": record.get("user_id"),
        "status": record["status"],
        "created_at": record["created_at"],
        "updated_at": record["updated_at"],
    }
