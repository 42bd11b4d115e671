"""The trial balance, profit & loss and balance sheet from posted journal lines, pure.

What an account moved over a period is the sum of its posted lines, in its natural sign
(debit − credit for assets and expenses, credit − debit for the rest: domain.ledger), in
integer minor units. The statements follow the server's own layout (Arkan's
`/accounting/reports/profit-loss` and `/balance-sheet`): accounts by code, zero rows left
out, revenue less expenses as the net profit, and the earnings not yet closed to retained
earnings shown as an equity row, so the figures computed here from the local copy agree
with the server's to the fil. Amounts come back as `Decimal` in the company's currency.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from arkan_desktop.domain.ledger import (
    DEBIT_NORMAL,
    TrialBalanceRow,
    trial_balance_row,
)
from arkan_desktop.domain.money import from_minor

EARNINGS = "earnings"  # the subtype of the balance sheet's current period earnings row


@dataclass(frozen=True)
class LedgerAccount:
    """An account as the statements need it."""

    id: str
    code: str
    name: str
    type: str
    subtype: str = ""


def natural_minor(account_type: str, debit_minor: int, credit_minor: int) -> int:
    """A movement in the account's natural sign."""
    delta = debit_minor - credit_minor
    return delta if account_type in DEBIT_NORMAL else -delta


def movements(
    accounts: Mapping[str, LedgerAccount], lines: Iterable[tuple[str, int, int]]
) -> dict[str, int]:
    """Account id -> natural movement of the (account id, debit, credit) lines given;
    lines of accounts not in the chart are left out, as the server leaves them out."""
    out: dict[str, int] = {}
    for account_id, debit, credit in lines:
        account = accounts.get(account_id)
        if account is not None:
            out[account_id] = out.get(account_id, 0) + natural_minor(account.type, debit, credit)
    return out


def _section(
    accounts: Mapping[str, LedgerAccount], amounts: Mapping[str, int], kind: str, currency: str
) -> tuple[list[dict[str, Any]], int]:
    rows: list[dict[str, Any]] = []
    total = 0
    for account in sorted(accounts.values(), key=lambda a: a.code):
        amount = amounts.get(account.id, 0)
        if account.type != kind or amount == 0:
            continue
        total += amount
        rows.append(
            {
                "accountId": account.id,
                "code": account.code,
                "name": account.name,
                "subtype": account.subtype,
                "amount": from_minor(amount, currency),
            }
        )
    return rows, total


def profit_and_loss(
    accounts: Mapping[str, LedgerAccount],
    amounts: Mapping[str, int],
    currency: str,
    start: str,
    end: str,
) -> dict[str, Any]:
    """The period's revenue and expenses by account and the net profit."""
    revenue, total_revenue = _section(accounts, amounts, "revenue", currency)
    expenses, total_expenses = _section(accounts, amounts, "expense", currency)
    return {
        "from": start,
        "to": end,
        "currency": currency,
        "revenue": revenue,
        "expenses": expenses,
        "totalRevenue": from_minor(total_revenue, currency),
        "totalExpenses": from_minor(total_expenses, currency),
        "netProfit": from_minor(total_revenue - total_expenses, currency),
    }


def balance_sheet(
    accounts: Mapping[str, LedgerAccount], amounts: Mapping[str, int], currency: str, as_of: str
) -> dict[str, Any]:
    """Assets, liabilities and equity on a day; the earnings not yet closed sit in equity."""
    assets, total_assets = _section(accounts, amounts, "asset", currency)
    liabilities, total_liabilities = _section(accounts, amounts, "liability", currency)
    equity, total_equity = _section(accounts, amounts, "equity", currency)
    earnings = (
        _section(accounts, amounts, "revenue", currency)[1]
        - _section(accounts, amounts, "expense", currency)[1]
    )
    equity.append(
        {
            "accountId": None,
            "code": "",
            "name": "",
            "subtype": EARNINGS,
            "amount": from_minor(earnings, currency),
        }
    )
    total_equity += earnings
    return {
        "asOf": as_of,
        "currency": currency,
        "assets": assets,
        "liabilities": liabilities,
        "equity": equity,
        "totalAssets": from_minor(total_assets, currency),
        "totalLiabilities": from_minor(total_liabilities, currency),
        "totalEquity": from_minor(total_equity, currency),
        "totalLiabilitiesAndEquity": from_minor(total_liabilities + total_equity, currency),
        "currentPeriodEarnings": from_minor(earnings, currency),
        "balanced": total_assets == total_liabilities + total_equity,
    }


def trial_balance(
    accounts: Mapping[str, LedgerAccount], amounts: Mapping[str, int]
) -> list[TrialBalanceRow]:
    """Every account with a balance, by code, in its debit or credit column."""
    return [
        trial_balance_row(a.code, a.name, a.type, amounts[a.id], a.id)
        for a in sorted(accounts.values(), key=lambda a: a.code)
        if amounts.get(a.id, 0) != 0
    ]


def running_balances(
    account_type: str, opening_minor: int, lines: Iterable[tuple[int, int]]
) -> list[int]:
    """The account's balance after each (debit, credit) line, from its opening balance."""
    balance = opening_minor
    out = []
    for debit, credit in lines:
        balance += natural_minor(account_type, debit, credit)
        out.append(balance)
    return out
