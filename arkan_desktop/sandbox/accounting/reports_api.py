"""Report endpoints: P&L, balance sheet, cash flow, ageing, revenue, budget vs actual, tax."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from arkan_desktop.sandbox import clock
from arkan_desktop.sandbox.accounting import reports
from arkan_desktop.sandbox.accounting.budgets import budget_vs_actual, pick_budget
from arkan_desktop.sandbox.accounting.cash_flow import cash_flow
from arkan_desktop.sandbox.accounting.invoices import company_profile
from arkan_desktop.sandbox.accounting.ledger import company_currency
from arkan_desktop.sandbox.accounting.revenue_reports import revenue_by_client, revenue_by_project
from arkan_desktop.sandbox.accounting.vat_return import vat_return
from arkan_desktop.sandbox.companies import with_tax_registration
from arkan_desktop.sandbox.context import Ctx, company_ctx
from arkan_desktop.sandbox.errors import ApiError

router = APIRouter(prefix="/accounting/reports", tags=["accounting"])

Reader = Annotated[Ctx, Depends(company_ctx("accounting.read"))]
From = Annotated[str | None, Query(alias="from", description="first day (YYYY-MM-DD)")]
To = Annotated[str | None, Query(description="last day (YYYY-MM-DD), default today")]
PartnerId = Annotated[
    str | None, Query(alias="partnerId", description="one partner, with its documents")
]
BudgetId = Annotated[
    str | None, Query(alias="budgetId", description="default: the latest budget of the year")
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
    """Output and input VAT by rate; for a VAT-registered UAE company also form VAT 201
    (`vat201`: boxes 1a-14, each with its documents)."""
    start, end = _period(date_from, to)
    with ctx.read_uow() as uow:
        currency = company_currency(uow)
        company = with_tax_registration(dict(company_profile(uow)))
    with ctx.read() as conn:
        report = reports.tax_report(conn, ctx.company_id, currency, start, end)
        registered = company["taxRegistered"] and company.get("country") == "AE"
        report["taxRegistered"] = company["taxRegistered"]
        report["vat201"] = (
            vat_return(conn, ctx.company_id, company, currency, start, end) if registered else None
        )
    return report


@router.get("/cash-flow", summary="Cash Flow statement")
def cash_flow_statement(ctx: Reader, date_from: From = None, to: To = None) -> dict[str, Any]:
    start, end = _period(date_from, to)
    currency = _currency(ctx)
    with ctx.read() as conn:
        return cash_flow(conn, ctx.company_id, currency, start, end)


@router.get("/revenue-by-client", summary="Revenue by client")
def by_client(ctx: Reader, date_from: From = None, to: To = None) -> dict[str, Any]:
    start, end = _period(date_from, to)
    currency = _currency(ctx)
    with ctx.read() as conn:
        return revenue_by_client(conn, ctx.company_id, currency, start, end)


@router.get("/revenue-by-project", summary="Revenue by project")
def by_project(ctx: Reader, date_from: From = None, to: To = None) -> dict[str, Any]:
    start, end = _period(date_from, to)
    currency = _currency(ctx)
    with ctx.read() as conn:
        return revenue_by_project(conn, ctx.company_id, currency, start, end)


@router.get("/budget-vs-actual", summary="Budget vs actual")
def budget_actual(
    ctx: Reader, date_from: From = None, to: To = None, budget_id: BudgetId = None
) -> dict[str, Any]:
    start, end = _period(date_from, to)
    if start[:4] != end[:4]:
        raise ApiError.field(
            "from", f"must be in the same year as to ({end[:4]}); budgets are yearly"
        )
    currency = _currency(ctx)
    with ctx.read() as conn:
        budget = pick_budget(conn, ctx.company_id, budget_id, end[:4])
        return budget_vs_actual(conn, ctx.company_id, currency, start, end, budget)
