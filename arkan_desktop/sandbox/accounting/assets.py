"""Fixed assets: a depreciation schedule, monthly depreciation entries, disposal with gain/loss.

An asset depreciates monthly from its acquisition month (a full month's charge, the
usual convention when no proration is asked for) over its useful life, down to its
salvage value: straight-line in equal parts, or declining-balance at `decliningFactor`
÷ life per month, switching to straight-line once that charges more (so the schedule
ends exactly at salvage value). Each period is posted at most once (expense against
accumulated depreciation), so running a period again posts nothing. Disposal catches
depreciation up to its month, then removes cost and accumulated depreciation and books
the proceeds and the gain or loss; nothing depreciates after it.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from arkan_desktop.sandbox import clock
from arkan_desktop.sandbox.accounting.invoices import iso_day, stamp_day
from arkan_desktop.sandbox.accounting.ledger import (
    BANK,
    accounts_by_code,
    company_currency,
    create_entry,
)
from arkan_desktop.sandbox.accounting.payroll import month_bounds
from arkan_desktop.sandbox.errors import ApiError
from arkan_desktop.sandbox.money import ZERO, dec, money, round_money
from arkan_desktop.sandbox.unit_of_work import UnitOfWork, _is_uuid

METHODS = ("straight_line", "declining_balance")
ACCUMULATED_DEPRECIATION = "1590"
DEPRECIATION_EXPENSE = "6700"
DISPOSAL_GAIN = "4900"  # Other income
DISPOSAL_LOSS = "5910"  # Scrap and write-offs
# field -> (account types allowed, default code, what it is for)
ACCOUNT_ROLES = {
    "assetAccount": (("asset",), None, "the asset's cost"),
    "depreciationAccount": (("asset",), ACCUMULATED_DEPRECIATION, "accumulated depreciation"),
    "expenseAccount": (("expense",), DEPRECIATION_EXPENSE, "depreciation expense"),
    "fundingAccount": (("asset", "liability", "equity"), None, "what paid for the asset"),
    "proceedsAccount": (("asset",), BANK, "the sale proceeds"),
    "gainAccount": (("revenue",), DISPOSAL_GAIN, "a gain on disposal"),
    "lossAccount": (("expense",), DISPOSAL_LOSS, "a loss on disposal"),
}


def _role_account(uow: UnitOfWork, data: dict[str, Any], role: str) -> dict[str, Any] | None:
    types, default, purpose = ACCOUNT_ROLES[role]
    account_id, code = data.get(f"{role}Id"), data.get(f"{role}Code")
    field = f"{role}Id"
    if account_id:
        found = uow.get("account", str(account_id)) if _is_uuid(str(account_id)) else None
    elif code or default:
        found = accounts_by_code(uow).get(str(code or default))
    else:
        return None
    if found is None:
        raise ApiError.field(field, "is not an account of this company")
    if found["type"] not in types:
        raise ApiError.field(
            field,
            f"account {found['code']} {found['name']} is {found['type']}; {purpose} needs "
            f"an account of type {' or '.join(types)}",
        )
    return found


def period_of(day: date | str) -> str:
    return str(day)[:7]


def add_months(period: str, months: int) -> str:
    year, month = (int(x) for x in period.split("-"))
    index = year * 12 + month - 1 + months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def schedule(
    cost: Decimal,
    salvage: Decimal,
    life: int,
    method: str,
    factor: Decimal,
    first: str,
    currency: str,
) -> list[dict[str, Any]]:
    """The planned monthly charges; together they come to cost − salvage exactly."""
    base = cost - salvage
    lines = []
    accumulated = ZERO
    # Straight-line charges one amount every month; declining-balance switches to a fixed
    # straight-line amount for the rest of the life once that is the larger charge.
    linear = round_money(base / life, currency) if method == "straight_line" else None
    for i in range(life):
        left = base - accumulated
        remaining_periods = life - i
        if linear is None:
            declining = round_money((cost - accumulated) * factor / life, currency)
            straight = round_money(left / remaining_periods, currency)
            if straight >= declining:
                linear = straight
        amount = linear if linear is not None else declining
        amount = left if remaining_periods == 1 else min(amount, left)
        accumulated += amount
        period = add_months(first, i)
        lines.append(
            {
                "period": period,
                "date": month_bounds(period)[1].isoformat(),
                "amount": money(amount, currency),
                "accumulated": money(accumulated, currency),
                "bookValue": money(cost - accumulated, currency),
                "state": "planned",
                "journalEntryId": None,
            }
        )
    return lines


def create_asset(
    uow: UnitOfWork, data: dict[str, Any], created_at: str | None = None
) -> dict[str, Any]:
    currency = company_currency(uow)
    cost = dec(data.get("cost"), "cost")
    salvage = dec(data.get("salvageValue") or 0, "salvageValue")
    for name, value in (("cost", cost), ("salvageValue", salvage)):
        if round_money(value, currency) != value:
            raise ApiError.field(name, f"has more decimals than {currency} allows")
    if cost <= 0:
        raise ApiError.field("cost", "must be greater than zero")
    if not ZERO <= salvage < cost:
        raise ApiError.field(
            "salvageValue", f"must be at least zero and less than the cost {money(cost, currency)}"
        )
    life = int(data.get("usefulLifeMonths") or 0)
    if not 1 <= life <= 600:
        raise ApiError.field("usefulLifeMonths", "must be from 1 to 600 months")
    method = str(data.get("method") or "straight_line")
    if method not in METHODS:
        raise ApiError.field("method", f"must be one of {', '.join(METHODS)}")
    factor = dec(data.get("decliningFactor") or 2, "decliningFactor")
    if not Decimal(1) <= factor <= Decimal(3):
        raise ApiError.field("decliningFactor", "must be from 1 to 3 (2 is double-declining)")
    acquired = iso_day(data.get("acquisitionDate"), "acquisitionDate")
    if acquired > clock.today():
        raise ApiError.field("acquisitionDate", "cannot be in the future")
    accounts = {role: _role_account(uow, data, role) for role in ACCOUNT_ROLES}
    if accounts["assetAccount"] is None:
        raise ApiError.field("assetAccountId", "is required (the account that holds the cost)")
    name = str(data.get("name") or "").strip()
    if not name:
        raise ApiError.field("name", "is required")
    first = period_of(acquired)
    asset: dict[str, Any] = {
        "number": uow.next_number("asset", "FA", acquired[:4]),
        "name": name,
        "category": str(data.get("category") or ""),
        "reference": str(data.get("reference") or ""),
        "serialNumber": str(data.get("serialNumber") or ""),
        "date": acquired,
        "acquisitionDate": acquired,
        "currency": currency,
        "cost": money(cost, currency),
        "salvageValue": money(salvage, currency),
        "depreciableAmount": money(cost - salvage, currency),
        "usefulLifeMonths": life,
        "method": method,
        "decliningFactor": str(factor.normalize()),
        "firstPeriod": first,
        "lastPeriod": add_months(first, life - 1),
        "state": "active",
        "accumulatedDepreciation": money(ZERO, currency),
        "bookValue": money(cost, currency),
        "lastDepreciatedPeriod": None,
        "acquisitionEntryId": None,
        "schedule": schedule(cost, salvage, life, method, factor, first, currency),
        "disposal": None,
    }
    for role in ("assetAccount", "depreciationAccount", "expenseAccount"):
        acct = accounts[role]
        assert acct is not None
        asset[f"{role}Id"], asset[f"{role}Code"] = acct["id"], acct["code"]
    uow.add("asset", asset, created_at=created_at)
    funding = accounts["fundingAccount"]
    if funding is not None:
        entry = _book(
            uow,
            asset,
            [
                {"accountId": asset["assetAccountId"], "debit": cost, "description": name},
                {"accountId": funding["id"], "credit": cost, "description": name},
            ],
            acquired,
            f"Acquisition of {asset['number']} {name}",
            created_at,
        )
        asset["acquisitionEntryId"] = entry["id"]
    return asset


def _book(
    uow: UnitOfWork,
    asset: dict[str, Any],
    lines: list[dict[str, Any]],
    day: str,
    memo: str,
    at: str | None,
) -> dict[str, Any]:
    """Post an entry of this asset (referenced by its number)."""
    return create_entry(
        uow,
        lines=lines,
        date=day,
        memo=memo,
        reference=asset["number"],
        source_type="asset",
        source_id=asset["id"],
        post=True,
        created_at=at,
    )


def _refuse_if_disposed(asset: dict[str, Any]) -> None:
    if asset["state"] == "disposed":
        raise ApiError(
            409,
            f"Asset {asset['number']} was disposed of on {asset['disposal']['date']}; "
            "nothing depreciates after disposal",
        )


def _post_through(uow: UnitOfWork, asset: dict[str, Any], period: str, at: str | None) -> list[str]:
    """Post every planned charge up to `period`, oldest first; the periods posted."""
    posted = []
    for line in asset["schedule"]:
        if line["state"] != "planned" or line["period"] > period:
            continue
        amount = Decimal(line["amount"])
        label = f"Depreciation {line['period']} {asset['number']} {asset['name']}"
        entry = _book(
            uow,
            asset,
            [
                {"accountId": asset["expenseAccountId"], "debit": amount, "description": label},
                {
                    "accountId": asset["depreciationAccountId"],
                    "credit": amount,
                    "description": label,
                },
            ],
            line["date"],
            label,
            at,
        )
        line["state"] = "posted"
        line["journalEntryId"] = entry["id"]
        asset["accumulatedDepreciation"] = line["accumulated"]
        asset["bookValue"] = line["bookValue"]
        asset["lastDepreciatedPeriod"] = line["period"]
        posted.append(line["period"])
    if all(line["state"] == "posted" for line in asset["schedule"]):
        asset["state"] = "fully_depreciated"
    return posted


def depreciate(
    uow: UnitOfWork, asset: dict[str, Any], period: str | None, at: str | None = None
) -> tuple[dict[str, Any], list[str]]:
    """Post depreciation through `period` (default: this month); the periods it posted."""
    _refuse_if_disposed(asset)
    current = period_of(stamp_day(at))
    period = period or current
    first, _last = month_bounds(period)
    period = period_of(first)
    if period < asset["firstPeriod"]:
        raise ApiError.field(
            "period", f"{asset['number']} was acquired in {asset['firstPeriod']}; nothing before"
        )
    if period > current:
        raise ApiError.field(
            "period", f"cannot depreciate {period} before it begins ({current} is this month)"
        )
    posted = _post_through(uow, asset, period, at)
    if posted:
        uow.save("asset", asset, "asset.depreciated", at=at)
    return asset, posted


def dispose(
    uow: UnitOfWork, asset: dict[str, Any], data: dict[str, Any], at: str | None = None
) -> dict[str, Any]:
    """Dispose of (sell or scrap) an asset on a day: catch up depreciation, book gain/loss."""
    _refuse_if_disposed(asset)
    currency = asset["currency"]
    day = iso_day(data.get("date") or stamp_day(at), "date")
    if day < asset["acquisitionDate"]:
        raise ApiError.field(
            "date", f"cannot be before the acquisition date {asset['acquisitionDate']}"
        )
    if day > stamp_day(at):
        raise ApiError.field("date", "cannot be in the future")
    last = asset["lastDepreciatedPeriod"]
    if last and last > period_of(day):
        raise ApiError(
            409,
            f"Depreciation of {asset['number']} is posted through {last}; it cannot be "
            f"disposed of on {day}, before that month ends",
        )
    price = dec(data.get("salePrice") or 0, "salePrice")
    if price < 0 or round_money(price, currency) != price:
        raise ApiError.field(
            "salePrice", f"must be zero (scrapped) or a positive {currency} amount"
        )
    proceeds = _role_account(uow, data, "proceedsAccount")
    gain_account = _role_account(uow, data, "gainAccount")
    loss_account = _role_account(uow, data, "lossAccount")
    assert proceeds is not None and gain_account is not None and loss_account is not None
    _post_through(uow, asset, period_of(day), at)
    cost = Decimal(asset["cost"])
    accumulated = Decimal(asset["accumulatedDepreciation"])
    book = cost - accumulated
    result = price - book
    label = f"Disposal of {asset['number']} {asset['name']}"
    lines: list[dict[str, Any]] = [
        {"accountId": asset["assetAccountId"], "credit": cost, "description": label}
    ]
    if accumulated:
        lines.append(
            {
                "accountId": asset["depreciationAccountId"],
                "debit": accumulated,
                "description": label,
            }
        )
    if price:
        lines.append(
            {
                "accountId": proceeds["id"],
                "debit": price,
                "description": f"Sale of {asset['number']}",
            }
        )
    if result > 0:
        lines.append(
            {"accountId": gain_account["id"], "credit": result, "description": "Gain on disposal"}
        )
    elif result < 0:
        lines.append(
            {"accountId": loss_account["id"], "debit": -result, "description": "Loss on disposal"}
        )
    entry = _book(uow, asset, lines, day, label, at)
    for line in asset["schedule"]:
        if line["state"] == "planned":
            line["state"] = "cancelled"
    asset["state"] = "disposed"
    asset["bookValue"] = money(ZERO, currency)
    asset["disposal"] = {
        "date": day,
        "salePrice": money(price, currency),
        "kind": "sale" if price else "scrap",
        "bookValueAtDisposal": money(book, currency),
        "gainOrLoss": money(result, currency),
        "proceedsAccountId": proceeds["id"] if price else None,
        "journalEntryId": entry["id"],
    }
    uow.save("asset", asset, "asset.disposed", at=at)
    return asset
