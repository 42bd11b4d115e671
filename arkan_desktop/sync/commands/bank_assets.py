"""Fixed asset writes: register an asset, run its depreciation for a month, dispose of it.

A new asset shows at once under a temporary id with the schedule domain/assets works out
(the server's replaces it); its `reference` carries the row's id, so a lost answer is
looked up. Depreciation shows the months it posts as posted; running a month again posts
nothing on the server (each month is posted once), and the window does not queue it.
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from arkan_desktop.domain.assets import Charge, add_months, schedule
from arkan_desktop.domain.commands import Command
from arkan_desktop.domain.money import format_amount, to_decimal
from arkan_desktop.store.outbox import OutboxEntry, new_temp_id
from arkan_desktop.sync.commands.descriptions import describe
from arkan_desktop.sync.commands.wire import Write, money, new_row_id, now_stamp

RESOURCE = "assets"


def _schedule_lines(charges: list[Charge], currency: str) -> list[dict[str, Any]]:
    return [
        {
            "period": c.period,
            "date": c.date.isoformat(),
            "amount": money(c.amount, currency),
            "accumulated": money(c.accumulated, currency),
            "bookValue": money(c.book_value, currency),
            "state": "planned",
            "journalEntryId": None,
        }
        for c in charges
    ]


def create_asset(draft: Mapping[str, Any], currency: str) -> Write:
    """Register an asset: {name, cost, acquisitionDate, usefulLifeMonths, method,
    salvageValue, assetAccountId, depreciationAccountId?, expenseAccountId?,
    fundingAccountId?, category?}."""
    row_id = new_row_id()
    temp_id = new_temp_id()
    body = {k: v for k, v in copy.deepcopy(dict(draft)).items() if v not in (None, "")}
    cost = to_decimal(body["cost"], "cost")
    salvage = to_decimal(body.get("salvageValue") or 0, "salvageValue")
    body["cost"] = money(cost, currency)
    body["salvageValue"] = money(salvage, currency)
    body["reference"] = body.get("reference") or row_id
    life = int(body["usefulLifeMonths"])
    acquired = dt.date.fromisoformat(str(body["acquisitionDate"]))
    method = str(body.get("method") or "straight_line")
    charges = schedule(cost, salvage, life, method, acquired, currency)
    first = acquired.isoformat()[:7]
    stamp = now_stamp()
    record = {
        **body,
        "id": temp_id,
        "number": "",
        "date": acquired.isoformat(),
        "currency": currency,
        "method": method,
        "firstPeriod": first,
        "lastPeriod": add_months(first, life - 1),
        "state": "active",
        "accumulatedDepreciation": money(Decimal(0), currency),
        "bookValue": money(cost, currency),
        "depreciableAmount": money(cost - salvage, currency),
        "lastDepreciatedPeriod": None,
        "schedule": _schedule_lines(charges, currency),
        "disposal": None,
        "createdAt": stamp,
        "updatedAt": stamp,
    }
    entry = OutboxEntry(
        Command(RESOURCE, "create", None, body),
        describe(
            "asset.create",
            name=str(body.get("name") or ""),
            amount=format_amount(cost, currency),
            currency=currency,
        ),
        temp_id=temp_id,
        id=row_id,
    )
    return Write(entry, {RESOURCE: [record]})


def depreciated(asset: Mapping[str, Any], period: str) -> dict[str, Any]:
    """The asset once every planned month through `period` is posted."""
    record = copy.deepcopy(dict(asset))
    for line in record.get("schedule") or ():
        if line.get("state") == "planned" and str(line.get("period")) <= period:
            line["state"] = "posted"
            record["accumulatedDepreciation"] = line.get("accumulated")
            record["bookValue"] = line.get("bookValue")
            record["lastDepreciatedPeriod"] = line.get("period")
    if all(line.get("state") == "posted" for line in record.get("schedule") or ()):
        record["state"] = "fully_depreciated"
    return record


def depreciate_asset(asset: Mapping[str, Any], period: str) -> Write:
    """Post the asset's depreciation through a month (YYYY-MM), each month once."""
    number = str(asset.get("number") or asset.get("name") or "")
    entry = OutboxEntry(
        Command(RESOURCE, "depreciate", str(asset["id"]), {"period": period}),
        describe("asset.depreciate", number=number, period=period),
        records={RESOURCE: [str(asset["id"])]},
    )
    return Write(entry, {RESOURCE: [depreciated(asset, period)]})


def dispose_asset(asset: Mapping[str, Any], day: dt.date, sale_price: Decimal) -> Write:
    """Sell (a price) or scrap (zero) an asset on a day; the server books the gain or loss."""
    currency = str(asset.get("currency") or "")
    record = depreciated(asset, day.isoformat()[:7])
    record["state"] = "disposed"
    record["bookValue"] = money(Decimal(0), currency)
    for line in record.get("schedule") or ():
        if line.get("state") == "planned":
            line["state"] = "cancelled"
    body = {"date": day.isoformat(), "salePrice": money(sale_price, currency)}
    entry = OutboxEntry(
        Command(RESOURCE, "dispose", str(asset["id"]), body),
        describe(
            "asset.dispose",
            number=str(asset.get("number") or asset.get("name") or ""),
            date=day.isoformat(),
            amount=format_amount(sale_price, currency),
            currency=currency,
        ),
        records={RESOURCE: [str(asset["id"])]},
    )
    return Write(entry, {RESOURCE: [record]})
