"""Report endpoints: profit & loss, balance sheet, aged receivables/payables, tax."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from arkan_desktop.sandbox import clock
from arkan_desktop.sandbox.accounting import reports
from arkan_desktop.sandbox.accounting.ledger import company_currency
from arkan_desktop.sandbox.context import Ctx, company_ctx
from arkan_desktop.sandbox.errors import ApiError

router = APIRouter(prefix="/accounting/reports", tags=["accounting"])

Reader = Annotated[Ctx, Depends(company_ctx("accounting.read"))]
From = Annotated[str | None, Query(alias="from", description="first day (YYYY-MM-DD)")]
To = Annotated[str | None, Query(description="last day (YYYY-MM-DD), default today")]
PartnerId = Annotated[
    str | None, Query(alias="partnerId", description="one partner, with its documents")
]
AsOf = Annotated[str | None, Query(alias="asOf", description="the day (YYYY-MM-DD), default today")]


def _day(value: str | None, field: str, default: str) -> str:
    if not value:
        return default
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise ApiError.field(field, "must be a date (YYYY-MM-DD)") from None


def _period(date_from: str | None, date_to: str | None) -> tuple[str, str]:
    end = _day(date_to, "to", clock.today())
    start = _day(date_from, "from", f"{end[:4]}-01-01")
    if start > end:
        raise ApiError.field("from", f"must not be after to ({end})")
    return start, end


def _currency(ctx: Ctx) -> str:
    with ctx.read_uow() as uow:
        return company_currency(uow)


@router.get("/profit-loss", summary="Profit & Loss statement")
def profit_loss(ctx: Reader, date_from: From = None, to: To = None) -> dict[str, Any]:
    start, end = _period(date_from, to)
    currency = _currency(ctx)
    with ctx.read() as conn:
        return reports.profit_and_loss(conn, ctx.company_id, currency, start, end)


@router.get("/balance-sheet", summary="Balance Sheet")
def balance_sheet(ctx: Reader, as_of: AsOf = None) -> dict[str, Any]:
    day = _day(as_of, "asOf", clock.today())
    currency = _currency(ctx)
    with ctx.read() as conn:
        return reports.balance_sheet(conn, ctx.company_id, currency, day)


@router.get("/aged-receivables", summary="Aged receivables")
def aged_receivables(
    ctx: Reader, as_of: AsOf = None, partner_id: PartnerId = None
) -> dict[str, Any]:
    day = _day(as_of, "asOf", clock.today())
    currency = _currency(ctx)
    with ctx.read() as conn:
        return reports.aged(
            conn, ctx.company_id, currency, day, "out_invoice", partner_id=partner_id
        )


@router.get("/aged-payables", summary="Aged payables")
def aged_payables(ctx: Reader, as_of: AsOf = None, partner_id: PartnerId = None) -> dict[str, Any]:
    day = _day(as_of, "asOf", clock.today())
    currency = _currency(ctx)
    with ctx.read() as conn:
        return reports.aged(
            conn, ctx.company_id, currency, day, "in_invoice", partner_id=partner_id
        )


@router.get("/tax", summary="Tax report")
def tax(ctx: Reader, date_from: From = None, to: To = None) -> dict[str, Any]:
    start, end = _period(date_from, to)
    currency = _currency(ctx)
    with ctx.read() as conn:
        return reports.tax_report(conn, ctx.company_id, currency, start, end)
