"""Bank statements: importing one (its arithmetic checked), finding its lines, its balances.

A statement belongs to one bank account of the chart (subtype `bank`). Importing books
nothing: payments already went to the bank account when they were posted, and each
statement line is later matched to them (bank_matching), so the ledger never counts the
same money twice. A statement's reconciled balance is its opening balance plus the lines
reconciled so far; fully matched, it equals the closing balance.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import text

from arkan_desktop.sandbox.accounting.invoices import iso_day
from arkan_desktop.sandbox.accounting.ledger import (
    BANK,
    PAYABLE,
    RECEIVABLE,
    accounts_by_code,
    company_currency,
)
from arkan_desktop.sandbox.errors import ApiError
from arkan_desktop.sandbox.money import ZERO, dec, money, round_money
from arkan_desktop.sandbox.unit_of_work import UnitOfWork, _is_uuid, new_id

BANK_CHARGES = "6800"
MAX_LINES = 5000
# What a clerk may write off without a second look, in units of the currency.
WRITE_OFF_LIMITS = {"KWD": Decimal(10), "BHD": Decimal(10), "OMR": Decimal(10)}
DEFAULT_WRITE_OFF_LIMIT = Decimal(100)


def _account(
    uow: UnitOfWork, account_id: object, code: object, field: str
) -> dict[str, Any] | None:
    if account_id:
        found = uow.get("account", str(account_id)) if _is_uuid(str(account_id)) else None
        if found is None:
            raise ApiError.field(field, "is not an account of this company")
        return found
    if code:
        found = accounts_by_code(uow).get(str(code))
        if found is None:
            raise ApiError.field(field, f"there is no account {code} in the chart")
        return found
    return None


def bank_account(uow: UnitOfWork, account_id: object = None, code: object = None) -> dict[str, Any]:
    found = _account(uow, account_id, code, "bankAccountId") or accounts_by_code(uow)[BANK]
    if found.get("type") != "asset" or found.get("subtype") != "bank":
        raise ApiError.field(
            "bankAccountId", f"account {found['code']} {found['name']} is not a bank account"
        )
    return found


def write_off_account(
    uow: UnitOfWork, account_id: object = None, code: object = None, field: str = "accountId"
) -> dict[str, Any]:
    found = _account(uow, account_id, code, field) or accounts_by_code(uow)[BANK_CHARGES]
    partner_codes = {RECEIVABLE, PAYABLE}
    if found.get("subtype") in ("bank", "cash") or found["code"] in partner_codes:
        raise ApiError.field(
            field,
            f"account {found['code']} {found['name']} cannot take a write-off; choose an "
            "expense or income account (partner balances are settled by matching invoices)",
        )
    if not found.get("isActive", True):
        raise ApiError.field(field, f"account {found['code']} is inactive")
    return found


def _decimal(
    value: object, field: str, errors: list[dict[str, str]], required: bool = True
) -> Decimal | None:
    """A decimal from a line, or None with the problem added to `errors`."""
    if value is None or value == "":
        if required:
            errors.append({"field": field, "message": "is required"})
        return None
    try:
        return dec(value, field)
    except ApiError as bad:
        errors.extend(bad.errors)
        return None


def _lines(
    raw_lines: list[dict[str, Any]], opening: Decimal, currency: str
) -> tuple[list[dict[str, Any]], Decimal]:
    errors: list[dict[str, str]] = []
    lines = []
    running = opening
    for i, raw in enumerate(raw_lines):
        where = f"lines[{i}]"
        before = len(errors)
        day = None
        try:
            day = iso_day(raw.get("date"), f"{where}.date") if raw.get("date") else None
        except ApiError as bad:
            errors.extend(bad.errors)
        if day is None and len(errors) == before:
            errors.append({"field": f"{where}.date", "message": "is required"})
        amount = _decimal(raw.get("amount"), f"{where}.amount", errors)
        if amount is None:
            continue
        if amount == 0:
            errors.append({"field": f"{where}.amount", "message": "cannot be zero"})
        elif round_money(amount, currency) != amount:
            errors.append(
                {"field": f"{where}.amount", "message": f"has more decimals than {currency} allows"}
            )
        running += amount
        stated = _decimal(raw.get("balance"), f"{where}.balance", errors, required=False)
        if stated is not None and stated != running:
            errors.append(
                {
                    "field": f"{where}.balance",
                    "message": f"the statement says {money(stated, currency)} after this "
                    f"line, but the opening balance and the lines so far make "
                    f"{money(running, currency)}",
                }
            )
        if len(errors) > before:
            continue
        lines.append(
            {
                "id": new_id(),
                "sequence": i + 1,
                "date": day,
                "amount": money(amount, currency),
                "balance": money(running, currency),
                "reference": str(raw.get("reference") or ""),
                "memo": str(raw.get("memo") or ""),
                "counterparty": str(raw.get("counterparty") or ""),
                "counterpartyAccount": str(raw.get("counterpartyAccount") or ""),
                "state": "unmatched",
                "amountMatched": money(ZERO, currency),
                "amountResidual": money(amount, currency),
                "partnerId": None,
                "partnerName": None,
                "matches": [],
            }
        )
    if errors:
        raise ApiError(400, "The statement has lines that cannot be imported", errors)
    return lines, running


def import_statement(
    uow: UnitOfWork, data: dict[str, Any], created_at: str | None = None
) -> dict[str, Any]:
    """A new statement with all its lines, or a 400 naming every bad line (nothing kept)."""
    currency = company_currency(uow)
    wanted = str(data.get("currency") or currency).upper()
    if wanted != currency:
        raise ApiError.field(
            "currency", f"must be the company currency {currency}; {wanted} accounts are not kept"
        )
    account = bank_account(uow, data.get("bankAccountId"), data.get("bankAccountCode"))
    reference = str(data.get("reference") or "").strip()
    if not reference:
        raise ApiError.field("reference", "is required (the bank's statement number)")
    other = uow.find_one("bank_statement", reference=reference, bankAccountId=account["id"])
    if other is not None:
        raise ApiError(
            409,
            f"Statement {reference} of account {account['code']} was already imported "
            f"as {other['number']}",
            [{"field": "reference", "message": "is already imported for this account"}],
        )
    raw_lines = list(data.get("lines") or [])
    if not raw_lines or len(raw_lines) > MAX_LINES:
        raise ApiError.field("lines", f"a statement needs from 1 to {MAX_LINES} lines")
    opening = dec(data.get("openingBalance"), "openingBalance")
    closing = dec(data.get("closingBalance"), "closingBalance")
    for name, value in (("openingBalance", opening), ("closingBalance", closing)):
        if round_money(value, currency) != value:
            raise ApiError.field(name, f"has more decimals than {currency} allows")
    lines, end = _lines(raw_lines, opening, currency)
    if end != closing:
        raise ApiError(
            400,
            "The statement does not add up",
            [
                {
                    "field": "closingBalance",
                    "message": f"opening balance {money(opening, currency)} plus the lines "
                    f"({money(end - opening, currency)}) is {money(end, currency)}, not the "
                    f"closing balance {money(closing, currency)}",
                }
            ],
        )
    target = write_off_account(
        uow, data.get("writeOffAccountId"), data.get("writeOffAccountCode"), "writeOffAccountId"
    )
    limit = data.get("writeOffLimit")
    limit = WRITE_OFF_LIMITS.get(currency, DEFAULT_WRITE_OFF_LIMIT) if limit is None else dec(limit)
    if limit < 0:
        raise ApiError.field("writeOffLimit", "cannot be negative")
    days = sorted(line["date"] for line in lines)
    amounts = [Decimal(line["amount"]) for line in lines]
    day = iso_day(data["date"], "date") if data.get("date") else days[-1]
    if day < days[-1]:
        raise ApiError.field("date", f"cannot be before its last line ({days[-1]})")
    statement = {
        "number": uow.next_number("bank_statement", "BST", day[:4]),
        "reference": reference,
        "name": str(data.get("name") or f"{account['name']} {reference}"),
        "bankAccountId": account["id"],
        "bankAccountCode": account["code"],
        "bankAccountName": account["name"],
        "currency": currency,
        "date": day,
        "dateFrom": days[0],
        "dateTo": days[-1],
        "openingBalance": money(opening, currency),
        "closingBalance": money(closing, currency),
        "totalIn": money(sum((a for a in amounts if a > 0), ZERO), currency),
        "totalOut": money(-sum((a for a in amounts if a < 0), ZERO), currency),
        "lineCount": len(lines),
        "writeOffAccountId": target["id"],
        "writeOffAccountCode": target["code"],
        "writeOffLimit": money(limit, currency),
        "lines": lines,
    }
    refresh(statement)
    return uow.add("bank_statement", statement, created_at=created_at)


def refresh(statement: dict[str, Any]) -> None:
    """Line states and the statement's reconciled balance, from the lines' matches."""
    currency = statement["currency"]
    reconciled = ZERO
    count = 0
    for line in statement["lines"]:
        amount = Decimal(line["amount"])
        matched = sum((Decimal(m["amount"]) for m in line["matches"]), ZERO)
        residual = amount - matched
        line["amountMatched"] = money(matched, currency)
        line["amountResidual"] = money(residual, currency)
        if not line["matches"]:
            line["state"] = "unmatched"
        elif residual == 0:
            line["state"] = "reconciled"
            reconciled += amount
            count += 1
        else:
            line["state"] = "partial"
    balance = Decimal(statement["openingBalance"]) + reconciled
    statement["reconciledCount"] = count
    statement["reconciledBalance"] = money(balance, currency)
    statement["difference"] = money(Decimal(statement["closingBalance"]) - balance, currency)
    statement["state"] = "reconciled" if count == len(statement["lines"]) else "open"


def _containing(uow: UnitOfWork, kind: str, item_id: str) -> str | None:
    """The id of the record of `kind` whose `lines` hold an item with this id."""
    uow.flush()
    row = uow.conn.execute(
        text(
            "SELECT r.id FROM records AS r, json_each(r.body, '$.lines') AS l "
            "WHERE r.company_id = :company AND r.kind = :kind "
            "AND json_extract(l.value, '$.id') = :item LIMIT 1"
        ),
        {"company": uow.company_id, "kind": kind, "item": item_id},
    ).first()
    return str(row[0]) if row else None


def find_line(
    uow: UnitOfWork, line_id: str, statement_id: str | None = None
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The statement and its line with this id; 404 when there is none."""
    statement: dict[str, Any] | None
    if statement_id:
        statement = uow.require("bank_statement", statement_id, "Bank statement")
    else:
        found = _containing(uow, "bank_statement", line_id) if _is_uuid(line_id) else None
        statement = uow.get("bank_statement", found) if found else None
    for line in (statement or {}).get("lines", ()):
        if statement is not None and line["id"] == line_id:
            return statement, line
    raise ApiError(404, f"Statement line {line_id} not found")


def find_journal_item(
    uow: UnitOfWork, item_id: str, entry_id: str | None = None
) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """A journal entry and its line (journal item) with this id, or None."""
    if entry_id:
        entry = uow.get("journal_entry", entry_id) if _is_uuid(entry_id) else None
    else:
        found = _containing(uow, "journal_entry", item_id) if _is_uuid(item_id) else None
        entry = uow.get("journal_entry", found) if found else None
    for item in (entry or {}).get("lines", ()):
        if entry is not None and item["id"] == item_id:
            return entry, item
    return None
