"""The statements from posted lines: natural signs, the server's layout, running balances."""

from __future__ import annotations

from decimal import Decimal

from arkan_desktop.domain.statements import (
    EARNINGS,
    LedgerAccount,
    balance_sheet,
    movements,
    natural_minor,
    profit_and_loss,
    running_balances,
    trial_balance,
)

CHART = {
    a.id: a
    for a in (
        LedgerAccount("bank", "1010", "Bank", "asset"),
        LedgerAccount("ar", "1200", "Receivables", "asset"),
        LedgerAccount("vat", "2200", "Output VAT", "liability"),
        LedgerAccount("capital", "3000", "Capital", "equity"),
        LedgerAccount("sales", "4000", "Sales", "revenue"),
        LedgerAccount("rent", "6100", "Rent", "expense"),
    )
}
LINES = [
    ("bank", 500_00, 0), ("capital", 0, 500_00),  # opening capital
    ("ar", 105_00, 0), ("sales", 0, 100_00), ("vat", 0, 5_00),  # an invoice
    ("bank", 105_00, 0), ("ar", 0, 105_00),  # its payment
    ("rent", 80_00, 0), ("bank", 0, 80_00),  # rent paid
    ("elsewhere", 1_00, 0),  # an account the chart does not have: left out
]  # fmt: skip


def test_each_account_moves_in_its_natural_sign() -> None:
    assert natural_minor("asset", 10, 3) == 7
    assert natural_minor("revenue", 10, 3) == -7
    amounts = movements(CHART, LINES)
    assert amounts == {"bank": 525_00, "capital": 500_00, "ar": 0, "sales": 100_00,
                       "vat": 5_00, "rent": 80_00}  # fmt: skip


def test_profit_and_loss_and_balance_sheet_in_the_servers_layout() -> None:
    amounts = movements(CHART, LINES)
    pl = profit_and_loss(CHART, amounts, "AED", "2025-01-01", "2025-12-31")
    assert [r["code"] for r in pl["revenue"]] == ["4000"]
    assert pl["revenue"][0]["accountId"] == "sales"
    assert (pl["totalRevenue"], pl["totalExpenses"], pl["netProfit"]) == (
        Decimal("100.00"), Decimal("80.00"), Decimal("20.00")
    )  # fmt: skip
    bs = balance_sheet(CHART, amounts, "AED", "2025-12-31")
    assert [r["code"] for r in bs["assets"]] == ["1010"]  # a zero balance is left out
    assert bs["equity"][-1]["subtype"] == EARNINGS and bs["equity"][-1]["amount"] == Decimal(20)
    assert bs["totalAssets"] == Decimal("525.00") == bs["totalLiabilitiesAndEquity"]
    assert bs["balanced"] is True


def test_trial_balance_puts_each_balance_in_one_column_with_its_account() -> None:
    rows = trial_balance(CHART, movements(CHART, LINES))
    assert [(r.code, r.debit_minor, r.credit_minor, r.account_id) for r in rows] == [
        ("1010", 525_00, 0, "bank"),
        ("2200", 0, 5_00, "vat"),
        ("3000", 0, 500_00, "capital"),
        ("4000", 0, 100_00, "sales"),
        ("6100", 80_00, 0, "rent"),
    ]
    assert sum(r.debit_minor for r in rows) == sum(r.credit_minor for r in rows)


def test_running_balance_from_the_balance_brought_forward() -> None:
    assert running_balances("asset", 100, [(50, 0), (0, 30), (0, 200)]) == [150, 120, -80]
    assert running_balances("liability", 0, [(0, 50), (20, 0)]) == [50, 30]
