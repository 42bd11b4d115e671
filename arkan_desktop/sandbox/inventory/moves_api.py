"""Stock operation endpoints: moves, transfers, adjustments, cycle counts, quick moves, scrap."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from pydantic import Field

from arkan_desktop.sandbox.api_common import Payload, get_record, list_kind
from arkan_desktop.sandbox.context import Ctx, company_ctx
from arkan_desktop.sandbox.inventory import operations as ops
from arkan_desktop.sandbox.pagination import list_response
from arkan_desktop.sandbox.unit_of_work import UnitOfWork

router = APIRouter(prefix="/inventory", tags=["inventory"])

Quantity = Annotated[Decimal, Field(gt=0, max_digits=15, decimal_places=3, allow_inf_nan=False)]
Counted = Annotated[Decimal, Field(ge=0, max_digits=15, decimal_places=3, allow_inf_nan=False)]
Reference = Annotated[str | None, Field(max_length=100)]
Note = Annotated[str | None, Field(max_length=1000)]
Id = Annotated[str, Field(min_length=1, max_length=64)]

Reader = Annotated[Ctx, Depends(company_ctx("inventory.read"))]
Writer = Annotated[Ctx, Depends(company_ctx("inventory.write"))]


class MoveCreate(Payload):
    productId: Id
    fromLocationId: Id
    toLocationId: Id
    quantity: Quantity
    reference: Reference = None
    note: Note = None


class TransferLine(Payload):
    productId: Id
    quantity: Quantity


class TransferCreate(Payload):
    fromLocationId: Id
    toLocationId: Id
    lines: list[TransferLine] = Field(min_length=1, max_length=500)
    reference: Reference = None
    note: Note = None


class CountLine(Payload):
    productId: Id
    countedQuantity: Counted


class AdjustmentCreate(Payload):
    locationId: Id
    reason: str = Field(min_length=1, max_length=200)
    lines: list[CountLine] = Field(min_length=1, max_length=500)
    reference: Reference = None
    note: Note = None


class CycleCountCreate(Payload):
    locationId: Id
    lines: list[CountLine] = Field(min_length=1, max_length=500)
    apply: bool = True
    reference: Reference = None
    note: Note = None


class QuickMove(Payload):
    fromLocationBarcode: str = Field(min_length=1, max_length=64)
    toLocationBarcode: str = Field(min_length=1, max_length=64)
    productBarcode: str = Field(min_length=1, max_length=64)
    quantity: Quantity = Decimal(1)
    reference: Reference = None
    note: Note = None


class ScrapCreate(Payload):
    productId: Id
    locationId: Id
    quantity: Quantity
    reasonId: str | None = Field(default=None, max_length=64)
    reason: str | None = Field(default=None, max_length=200)
    note: Note = None
    reference: Reference = None


def _count_lines(uow: UnitOfWork, lines: list[CountLine]) -> list[ops.ProductQuantity]:
    return [
        (ops.require_product(uow, line.productId, f"lines[{i}].productId"), line.countedQuantity)
        for i, line in enumerate(lines)
    ]


# --- moves -------------------------------------------------------------------------------


@router.get("/moves", summary="List stock moves", tags=["assumed"])
def list_moves(request: Request, ctx: Reader) -> Response:
    return list_kind(ctx, request, "stock_move")


@router.post("/moves", status_code=201, summary="Create a stock move")
def create_move(body: MoveCreate, ctx: Writer) -> Response:
    def change(uow: UnitOfWork) -> dict[str, Any]:
        product = ops.require_product(uow, body.productId, "productId")
        source = ops.require_location(uow, body.fromLocationId, "fromLocationId")
        destination = ops.require_location(uow, body.toLocationId, "toLocationId")
        return ops.internal_move(
            uow,
            product=product,
            source=source,
            destination=destination,
            quantity=body.quantity,
            reference=body.reference or "",
            note=body.note or "",
        )

    return ctx.write(change, 201)


@router.post("/moves/transfer", status_code=201, summary="Transfer between locations")
def create_transfer(body: TransferCreate, ctx: Writer) -> Response:
    def change(uow: UnitOfWork) -> dict[str, Any]:
        source = ops.require_location(uow, body.fromLocationId, "fromLocationId")
        destination = ops.require_location(uow, body.toLocationId, "toLocationId")
        lines = [
            (ops.require_product(uow, line.productId, f"lines[{i}].productId"), line.quantity)
            for i, line in enumerate(body.lines)
        ]
        return ops.transfer(
            uow,
            source=source,
            destination=destination,
            lines=lines,
            reference=body.reference or "",
            note=body.note or "",
        )

    return ctx.write(change, 201)


@router.get("/moves/{move_id}", summary="Get a stock move", tags=["assumed"])
def get_move(move_id: str, ctx: Reader) -> dict[str, Any]:
    return get_record(ctx, "stock_move", move_id, "Stock move")


# --- adjustments and cycle counts --------------------------------------------------------


@router.get("/adjustments", summary="List inventory adjustments", tags=["assumed"])
def list_adjustments(request: Request, ctx: Reader) -> Response:
    return list_kind(ctx, request, "adjustment")


@router.post("/adjustments", status_code=201, summary="Create inventory adjustment")
def create_adjustment(body: AdjustmentCreate, ctx: Writer) -> Response:
    def change(uow: UnitOfWork) -> dict[str, Any]:
        location = ops.require_location(uow, body.locationId, "locationId")
        return ops.adjust_stock(
            uow,
            location=location,
            reason=body.reason,
            lines=_count_lines(uow, body.lines),
            reference=body.reference or "",
            note=body.note or "",
        )

    return ctx.write(change, 201)


@router.get("/adjustments/{adjustment_id}", summary="Get an adjustment", tags=["assumed"])
def get_adjustment(adjustment_id: str, ctx: Reader) -> dict[str, Any]:
    return get_record(ctx, "adjustment", adjustment_id, "Adjustment")


@router.get("/cycle-counts", summary="List cycle counts", tags=["assumed"])
def list_cycle_counts(request: Request, ctx: Reader) -> Response:
    return list_kind(ctx, request, "cycle_count")


@router.post("/cycle-counts", status_code=201, summary="Start a cycle count session")
def create_cycle_count(body: CycleCountCreate, ctx: Writer) -> Response:
    def change(uow: UnitOfWork) -> dict[str, Any]:
        location = ops.require_location(uow, body.locationId, "locationId")
        return ops.start_cycle_count(
            uow,
            location=location,
            lines=_count_lines(uow, body.lines),
            apply=body.apply,
            reference=body.reference or "",
            note=body.note or "",
        )

    return ctx.write(change, 201)


@router.get("/cycle-counts/{count_id}", summary="Get a cycle count", tags=["assumed"])
def get_cycle_count(count_id: str, ctx: Reader) -> dict[str, Any]:
    return get_record(ctx, "cycle_count", count_id, "Cycle count")


@router.post(
    "/cycle-counts/{count_id}/apply", summary="Apply a draft cycle count", tags=["assumed"]
)
def apply_cycle_count(count_id: str, ctx: Writer) -> Response:
    def change(uow: UnitOfWork) -> dict[str, Any]:
        record = uow.require("cycle_count", count_id, "Cycle count")
        return ops.apply_cycle_count(uow, record)

    return ctx.write(change)


# --- barcode -----------------------------------------------------------------------------


@router.post("/barcode/quick-move", status_code=201, summary="Quick move via barcode")
def barcode_quick_move(body: QuickMove, ctx: Writer) -> Response:
    def change(uow: UnitOfWork) -> dict[str, Any]:
        return ops.quick_move(
            uow,
            from_barcode=body.fromLocationBarcode,
            to_barcode=body.toLocationBarcode,
            product_barcode=body.productBarcode,
            quantity=body.quantity,
            reference=body.reference or "",
            note=body.note or "",
        )

    return ctx.write(change, 201)


# --- scrap -------------------------------------------------------------------------------


@router.post("/scrap", status_code=201, summary="Create a scrap order")
def create_scrap(body: ScrapCreate, ctx: Writer) -> Response:
    def change(uow: UnitOfWork) -> dict[str, Any]:
        reason, text = ops.resolve_scrap_reason(body.reasonId, body.reason)
        return ops.scrap_stock(
            uow,
            product=ops.require_product(uow, body.productId, "productId"),
            location=ops.require_location(uow, body.locationId, "locationId"),
            quantity=body.quantity,
            reason=reason,
            reason_text=text,
            note=body.note or "",
            reference=body.reference or "",
        )

    return ctx.write(change, 201)


@router.get("/scrap", summary="List scrap entries")
def list_scrap(request: Request, ctx: Reader) -> Response:
    return list_kind(ctx, request, "scrap")


@router.get("/scrap/reasons", summary="Get available scrap reasons")
def list_scrap_reasons(_ctx: Reader) -> dict[str, Any]:
    return list_response(ops.scrap_reasons())


@router.get("/scrap/{scrap_id}", summary="Get a scrap entry", tags=["assumed"])
def get_scrap(scrap_id: str, ctx: Reader) -> dict[str, Any]:
    return get_record(ctx, "scrap", scrap_id, "Scrap entry")
