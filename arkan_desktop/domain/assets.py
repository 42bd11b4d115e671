"""Fixed assets: the depreciation schedule, the book value in a month, what may be run.

An asset depreciates monthly from its acquisition month over its useful life, down to its
salvage value: straight-line in equal parts (the last month takes the rounding), or
declining-balance at factor ÷ life of the book value each month, switching to
straight-line once that charges more, so that the schedule ends exactly at the salvage
value. This is how Arkan computes it; the Bank tab shows it before an asset is
registered and checks the server's schedule against it. Pure: no I/O, no Qt.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum

from arkan_desktop.domain.money import round_to_currency

ZERO = Decimal(0)
METHODS = ("straight_line", "declining_balance")
MAX_LIFE_MONTHS = 600


@dataclass(frozen=True)
class Charge:
    period: str  # YYYY-MM
    date: dt.date  # the month's last day, the entry's date
    amount: Decimal
    accumulated: Decimal
    book_value: Decimal


def add_months(period: str, months: int) -> str:
    year, month = (int(x) for x in period.split("-"))
    index = year * 12 + month - 1 + months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def month_end(period: str) -> dt.date:
    year, month = (int(x) for x in period.split("-"))
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def schedule(
    cost: Decimal,
    salvage: Decimal,
    life: int,
    method: str,
    acquired: dt.date,
    currency: str,
    factor: Decimal = Decimal(2),
) -> list[Charge]:
    """Every monthly charge; together they come to cost − salvage exactly."""
    base = cost - salvage
    first = acquired.isoformat()[:7]
    linear = round_to_currency(base / life, currency) if method == "straight_line" else None
    charges = []
    accumulated = ZERO
    for i in range(life):
        left = base - accumulated
        remaining = life - i
        declining = ZERO
        if linear is None:
            declining = round_to_currency((cost - accumulated) * factor / life, currency)
            straight = round_to_currency(left / remaining, currency)
            if straight >= declining:
                linear = straight
        amount = linear if linear is not None else declining
        amount = left if remaining == 1 else min(amount, left)
        accumulated += amount
        period = add_months(first, i)
        charges.append(Charge(period, month_end(period), amount, accumulated, cost - accumulated))
    return charges


def book_value(cost: Decimal, charges: list[Charge], period: str) -> Decimal:
    """The book value once every charge up to `period` is posted."""
    posted = [c for c in charges if c.period <= period]
    return posted[-1].book_value if posted else cost


class AssetProblem(Enum):
    NO_NAME = "no_name"
    COST = "cost"  # not above zero
    SALVAGE = "salvage"  # negative, or not below the cost
    LIFE = "life"  # not 1..600 months
    METHOD = "method"
    FUTURE = "future"  # acquired after today
    NO_ACCOUNT = "no_account"


def asset_problems(
    *,
    name: str,
    cost: Decimal | None,
    salvage: Decimal | None,
    life: int,
    method: str,
    acquired: dt.date,
    today: dt.date,
    asset_account: str,
) -> list[AssetProblem]:
    """What stops an asset from being registered, first problem first."""
    problems = []
    if not name.strip():
        problems.append(AssetProblem.NO_NAME)
    if cost is None or cost <= 0:
        problems.append(AssetProblem.COST)
    if salvage is None or salvage < 0 or (cost is not None and salvage >= cost):
        problems.append(AssetProblem.SALVAGE)
    if not 1 <= life <= MAX_LIFE_MONTHS:
        problems.append(AssetProblem.LIFE)
    if method not in METHODS:
        problems.append(AssetProblem.METHOD)
    if acquired > today:
        problems.append(AssetProblem.FUTURE)
    if not asset_account:
        problems.append(AssetProblem.NO_ACCOUNT)
    return problems


class RunProblem(Enum):
    DISPOSED = "disposed"
    BEFORE_ACQUISITION = "before_acquisition"
    FUTURE = "future"
    NOTHING_TO_POST = "nothing_to_post"  # every charge through the month is posted


def run_problem(asset: dict[str, object], period: str, current: str) -> RunProblem | None:
    """Why depreciation for `period` would post nothing or be refused (None: it posts)."""
    if asset.get("state") == "disposed":
        return RunProblem.DISPOSED
    if period < str(asset.get("firstPeriod") or ""):
        return RunProblem.BEFORE_ACQUISITION
    if period > current:
        return RunProblem.FUTURE
    last = asset.get("lastDepreciatedPeriod")
    if asset.get("state") == "fully_depreciated" or (last and str(last) >= period):
        return RunProblem.NOTHING_TO_POST
    return None
