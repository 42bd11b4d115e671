"""Billing endpoints: invoice an order, its billing summary, the COGS entry of a delivery."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from fastapi import APIRouter
from fastapi.responses import Response

from arkan_desktop.sandbox.api_common import Payload
from arkan_desktop.sandbox.errors import ApiError
from arkan_desktop.sandbox.sales import billing
from arkan_desktop.sandbox.sales.access import Biller, Reader, Reference
from arkan_desktop.sandbox.unit_of_work import UnitOfWork

router = APIRouter(prefix="/sales/billing", tags=["sales"])


class InvoiceFromOrder(Payload):
    """`delivered` bills goods as delivered (services as ordered); `ordered` bills all."""

    policy: Literal["delivered", "ordered"] = "delivered"
    date: dt.date | None = None
    dueDate: dt.date | None = None
    reference: Reference = None
    post: bool = False


@router.post("/invoice/{order_id}", status_code=201, summary="Create invoice from order")
def invoice_from_order(
    order_id: str, ctx: Biller, body: InvoiceFromOrder | None = None
) -> Response:
    body = body or InvoiceFromOrder()

    def change(uow: UnitOfWork) -> dict[str, Any]:
        order = uow.require("sales_order", order_id, "Sales order")
        return billing.invoice_from_order(
            uow,
            order,
            policy=body.policy,
            date=body.date.isoformat() if body.date else None,
            due_date=body.dueDate.isoformat() if body.dueDate else None,
            reference=body.reference or "",
            post=body.post,
        )

    return ctx.write(change, 201)


@router.get("/summary/{order_id}", summary="Billing summary for order")
def billing_summary(order_id: str, ctx: Reader) -> dict[str, Any]:
    with ctx.read_uow() as uow:
        order = uow.require("sales_order", order_id, "Sales order")
        return billing.billing_summary(uow, order)


@router.post("/cogs/{delivery_id}", summary="Create COGS entry")
def cost_of_sales(delivery_id: str, ctx: Biller) -> Response:
    """The delivery's cost-of-goods-sold journal entry. Delivering books it already; this
    answers that entry (booking it only if it is missing)."""

    def change(uow: UnitOfWork) -> dict[str, Any]:
        delivery = uow.require("delivery", delivery_id, "Delivery")
        entry = billing.cost_of_sales(uow, delivery)
        if entry is None:
            raise ApiError(
                409,
                f"Delivery {delivery['number']} shipped goods without a cost; "
                "there is no cost of goods sold to book",
            )
        return entry

    return ctx.write(change)
