"""Budgets (an amount per revenue or expense account per month) and budget vs actual.

A budget covers one calendar year. Budget vs actual compares, month by month, each
budgeted account's amounts with what the ledger's posted lines moved it by (in the
account's natural sign, as the profit & loss statement shows it); accounts with
postings but no budget appear with a budget of zero, so the totals are the P&L's.
"""

from __future__ import annotations

import re
from collections import defaultdict
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection

from arkan_desktop.sandbox.accounting.ledger import accounts_by_code, company_currency
from arkan_desktop.sandbox.accounting.ledger_lines import accounts_by_id, posted_lines
from arkan_desktop.sandbox.errors import ApiError
from arkan_desktop.sandbox.money import ZERO, dec, money, round_money
from arkan_desktop.sandbox.unit_of_work import UnitOfWork, _is_uuid, iter_all

PERIOD = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")


def create_budget(
    uow: UnitOfWork, data: dict[str, Any], created_at: str | None = None
) -> dict[str, Any]:
    """A budget for a year: lines of (account, month YYYY-MM, amount), one per pair."""
    currency = company_currency(uow)
    year = int(data["year"])
    name = str(data.get("name") or f"Budget {year}").strip()
    for other in uow.find("budget", year=str(year)):
        if other["name"].lower() == name.lower():
            raise ApiError(
                409,
                f"A budget named {name} for {year} already exists",
                [{"field": "name", "message": "is already used for this year"}],
            )
    errors: list[dict[str, str]] = []
    lines: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()
    for i, raw in enumerate(data.get("lines") or []):
        where = f"lines[{i}]"
        acct = None
        account_id = str(raw.get("accountId") or "")
        if account_id:
            acct = uow.get("account", account_id) if _is_uuid(account_id) else None
        elif raw.get("accountCode"):
            acct = accounts_by_code(uow).get(str(raw["accountCode"]))
        if acct is None:
            errors.append(
                {"field": f"{where}.accountId", "message": "is not an account of this company"}
            )
            continue
        if acct["type"] not in ("revenue", "expense"):
            errors.append(
                {
                    "field": f"{where}.accountId",
                    "message": f"{acct['code']} {acct['name']} is {acct['type']}; budgets are "
                    "for revenue and expense accounts",
                }
            )
            continue
        period = str(raw.get("period") or "")
        match = PERIOD.match(period)
        if match is None or int(match.group(1)) != year:
            errors.append(
                {"field": f"{where}.period", "message": f"must be a month of {year} (YYYY-MM)"}
            )
            continue
        amount = dec(raw.get("amount"), f"{where}.amount")
        if amount < 0 or round_money(amount, currency) != amount:
            errors.append(
                {
                    "field": f"{where}.amount",
                    "message": f"must be zero or a positive {currency} amount",
                }
            )
            continue
        if (acct["id"], period) in seen:
            errors.append(
                {"field": f"{where}.period", "message": f"{acct['code']} already has {period}"}
            )
            continue
        seen.add((acct["id"], period))
        lines.append(
            {
                "accountId": acct["id"],
                "accountCode": acct["code"],
                "accountName": acct["name"],
                "accountType": acct["type"],
                "period": period,
                "amount": money(amount, currency),
            }
        )
    if errors:
        raise ApiError(400, "Validation failed", errors)
    if not lines:
        raise ApiError.field("lines", "a budget needs at least one line")
    lines.sort(key=lambda x: (x["accountCode"], x["period"]))
    record = {
        "name": name,
        "year": str(year),
        "currency": currency,
        "state": "approved",
        "lines": lines,
        "totalRevenue": _total(lines, "revenue", currency),
        "totalExpense": _total(lines, "expense", currency),
    }
    return uow.add("budget", record, created_at=created_at)


def _total(lines: list[dict[str, Any]], kind: str, currency: str) -> str:
    return money(
        sum((Decimal(x["amount"]) for x in lines if x["accountType"] == kind), ZERO), currency
    )


def _months(date_from: str, date_to: str) -> list[str]:
    year, month = int(date_from[:4]), int(date_from[5:7])
    out = []
    while f"{year:04d}-{month:02d}" <= date_to[:7]:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def pick_budget(
    conn: Connection, company_id: str, budget_id: str | None, year: str
) -> dict[str, Any]:
    """The budget asked for, else the latest one made for the period's year; 404 if none."""
    budgets = list(iter_all(conn, company_id, "budget"))
    if budget_id:
        for budget in budgets:
            if budget["id"] == budget_id:
                return budget
        raise ApiError(404, f"Budget {budget_id} not found")
    for budget in reversed(budgets):
        if budget["year"] == year:
            return budget
    raise ApiError(404, f"There is no budget for {year}; create one with POST /accounting/budgets")


def budget_vs_actual(
    conn: Connection,
    company_id: str,
    currency: str,
    date_from: str,
    date_to: str,
    budget: dict[str, Any],
) -> dict[str, Any]:
    months = _months(date_from, date_to)
    planned: dict[str, dict[str, Decimal]] = defaultdict(dict)
    for line in budget["lines"]:
        if line["period"] in months:
            planned[line["accountId"]][line["period"]] = Decimal(line["amount"])
    accounts = accounts_by_id(conn, company_id)
    actual: dict[str, dict[str, Decimal]] = defaultdict(lambda: defaultdict(lambda: ZERO))
    for line in posted_lines(conn, company_id, date_from, date_to):
        acct = accounts.get(line.account_id)
        if acct is None or acct["type"] not in ("revenue", "expense"):
            continue
        natural = line.credit_less_debit if acct["type"] == "revenue" else -line.credit_less_debit
        actual[line.account_id][line.date[:7]] += natural
    rows = []
    totals = {k: {"budget": ZERO, "actual": ZERO} for k in ("revenue", "expense")}
    for account_id in sorted(set(planned) | set(actual), key=lambda a: accounts[a]["code"]):
        acct = accounts[account_id]
        month_rows = []
        budget_sum = actual_sum = ZERO
        for period in months:
            b = planned[account_id].get(period, ZERO)
            a = actual[account_id][period] if account_id in actual else ZERO
            budget_sum, actual_sum = budget_sum + b, actual_sum + a
            month_rows.append(
                {"period": period, "budget": money(b, currency), "actual": money(a, currency)}
            )
        if budget_sum == 0 and actual_sum == 0:
            continue
        totals[acct["type"]]["budget"] += budget_sum
        totals[acct["type"]]["actual"] += actual_sum
        rows.append(_compare(acct, budget_sum, actual_sum, currency) | {"months": month_rows})
    net_budget = totals["revenue"]["budget"] - totals["expense"]["budget"]
    net_actual = totals["revenue"]["actual"] - totals["expense"]["actual"]
    return {
        "from": date_from,
        "to": date_to,
        "currency": currency,
        "budgetId": budget["id"],
        "budgetName": budget["name"],
        "months": months,
        "rows": rows,
        "totals": {
            kind: _figures(v["budget"], v["actual"], kind, currency) for kind, v in totals.items()
        }
        | {"netProfit": _figures(net_budget, net_actual, "revenue", currency)},
    }


def _figures(budget: Decimal, actual: Decimal, kind: str, currency: str) -> dict[str, Any]:
    variance = actual - budget
    return {
        "budget": money(budget, currency),
        "actual": money(actual, currency),
        "variance": money(variance, currency),
        "variancePercent": str((variance / budget * 100).quantize(Decimal("0.01")))
        if budget
        else None,
        # More revenue or less expense than planned is good news.
        "favourable": variance >= 0 if kind == "revenue" else variance <= 0,
    }


def _compare(
    acct: dict[str, Any], budget: Decimal, actual: Decimal, currency: str
) -> dict[str, Any]:
    return {
        "accountId": acct["id"],
        "code": acct["code"],
        "name": acct["name"],
        "type": acct["type"],
        **_figures(budget, actual, acct["type"], currency),
    }
