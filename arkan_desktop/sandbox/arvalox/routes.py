"""The Arvalox endpoints: ping, customers, invoices, payments and the two reports.

Lists answer `{<items>: [...], total, page, per_page, total_pages}`, paged with
`page`/`per_page` and sorted with `sort_by`/`sort_order` (e.g. `updated_at`, `desc`).
Collections answer with and without the trailing slash of the reference's examples.
Creates honour an `Idempotency-Key` header (a replay answers as the first time).
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from arkan_desktop.sandbox.arvalox import receivables
from arkan_desktop.sandbox.arvalox.auth import require_principal, store_of
from arkan_desktop.sandbox.arvalox.errors import ArvaloxError
from arkan_desktop.sandbox.arvalox.store import ArvaloxStore, Record

router = APIRouter(dependencies=[Depends(require_principal)])
MAX_PER_PAGE = 100
_SORTABLE = {
    "customers": ("id", "updated_at", "created_at", "name", "customer_code"),
    "invoices": ("id", "updated_at", "created_at", "issue_date", "due_date", "invoice_number"),
    "payments": ("id", "updated_at", "created_at", "payment_date"),
}
_FILTERS = {
    "customers": ("customer_code", "email"),
    "invoices": ("status", "customer_id", "invoice_number"),
    "payments": ("customer_id", "invoice_id", "reference_number"),
}


def _route(method: str, path: str, **options: Any) -> Callable[[Callable[..., Any]], Any]:
    """Register a handler at `path` and at `path/` (only the first shows in OpenAPI)."""

    def register(handler: Callable[..., Any]) -> Any:
        router.add_api_route(path, handler, methods=[method], **options)
        router.add_api_route(
            path + "/", handler, methods=[method], include_in_schema=False, **options
        )
        return handler

    return register


class Paging(BaseModel):
    page: int = 1
    per_page: int = 20
    sort_by: str = "id"
    sort_order: str = "asc"


def paging(
    page: int = Query(1, ge=1),
    per_page: int = Query(20, ge=1, le=MAX_PER_PAGE),
    sort_by: str = Query("id"),
    sort_order: str = Query("asc", pattern="^(asc|desc)$"),
) -> Paging:
    return Paging(page=page, per_page=per_page, sort_by=sort_by, sort_order=sort_order)


def listing(kind: str, request: Request, paged: Paging, search: str | None = None) -> Any:
    if paged.sort_by not in _SORTABLE[kind]:
        raise ArvaloxError.field("sort_by", f"Sort by one of {', '.join(_SORTABLE[kind])}")
    records = store_of(request).records(kind)
    for name in _FILTERS[kind]:
        wanted = request.query_params.get(name)
        if wanted is not None:
            records = [r for r in records if str(r.get(name)) == wanted]
    if search:
        needle = search.lower()
        records = [r for r in records if needle in json.dumps(r).lower()]
    records.sort(key=lambda r: (r.get(paged.sort_by) or "", r["id"]))
    if paged.sort_order == "desc":
        records.reverse()
    start = (paged.page - 1) * paged.per_page
    return {
        kind: records[start : start + paged.per_page],
        "total": len(records),
        "page": paged.page,
        "per_page": paged.per_page,
        "total_pages": max(1, math.ceil(len(records) / paged.per_page)),
    }


def created(
    request: Request, principal: str, make: Callable[[ArvaloxStore], Record]
) -> JSONResponse:
    """Run a create once per Idempotency-Key; a replay answers what the first time did."""
    store = store_of(request)
    key = request.headers.get("idempotency-key")
    with store.writing():
        if key:
            replay = store.replay(principal, key)
            if replay is not None:
                return JSONResponse(replay[1], status_code=replay[0])
        record = make(store)
        if key:
            store.remember(principal, key, 201, record)
    return JSONResponse(record, status_code=201)


@router.get("/ping")
def ping(request: Request, principal: str = Depends(require_principal)) -> dict[str, Any]:
    return {
        "message": "pong",
        "authenticated": True,
        "auth": principal.partition(":")[0],
        "organization": store_of(request).data["organization"],
        "timestamp": datetime.now(UTC).isoformat(),
    }


# --- customers ----------------------------------------------------------------------------


class CustomerIn(BaseModel):
    customer_code: str | None = None
    name: str | None = Field(default=None, min_length=1)
    email: str | None = None
    phone: str | None = None
    billing_address: str | None = None
    tax_id: str | None = None
    payment_terms: int | None = Field(default=None, ge=0, le=365)
    credit_limit: Decimal | None = Field(default=None, ge=0)
    is_active: bool | None = None


@_route("GET", "/customers")
def list_customers(
    request: Request, paged: Paging = Depends(paging), search: str | None = None
) -> Any:
    return listing("customers", request, paged, search)


@_route("POST", "/customers", status_code=201)
def create_customer(
    body: CustomerIn, request: Request, principal: str = Depends(require_principal)
) -> Any:
    data = body.model_dump(exclude_none=True)
    return created(request, principal, lambda s: receivables.save_customer(s, data, None))


@router.get("/customers/{customer_id}")
def get_customer(customer_id: int, request: Request) -> Any:
    return receivables.customer_or_404(store_of(request), customer_id)


@router.put("/customers/{customer_id}")
def update_customer(customer_id: int, body: CustomerIn, request: Request) -> Any:
    store = store_of(request)
    with store.writing():
        existing = receivables.customer_or_404(store, customer_id)
        return receivables.save_customer(store, body.model_dump(exclude_none=True), existing)


# --- invoices -----------------------------------------------------------------------------


class ItemIn(BaseModel):
    description: str = ""
    quantity: Decimal = Field(gt=0)
    unit_price: Decimal = Field(ge=0)
    tax_rate: Decimal = Field(default=Decimal(0), ge=0, lt=1)


class InvoiceIn(BaseModel):
    customer_id: int
    invoice_number: str | None = None
    issue_date: date | None = None
    invoice_date: date | None = None  # what some deployments call issue_date
    due_date: date | None = None
    status: str | None = None
    notes: str | None = None
    items: list[ItemIn] = Field(min_length=1)


@_route("GET", "/invoices")
def list_invoices(
    request: Request, paged: Paging = Depends(paging), search: str | None = None
) -> Any:
    return listing("invoices", request, paged, search)


@_route("POST", "/invoices", status_code=201)
def create_invoice(
    body: InvoiceIn, request: Request, principal: str = Depends(require_principal)
) -> Any:
    data = body.model_dump(exclude_none=True)
    data["issue_date"] = data.get("issue_date") or data.pop("invoice_date", None)
    return created(request, principal, lambda s: receivables.create_invoice(s, data))


@router.get("/invoices/{invoice_id}")
def get_invoice(invoice_id: int, request: Request) -> Any:
    found = store_of(request).get("invoices", invoice_id)
    if found is None:
        raise ArvaloxError(404, f"Invoice {invoice_id} not found")
    return found


# --- payments -----------------------------------------------------------------------------


class PaymentIn(BaseModel):
    customer_id: int
    invoice_id: int | None = None
    amount: Decimal = Field(gt=0)
    payment_method: str | None = None
    payment_date: date | None = None
    reference_number: str | None = None
    notes: str | None = None


@_route("GET", "/payments")
def list_payments(
    request: Request, paged: Paging = Depends(paging), search: str | None = None
) -> Any:
    return listing("payments", request, paged, search)


@_route("POST", "/payments", status_code=201)
def create_payment(
    body: PaymentIn, request: Request, principal: str = Depends(require_principal)
) -> Any:
    data = body.model_dump(exclude_none=True)
    return created(request, principal, lambda s: receivables.record_payment(s, data))


@router.get("/payments/{payment_id}")
def get_payment(payment_id: int, request: Request) -> Any:
    found = store_of(request).get("payments", payment_id)
    if found is None:
        raise ArvaloxError(404, f"Payment {payment_id} not found")
    return found


# --- reports ------------------------------------------------------------------------------


@router.get("/reports/aging")
def aging_report(request: Request) -> Any:
    return receivables.aging(store_of(request), datetime.now(UTC).date())


@router.get("/reports/dashboard")
def dashboard_report(request: Request) -> Any:
    return receivables.dashboard(store_of(request), datetime.now(UTC).date())
