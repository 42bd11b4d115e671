"""Warehouse route endpoints: create, list, get, update, delete, resolve for an operation."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from pydantic import Field

from arkan_desktop.sandbox.api_common import Payload, list_kind
from arkan_desktop.sandbox.context import Ctx, company_ctx
from arkan_desktop.sandbox.errors import ApiError
from arkan_desktop.sandbox.inventory import routing
from arkan_desktop.sandbox.inventory.putaway import require_warehouse
from arkan_desktop.sandbox.unit_of_work import UnitOfWork

router = APIRouter(prefix="/inventory/routing", tags=["inventory"])

Reader = Annotated[Ctx, Depends(company_ctx("inventory.read"))]
Writer = Annotated[Ctx, Depends(company_ctx("inventory.write"))]
OperationType = Literal["receipt", "delivery", "internal", "return"]


class StepIn(Payload):
    """A leg of a route; a location left out means any bin of the warehouse."""

    name: str = Field(min_length=1, max_length=100)
    fromLocationId: str | None = Field(default=None, max_length=64)
    toLocationId: str | None = Field(default=None, max_length=64)


class RouteCreate(Payload):
    warehouseId: str = Field(min_length=1, max_length=64)
    operationType: OperationType
    name: str = Field(min_length=1, max_length=100)
    steps: list[StepIn] = Field(min_length=1, max_length=routing.MAX_STEPS)
    sequence: int = Field(default=10, ge=0, le=10_000)
    active: bool = True
    reference: str | None = Field(default=None, max_length=100)
    note: str | None = Field(default=None, max_length=1000)


class RouteChange(Payload):
    name: str | None = Field(default=None, min_length=1, max_length=100)
    steps: list[StepIn] | None = Field(default=None, min_length=1, max_length=routing.MAX_STEPS)
    sequence: int | None = Field(default=None, ge=0, le=10_000)
    active: bool | None = None
    note: str | None = Field(default=None, max_length=1000)


def _steps(uow: UnitOfWork, steps: list[StepIn]) -> list[routing.Step]:
    def location(location_id: str | None, field: str) -> dict[str, Any] | None:
        if location_id is None:
            return None
        found = uow.get("location", location_id)
        if found is None:
            raise ApiError.field(field, f"{location_id} is not a location of this company")
        return found

    return [
        routing.Step(
            step.name,
            location(step.fromLocationId, f"steps[{i}].fromLocationId"),
            location(step.toLocationId, f"steps[{i}].toLocationId"),
        )
        for i, step in enumerate(steps)
    ]


@router.post("", status_code=201, summary="Create warehouse route")
def create_route(body: RouteCreate, ctx: Writer) -> Response:
    def change(uow: UnitOfWork) -> dict[str, Any]:
        return routing.create_route(
            uow,
            warehouse=require_warehouse(uow, body.warehouseId, "warehouseId"),
            operation_type=body.operationType,
            name=body.name,
            steps=_steps(uow, body.steps),
            sequence=body.sequence,
            active=body.active,
            reference=body.reference or "",
            note=body.note or "",
        )

    return ctx.write(change, 201)


@router.get("", summary="List routes")
def list_routes(request: Request, ctx: Reader) -> Response:
    """Deleted routes stay listed with state `deleted` (filter with state=active)."""
    return list_kind(ctx, request, "route")


@router.get("/resolve/{warehouse_id}/{operation_type}", summary="Resolve route for operation")
def resolve_route(warehouse_id: str, operation_type: str, ctx: Reader) -> dict[str, Any]:
    with ctx.read_uow() as uow:
        warehouse = require_warehouse(uow, warehouse_id, "warehouseId")
        return routing.resolve_route(uow, warehouse, operation_type)


@router.get("/{route_id}", summary="Get route details")
def get_route(route_id: str, ctx: Reader) -> dict[str, Any]:
    with ctx.read_uow() as uow:
        return routing.require_route(uow, route_id)


@router.patch("/{route_id}", summary="Update route")
def update_route(route_id: str, body: RouteChange, ctx: Writer) -> Response:
    sent = body.model_dump(exclude_unset=True, exclude={"steps"})

    def change(uow: UnitOfWork) -> dict[str, Any]:
        route = routing.require_route(uow, route_id)
        steps = _steps(uow, body.steps) if body.steps is not None else None
        return routing.update_route(uow, route, sent, steps)

    return ctx.write(change)


@router.delete("/{route_id}", summary="Delete route")
def delete_route(route_id: str, ctx: Writer) -> Response:
    def change(uow: UnitOfWork) -> dict[str, Any]:
        return routing.delete_route(uow, routing.require_route(uow, route_id))

    return ctx.write(change)
