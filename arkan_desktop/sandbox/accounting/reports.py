"""Financial reports computed on request: P&L, balance sheet, aged receivables/payables, tax.

The P&L and balance sheet sum the lines of POSTED journal entries only; ageing reads the
open posted documents; the tax report reads posted documents per rate and shows the VAT
accounts' ledger movement beside it. All amounts are Decimal, sent as strings.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, text

from arkan_desktop.sandbox.accounting.ledger import DEBIT_NORMAL, INPUT_VAT, OUTPUT_VAT
from arkan_desktop.sandbox.money import ZERO, money, qty
from arkan_desktop.sandbox.unit_of_work import iter_all

BUCKETS = (
    ("current", "Current"),
    ("days1to30", "1-30"),
    ("days31to60", "31-60"),
    ("days61to90", "61-90"),
    ("days90plus", "90+"),
)

_LINES_SQL = """
    SELECT json_extract(l.value, '$.accountId'), json_extract(l.value, '$.debit'),
           json_extract(l.value, '$.credit')
    FROM records AS r, json_each(r.body, '$.lines') AS l
    WHERE r.company_id = :company AND r.kind = 'journal_entry' AND r.state = 'posted'
      AND {dates}
"""
_INSIDE = text(_LINES_SQL.format(dates="r.date >= :date_from AND r.date <= :date_to"))
_OUTSIDE = text(_LINES_SQL.format(dates="(r.date < :date_from OR r.date > :date_to)"))
_COUNT_SQL = text(
    """
    SELECT count(*), sum(r.date >= :date_from AND r.date <= :date_to) FROM records AS r
    WHERE r.company_id = :company AND r.kind = 'journal_entry'
    """
)

_DOCUMENTS_SQL = text(
    """
    SELECT r.body FROM records AS r
    WHERE r.company_id = :company AND r.kind = 'invoice' AND r.date >= :date_from
      AND r.date <= :date_to AND r.state IN ('posted', 'paid', 'cancelled')
    ORDER BY r.date, r.id
    """
)


def _accounts(conn: Connection, company_id: str) -> dict[str, dict[str, Any]]:
    return {a["id"]: a for a in iter_all(conn, company_id, "account")}


def movements(
    conn: Connection, company_id: str, date_from: str = "", date_to: str = "9999-12-31"
) -> dict[str, Decimal]:
    """Account id -> movement in the account's natural sign, over posted entries dated
    from `date_from` to `date_to`.

    Posting keeps each account's balance equal to the sum of its posted lines, so when
    most entries fall inside the period it is quicker to start from the balances and take
    away the entries outside it than to add up the ones inside.
    """
    accounts = _accounts(conn, company_id)
    params = {"company": company_id, "date_from": date_from, "date_to": date_to}
    total, inside = conn.execute(_COUNT_SQL, params).one()
    complement = bool(total) and (inside or 0) * 2 > total
    natural: dict[str, Decimal] = {}
    if complement:
        natural = {a["id"]: Decimal(a["balance"]) for a in accounts.values()}
    for account_id, debit, credit in conn.execute(_OUTSIDE if complement else _INSIDE, params):
        acct = accounts.get(account_id)
        if acct is None:
            continue
        delta = Decimal(debit or 0) - Decimal(credit or 0)
        if acct["type"] not in DEBIT_NORMAL:
            delta = -delta
        if complement:
            delta = -delta
        natural[account_id] = natural.get(account_id, ZERO) + delta
    return natural


def _section(
    accounts: dict[str, dict[str, Any]], amounts: dict[str, Decimal], kind: str, currency: str
) -> tuple[list[dict[str, Any]], Decimal]:
    rows = []
    total = ZERO
    for acct in sorted(accounts.values(), key=lambda a: a["code"]):
        if acct["type"] != kind:
            continue
        amount = amounts.get(acct["id"], ZERO)
        if amount == 0:
            continue
        total += amount
        rows.append(
            {
                "accountId": acct["id"],
                "code": acct["code"],
                "name": acct["name"],
                "subtype": acct.get("subtype", ""),
                "amount": money(amount, currency),
            }
        )
    return rows, total


def profit_and_loss(
    conn: Connection, company_id: str, currency: str, date_from: str, date_to: str
) -> dict[str, Any]:
    accounts = _accounts(conn, company_id)
    amounts = movements(conn, company_id, date_from, date_to)
    revenue, total_revenue = _section(accounts, amounts, "revenue", currency)
    expenses, total_expenses = _section(accounts, amounts, "expense", currency)
    return {
        "from": date_from,
        "to": date_to,
        "currency": currency,
        "revenue": revenue,
        "expenses": expenses,
        "totalRevenue": money(total_revenue, currency),
        "totalExpenses": money(total_expenses, currency),
        "netProfit": money(total_revenue - total_expenses, currency),
    }


def balance_sheet(conn: Connection, company_id: str, currency: str, as_of: str) -> dict[str, Any]:
    accounts = _accounts(conn, company_id)
    amounts = movements(conn, company_id, "", as_of)
    assets, total_assets = _section(accounts, amounts, "asset", currency)
    liabilities, total_liabilities = _section(accounts, amounts, "liability", currency)
    equity, total_equity = _section(accounts, amounts, "equity", currency)
    _, revenue = _section(accounts, amounts, "revenue", currency)
    _, expenses = _section(accounts, amounts, "expense", currency)
    earnings = revenue - expenses  # not yet closed to retained earnings
    equity.append(
        {
            "accountId": None,
            "code": "",
            "name": "Current period earnings",
            "subtype": "earnings",
            "amount": money(earnings, currency),
        }
    )
    total_equity += earnings
    return {
        "asOf": as_of,
        "currency": currency,
        "assets": assets,
        "liabilities": liabilities,
        "equity": equity,
        "totalAssets": money(total_assets, currency),
        "totalLiabilities": money(total_liabilities, currency),
        "totalEquity": money(total_equity, currency),
        "totalLiabilitiesAndEquity": money(total_liabilities + total_equity, currency),
        "currentPeriodEarnings": money(earnings, currency),
        "balanced": total_assets == total_liabilities + total_equity,
    }


def _bucket(as_of: date, due: str) -> str:
    late = (as_of - date.fromisoformat(due)).days
    if late <= 0:
        return "current"
    if late <= 30:
        return "days1to30"
    if late <= 60:
        return "days31to60"
    if late <= 90:
        return "days61to90"
    return "days90plus"


def _documents(
    conn: Connection, company_id: str, date_from: str, date_to: str
) -> Iterator[dict[str, Any]]:
    rows = conn.execute(
        _DOCUMENTS_SQL, {"company": company_id, "date_from": date_from, "date_to": date_to}
    )
    for (body,) in rows:
        yield json.loads(body)


def aged(
    conn: Connection,
    company_id: str,
    currency: str,
    as_of: str,
    doc_type: str,
    *,
    partner_id: str | None = None,
) -> dict[str, Any]:
    """What each partner owed (or was owed) on `as_of`, by how late it was.

    A document counts if it was posted and dated by `as_of`; its amount is the total less
    the payments dated by `as_of`. Cancelled documents and credit notes net to nothing.
    """
    day = date.fromisoformat(as_of)
    partners: dict[str, dict[str, Any]] = {}
    for doc in _documents(conn, company_id, "", as_of):
        if doc["type"] != doc_type or doc["state"] == "cancelled":
            continue
        if partner_id and doc["partnerId"] != partner_id:
            continue
        paid = sum(
            (Decimal(p["amount"]) for p in doc.get("payments", ()) if p["date"] <= as_of), ZERO
        )
        due = Decimal(doc["total"]) - paid
        if due <= 0:
            continue
        bucket = _bucket(day, doc["dueDate"])
        row = partners.setdefault(
            doc["partnerId"],
            {
                "partnerId": doc["partnerId"],
                "partnerName": doc["partnerName"],
                **{key: ZERO for key, _ in BUCKETS},
                "total": ZERO,
                "documentCount": 0,
                "documents": [],
            },
        )
        row[bucket] += due
        row["total"] += due
        row["documentCount"] += 1
        if partner_id:
            row["documents"].append(
                {
                    "invoiceId": doc["id"],
                    "number": doc["number"],
                    "date": doc["date"],
                    "dueDate": doc["dueDate"],
                    "daysOverdue": max(0, (day - date.fromisoformat(doc["dueDate"])).days),
                    "bucket": bucket,
                    "amountDue": money(due, currency),
                }
            )
    totals = {key: ZERO for key, _ in BUCKETS} | {"total": ZERO}
    out_rows = []
    for row in sorted(partners.values(), key=lambda r: (-r["total"], r["partnerName"])):
        for key in totals:
            totals[key] += row[key]
            row[key] = money(row[key], currency)
        if not partner_id:
            del row["documents"]
        out_rows.append(row)
    return {
        "asOf": as_of,
        "currency": currency,
        "buckets": [{"key": key, "label": label} for key, label in BUCKETS],
        "partners": out_rows,
        "totals": {key: money(value, currency) for key, value in totals.items()},
    }


def tax_report(
    conn: Connection, company_id: str, currency: str, date_from: str, date_to: str
) -> dict[str, Any]:
    """VAT on sales less VAT on purchases, per rate, from documents posted in the period."""
    sign = {
        "out_invoice": ("output", 1),
        "out_refund": ("output", -1),
        "in_invoice": ("input", 1),
        "in_refund": ("input", -1),
    }
    rates: dict[Decimal, dict[str, Decimal]] = {}
    counts = {"output": 0, "input": 0}
    for doc in _documents(conn, company_id, date_from, date_to):
        side, factor = sign[doc["type"]]
        counts[side] += 1
        for part in doc["taxBreakdown"]:
            row = rates.setdefault(
                Decimal(part["rate"]),
                {"salesBase": ZERO, "outputTax": ZERO, "purchasesBase": ZERO, "inputTax": ZERO},
            )
            base_key, tax_key = (
                ("salesBase", "outputTax") if side == "output" else ("purchasesBase", "inputTax")
            )
            row[base_key] += factor * Decimal(part["base"])
            row[tax_key] += factor * Decimal(part["tax"])
    output = sum((r["outputTax"] for r in rates.values()), ZERO)
    input_ = sum((r["inputTax"] for r in rates.values()), ZERO)
    accounts = {a["code"]: a["id"] for a in _accounts(conn, company_id).values()}
    ledger = movements(conn, company_id, date_from, date_to)
    return {
        "from": date_from,
        "to": date_to,
        "currency": currency,
        "outputVat": money(output, currency),
        "inputVat": money(input_, currency),
        "netPayable": money(output - input_, currency),
        "rates": [
            {"rate": qty(rate), **{k: money(v, currency) for k, v in row.items()}}
            for rate, row in sorted(rates.items())
        ],
        "documentCounts": {"sales": counts["output"], "purchases": counts["input"]},
        "ledger": {
            "outputVat": money(ledger.get(accounts.get(OUTPUT_VAT, ""), ZERO), currency),
            "inputVat": money(ledger.get(accounts.get(INPUT_VAT, ""), ZERO), currency),
        },
    }
