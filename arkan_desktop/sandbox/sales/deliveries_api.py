"""Delivery endpoints: from an order, list, get, confirm (reserve), deliver, cancel; and
available-to-promise per product."""

from __future__ import annotations

import datetime as dt
from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from pydantic import Field

from arkan_desktop.sandbox.api_common import Payload, get_record, list_kind
from arkan_desktop.sandbox.sales import availability, deliveries, picking
from arkan_desktop.sandbox.sales.access import (
    Deliverer,
    EitherDesk,
    Id,
    Note,
    OptionalId,
    Quantity,
    Reader,
    Reference,
)
from arkan_desktop.sandbox.unit_of_work import UnitOfWork

router = APIRouter(prefix="/sales/deliveries", tags=["sales"])


class FromOrder(Payload):
    scheduledDate: dt.date | None = None
    reference: Reference = None
    note: Note = None


class PickedLine(Payload):
    """So much of a delivery line (by lineId, or by productId) taken from one location."""

    lineId: OptionalId = None
    productId: OptionalId = None
    locationId: Id
    quantity: Quantity


class DeliverBody(Payload):
    lines: list[PickedLine] = Field(min_length=1, max_length=1000)
    shortageReason: str | None = Field(default=None, max_length=500)


@router.post("/from-order/{order_id}", status_code=201, summary="Create delivery from order")
def from_order(order_id: str, ctx: EitherDesk, body: FromOrder | None = None) -> Response:
    body = body or FromOrder()

    def change(uow: UnitOfWork) -> dict[str, Any]:
        order = uow.require("sales_order", order_id, "Sales order")
        return deliveries.delivery_from_order(
            uow,
            order,
            scheduled_date=body.scheduledDate.isoformat() if body.scheduledDate else None,
            reference=body.reference or "",
            note=body.note or "",
        )

    return ctx.write(change, 201)


@router.get("", summary="List deliveries")
def list_deliveries(request: Request, ctx: Reader) -> Response:
    return list_kind(ctx, request, "delivery")


@router.get("/atp/{product_id}", summary="Available-to-promise")
def available_to_promise(
    product_id: str,
    ctx: Reader,
    warehouseId: str | None = Query(default=None, max_length=64),
    excludeOrderId: str | None = Query(default=None, max_length=64),
) -> dict[str, Any]:
    with ctx.read_uow() as uow:
        product = uow.require("product", product_id, "Product")
        return availability.available_to_promise(uow, product, warehouseId, excludeOrderId)


@router.get("/{delivery_id}", summary="Get a delivery", tags=["assumed"])
def get_delivery(delivery_id: str, ctx: Reader) -> dict[str, Any]:
    return get_record(ctx, "delivery", delivery_id, "Delivery")


@router.post("/{delivery_id}/confirm", summary="Confirm delivery")
def confirm_delivery(delivery_id: str, ctx: Deliverer) -> Response:
    def change(uow: UnitOfWork) -> dict[str, Any]:
        return deliveries.confirm_delivery(uow, deliveries.require_delivery(uow, delivery_id))

    return ctx.write(change)


@router.post("/{delivery_id}/deliver", summary="Mark as delivered")
def deliver(delivery_id: str, body: DeliverBody, ctx: Deliverer) -> Response:
    picks = [
        picking.Pick(x.locationId, x.quantity, line_id=x.lineId, product_id=x.productId)
        for x in body.lines
    ]

    def change(uow: UnitOfWork) -> dict[str, Any]:
        delivery = deliveries.require_delivery(uow, delivery_id)
        return picking.deliver(uow, delivery, picks, shortage_reason=body.shortageReason or "")

    return ctx.write(change)


@router.post("/{delivery_id}/cancel", summary="Cancel an open delivery", tags=["assumed"])
def cancel_delivery(delivery_id: str, ctx: EitherDesk) -> Response:
    def change(uow: UnitOfWork) -> dict[str, Any]:
        return deliveries.cancel_delivery(uow, deliveries.require_delivery(uow, delivery_id))

    return ctx.write(change)
