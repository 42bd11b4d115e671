"""Sales order endpoints: list, create, get, change a draft, confirm, cancel."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from pydantic import Field, field_validator

from arkan_desktop.sandbox.api_common import Payload, get_record, list_kind
from arkan_desktop.sandbox.sales import orders
from arkan_desktop.sandbox.sales.access import (
    Id,
    Note,
    OptionalId,
    Percent,
    Price,
    Quantity,
    Reader,
    Reference,
    Writer,
)
from arkan_desktop.sandbox.unit_of_work import UnitOfWork

router = APIRouter(prefix="/sales/orders", tags=["sales"])


class OrderLineIn(Payload):
    productId: Id
    quantity: Quantity
    unitPrice: Price | None = None
    discountPercent: Percent = Decimal(0)
    taxRate: Percent | None = None
    description: str | None = Field(default=None, max_length=500)


class OrderCreate(Payload):
    partnerId: Id
    warehouseId: OptionalId = None
    date: dt.date | None = None
    expectedDate: dt.date | None = None
    currency: str | None = Field(default=None, min_length=3, max_length=3)
    incoterm: str | None = Field(default=None, max_length=3)
    reference: Reference = None
    notes: Note = None
    lines: list[OrderLineIn] = Field(min_length=1, max_length=500)

    @field_validator("currency")
    @classmethod
    def _upper(cls, value: str | None) -> str | None:
        return value.upper() if value else value


class OrderChange(Payload):
    """Only the fields sent change; `lines`, when sent, replace all the lines."""

    partnerId: OptionalId = None
    warehouseId: OptionalId = None
    date: dt.date | None = None
    expectedDate: dt.date | None = None
    incoterm: str | None = Field(default=None, max_length=3)
    reference: Reference = None
    notes: Note = None
    lines: list[OrderLineIn] | None = Field(default=None, min_length=1, max_length=500)


def sale_lines(uow: UnitOfWork, lines: list[OrderLineIn]) -> list[orders.SaleLine]:
    return [
        orders.SaleLine(
            orders.require_sellable(uow, line.productId, f"lines[{i}].productId"),
            line.quantity,
            line.unitPrice,
            line.discountPercent,
            line.taxRate,
            line.description,
        )
        for i, line in enumerate(lines)
    ]


@router.get("", summary="List sales orders")
def list_orders(request: Request, ctx: Reader) -> Response:
    return list_kind(ctx, request, "sales_order")


@router.post("", status_code=201, summary="Create an order")
def create_order(body: OrderCreate, ctx: Writer) -> Response:
    def change(uow: UnitOfWork) -> dict[str, Any]:
        return orders.create_order(
            uow,
            client=orders.require_client(uow, body.partnerId),
            warehouse=orders.require_warehouse(uow, body.warehouseId),
            lines=sale_lines(uow, body.lines),
            date=body.date.isoformat() if body.date else None,
            expected_date=body.expectedDate.isoformat() if body.expectedDate else None,
            currency=body.currency,
            incoterm=body.incoterm,
            reference=body.reference or "",
            notes=body.notes or "",
        )

    return ctx.write(change, 201)


@router.get("/{order_id}", summary="Get order details")
def get_order(order_id: str, ctx: Reader) -> dict[str, Any]:
    return get_record(ctx, "sales_order", order_id, "Sales order")


@router.patch("/{order_id}", summary="Update an order")
def update_order(order_id: str, body: OrderChange, ctx: Writer) -> Response:
    sent = body.model_dump(exclude_unset=True, exclude={"lines"})
    for name in ("date", "expectedDate"):
        if sent.get(name) is not None:
            sent[name] = sent[name].isoformat()

    def change(uow: UnitOfWork) -> dict[str, Any]:
        order = orders.require_order(uow, order_id)
        lines = sale_lines(uow, body.lines) if body.lines is not None else None
        return orders.update_order(uow, order, sent, lines)

    return ctx.write(change)


@router.post("/{order_id}/confirm", summary="Confirm an order")
def confirm_order(order_id: str, ctx: Writer) -> Response:
    def change(uow: UnitOfWork) -> dict[str, Any]:
        return orders.confirm_order(uow, orders.require_order(uow, order_id))

    return ctx.write(change)


@router.post("/{order_id}/cancel", summary="Cancel an order")
def cancel_order(order_id: str, ctx: Writer) -> Response:
    def change(uow: UnitOfWork) -> dict[str, Any]:
        return orders.cancel_order(uow, orders.require_order(uow, order_id))

    return ctx.write(change)
