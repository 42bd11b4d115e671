"""Fixed assets: schedules, monthly depreciation posted once per period, disposal."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from websockets.sync.client import connect

from arkan_desktop.sandbox.server import SandboxServer
from tests.sandbox.conftest import COMPANY_1, Api
from tests.sandbox.test_events import join, receive
from tests.sandbox.test_invoices import by_code, entries_for

ASSETS = "/accounting/assets"


def month(offset: int) -> str:
    """This month moved by `offset` months, as YYYY-MM."""
    today = datetime.now(UTC).date()
    index = today.year * 12 + today.month - 1 + offset
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def new_asset(api: Api, **extra: Any) -> dict[str, Any]:
    body = {
        "name": f"Asset {uuid.uuid4().hex[:6]}",
        "cost": "12000.00",
        "salvageValue": "0",
        "usefulLifeMonths": 12,
        "acquisitionDate": f"{month(-4)}-15",
        "assetAccountCode": "1520",
        **extra,
    }
    return api.ok(api.post(ASSETS, body))  # type: ignore[no-any-return]


def depreciate(api: Api, asset: dict[str, Any], period: str | None = None) -> Any:
    return api.post(f"{ASSETS}/{asset['id']}/depreciate", {"period": period} if period else None)


def test_an_asset_bought_from_the_bank_has_its_whole_schedule(accountant: Api) -> None:
    asset = new_asset(
        accountant,
        cost="60000.00",
        salvageValue="6000.00",
        usefulLifeMonths=36,
        fundingAccountCode="1010",
        category="Vehicles",
    )
    assert asset["number"].startswith("FA-") and asset["state"] == "active"
    assert (
        asset["assetAccountCode"],
        asset["depreciationAccountCode"],
        asset["expenseAccountCode"],
    ) == ("1520", "1590", "6700")
    schedule = asset["schedule"]
    assert len(schedule) == 36 and schedule[0]["period"] == month(-4)
    assert {x["amount"] for x in schedule} == {"1500.00"}  # (60000 − 6000) / 36
    assert schedule[-1]["bookValue"] == "6000.00" and schedule[-1]["date"].endswith(
        ("30", "31", "28", "29")
    )
    [bought] = entries_for(accountant, asset["number"])
    assert by_code(bought) == {"1520": (Decimal("60000.00"), 0), "1010": (0, Decimal("60000.00"))}
    assert accountant.ok(accountant.get(f"{ASSETS}/{asset['id']}")) == asset
    assert asset["id"] in {a["id"] for a in accountant.all(ASSETS, method="straight_line")}
    assert asset["id"] not in {a["id"] for a in accountant.all(ASSETS, method="declining_balance")}


def test_depreciation_catches_up_once_per_period(accountant: Api) -> None:
    asset = new_asset(accountant)  # 1000.00 a month, from four months ago
    ran = accountant.ok(depreciate(accountant, asset, month(-2)))
    assert ran["postedPeriods"] == [month(-4), month(-3), month(-2)]
    assert (ran["accumulatedDepreciation"], ran["bookValue"], ran["lastDepreciatedPeriod"]) == (
        "3000.00",
        "9000.00",
        month(-2),
    )
    entries = entries_for(accountant, asset["number"])
    assert len(entries) == 3
    assert all(
        by_code(e) == {"6700": (Decimal("1000.00"), 0), "1590": (0, Decimal("1000.00"))}
        for e in entries
    )
    assert sorted(e["date"][:7] for e in entries) == [month(-4), month(-3), month(-2)]

    again = accountant.ok(depreciate(accountant, asset, month(-2)))
    assert again["postedPeriods"] == [] and again["updatedAt"] == ran["updatedAt"]
    assert len(entries_for(accountant, asset["number"])) == 3  # nothing posted twice
    this_month = accountant.ok(depreciate(accountant, asset))
    assert this_month["postedPeriods"] == [month(-1), month(0)]
    assert [x["state"] for x in this_month["schedule"]].count("posted") == 5


def test_declining_balance_ends_at_the_salvage_value(accountant: Api) -> None:
    asset = new_asset(
        accountant,
        cost="24000.00",
        salvageValue="1000.00",
        usefulLifeMonths=24,
        method="declining_balance",
    )
    amounts = [Decimal(x["amount"]) for x in asset["schedule"]]
    assert amounts[0] == Decimal("2000.00")  # 24000 × 2 / 24
    assert amounts[1] == Decimal("1833.33")  # (24000 − 2000) × 2 / 24
    # Each month charges no more than the one before; the last takes the rounding left over
    # from the straight-line months (half a cent at most for each).
    assert amounts[:-1] == sorted(amounts[:-1], reverse=True)
    assert amounts[-3] == amounts[-2] and abs(amounts[-1] - amounts[-2]) < Decimal("0.10")
    assert sum(amounts) == Decimal("23000.00")
    assert asset["schedule"][-1]["bookValue"] == "1000.00"


def test_selling_an_asset_books_the_gain_and_stops_depreciation(accountant: Api) -> None:
    asset = new_asset(accountant)
    accountant.ok(depreciate(accountant, asset, month(-3)))  # 2000.00 so far
    sold_on = f"{month(-2)}-10"
    sold = accountant.ok(
        accountant.post(
            f"{ASSETS}/{asset['id']}/dispose", {"date": sold_on, "salePrice": "10500.00"}
        )
    )
    # The month of the sale is depreciated first: book value 12000 − 3000 = 9000.
    assert sold["state"] == "disposed" and sold["disposal"]["bookValueAtDisposal"] == "9000.00"
    assert (sold["disposal"]["gainOrLoss"], sold["disposal"]["kind"]) == ("1500.00", "sale")
    entry = accountant.ok(
        accountant.get(f"/accounting/journal-entries/{sold['disposal']['journalEntryId']}")
    )
    assert by_code(entry) == {
        "1520": (0, Decimal("12000.00")),
        "1590": (Decimal("3000.00"), 0),
        "1010": (Decimal("10500.00"), 0),
        "4900": (0, Decimal("1500.00")),
    }
    assert {x["state"] for x in sold["schedule"][3:]} == {"cancelled"}
    later = depreciate(accountant, asset, month(0))
    assert later.status_code == 409 and "disposed" in later.json()["message"]
    twice = accountant.post(f"{ASSETS}/{asset['id']}/dispose", {"date": sold_on})
    assert twice.status_code == 409


def test_scrapping_books_the_book_value_as_a_loss(accountant: Api) -> None:
    asset = new_asset(accountant)
    scrapped = accountant.ok(
        accountant.post(f"{ASSETS}/{asset['id']}/dispose", {"date": f"{month(-4)}-28"})
    )
    assert (scrapped["disposal"]["kind"], scrapped["disposal"]["gainOrLoss"]) == (
        "scrap",
        "-11000.00",
    )
    entry = accountant.ok(
        accountant.get(f"/accounting/journal-entries/{scrapped['disposal']['journalEntryId']}")
    )
    assert by_code(entry) == {
        "1520": (0, Decimal("12000.00")),
        "1590": (Decimal("1000.00"), 0),
        "5910": (Decimal("11000.00"), 0),
    }


def test_bad_assets_and_runs_are_refused_with_the_field(accountant: Api) -> None:
    cases = [
        ({"salvageValue": "12000.00"}, "salvageValue"),
        ({"acquisitionDate": f"{month(2)}-01"}, "acquisitionDate"),
        ({"assetAccountCode": "6700"}, "assetAccountId"),
        ({"expenseAccountCode": "1590"}, "expenseAccountId"),
        ({"assetAccountCode": None}, "assetAccountId"),
        ({"usefulLifeMonths": 0}, "usefulLifeMonths"),
    ]
    for extra, field in cases:
        body = {
            "name": "Bad",
            "cost": "100.00",
            "usefulLifeMonths": 12,
            "acquisitionDate": f"{month(-1)}-01",
            "assetAccountCode": "1520",
            **extra,
        }
        refused = accountant.post(ASSETS, body)
        assert refused.status_code == 400, extra
        assert refused.json()["errors"][0]["field"] == field, refused.json()
    asset = new_asset(accountant)
    early = depreciate(accountant, asset, month(-6))
    assert early.status_code == 400 and "was acquired in" in early.json()["errors"][0]["message"]
    future = depreciate(accountant, asset, month(1))
    assert future.status_code == 400 and future.json()["errors"][0]["field"] == "period"
    assert accountant.post(f"{ASSETS}/{uuid.uuid4()}/depreciate").status_code == 404
    late = accountant.post(f"{ASSETS}/{asset['id']}/dispose", {"date": f"{month(-5)}-01"})
    assert late.status_code == 400 and late.json()["errors"][0]["field"] == "date"


def test_depreciation_is_announced_and_kept_from_storekeepers(
    sandbox: SandboxServer, admin: Api, storekeeper: Api
) -> None:
    asset = new_asset(admin)
    url = f"{sandbox.ws_url}?token={admin.tokens['accessToken']}&companyId={COMPANY_1}"
    with connect(url) as ws:
        assert join(ws, "accounting")["event"] == "joined_module"
        admin.ok(depreciate(admin, asset, month(-4)))
        heard = set()
        while "asset.depreciated" not in heard:
            heard.add(receive(ws, "module.invalidate")["eventName"])
    assert storekeeper.get(ASSETS).status_code == 403
    assert depreciate(storekeeper, asset).status_code == 403


def test_the_demo_assets_have_a_depreciation_history(accountant: Api) -> None:
    demo = {a["name"]: a for a in accountant.all(ASSETS) if a["createdAt"] < "2026-03"}
    assert len(demo) == 4
    forklift = demo["Forklift Toyota 8FBE"]
    assert forklift["state"] == "disposed" and Decimal(forklift["disposal"]["gainOrLoss"]) < 0
    van = demo["Delivery van Isuzu NPR"]
    closed = month(-1)
    assert van["lastDepreciatedPeriod"] == closed
    posted = [x for x in van["schedule"] if x["state"] == "posted"]
    assert posted[0]["period"] == van["firstPeriod"]
    assert Decimal(van["accumulatedDepreciation"]) == sum(Decimal(x["amount"]) for x in posted)
    assert len(entries_for(accountant, van["number"])) == len(posted) + 1  # and the purchase
    assert date.fromisoformat(van["acquisitionDate"]) < datetime.now(UTC).date()
