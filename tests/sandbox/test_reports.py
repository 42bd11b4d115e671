"""Reports: balance sheet balances; P&L, ageing and tax follow what was posted."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from tests.sandbox.conftest import Api
from tests.sandbox.test_invoices import new_client, new_vendor, posted_invoice, service_invoice


def test_the_balance_sheet_balances(accountant: Api) -> None:
    sheet = accountant.ok(accountant.get("/accounting/reports/balance-sheet"))
    assets = sum(Decimal(a["amount"]) for a in sheet["assets"])
    liabilities = sum(Decimal(a["amount"]) for a in sheet["liabilities"])
    equity = sum(Decimal(a["amount"]) for a in sheet["equity"])
    assert Decimal(sheet["totalAssets"]) == assets
    assert assets == liabilities + equity == Decimal(sheet["totalLiabilitiesAndEquity"])
    assert sheet["balanced"] is True
    assert any(e["name"] == "Current period earnings" for e in sheet["equity"])


def test_net_profit_moves_by_exactly_the_invoice_net(accountant: Api) -> None:
    day = "2025-07-15"  # before the demo history: only this test books on it
    period = {"from": day, "to": day}
    before = accountant.ok(accountant.get("/accounting/reports/profit-loss", **period))
    draft = service_invoice(
        accountant, new_client(accountant), unit_price="333.33", quantity="3", date=day
    )
    unchanged = accountant.ok(accountant.get("/accounting/reports/profit-loss", **period))
    assert unchanged["netProfit"] == before["netProfit"]  # drafts are not in the books

    accountant.ok(accountant.post(f"/accounting/invoices/{draft['id']}/post"))
    after = accountant.ok(accountant.get("/accounting/reports/profit-loss", **period))
    assert Decimal(after["netProfit"]) - Decimal(before["netProfit"]) == Decimal("999.99")
    assert Decimal(after["totalRevenue"]) - Decimal(before["totalRevenue"]) == Decimal("999.99")
    sales = [r for r in after["revenue"] if r["code"] == "4000"]
    assert sales and Decimal(sales[0]["amount"]) >= Decimal("999.99")

    sheet = accountant.ok(accountant.get("/accounting/reports/balance-sheet", asOf=day))
    assert sheet["balanced"] is True


def test_an_overdue_invoice_ages_into_the_right_bucket(accountant: Api) -> None:
    today = datetime.now(UTC).date()
    client = new_client(accountant, terms=0)
    invoice = posted_invoice(
        accountant,
        client,
        unit_price="200",
        date=(today - timedelta(days=50)).isoformat(),
        dueDate=(today - timedelta(days=45)).isoformat(),
    )
    report = accountant.ok(
        accountant.get("/accounting/reports/aged-receivables", partnerId=client["id"])
    )
    [row] = report["partners"]
    assert row["partnerName"] == client["name"]
    assert row["days31to60"] == row["total"] == invoice["total"] == "210.00"
    assert row["current"] == row["days1to30"] == row["days90plus"] == "0.00"
    [doc] = row["documents"]
    assert (doc["number"], doc["daysOverdue"], doc["bucket"]) == (
        invoice["number"],
        45,
        "days31to60",
    )
    assert [b["label"] for b in report["buckets"]] == ["Current", "1-30", "31-60", "61-90", "90+"]

    # As of a day before it was due, the same invoice was current.
    earlier = (today - timedelta(days=46)).isoformat()
    then = accountant.ok(
        accountant.get("/accounting/reports/aged-receivables", partnerId=client["id"], asOf=earlier)
    )
    assert then["partners"][0]["current"] == "210.00"

    everyone = accountant.ok(accountant.get("/accounting/reports/aged-receivables"))
    assert Decimal(everyone["totals"]["days31to60"]) >= Decimal("210.00")
    assert "documents" not in everyone["partners"][0]


def test_aged_payables_show_an_unpaid_bill(accountant: Api) -> None:
    vendor = new_vendor(accountant)
    bill = accountant.ok(
        accountant.post(
            "/accounting/invoices",
            {
                "type": "in_invoice",
                "partnerId": vendor["id"],
                "lines": [{"description": "Cleaning", "unitPrice": "400"}],
            },
        )
    )
    accountant.ok(accountant.post(f"/accounting/invoices/{bill['id']}/post"))
    report = accountant.ok(
        accountant.get("/accounting/reports/aged-payables", partnerId=vendor["id"])
    )
    assert report["partners"][0]["current"] == "420.00"


def test_the_tax_report_reflects_a_posted_invoice(accountant: Api) -> None:
    day = "2025-08-20"
    period = {"from": day, "to": day}
    before = accountant.ok(accountant.get("/accounting/reports/tax", **period))
    client = new_client(accountant)
    draft = accountant.ok(
        accountant.post(
            "/accounting/invoices",
            {
                "partnerId": client["id"],
                "date": day,
                "lines": [
                    {"description": "Taxed", "unitPrice": "1000"},
                    {"description": "Exported", "unitPrice": "300", "taxRate": "0"},
                ],
            },
        )
    )
    accountant.ok(accountant.post(f"/accounting/invoices/{draft['id']}/post"))
    vendor = new_vendor(accountant)
    bill = accountant.ok(
        accountant.post(
            "/accounting/invoices",
            {
                "type": "in_invoice",
                "partnerId": vendor["id"],
                "date": day,
                "lines": [{"description": "Supplies", "unitPrice": "200"}],
            },
        )
    )
    accountant.ok(accountant.post(f"/accounting/invoices/{bill['id']}/post"))

    after = accountant.ok(accountant.get("/accounting/reports/tax", **period))

    def delta(key: str) -> Decimal:
        return Decimal(after[key]) - Decimal(before[key])

    assert delta("outputVat") == Decimal("50.00")
    assert delta("inputVat") == Decimal("10.00")
    assert delta("netPayable") == Decimal("40.00")
    assert after["ledger"] == {"outputVat": after["outputVat"], "inputVat": after["inputVat"]}
    rates = {r["rate"]: r for r in after["rates"]}
    assert Decimal(rates["0"]["salesBase"]) >= Decimal("300.00")
    assert Decimal(rates["5"]["salesBase"]) >= Decimal("1000.00")


def test_report_parameters_are_checked(accountant: Api, storekeeper: Api) -> None:
    bad = accountant.get("/accounting/reports/balance-sheet", asOf="yesterday")
    assert bad.status_code == 400 and bad.json()["errors"][0]["field"] == "asOf"
    backwards = accountant.get(
        "/accounting/reports/profit-loss", **{"from": "2026-05-01", "to": "2026-04-01"}
    )
    assert backwards.status_code == 400 and backwards.json()["errors"][0]["field"] == "from"
    assert storekeeper.get("/accounting/reports/profit-loss").status_code == 403


def test_a_period_split_in_two_adds_up_to_the_whole(accountant: Api) -> None:
    whole = accountant.ok(
        accountant.get(
            "/accounting/reports/profit-loss", **{"from": "2025-01-01", "to": "2026-12-31"}
        )
    )
    first = accountant.ok(
        accountant.get(
            "/accounting/reports/profit-loss", **{"from": "2025-01-01", "to": "2026-01-31"}
        )
    )
    rest = accountant.ok(
        accountant.get(
            "/accounting/reports/profit-loss", **{"from": "2026-02-01", "to": "2026-12-31"}
        )
    )
    assert Decimal(first["netProfit"]) + Decimal(rest["netProfit"]) == Decimal(whole["netProfit"])
    assert Decimal(first["totalRevenue"]) > 0 and Decimal(rest["totalRevenue"]) > 0
