"""The real backend's rules for customers, invoices and payments, each in one organisation.

From backend/app/api/v1/customers.py, invoices.py and payments.py:
- customer codes, invoice numbers and payment reference numbers are unique per
  organisation (a duplicate is 400 with a sentence, not 409);
- an invoice's subtotal is the sum of quantity × unit price, its tax is always 0.00 (the
  server has no tax yet), and totals are kept in NUMERIC(15,2);
- invoice status moves only along draft → sent|cancelled, sent → paid|overdue|cancelled,
  overdue → paid|cancelled (`PATCH /invoices/{id}/status`); a full `PUT` may set any
  status on an invoice that is not paid or cancelled;
- a payment needs an invoice of the organisation and may not exceed what is still owed;
  it adds to the invoice's `paid_amount` and leaves the invoice's status as it was.
Nothing checks a customer's status: an inactive or suspended customer can still be billed.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from fastapi import HTTPException

from arkan_desktop.sandbox.arvalox.real import schemas
from arkan_desktop.sandbox.arvalox.real.store import RealStore, Record, ServerFault, numeric
from arkan_desktop.sandbox.clock import now_iso

TRANSITIONS = {
    "draft": ("sent", "cancelled"),
    "sent": ("paid", "overdue", "cancelled"),
    "overdue": ("paid", "cancelled"),
    "paid": (),
    "cancelled": (),
}
ZERO = Decimal("0.00")


def not_found(what: str) -> HTTPException:
    return HTTPException(status_code=404, detail=f"{what} not found")


def _taken(what: str) -> HTTPException:
    return HTTPException(status_code=400, detail=f"{what} already exists in your organization")


# --- customers ----------------------------------------------------------------------------


def _customer_columns(values: dict[str, Any]) -> dict[str, Any]:
    if "credit_limit" in values and values["credit_limit"] is not None:
        values["credit_limit"] = numeric(Decimal(str(values["credit_limit"])))
    return values


def create_customer(
    store: RealStore, organization_id: int, body: schemas.CustomerCreate, stamp: str | None = None
) -> Record:
    with store.writing():
        if store.exists("customers", organization_id, "customer_code", body.customer_code):
            raise _taken("Customer code")
        record = {"organization_id": organization_id, **_customer_columns(body.model_dump())}
        return store.insert("customers", record, stamp=stamp)


def row_or_404(store: RealStore, table: str, organization_id: int, row_id: int) -> Record:
    """A row of the organisation, or 404 "<Customer|Invoice|Payment> not found"."""
    found = store.row(table, row_id, organization_id)
    if found is None:
        raise not_found(table.removesuffix("s").capitalize())
    return found


def customer_or_404(store: RealStore, organization_id: int, customer_id: int) -> Record:
    return row_or_404(store, "customers", organization_id, customer_id)


def update_customer(
    store: RealStore, organization_id: int, customer_id: int, body: schemas.CustomerUpdate
) -> Record:
    with store.writing():
        record = customer_or_404(store, organization_id, customer_id)
        code = body.customer_code
        if (
            code
            and code != record["customer_code"]
            and store.exists("customers", organization_id, "customer_code", code, but=customer_id)
        ):
            raise _taken("Customer code")
        record.update(_customer_columns(body.model_dump(exclude_unset=True)))
        return store.update("customers", record)


def delete_customer(store: RealStore, organization_id: int, customer_id: int) -> None:
    with store.writing():
        customer_or_404(store, organization_id, customer_id)
        if store.exists("invoices", organization_id, "customer_id", customer_id):
            # The ORM tries to detach the invoices (customer_id NOT NULL): an IntegrityError.
            raise ServerFault("deleting a customer that has invoices")
        store.delete("customers", customer_id)


# --- invoices -----------------------------------------------------------------------------


def _items(
    store: RealStore, invoice_id: int, items: list[schemas.InvoiceItemCreate], stamp: str
) -> tuple[list[Record], Decimal]:
    rows, subtotal = [], Decimal(0)
    for item in items:
        line = item.quantity * item.unit_price
        subtotal += line
        rows.append(
            {
                "id": store.next_id("invoice_items"),
                "invoice_id": invoice_id,
                "description": item.description,
                "quantity": numeric(item.quantity, 10),
                "unit_price": numeric(item.unit_price),
                "line_total": numeric(line),
                "created_at": stamp,
                "updated_at": stamp,
            }
        )
    return rows, subtotal


def _price(record: Record, subtotal: Decimal) -> None:
    tax = ZERO  # the backend's own "TODO: Implement tax calculation"
    record.update(
        subtotal=numeric(subtotal), tax_amount=numeric(tax), total_amount=numeric(subtotal + tax)
    )


def create_invoice(
    store: RealStore, user: Record, body: schemas.InvoiceCreate, stamp: str | None = None
) -> Record:
    organization_id = user["organization_id"]
    with store.writing():
        customer_or_404(store, organization_id, body.customer_id)
        if store.exists("invoices", organization_id, "invoice_number", body.invoice_number):
            raise _taken("Invoice number")
        moment = stamp or now_iso()
        # Like a PostgreSQL sequence, the id is spent even if what follows fails.
        invoice_id = store.next_id("invoices")
        items, subtotal = _items(store, invoice_id, body.items, moment)
        record: Record = {
            "id": invoice_id,
            "organization_id": organization_id,
            "user_id": user["id"],
            "invoice_number": body.invoice_number,
            "customer_id": body.customer_id,
            "invoice_date": body.invoice_date.isoformat(),
            "due_date": body.due_date.isoformat(),
            "paid_amount": numeric(ZERO),
            "status": body.status,
            "notes": body.notes,
            "items": items,
        }
        _price(record, subtotal)
        return store.insert("invoices", record, stamp=moment)


def invoice_or_404(store: RealStore, organization_id: int, invoice_id: int) -> Record:
    return row_or_404(store, "invoices", organization_id, invoice_id)


def update_invoice(
    store: RealStore, organization_id: int, invoice_id: int, body: schemas.InvoiceUpdate
) -> Record:
    with store.writing():
        record = invoice_or_404(store, organization_id, invoice_id)
        if record["status"] in ("paid", "cancelled"):
            raise HTTPException(status_code=400, detail="Cannot update paid or cancelled invoices")
        if body.customer_id:
            customer_or_404(store, organization_id, body.customer_id)
        number = body.invoice_number
        if (
            number
            and number != record["invoice_number"]
            and store.exists("invoices", organization_id, "invoice_number", number, but=invoice_id)
        ):
            raise _taken("Invoice number")
        for name, value in body.model_dump(exclude_unset=True, exclude={"items"}).items():
            record[name] = value.isoformat() if isinstance(value, date) else value
        if body.items is not None:
            moment = now_iso()
            record["items"], subtotal = _items(store, invoice_id, body.items, moment)
            _price(record, subtotal)
        # New items alone are other rows: the invoice's updated_at stays unless a column moved.
        return store.update("invoices", record)


def change_status(
    store: RealStore, organization_id: int, invoice_id: int, status: str, stamp: str | None = None
) -> Record:
    with store.writing():
        record = invoice_or_404(store, organization_id, invoice_id)
        if status not in TRANSITIONS.get(record["status"], ()):
            raise HTTPException(
                status_code=400,
                detail=f"Cannot change status from {record['status']} to {status}",
            )
        record["status"] = status
        return store.update("invoices", record, stamp=stamp)


def delete_invoice(store: RealStore, organization_id: int, invoice_id: int) -> None:
    with store.writing():
        record = invoice_or_404(store, organization_id, invoice_id)
        if record["status"] != "draft":
            raise HTTPException(status_code=400, detail="Only draft invoices can be deleted")
        if store.exists("payments", organization_id, "invoice_id", invoice_id):
            # payments.invoice_id is NOT NULL and the ORM would detach them: IntegrityError.
            raise ServerFault("deleting a draft invoice that has payments")
        store.delete("invoices", invoice_id)


def next_invoice_number(store: RealStore, organization_id: int, today: date) -> str:
    """`POST /invoices/generate-number`: INV-<year>-<sequence after the newest invoice's>."""
    newest = max(
        store.rows("invoices", organization_id), key=lambda i: i["created_at"], default=None
    )
    sequence = 1
    if newest is not None:
        parts = newest["invoice_number"].split("-")
        if len(parts) >= 3 and parts[1] == str(today.year) and parts[2].isdigit():
            sequence = int(parts[2]) + 1
    return f"INV-{today.year}-{sequence:04d}"


# --- payments -----------------------------------------------------------------------------


def record_payment(
    store: RealStore, user: Record, body: schemas.PaymentCreate, stamp: str | None = None
) -> Record:
    organization_id = user["organization_id"]
    with store.writing():
        invoice = invoice_or_404(store, organization_id, body.invoice_id)
        reference = body.reference_number
        if reference and store.exists("payments", organization_id, "reference_number", reference):
            raise _taken("Payment reference number")
        owed = Decimal(invoice["total_amount"]) - Decimal(invoice["paid_amount"])
        if body.amount > owed:
            raise HTTPException(
                status_code=400,
                detail=f"Payment amount (${body.amount}) exceeds outstanding balance (${owed})",
            )
        moment = stamp or now_iso()
        payment = store.insert(
            "payments",
            {
                "organization_id": organization_id,
                "invoice_id": invoice["id"],
                "user_id": user["id"],
                "payment_date": body.payment_date.isoformat(),
                "amount": numeric(body.amount),
                "payment_method": body.payment_method,
                "reference_number": reference,
                "notes": body.notes,
                "status": "completed",
            },
            stamp=moment,
        )
        invoice["paid_amount"] = numeric(Decimal(invoice["paid_amount"]) + body.amount)
        store.update("invoices", invoice, stamp=moment)
        return payment
