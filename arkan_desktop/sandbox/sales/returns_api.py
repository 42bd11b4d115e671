"""Return endpoints: create (against an invoice or a delivery), list, get, receive the
goods into a location, refund with a credit note."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Request
from fastapi.responses import Response
from pydantic import Field

from arkan_desktop.sandbox.api_common import Payload, get_record, list_kind
from arkan_desktop.sandbox.errors import ApiError
from arkan_desktop.sandbox.inventory.operations import require_product
from arkan_desktop.sandbox.sales import refunds, returns
from arkan_desktop.sandbox.sales.access import (
    Biller,
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

router = APIRouter(prefix="/sales/returns", tags=["sales"])

Condition = Literal["resell", "damaged"]


class ReturnLineIn(Payload):
    productId: Id
    quantity: Quantity
    condition: Condition = "resell"
    locationId: OptionalId = None


class ReturnCreate(Payload):
    """The document the goods came on, by id or by its number (as scanned)."""

    invoiceId: OptionalId = None
    invoiceNumber: str | None = Field(default=None, max_length=40)
    deliveryId: OptionalId = None
    deliveryNumber: str | None = Field(default=None, max_length=40)
    reason: str | None = Field(default=None, max_length=500)
    reference: Reference = None
    note: Note = None
    lines: list[ReturnLineIn] = Field(min_length=1, max_length=500)


class ReceiveLine(Payload):
    """What the counter decided for a line (by lineId, or the line of a productId)."""

    lineId: OptionalId = None
    productId: OptionalId = None
    condition: Condition | None = None
    locationId: OptionalId = None


class ReceiveBody(Payload):
    lines: list[ReceiveLine] = Field(default_factory=list, max_length=500)


class RefundBody(Payload):
    invoiceId: OptionalId = None


def _document(
    uow: UnitOfWork, kind: str, record_id: str | None, number: str | None
) -> dict[str, Any] | None:
    """An invoice or delivery named by id or by number (a scanned document), or None."""
    if not record_id and not number:
        return None
    found = uow.get(kind, record_id) if record_id else uow.find_one(kind, number=number or "")
    if found is None:
        field = f"{kind}Id" if record_id else f"{kind}Number"
        noun = {"invoice": "an invoice", "delivery": "a delivery"}[kind]
        raise ApiError.field(field, f"{record_id or number} is not {noun} of this company")
    return found


def _line(uow: UnitOfWork, i: int, line: ReturnLineIn) -> returns.ReturnLine:
    location = None
    if line.locationId:
        location = uow.get("location", line.locationId)
        if location is None:
            raise ApiError.field(f"lines[{i}].locationId", "is not a location of this company")
    product = require_product(uow, line.productId, f"lines[{i}].productId")
    return returns.ReturnLine(product, line.quantity, line.condition, location)


@router.get("", summary="List returns", tags=["assumed"])
def list_returns(request: Request, ctx: Reader) -> Response:
    return list_kind(ctx, request, "sales_return")


@router.post("", status_code=201, summary="Create a return")
def create_return(body: ReturnCreate, ctx: EitherDesk) -> Response:
    def change(uow: UnitOfWork) -> dict[str, Any]:
        return returns.create_return(
            uow,
            lines=[_line(uow, i, line) for i, line in enumerate(body.lines)],
            invoice=_document(uow, "invoice", body.invoiceId, body.invoiceNumber),
            delivery=_document(uow, "delivery", body.deliveryId, body.deliveryNumber),
            reason=body.reason or "",
            reference=body.reference or "",
            note=body.note or "",
        )

    return ctx.write(change, 201)


@router.get("/{return_id}", summary="Get a return", tags=["assumed"])
def get_return(return_id: str, ctx: Reader) -> dict[str, Any]:
    return get_record(ctx, "sales_return", return_id, "Return")


def _choices(
    uow: UnitOfWork, record: dict[str, Any], lines: list[ReceiveLine]
) -> dict[str, tuple[str | None, dict[str, Any] | None]]:
    out: dict[str, tuple[str | None, dict[str, Any] | None]] = {}
    for i, line in enumerate(lines):
        found = [
            x
            for x in record["lines"]
            if x["id"] == line.lineId or (not line.lineId and x["productId"] == line.productId)
        ]
        if not found:
            raise ApiError.field(f"lines[{i}]", f"is not a line of {record['number']}")
        location = None
        if line.locationId:
            location = uow.get("location", line.locationId)
            if location is None:
                raise ApiError.field(f"lines[{i}].locationId", "is not a location of this company")
        for x in found:
            out[x["id"]] = (line.condition, location)
    return out


@router.post("/{return_id}/receive", summary="Receive returned goods")
def receive_return(return_id: str, ctx: Deliverer, body: ReceiveBody | None = None) -> Response:
    lines = body.lines if body else []

    def change(uow: UnitOfWork) -> dict[str, Any]:
        record = uow.require("sales_return", return_id, "Return")
        return returns.receive_return(uow, record, _choices(uow, record, lines))

    return ctx.write(change)


@router.post("/{return_id}/refund", summary="Process refund")
def refund_return(return_id: str, ctx: Biller, body: RefundBody | None = None) -> Response:
    invoice_id = body.invoiceId if body else None

    def change(uow: UnitOfWork) -> dict[str, Any]:
        record = uow.require("sales_return", return_id, "Return")
        return refunds.refund_return(uow, record, invoice_id)

    return ctx.write(change)
