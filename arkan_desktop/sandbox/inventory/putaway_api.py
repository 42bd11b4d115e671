"""Putaway rule endpoints: create, list, get, delete, and where a product goes."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response
from pydantic import Field

from arkan_desktop.sandbox.api_common import Payload, get_record, list_kind
from arkan_desktop.sandbox.context import Ctx, company_ctx
from arkan_desktop.sandbox.errors import ApiError
from arkan_desktop.sandbox.inventory import putaway
from arkan_desktop.sandbox.inventory.operations import require_location, require_product
from arkan_desktop.sandbox.unit_of_work import UnitOfWork

router = APIRouter(prefix="/inventory/putaway", tags=["inventory"])

Reader = Annotated[Ctx, Depends(company_ctx("inventory.read"))]
Writer = Annotated[Ctx, Depends(company_ctx("inventory.write"))]


class RuleCreate(Payload):
    """A rule for one product or for one product category (not both)."""

    locationId: str = Field(min_length=1, max_length=64)
    productId: str | None = Field(default=None, max_length=64)
    category: str | None = Field(default=None, min_length=1, max_length=100)
    warehouseId: str | None = Field(default=None, max_length=64)
    sequence: int = Field(default=10, ge=0, le=10_000)
    reference: str | None = Field(default=None, max_length=100)
    note: str | None = Field(default=None, max_length=1000)


@router.post("/rules", status_code=201, summary="Create putaway rule")
def create_rule(body: RuleCreate, ctx: Writer) -> Response:
    def change(uow: UnitOfWork) -> dict[str, Any]:
        return putaway.create_rule(
            uow,
            location=require_location(uow, body.locationId, "locationId"),
            product=require_product(uow, body.productId, "productId") if body.productId else None,
            category=body.category,
            warehouse=(
                putaway.require_warehouse(uow, body.warehouseId, "warehouseId")
                if body.warehouseId
                else None
            ),
            sequence=body.sequence,
            reference=body.reference or "",
            note=body.note or "",
        )

    return ctx.write(change, 201)


@router.get("/rules", summary="List putaway rules")
def list_rules(request: Request, ctx: Reader) -> Response:
    """Deleted rules stay listed with state `deleted` (filter with state=active)."""
    return list_kind(ctx, request, "putaway_rule")


@router.get("/rules/{rule_id}", summary="Get a putaway rule", tags=["assumed"])
def get_rule(rule_id: str, ctx: Reader) -> dict[str, Any]:
    return get_record(ctx, "putaway_rule", rule_id, "Putaway rule")


@router.delete("/rules/{rule_id}", summary="Delete a rule")
def delete_rule(rule_id: str, ctx: Writer) -> Response:
    def change(uow: UnitOfWork) -> dict[str, Any]:
        return putaway.delete_rule(uow, uow.require("putaway_rule", rule_id, "Putaway rule"))

    return ctx.write(change)


@router.get("/resolve", summary="Resolve location for product")
def resolve(
    ctx: Reader,
    warehouse_id: str | None = Query(default=None, max_length=64),
    product_id: str | None = Query(default=None, max_length=64),
) -> dict[str, Any]:
    if not warehouse_id or not product_id:
        missing = [
            n for n, v in (("warehouse_id", warehouse_id), ("product_id", product_id)) if not v
        ]
        raise ApiError(
            400, "Validation failed", [{"field": n, "message": "is required"} for n in missing]
        )
    with ctx.read_uow() as uow:
        warehouse = putaway.require_warehouse(uow, warehouse_id, "warehouse_id")
        product = require_product(uow, product_id, "product_id")
        return putaway.resolve(uow, warehouse, product)
