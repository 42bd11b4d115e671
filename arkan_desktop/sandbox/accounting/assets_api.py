"""Fixed asset endpoints: create, list, get, run depreciation, dispose."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from pydantic import Field

from arkan_desktop.sandbox.accounting.assets import create_asset, depreciate, dispose
from arkan_desktop.sandbox.api_common import Payload, get_record, list_kind
from arkan_desktop.sandbox.context import Ctx, company_ctx
from arkan_desktop.sandbox.unit_of_work import UnitOfWork

router = APIRouter(prefix="/accounting/assets", tags=["accounting"])

Reader = Annotated[Ctx, Depends(company_ctx("accounting.read"))]
Poster = Annotated[Ctx, Depends(company_ctx("accounting.post"))]
Code = Annotated[str | None, Field(default=None, max_length=20)]


class AssetCreate(Payload):
    name: str = Field(min_length=1, max_length=200)
    category: str | None = Field(default=None, max_length=100)
    reference: str | None = Field(default=None, max_length=100)
    serialNumber: str | None = Field(default=None, max_length=100)
    cost: Decimal = Field(gt=0)
    acquisitionDate: dt.date
    usefulLifeMonths: int = Field(ge=1, le=600)
    method: Literal["straight_line", "declining_balance"] = "straight_line"
    decliningFactor: Decimal = Field(default=Decimal(2), ge=1, le=3)
    salvageValue: Decimal = Field(default=Decimal(0), ge=0)
    assetAccountId: str | None = None
    assetAccountCode: Code = None
    depreciationAccountId: str | None = None
    depreciationAccountCode: Code = None
    expenseAccountId: str | None = None
    expenseAccountCode: Code = None
    fundingAccountId: str | None = None
    fundingAccountCode: Code = None


class DepreciationRun(Payload):
    period: str | None = Field(
        default=None, pattern=r"^[0-9]{4}-[0-9]{2}$", description="month to run through, YYYY-MM"
    )


class Disposal(Payload):
    date: dt.date | None = None
    salePrice: Decimal = Field(default=Decimal(0), ge=0)
    proceedsAccountId: str | None = None
    proceedsAccountCode: Code = None
    gainAccountId: str | None = None
    gainAccountCode: Code = None
    lossAccountId: str | None = None
    lossAccountCode: Code = None


@router.post("", status_code=201, summary="Create an asset")
def create(body: AssetCreate, ctx: Poster) -> Response:
    def change(uow: UnitOfWork) -> dict[str, Any]:
        return create_asset(uow, body.model_dump())

    return ctx.write(change, 201)


@router.get("", summary="List assets")
def list_assets(request: Request, ctx: Reader) -> Response:
    return list_kind(ctx, request, "asset")


@router.get("/{asset_id}", summary="Get an asset with its schedule", tags=["assumed"])
def get_asset(asset_id: str, ctx: Reader) -> dict[str, Any]:
    return get_record(ctx, "asset", asset_id, "Asset")


@router.post("/{asset_id}/depreciate", summary="Run depreciation")
def run_depreciation(asset_id: str, ctx: Poster, body: DepreciationRun | None = None) -> Response:
    period = body.period if body is not None else None

    def change(uow: UnitOfWork) -> dict[str, Any]:
        asset, posted = depreciate(uow, uow.require("asset", asset_id, "Asset"), period)
        return {**asset, "postedPeriods": posted}

    return ctx.write(change)


@router.post("/{asset_id}/dispose", summary="Dispose an asset")
def dispose_asset(asset_id: str, body: Disposal, ctx: Poster) -> Response:
    def change(uow: UnitOfWork) -> dict[str, Any]:
        return dispose(uow, uow.require("asset", asset_id, "Asset"), body.model_dump())

    return ctx.write(change)
