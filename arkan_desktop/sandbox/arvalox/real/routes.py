"""The real backend's customers, invoices and payments endpoints (api/v1/customers.py,
invoices.py, payments.py): lists and creates at the collection's trailing slash (without
it FastAPI answers 307 to it), creates answer 200, `Idempotency-Key` means nothing.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from fastapi import APIRouter, Depends, Query, Request

from arkan_desktop.sandbox.arvalox.real import answers, ledger, schemas
from arkan_desktop.sandbox.arvalox.real.listing import contains, page_of
from arkan_desktop.sandbox.arvalox.real.security import current_user, store_of
from arkan_desktop.sandbox.arvalox.real.store import RealStore, Record, local_today

router = APIRouter()
User = Depends(current_user)
Page = Query(1, ge=1)
PerPage = Query(20, ge=1, le=100)
Order = Query("desc", pattern="^(asc|desc)$")


def _customers_by_id(store: RealStore, organization_id: int) -> dict[int, Record]:
    return {c["id"]: c for c in store.rows("customers", organization_id)}


def _invoice_answer(store: RealStore, record: Record) -> Record:
    return answers.invoice(record, _customers_by_id(store, record["organization_id"]))


# --- customers ----------------------------------------------------------------------------


@router.post("/customers/")
def create_customer(
    body: schemas.CustomerCreate, request: Request, user: Record = User
) -> dict[str, Any]:
    store = store_of(request)
    return answers.customer(ledger.create_customer(store, user["organization_id"], body))


@router.get("/customers/")
def list_customers(
    request: Request,
    user: Record = User,
    search: str | None = None,
    status: str | None = Query(None, pattern=schemas.CUSTOMER_STATUS),
    payment_terms_min: int | None = Query(None, ge=0),
    payment_terms_max: int | None = Query(None, ge=0),
    has_credit_limit: bool | None = None,
    page: int = Page,
    per_page: int = PerPage,
    sort_by: str | None = "name",
    sort_order: str | None = Query("asc", pattern="^(asc|desc)$"),
) -> dict[str, Any]:
    rows = store_of(request).rows("customers", user["organization_id"])
    if search:
        rows = [
            r
            for r in rows
            if contains(search, r["customer_code"], r["name"], r["email"], r["phone"])
        ]
    if status:
        rows = [r for r in rows if r["status"] == status]
    if payment_terms_min is not None:
        rows = [r for r in rows if r["payment_terms"] >= payment_terms_min]
    if payment_terms_max is not None:
        rows = [r for r in rows if r["payment_terms"] <= payment_terms_max]
    if has_credit_limit is not None:
        # SQL: credit_limit > 0 / = 0; a NULL limit matches neither.
        def limited(r: Record) -> bool | None:
            limit = r.get("credit_limit")
            return None if limit is None else Decimal(limit) > 0

        rows = [r for r in rows if limited(r) is has_credit_limit]
    return page_of(
        "customers",
        rows,
        page=page,
        per_page=per_page,
        sort_by=sort_by,
        sort_order=sort_order,
        answer=answers.customer,
    )


@router.get("/customers/{customer_id}")
def get_customer(customer_id: int, request: Request, user: Record = User) -> dict[str, Any]:
    store = store_of(request)
    return answers.customer(ledger.customer_or_404(store, user["organization_id"], customer_id))


@router.put("/customers/{customer_id}")
def update_customer(
    customer_id: int, body: schemas.CustomerUpdate, request: Request, user: Record = User
) -> dict[str, Any]:
    store = store_of(request)
    record = ledger.update_customer(store, user["organization_id"], customer_id, body)
    return answers.customer(record)


@router.delete("/customers/{customer_id}")
def delete_customer(customer_id: int, request: Request, user: Record = User) -> dict[str, str]:
    ledger.delete_customer(store_of(request), user["organization_id"], customer_id)
    return {"message": "Customer deleted successfully"}


# --- invoices -----------------------------------------------------------------------------


@router.post("/invoices/")
def create_invoice(
    body: schemas.InvoiceCreate, request: Request, user: Record = User
) -> dict[str, Any]:
    store = store_of(request)
    return _invoice_answer(store, ledger.create_invoice(store, user, body))


@router.get("/invoices/")
def list_invoices(
    request: Request,
    user: Record = User,
    search: str | None = None,
    status: str | None = Query(None, pattern=schemas.INVOICE_STATUS),
    customer_id: int | None = Query(None, gt=0),
    date_from: date | None = None,
    date_to: date | None = None,
    amount_min: Decimal | None = Query(None, ge=0),
    amount_max: Decimal | None = Query(None, ge=0),
    overdue_only: bool | None = None,
    page: int = Page,
    per_page: int = PerPage,
    sort_by: str | None = "invoice_date",
    sort_order: str | None = Order,
) -> dict[str, Any]:
    store = store_of(request)
    customers = _customers_by_id(store, user["organization_id"])
    rows = store.rows("invoices", user["organization_id"])
    if search:
        rows = [
            r
            for r in rows
            if contains(
                search, r["invoice_number"], customers[r["customer_id"]].get("name"), r["notes"]
            )
        ]
    if status:
        rows = [r for r in rows if r["status"] == status]
    if customer_id:
        rows = [r for r in rows if r["customer_id"] == customer_id]
    if date_from:
        rows = [r for r in rows if r["invoice_date"] >= date_from.isoformat()]
    if date_to:
        rows = [r for r in rows if r["invoice_date"] <= date_to.isoformat()]
    if amount_min is not None:
        rows = [r for r in rows if Decimal(r["total_amount"]) >= amount_min]
    if amount_max is not None:
        rows = [r for r in rows if Decimal(r["total_amount"]) <= amount_max]
    if overdue_only:
        today = local_today().isoformat()
        rows = [r for r in rows if r["due_date"] < today and r["status"] in ("sent", "overdue")]
    return page_of(
        "invoices",
        rows,
        page=page,
        per_page=per_page,
        sort_by=sort_by,
        sort_order=sort_order,
        answer=lambda r: answers.invoice(r, customers),
    )


@router.post("/invoices/generate-number")
def generate_invoice_number(request: Request, user: Record = User) -> dict[str, str]:
    store = store_of(request)
    number = ledger.next_invoice_number(store, user["organization_id"], local_today())
    return {"invoice_number": number}


@router.get("/invoices/{invoice_id}")
def get_invoice(invoice_id: int, request: Request, user: Record = User) -> dict[str, Any]:
    store = store_of(request)
    return _invoice_answer(store, ledger.invoice_or_404(store, user["organization_id"], invoice_id))


@router.put("/invoices/{invoice_id}")
def update_invoice(
    invoice_id: int, body: schemas.InvoiceUpdate, request: Request, user: Record = User
) -> dict[str, Any]:
    store = store_of(request)
    record = ledger.update_invoice(store, user["organization_id"], invoice_id, body)
    return _invoice_answer(store, record)


@router.patch("/invoices/{invoice_id}/status")
def change_invoice_status(
    invoice_id: int, body: schemas.InvoiceStatusUpdate, request: Request, user: Record = User
) -> dict[str, Any]:
    store = store_of(request)
    record = ledger.change_status(store, user["organization_id"], invoice_id, body.status)
    return _invoice_answer(store, record)


@router.delete("/invoices/{invoice_id}")
def delete_invoice(invoice_id: int, request: Request, user: Record = User) -> dict[str, str]:
    ledger.delete_invoice(store_of(request), user["organization_id"], invoice_id)
    return {"message": "Invoice deleted successfully"}


# --- payments -----------------------------------------------------------------------------


@router.post("/payments/")
def create_payment(
    body: schemas.PaymentCreate, request: Request, user: Record = User
) -> dict[str, Any]:
    return answers.payment(ledger.record_payment(store_of(request), user, body))


@router.get("/payments/")
def list_payments(
    request: Request,
    user: Record = User,
    search: str | None = None,
    invoice_id: int | None = Query(None, gt=0),
    payment_method: str | None = Query(None, pattern=schemas.PAYMENT_METHOD),
    status: str | None = Query(None, pattern=schemas.PAYMENT_STATUS),
    date_from: date | None = None,
    date_to: date | None = None,
    amount_min: Decimal | None = Query(None, ge=0),
    amount_max: Decimal | None = Query(None, ge=0),
    page: int = Page,
    per_page: int = PerPage,
    sort_by: str | None = "payment_date",
    sort_order: str | None = Order,
) -> dict[str, Any]:
    rows = store_of(request).rows("payments", user["organization_id"])
    if search:
        rows = [r for r in rows if contains(search, r["reference_number"], r["notes"])]
    if invoice_id:
        rows = [r for r in rows if r["invoice_id"] == invoice_id]
    if payment_method:
        rows = [r for r in rows if r["payment_method"] == payment_method]
    if status:
        rows = [r for r in rows if r["status"] == status]
    if date_from:
        rows = [r for r in rows if r["payment_date"] >= date_from.isoformat()]
    if date_to:
        rows = [r for r in rows if r["payment_date"] <= date_to.isoformat()]
    if amount_min is not None:
        rows = [r for r in rows if Decimal(r["amount"]) >= amount_min]
    if amount_max is not None:
        rows = [r for r in rows if Decimal(r["amount"]) <= amount_max]
    return page_of(
        "payments",
        rows,
        page=page,
        per_page=per_page,
        sort_by=sort_by,
        sort_order=sort_order,
        answer=answers.payment,
    )


@router.get("/payments/{payment_id}")
def get_payment(payment_id: int, request: Request, user: Record = User) -> dict[str, Any]:
    store = store_of(request)
    return answers.payment(
        ledger.row_or_404(store, "payments", user["organization_id"], payment_id)
    )
