"""The statement of cash flows for a period: operating (indirect method), investing, financing.

Every posted line not on a cash or bank account moves cash by its credit less its debit,
and together they move it by exactly what the cash and bank accounts moved. The statement
sorts those lines:
- Operating starts from net profit (every revenue and expense line). The revenue and
  expense lines of entries that touch a fixed-asset account (depreciation, gains and
  losses on disposal) moved no cash: they are added back, account by account. Then each
  working-capital account's change (receivables, inventory, VAT, payables ...).
- Investing is the cash those fixed-asset entries moved: paid for assets, received on
  disposal.
- Financing is the change in equity and long-term borrowing (not in the end-of-service
  provision, which is operating).
Opening and closing cash are the cash and bank accounts' balances the day before the
period and on its last day, so `openingCash + netChange == closingCash` always holds.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection

from arkan_desktop.sandbox.accounting.ledger_lines import accounts_by_id, posted_lines
from arkan_desktop.sandbox.accounting.reports import movements
from arkan_desktop.sandbox.money import ZERO, money

CASH_SUBTYPES = ("cash", "bank")
FINANCING_LIABILITY_SUBTYPES = ("non_current", "loan")
OPERATING_CODES = frozenset({"2400"})  # end-of-service benefits: an operating provision


def section_of(account: dict[str, Any]) -> str:
    """cash, pl, fixed, financing or operating (working capital) for one account."""
    kind, subtype = account["type"], account.get("subtype", "")
    if kind in ("revenue", "expense"):
        return "pl"
    if kind == "asset" and subtype in CASH_SUBTYPES:
        return "cash"
    if kind == "asset" and subtype == "fixed":
        return "fixed"
    if kind == "equity":
        return "financing"
    if (
        kind == "liability"
        and subtype in FINANCING_LIABILITY_SUBTYPES
        and account["code"] not in OPERATING_CODES
    ):
        return "financing"
    return "operating"


def _row(account: dict[str, Any], amount: Decimal, currency: str, label: str) -> dict[str, Any]:
    return {
        "key": account["code"],
        "label": label,
        "accountId": account["id"],
        "code": account["code"],
        "name": account["name"],
        "amount": money(amount, currency),
    }


def cash_flow(
    conn: Connection, company_id: str, currency: str, date_from: str, date_to: str
) -> dict[str, Any]:
    accounts = accounts_by_id(conn, company_id)
    sections = {a_id: section_of(a) for a_id, a in accounts.items()}
    lines = [
        x for x in posted_lines(conn, company_id, date_from, date_to) if x.account_id in accounts
    ]
    asset_entries = {x.entry_id for x in lines if sections[x.account_id] == "fixed"}

    net_profit = ZERO
    non_cash: dict[str, Decimal] = defaultdict(lambda: ZERO)
    working: dict[str, Decimal] = defaultdict(lambda: ZERO)
    financing: dict[str, Decimal] = defaultdict(lambda: ZERO)
    cash_by_entry: dict[str, Decimal] = defaultdict(lambda: ZERO)
    for line in lines:
        section = sections[line.account_id]
        effect = line.credit_less_debit
        in_asset_entry = line.entry_id in asset_entries
        if section == "cash":
            if in_asset_entry:
                cash_by_entry[line.entry_id] -= effect  # debit less credit: cash in
        elif section == "pl":
            net_profit += effect
            if in_asset_entry:
                non_cash[line.account_id] -= effect
        elif in_asset_entry:
            continue  # part of what the asset entry's cash shows under investing
        elif section == "operating":
            working[line.account_id] += effect
        elif section == "financing":
            financing[line.account_id] += effect
    paid = sum((c for c in cash_by_entry.values() if c < 0), ZERO)
    received = sum((c for c in cash_by_entry.values() if c > 0), ZERO)

    def ordered(amounts: dict[str, Decimal]) -> list[tuple[dict[str, Any], Decimal]]:
        found = [(accounts[a], v) for a, v in amounts.items() if v != 0]
        return sorted(found, key=lambda pair: pair[0]["code"])

    operating_rows = [
        {"key": "netProfit", "label": "Net profit", "amount": money(net_profit, currency)}
    ]
    operating_rows += [
        _row(acct, v, currency, f"Non-cash: {acct['name']}") for acct, v in ordered(non_cash)
    ]
    operating_rows += [
        _row(acct, v, currency, f"{'Decrease' if v > 0 else 'Increase'} in {acct['name']}")
        if acct["type"] == "asset"
        else _row(acct, v, currency, f"{'Increase' if v > 0 else 'Decrease'} in {acct['name']}")
        for acct, v in ordered(working)
    ]
    investing_rows = [
        {
            "key": "assetPurchases",
            "label": "Purchase of fixed assets",
            "amount": money(paid, currency),
        },
        {
            "key": "assetDisposals",
            "label": "Proceeds from disposal of fixed assets",
            "amount": money(received, currency),
        },
    ]
    financing_rows = [
        _row(acct, v, currency, f"{'Increase' if v > 0 else 'Decrease'} in {acct['name']}")
        for acct, v in ordered(financing)
    ]
    operating = net_profit + sum(non_cash.values(), ZERO) + sum(working.values(), ZERO)
    investing = paid + received
    financed = sum(financing.values(), ZERO)

    day_before = (date.fromisoformat(date_from) - timedelta(days=1)).isoformat()
    opening_balances = movements(conn, company_id, "", day_before)
    closing_balances = movements(conn, company_id, "", date_to)
    cash_accounts = []
    opening = closing = ZERO
    for acct in sorted(accounts.values(), key=lambda a: a["code"]):
        if sections[acct["id"]] != "cash":
            continue
        first = opening_balances.get(acct["id"], ZERO)
        last = closing_balances.get(acct["id"], ZERO)
        opening, closing = opening + first, closing + last
        cash_accounts.append(
            {
                "accountId": acct["id"],
                "code": acct["code"],
                "name": acct["name"],
                "opening": money(first, currency),
                "closing": money(last, currency),
            }
        )
    net_change = operating + investing + financed
    return {
        "from": date_from,
        "to": date_to,
        "currency": currency,
        "method": "indirect",
        "netProfit": money(net_profit, currency),
        "operating": {"lines": operating_rows, "total": money(operating, currency)},
        "investing": {"lines": investing_rows, "total": money(investing, currency)},
        "financing": {"lines": financing_rows, "total": money(financed, currency)},
        "netChange": money(net_change, currency),
        "openingCash": money(opening, currency),
        "closingCash": money(closing, currency),
        "cashAccounts": cash_accounts,
        "balanced": opening + net_change == closing,
    }
