"""Demo fixed assets: bought from the bank early in the year, depreciated every month since.

Each month's depreciation is posted at that month's end, as an accountant closing the
month would have done; the forklift was sold at the end of September (a loss, since it
went for less than its book value). The month in progress is not depreciated yet.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from arkan_desktop.sandbox.accounting.assets import add_months, create_asset, depreciate, dispose
from arkan_desktop.sandbox.accounting.ledger import BANK, company_currency
from arkan_desktop.sandbox.accounting.payroll import month_bounds
from arkan_desktop.sandbox.money import round_money
from arkan_desktop.sandbox.unit_of_work import UnitOfWork

# name, asset account, cost, salvage, life (months), method, acquired (month, day), sold
ASSETS: list[tuple[str, str, int, int, int, str, tuple[int, int], Any]] = [
    ("Delivery van Isuzu NPR", "1510", 145_000, 25_000, 60, "straight_line", (1, 15), None),
    ("Office furniture, Al Moosa Tower", "1500", 48_000, 3_000, 84, "straight_line", (1, 10), None),
    ("Laptops for the sales team (6)", "1520", 27_600, 0, 36, "declining_balance", (2, 3), None),
    ("Forklift Toyota 8FBE", "1510", 62_000, 8_000, 48, "straight_line", (1, 20), (9, 42_000)),
]


def seed_assets(uow: UnitOfWork, start: date, end: date) -> None:
    currency = company_currency(uow)
    fx = Decimal(1) if currency == "AED" else Decimal("0.083")
    last_closed = add_months(end.isoformat()[:7], -1)
    for name, code, cost, salvage, life, method, (month, day), sold in ASSETS:
        acquired = date(start.year, month, day)
        if acquired > end:
            continue
        asset = create_asset(
            uow,
            {
                "name": name,
                "category": "Vehicles" if code == "1510" else "Equipment",
                "cost": round_money(Decimal(cost) * fx, currency),
                "salvageValue": round_money(Decimal(salvage) * fx, currency),
                "usefulLifeMonths": life,
                "method": method,
                "acquisitionDate": acquired.isoformat(),
                "assetAccountCode": code,
                "fundingAccountCode": BANK,
            },
            created_at=f"{acquired.isoformat()}T09:00:00.000000Z",
        )
        sold_in = f"{start.year}-{sold[0]:02d}" if sold else None
        period = asset["firstPeriod"]
        while period <= last_closed and (sold_in is None or period < sold_in):
            month_end = month_bounds(period)[1].isoformat()
            depreciate(uow, asset, period, at=f"{month_end}T16:30:00.000000Z")
            period = add_months(period, 1)
        if sold_in is not None and sold_in <= last_closed:
            month_end = month_bounds(sold_in)[1].isoformat()
            dispose(
                uow,
                asset,
                {"date": month_end, "salePrice": round_money(Decimal(sold[1]) * fx, currency)},
                at=f"{month_end}T15:00:00.000000Z",
            )
