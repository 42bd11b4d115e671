"""Depreciation schedules as the client shows them agree with the server's (the sandbox's
own function), for straight-line and declining-balance, in AED and KWD."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from arkan_desktop.domain.assets import (
    AssetProblem,
    RunProblem,
    asset_problems,
    book_value,
    run_problem,
    schedule,
)
from arkan_desktop.sandbox.accounting import assets as server

D = Decimal


@pytest.mark.parametrize(
    ("cost", "salvage", "life", "method", "currency"),
    [
        ("60000.00", "6000.00", 36, "straight_line", "AED"),
        ("145000.00", "25000.00", 60, "straight_line", "AED"),
        ("1000.00", "0.00", 7, "straight_line", "AED"),  # does not divide evenly
        ("27600.00", "0.00", 36, "declining_balance", "AED"),
        ("24000.00", "1000.00", 24, "declining_balance", "AED"),
        ("5146.000", "415.000", 48, "declining_balance", "KWD"),
    ],
)
def test_the_schedule_agrees_with_the_servers(
    cost: str, salvage: str, life: int, method: str, currency: str
) -> None:
    acquired = dt.date(2026, 2, 3)
    mine = schedule(D(cost), D(salvage), life, method, acquired, currency)
    theirs = server.schedule(D(cost), D(salvage), life, method, D(2), "2026-02", currency)
    assert [(c.period, c.date.isoformat(), str(c.amount), str(c.accumulated), str(c.book_value))
            for c in mine] == [(x["period"], x["date"], x["amount"], x["accumulated"],
                                x["bookValue"]) for x in theirs]  # fmt: skip
    assert mine[-1].book_value == D(salvage) and sum(c.amount for c in mine) == D(cost) - D(salvage)
    assert book_value(D(cost), mine, "2026-01") == D(cost)
    assert book_value(D(cost), mine, mine[2].period) == mine[2].book_value


def test_what_stops_an_asset_and_a_run() -> None:
    today = dt.date(2026, 12, 7)
    found = asset_problems(
        name=" ", cost=D(0), salvage=D(5), life=0, method="sum_of_years",
        acquired=dt.date(2027, 1, 1), today=today, asset_account="",
    )  # fmt: skip
    assert found == list(AssetProblem)
    asset = {"state": "active", "firstPeriod": "2026-03", "lastDepreciatedPeriod": "2026-11"}
    assert run_problem(asset, "2026-12", "2026-12") is None
    assert run_problem(asset, "2026-11", "2026-12") is RunProblem.NOTHING_TO_POST
    assert run_problem(asset, "2027-01", "2026-12") is RunProblem.FUTURE
    assert run_problem(asset, "2026-02", "2026-12") is RunProblem.BEFORE_ACQUISITION
    assert run_problem({**asset, "state": "disposed"}, "2026-12", "2026-12") is RunProblem.DISPOSED
