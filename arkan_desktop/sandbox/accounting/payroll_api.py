"""HR endpoints the payment files need: employees and payroll runs (published paths).

The sandbox has no HR role of its own: reading takes accounting.read, changing
accounting.write and posting accounting.post; changes are announced in the accounting
room, where the salary payments they book are listed.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from pydantic import Field

from arkan_desktop.sandbox.accounting.batch_payments_api import BankDetails
from arkan_desktop.sandbox.accounting.payroll import (
    create_employee,
    create_payroll_run,
    post_payroll_run,
)
from arkan_desktop.sandbox.api_common import Payload, get_record, list_kind
from arkan_desktop.sandbox.context import Ctx, company_ctx
from arkan_desktop.sandbox.unit_of_work import UnitOfWork

router = APIRouter(prefix="/hr", tags=["hr"])

Reader = Annotated[Ctx, Depends(company_ctx("accounting.read"))]
Writer = Annotated[Ctx, Depends(company_ctx("accounting.write"))]
Poster = Annotated[Ctx, Depends(company_ctx("accounting.post"))]


class EmployeeCreate(Payload):
    name: str = Field(min_length=1, max_length=200)
    nameAr: str | None = Field(default=None, max_length=200)
    personId: str = Field(min_length=1, max_length=14, pattern=r"^[0-9]+$")
    position: str | None = Field(default=None, max_length=100)
    email: str | None = Field(default=None, max_length=254, pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
    fixedSalary: Decimal = Field(gt=0)
    variableSalary: Decimal = Field(default=Decimal(0), ge=0)
    bankDetails: BankDetails | None = None


class RunLine(Payload):
    employeeId: str
    daysOnLeave: int = Field(default=0, ge=0, le=31)
    fixedAmount: Decimal | None = Field(default=None, ge=0)
    variableAmount: Decimal | None = Field(default=None, ge=0)


class RunCreate(Payload):
    period: str = Field(pattern=r"^[0-9]{4}-[0-9]{2}$", description="the month paid, YYYY-MM")
    paymentDate: dt.date | None = None
    lines: list[RunLine] | None = Field(default=None, min_length=1)


@router.get("/employees", summary="List employees")
def list_employees(request: Request, ctx: Reader) -> Response:
    return list_kind(ctx, request, "employee")


@router.post("/employees", status_code=201, summary="Create an employee")
def create(body: EmployeeCreate, ctx: Writer) -> Response:
    def change(uow: UnitOfWork) -> dict[str, Any]:
        return create_employee(uow, body.model_dump(exclude_none=True))

    return ctx.write(change, 201)


@router.get("/employees/{employee_id}", summary="Get an employee", tags=["assumed"])
def get_employee(employee_id: str, ctx: Reader) -> dict[str, Any]:
    return get_record(ctx, "employee", employee_id, "Employee")


@router.get("/payroll/runs", summary="List payroll runs")
def list_runs(request: Request, ctx: Reader) -> Response:
    return list_kind(ctx, request, "payroll_run")


@router.post("/payroll/runs", status_code=201, summary="Create a payroll run")
def create_run(body: RunCreate, ctx: Writer) -> Response:
    def change(uow: UnitOfWork) -> dict[str, Any]:
        data = body.model_dump()
        if body.lines is None:
            data.pop("lines")
        return create_payroll_run(uow, data)

    return ctx.write(change, 201)


@router.get("/payroll/runs/{run_id}", summary="Get a payroll run", tags=["assumed"])
def get_run(run_id: str, ctx: Reader) -> dict[str, Any]:
    return get_record(ctx, "payroll_run", run_id, "Payroll run")


@router.post("/payroll/runs/{run_id}/post", summary="Post payroll to GL")
def post_run(run_id: str, ctx: Poster) -> Response:
    def change(uow: UnitOfWork) -> dict[str, Any]:
        return post_payroll_run(uow, uow.require("payroll_run", run_id, "Payroll run"))

    return ctx.write(change)
