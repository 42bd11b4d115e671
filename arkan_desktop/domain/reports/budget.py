"""Budget vs actual for a period: each revenue and expense account's budget, what was
booked, and the variance (favourable: more revenue or less expense than planned)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from arkan_desktop.domain.reports.reading import (
    Answer,
    amount,
    optional_amount,
    records,
    section,
    text,
)

REPORT = "budget vs actual report"
TOTALS = ("revenue", "expense", "netProfit")


@dataclass(frozen=True)
class BudgetFigures:
    budget: Decimal
    actual: Decimal
    variance: Decimal
    variance_percent: Decimal | None  # None: nothing was budgeted
    favourable: bool


@dataclass(frozen=True)
class BudgetLine:
    account_id: str
    code: str
    name: str
    kind: str  # revenue or expense
    figures: BudgetFigures


@dataclass(frozen=True)
class BudgetReport:
    start: str
    end: str
    currency: str
    budget_name: str
    lines: tuple[BudgetLine, ...]
    totals: dict[str, BudgetFigures]  # revenue, expense, netProfit


def _figures(raw: Answer) -> BudgetFigures:
    budget = amount(raw, "budget", REPORT)
    actual = amount(raw, "actual", REPORT)
    variance = amount(raw, "variance", REPORT, default=actual - budget)
    favourable = raw.get("favourable")
    return BudgetFigures(
        budget=budget,
        actual=actual,
        variance=variance,
        variance_percent=optional_amount(raw, "variancePercent", REPORT),
        favourable=favourable if isinstance(favourable, bool) else variance >= 0,
    )


def read_budget(body: Answer) -> BudgetReport:
    totals = section(body, "totals")
    return BudgetReport(
        start=text(body, "from"),
        end=text(body, "to"),
        currency=text(body, "currency"),
        budget_name=text(body, "budgetName"),
        lines=tuple(
            BudgetLine(
                account_id=text(r, "accountId"),
                code=text(r, "code"),
                name=text(r, "name"),
                kind=text(r, "type"),
                figures=_figures(r),
            )
            for r in records(body.get("rows"))
        ),
        totals={key: _figures(section(totals, key)) for key in TOTALS if section(totals, key)},
    )
