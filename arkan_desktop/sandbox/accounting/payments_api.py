"""Payment endpoints: list, record (draft), get, edit a draft, post, allocate to invoices."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from pydantic import Field

from arkan_desktop.sandbox.accounting.drafts import update_payment
from arkan_desktop.sandbox.accounting.payments import allocate, post_payment, record_payment
from arkan_desktop.sandbox.api_common import Payload, get_record, list_kind
from arkan_desktop.sandbox.context import Ctx, company_ctx
from arkan_desktop.sandbox.unit_of_work import UnitOfWork

router = APIRouter(prefix="/accounting/payments", tags=["accounting"])

Reader = Annotated[Ctx, Depends(company_ctx("accounting.read"))]
Writer = Annotated[Ctx, Depends(company_ctx("accounting.write"))]
Poster = Annotated[Ctx, Depends(company_ctx("accounting.post"))]


class Allocation(Payload):
    invoiceId: str
    amount: Decimal = Field(gt=0)


class PaymentCreate(Payload):
    type: Literal["inbound", "outbound"] = "inbound"
    partnerId: str
    date: dt.date | None = None
    amount: Decimal = Field(gt=0)
    currency: str | None = Field(default=None, max_length=3)
    method: Literal["bank", "cash", "card", "cheque"] = "bank"
    reference: str | None = Field(default=None, max_length=100)
    memo: str | None = Field(default=None, max_length=500)
    allocations: list[Allocation] = Field(default_factory=list)


class PaymentUpdate(Payload):
    """A draft's fields to change; allocations, when sent, replace all its allocations."""

    partnerId: str | None = Field(default=None, max_length=64)
    date: dt.date | None = None
    amount: Decimal | None = Field(default=None, gt=0)
    method: Literal["bank", "cash", "card", "cheque"] | None = None
    reference: str | None = Field(default=None, max_length=100)
    memo: str | None = Field(default=None, max_length=500)
    allocations: list[Allocation] | None = None


class AllocationRequest(Payload):
    allocations: list[Allocation] = Field(min_length=1)


@router.get("", summary="List payments")
def list_payments(request: Request, ctx: Reader) -> Response:
    return list_kind(ctx, request, "payment")


@router.post("", status_code=201, summary="Record a payment")
def create(body: PaymentCreate, ctx: Writer) -> Response:
    def change(uow: UnitOfWork) -> dict[str, Any]:
        return record_payment(uow, body.model_dump())

    return ctx.write(change, 201)


@router.get("/{payment_id}", summary="Get a payment", tags=["assumed"])
def get_payment(payment_id: str, ctx: Reader) -> dict[str, Any]:
    return get_record(ctx, "payment", payment_id, "Payment")


@router.patch("/{payment_id}", summary="Update a draft payment", tags=["assumed"])
def update(payment_id: str, body: PaymentUpdate, ctx: Writer) -> Response:
    changes = body.model_dump(exclude_unset=True)

    def change(uow: UnitOfWork) -> dict[str, Any]:
        return update_payment(uow, uow.require("payment", payment_id, "Payment"), changes)

    return ctx.write(change)


@router.post("/{payment_id}/post", summary="Post a draft payment")
def post(payment_id: str, ctx: Poster) -> Response:
    def change(uow: UnitOfWork) -> dict[str, Any]:
        return post_payment(uow, uow.require("payment", payment_id, "Payment"))

    return ctx.write(change)


@router.post("/{payment_id}/allocate", summary="Allocate to invoices")
def allocate_payment(payment_id: str, body: AllocationRequest, ctx: Writer) -> Response:
    def change(uow: UnitOfWork) -> dict[str, Any]:
        payment = uow.require("payment", payment_id, "Payment")
        return allocate(uow, payment, [a.model_dump() for a in body.allocations])

    return ctx.write(change)
