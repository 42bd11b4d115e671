"""Invoice and bill endpoints: list, create (draft), get, edit a draft, post, cancel."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from pydantic import Field

from arkan_desktop.sandbox.accounting.drafts import update_invoice
from arkan_desktop.sandbox.accounting.invoices import cancel_invoice, create_invoice, post_invoice
from arkan_desktop.sandbox.api_common import Payload, get_record, list_kind
from arkan_desktop.sandbox.context import Ctx, company_ctx
from arkan_desktop.sandbox.projects import tag_project
from arkan_desktop.sandbox.unit_of_work import UnitOfWork

router = APIRouter(prefix="/accounting/invoices", tags=["accounting"])

Reader = Annotated[Ctx, Depends(company_ctx("accounting.read"))]
Writer = Annotated[Ctx, Depends(company_ctx("accounting.write"))]
Poster = Annotated[Ctx, Depends(company_ctx("accounting.post"))]


class InvoiceLine(Payload):
    productId: str | None = None
    description: str | None = Field(default=None, max_length=500)
    quantity: Decimal = Field(default=Decimal(1), gt=0)
    unitPrice: Decimal | None = Field(default=None, ge=0)
    discountPercent: Decimal = Field(default=Decimal(0), ge=0, le=100)
    taxRate: Decimal | None = Field(default=None, ge=0, le=100)
    accountId: str | None = None
    purchaseOrderLineId: str | None = Field(default=None, max_length=64)


class InvoiceCreate(Payload):
    type: Literal["out_invoice", "in_invoice"] = "out_invoice"
    partnerId: str
    date: dt.date | None = None
    dueDate: dt.date | None = None
    currency: str | None = Field(default=None, max_length=3)
    incoterm: str | None = Field(default=None, max_length=3)
    reference: str | None = Field(default=None, max_length=100)
    vendorReference: str | None = Field(default=None, max_length=100)
    purchaseOrderId: str | None = Field(default=None, max_length=64)
    notes: str | None = Field(default=None, max_length=2000)
    lines: list[InvoiceLine] = Field(min_length=1)
    projectId: str | None = Field(default=None, max_length=64)


class InvoiceUpdate(Payload):
    """A draft's fields to change; lines, when sent, replace all its lines."""

    partnerId: str | None = Field(default=None, max_length=64)
    date: dt.date | None = None
    dueDate: dt.date | None = None
    incoterm: str | None = Field(default=None, max_length=3)
    reference: str | None = Field(default=None, max_length=100)
    vendorReference: str | None = Field(default=None, max_length=100)
    notes: str | None = Field(default=None, max_length=2000)
    lines: list[InvoiceLine] | None = Field(default=None, min_length=1)
    projectId: str | None = Field(default=None, max_length=64)


class CancelRequest(Payload):
    """Why the document is cancelled (optional; shown on the credit note)."""

    reason: str | None = Field(default=None, max_length=500)


@router.get("", summary="List invoices")
def list_invoices(request: Request, ctx: Reader) -> Response:
    return list_kind(ctx, request, "invoice")


@router.post("", status_code=201, summary="Create an invoice")
def create(body: InvoiceCreate, ctx: Writer) -> Response:
    data = body.model_dump()
    project_id = data.pop("projectId")

    def change(uow: UnitOfWork) -> dict[str, Any]:
        invoice = create_invoice(uow, data)
        if project_id:
            tag_project(uow, invoice, project_id)
        return invoice

    return ctx.write(change, 201)


@router.get("/{invoice_id}", summary="Get an invoice", tags=["assumed"])
def get_invoice(invoice_id: str, ctx: Reader) -> dict[str, Any]:
    return get_record(ctx, "invoice", invoice_id, "Invoice")


@router.patch("/{invoice_id}", summary="Update a draft invoice", tags=["assumed"])
def update(invoice_id: str, body: InvoiceUpdate, ctx: Writer) -> Response:
    changes = body.model_dump(exclude_unset=True)

    def change(uow: UnitOfWork) -> dict[str, Any]:
        invoice = update_invoice(uow, uow.require("invoice", invoice_id, "Invoice"), changes)
        if "projectId" in changes or "partnerId" in changes:
            tag_project(uow, invoice, changes.get("projectId", invoice.get("projectId")))
        return invoice

    return ctx.write(change)


@router.post("/{invoice_id}/post", summary="Post a draft invoice")
def post(invoice_id: str, ctx: Poster) -> Response:
    def change(uow: UnitOfWork) -> dict[str, Any]:
        return post_invoice(uow, uow.require("invoice", invoice_id, "Invoice"))

    return ctx.write(change)


@router.post("/{invoice_id}/cancel", summary="Cancel with credit note")
def cancel(invoice_id: str, ctx: Poster, body: CancelRequest | None = None) -> Response:
    reason = body.reason if body is not None else None

    def change(uow: UnitOfWork) -> dict[str, Any]:
        invoice = uow.require("invoice", invoice_id, "Invoice")
        return cancel_invoice(uow, invoice, reason=reason or None)

    return ctx.write(change)
