"""Purchase order endpoints: create, list, approve, confirm, receive goods, cancel."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from pydantic import Field, field_validator

from arkan_desktop.sandbox.api_common import Payload, get_record, list_kind
from arkan_desktop.sandbox.context import Ctx, company_ctx
from arkan_desktop.sandbox.inventory import operations as ops
from arkan_desktop.sandbox.inventory import purchasing as po
from arkan_desktop.sandbox.inventory.purchase_drafts import update_purchase_order
from arkan_desktop.sandbox.unit_of_work import UnitOfWork

router = APIRouter(prefix="/inventory/purchase-orders", tags=["inventory"])

Reader = Annotated[Ctx, Depends(company_ctx("purchasing.read"))]
Writer = Annotated[Ctx, Depends(company_ctx("purchasing.write"))]
Approver = Annotated[Ctx, Depends(company_ctx("purchasing.approve"))]
Receiver = Annotated[Ctx, Depends(company_ctx("purchasing.receive"))]

Id = Annotated[str, Field(min_length=1, max_length=64)]
Quantity = Annotated[Decimal, Field(gt=0, max_digits=15, decimal_places=3, allow_inf_nan=False)]
Price = Annotated[Decimal, Field(ge=0, max_digits=18, decimal_places=6, allow_inf_nan=False)]
Rate = Annotated[Decimal, Field(ge=0, le=100, allow_inf_nan=False)]


class OrderLineIn(Payload):
    productId: Id
    quantity: Quantity
    unitPrice: Price
    taxRate: Rate | None = None


class OrderCreate(Payload):
    vendorId: Id
    date: dt.date | None = None
    expectedDate: dt.date | None = None
    currency: str | None = Field(default=None, min_length=3, max_length=3)
    warehouseId: str | None = Field(default=None, max_length=64)
    locationId: str | None = Field(default=None, max_length=64)
    reference: str | None = Field(default=None, max_length=100)
    notes: str | None = Field(default=None, max_length=2000)
    lines: list[OrderLineIn] = Field(min_length=1, max_length=500)

    @field_validator("currency")
    @classmethod
    def _upper(cls, value: str | None) -> str | None:
        return value.upper() if value else value


class OrderUpdate(Payload):
    """A draft's fields to change; lines, when sent, replace all the order's lines."""

    vendorId: Id | None = None
    date: dt.date | None = None
    expectedDate: dt.date | None = None
    warehouseId: str | None = Field(default=None, max_length=64)
    locationId: str | None = Field(default=None, max_length=64)
    reference: str | None = Field(default=None, max_length=100)
    notes: str | None = Field(default=None, max_length=2000)
    lines: list[OrderLineIn] | None = Field(default=None, min_length=1, max_length=500)


class ReceiveLine(Payload):
    lineId: str | None = Field(default=None, max_length=64)
    productId: str | None = Field(default=None, max_length=64)
    quantity: Quantity


class ReceiveBody(Payload):
    lines: list[ReceiveLine] = Field(min_length=1, max_length=500)
    locationId: str | None = Field(default=None, max_length=64)
    reference: str | None = Field(default=None, max_length=100)


@router.get("", summary="List POs")
def list_orders(request: Request, ctx: Reader) -> Response:
    return list_kind(ctx, request, "purchase_order")


@router.post("", status_code=201, summary="Create PO")
def create_order(body: OrderCreate, ctx: Writer) -> Response:
    def change(uow: UnitOfWork) -> dict[str, Any]:
        vendor = po.require_vendor(uow, body.vendorId)
        warehouse, location = po.resolve_destination(uow, body.warehouseId, body.locationId)
        lines = [
            po.OrderLine(
                ops.require_product(uow, line.productId, f"lines[{i}].productId"),
                line.quantity,
                line.unitPrice,
                line.taxRate,
            )
            for i, line in enumerate(body.lines)
        ]
        return po.create_purchase_order(
            uow,
            vendor=vendor,
            lines=lines,
            warehouse=warehouse,
            location=location,
            date=body.date.isoformat() if body.date else None,
            expected_date=body.expectedDate.isoformat() if body.expectedDate else None,
            currency=body.currency,
            reference=body.reference or "",
            notes=body.notes or "",
        )

    return ctx.write(change, 201)


@router.get("/{order_id}", summary="Get a PO", tags=["assumed"])
def get_order(order_id: str, ctx: Reader) -> dict[str, Any]:
    return get_record(ctx, "purchase_order", order_id, "Purchase order")


@router.patch("/{order_id}", summary="Update a draft PO", tags=["assumed"])
def update_order(order_id: str, body: OrderUpdate, ctx: Writer) -> Response:
    changes = body.model_dump(exclude_unset=True)

    def change(uow: UnitOfWork) -> dict[str, Any]:
        order = uow.require("purchase_order", order_id, "Purchase order")
        return update_purchase_order(uow, order, changes)

    return ctx.write(change)


def _transition(ctx: Ctx, order_id: str, step: Any) -> Response:
    def change(uow: UnitOfWork) -> dict[str, Any]:
        order = uow.require("purchase_order", order_id, "Purchase order")
        return step(uow, order)

    return ctx.write(change)


@router.post("/{order_id}/approve", summary="Approve PO")
def approve_order(order_id: str, ctx: Approver) -> Response:
    return _transition(ctx, order_id, po.approve_purchase_order)


@router.post("/{order_id}/confirm", summary="Confirm PO")
def confirm_order(order_id: str, ctx: Writer) -> Response:
    return _transition(ctx, order_id, po.confirm_purchase_order)


@router.post("/{order_id}/cancel", summary="Cancel a PO", tags=["assumed"])
def cancel_order(order_id: str, ctx: Writer) -> Response:
    return _transition(ctx, order_id, po.cancel_purchase_order)


@router.post("/{order_id}/receive", summary="Receive goods")
def receive_order(order_id: str, body: ReceiveBody, ctx: Receiver) -> Response:
    def change(uow: UnitOfWork) -> dict[str, Any]:
        order = uow.require("purchase_order", order_id, "Purchase order")
        location = (
            ops.require_location(uow, body.locationId, "locationId") if body.locationId else None
        )
        po.require_receivable(order)
        lines = po.receipt_lines(order, [(x.lineId, x.productId, x.quantity) for x in body.lines])
        return po.receive_purchase_order(
            uow, order, lines, location=location, reference=body.reference or ""
        )

    return ctx.write(change)
