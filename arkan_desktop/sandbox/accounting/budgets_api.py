"""Budget endpoints (assumed): list, create and get the budgets budget-vs-actual reads."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from pydantic import Field

from arkan_desktop.sandbox.accounting.budgets import create_budget
from arkan_desktop.sandbox.api_common import Payload, get_record, list_kind
from arkan_desktop.sandbox.context import Ctx, company_ctx

router = APIRouter(prefix="/accounting/budgets", tags=["accounting", "assumed"])

Reader = Annotated[Ctx, Depends(company_ctx("accounting.read"))]
Writer = Annotated[Ctx, Depends(company_ctx("accounting.write"))]


class BudgetLine(Payload):
    accountId: str | None = Field(default=None, max_length=64)
    accountCode: str | None = Field(default=None, max_length=20)
    period: str = Field(description="the month, YYYY-MM", max_length=7)
    amount: Decimal = Field(ge=0, max_digits=18, allow_inf_nan=False)


class BudgetCreate(Payload):
    name: str | None = Field(default=None, max_length=200)
    year: int = Field(ge=2000, le=2100)
    lines: list[BudgetLine] = Field(min_length=1, max_length=5000)


@router.get("", summary="List budgets")
def list_budgets(request: Request, ctx: Reader) -> Response:
    return list_kind(ctx, request, "budget")


@router.post("", status_code=201, summary="Create a budget")
def new_budget(body: BudgetCreate, ctx: Writer) -> Response:
    return ctx.write(lambda uow: create_budget(uow, body.model_dump()), 201)


@router.get("/{budget_id}", summary="Get a budget")
def get_budget(budget_id: str, ctx: Reader) -> dict[str, Any]:
    return get_record(ctx, "budget", budget_id, "Budget")
