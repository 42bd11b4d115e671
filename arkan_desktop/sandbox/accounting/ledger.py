"""The general ledger: accounts, and journal entries that must balance.

Everything that posts to the books — a manual entry, an invoice, a payment, a goods
receipt, a scrap — goes through `create_entry` and `post_entry`, so the rules
(debits = credits, posted entries immutable, balances follow postings) live in one place.
Account balances are kept in each account's natural sign: debit-normal accounts (assets,
expenses) as debit − credit, credit-normal ones (liabilities, equity, revenue) as
credit − debit.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from arkan_desktop.sandbox import clock
from arkan_desktop.sandbox.errors import ApiError
from arkan_desktop.sandbox.money import ZERO, dec, money
from arkan_desktop.sandbox.storage import companies
from arkan_desktop.sandbox.unit_of_work import UnitOfWork, new_id

ACCOUNT_TYPES = ("asset", "liability", "equity", "revenue", "expense")
DEBIT_NORMAL = ("asset", "expense")

# The accounts the sandbox posts to on its own, by code (see seed.CHART_OF_ACCOUNTS).
RECEIVABLE = "1200"
INPUT_VAT = "1410"
INVENTORY = "1300"
BANK = "1010"
CASH = "1000"
PAYABLE = "2000"
GOODS_RECEIVED_NOT_INVOICED = "2050"
OUTPUT_VAT = "2200"
SALES = "4000"
COGS = "5000"
PURCHASES = "5100"
INVENTORY_ADJUSTMENT = "5900"
SCRAP_EXPENSE = "5910"


def company_currency(uow: UnitOfWork) -> str:
    if "currency" not in uow.memo:
        row = uow.conn.execute(
            select(companies.c.body).where(companies.c.id == uow.company_id)
        ).first()
        uow.memo["currency"] = json.loads(row[0])["currency"] if row else "AED"
    return str(uow.memo["currency"])


def accounts_by_code(uow: UnitOfWork) -> dict[str, dict[str, Any]]:
    cached = uow.memo.get("accounts_by_code")
    if cached is None:
        cached = {a["code"]: a for a in uow.find("account")}
        uow.memo["accounts_by_code"] = cached
    return cached


def account(uow: UnitOfWork, code: str) -> dict[str, Any]:
    found = accounts_by_code(uow).get(code)
    if found is None:
        raise ApiError(500, f"The chart of accounts has no account {code}")
    return found


def new_account(
    uow: UnitOfWork, body: dict[str, Any], created_at: str | None = None
) -> dict[str, Any]:
    if body["code"] in accounts_by_code(uow):
        raise ApiError(
            409,
            f"An account with code {body['code']} already exists",
            [{"field": "code", "message": "is already used"}],
        )
    record = {
        "code": body["code"],
        "name": body["name"],
        "nameAr": body.get("nameAr") or "",
        "type": body["type"],
        "subtype": body.get("subtype") or "",
        "parentId": body.get("parentId"),
        "currency": body.get("currency") or company_currency(uow),
        "isActive": body.get("isActive", True),
        "reconcilable": body.get("reconcilable", False),
        "balance": money(ZERO, company_currency(uow)),
    }
    uow.add("account", record, created_at=created_at)
    accounts_by_code(uow)[record["code"]] = record
    return record


def entry_lines(
    uow: UnitOfWork, lines: list[dict[str, Any]], currency: str
) -> list[dict[str, Any]]:
    """Check and normalise entry lines; errors name the line they are about."""
    errors = []
    out = []
    if len(lines) < 2:
        raise ApiError.field("lines", "an entry needs at least two lines")
    for i, line in enumerate(lines):
        debit = dec(line.get("debit") or 0, f"lines[{i}].debit")
        credit = dec(line.get("credit") or 0, f"lines[{i}].credit")
        acct = uow.get("account", str(line.get("accountId", ""))) if line.get("accountId") else None
        if acct is None and line.get("accountCode"):
            acct = accounts_by_code(uow).get(str(line["accountCode"]))
        if acct is None:
            errors.append(
                {"field": f"lines[{i}].accountId", "message": "is not an account of this company"}
            )
        if debit < 0 or credit < 0:
            errors.append(
                {"field": f"lines[{i}]", "message": "debit and credit cannot be negative"}
            )
        elif (debit > 0) == (credit > 0):
            errors.append({"field": f"lines[{i}]", "message": "needs either a debit or a credit"})
        if errors or acct is None:
            continue
        out.append(
            {
                "id": line.get("id") or new_id(),
                "accountId": acct["id"],
                "accountCode": acct["code"],
                "accountName": acct["name"],
                "description": line.get("description") or "",
                "partnerId": line.get("partnerId"),
                "debit": money(debit, currency),
                "credit": money(credit, currency),
            }
        )
    if errors:
        raise ApiError(400, "Validation failed", errors)
    total_debit = sum((Decimal(x["debit"]) for x in out), ZERO)
    total_credit = sum((Decimal(x["credit"]) for x in out), ZERO)
    if total_debit != total_credit:
        raise ApiError(
            400,
            "Debits must equal credits",
            [
                {
                    "field": "lines",
                    "message": f"debits {money(total_debit, currency)} ≠ credits "
                    f"{money(total_credit, currency)}",
                }
            ],
        )
    return out


def create_entry(
    uow: UnitOfWork,
    *,
    lines: list[dict[str, Any]],
    date: str | None = None,
    memo: str = "",
    reference: str = "",
    source_type: str = "manual",
    source_id: str | None = None,
    post: bool = False,
    created_at: str | None = None,
) -> dict[str, Any]:
    currency = company_currency(uow)
    checked = entry_lines(uow, lines, currency)
    day = date or clock.today()
    entry = {
        "number": uow.next_number("journal_entry", "JE", day[:4]),
        "date": day,
        "memo": memo,
        "reference": reference,
        "currency": currency,
        "state": "draft",
        "sourceType": source_type,
        "sourceId": source_id,
        "lines": checked,
        "totalDebit": money(sum((Decimal(x["debit"]) for x in checked), ZERO), currency),
        "totalCredit": money(sum((Decimal(x["credit"]) for x in checked), ZERO), currency),
        "postedAt": None,
    }
    uow.add("journal_entry", entry, created_at=created_at)
    if post:
        post_entry(uow, entry, posted_at=created_at)
    return entry


def post_entry(
    uow: UnitOfWork, entry: dict[str, Any], posted_at: str | None = None
) -> dict[str, Any]:
    if entry["state"] == "posted":
        raise ApiError(
            409, f"Journal entry {entry['number']} is already posted; posted entries cannot change"
        )
    currency = company_currency(uow)
    for line in entry["lines"]:
        acct = uow.get("account", line["accountId"])
        if acct is None:
            raise ApiError(409, f"Account {line['accountCode']} no longer exists")
        delta = Decimal(line["debit"]) - Decimal(line["credit"])
        if acct["type"] not in DEBIT_NORMAL:
            delta = -delta
        acct["balance"] = money(Decimal(acct["balance"]) + delta, currency)
        uow.save("account", acct, "account.balance_changed")
    entry["state"] = "posted"
    entry["postedAt"] = posted_at or clock.now_iso()
    uow.save("journal_entry", entry, "journal_entry.posted", at=posted_at)
    return entry
