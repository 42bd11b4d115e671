"""Revenue by client and by project, from the ledger's revenue lines of customer documents.

Each posted customer invoice or credit note books its revenue (and, for stock, its cost
of goods sold) in entries whose source is the document; these reports add up exactly
those lines in the period, by the document's client or project (a credit note counts
for its invoice's project). Revenue booked otherwise (manual entries, gains on
disposal) is `otherRevenue`, so that `totalRevenue` is the profit & loss statement's.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection

from arkan_desktop.sandbox.accounting.ledger_lines import (
    accounts_by_id,
    invoice_index,
    posted_lines,
)
from arkan_desktop.sandbox.money import ZERO, money
from arkan_desktop.sandbox.unit_of_work import iter_all

CUSTOMER_DOCUMENTS = ("out_invoice", "out_refund")

Grouping = Callable[[dict[str, Any]], tuple[str | None, dict[str, Any]]]


def _revenue_by(
    conn: Connection,
    company_id: str,
    currency: str,
    date_from: str,
    date_to: str,
    group: Grouping,
) -> dict[str, Any]:
    accounts = accounts_by_id(conn, company_id)
    documents = invoice_index(conn, company_id)
    rows: dict[str | None, dict[str, Any]] = {}
    total = other = ZERO
    for line in posted_lines(conn, company_id, date_from, date_to):
        acct = accounts.get(line.account_id)
        if acct is None or acct["type"] not in ("revenue", "expense"):
            continue
        doc = documents.get(line.source_id or "") if line.source_type == "invoice" else None
        customer = doc is not None and doc["type"] in CUSTOMER_DOCUMENTS
        if acct["type"] == "revenue":
            total += line.credit_less_debit
            if not customer:
                other += line.credit_less_debit
                continue
        elif not customer:
            continue
        assert doc is not None
        key, heading = group(doc)
        row = rows.setdefault(
            key,
            {**heading, "revenue": ZERO, "cost": ZERO, "invoices": set(), "creditNotes": set()},
        )
        if acct["type"] == "revenue":
            row["revenue"] += line.credit_less_debit
        else:
            row["cost"] -= line.credit_less_debit  # debit less credit: cost of goods sold
        row["invoices" if doc["type"] == "out_invoice" else "creditNotes"].add(doc["id"])
    out = []
    for row in sorted(rows.values(), key=lambda r: (-r["revenue"], r["sortName"])):
        revenue, cost = row.pop("revenue"), row.pop("cost")
        row.pop("sortName")
        row["invoiceCount"] = len(row.pop("invoices"))
        row["creditNoteCount"] = len(row.pop("creditNotes"))
        row["revenue"] = money(revenue, currency)
        row["cost"] = money(cost, currency)
        row["grossProfit"] = money(revenue - cost, currency)
        row["share"] = str((revenue / total * 100).quantize(Decimal("0.01"))) if total else "0"
        out.append(row)
    return {
        "from": date_from,
        "to": date_to,
        "currency": currency,
        "rows": out,
        "otherRevenue": money(other, currency),
        "totalRevenue": money(total, currency),
    }


def revenue_by_client(
    conn: Connection, company_id: str, currency: str, date_from: str, date_to: str
) -> dict[str, Any]:
    def group(doc: dict[str, Any]) -> tuple[str | None, dict[str, Any]]:
        heading = {
            "partnerId": doc["partnerId"],
            "partnerName": doc["partnerName"],
            "sortName": doc["partnerName"],
        }
        return doc["partnerId"], heading

    return _revenue_by(conn, company_id, currency, date_from, date_to, group)


def revenue_by_project(
    conn: Connection, company_id: str, currency: str, date_from: str, date_to: str
) -> dict[str, Any]:
    projects = {p["id"]: p for p in iter_all(conn, company_id, "project")}
    documents = invoice_index(conn, company_id)

    def group(doc: dict[str, Any]) -> tuple[str | None, dict[str, Any]]:
        project_id = doc.get("projectId")
        original = documents.get(doc.get("originalInvoiceId") or "")
        if not project_id and original is not None:
            project_id = original.get("projectId")
        project = projects.get(project_id or "")
        if project is None:
            none = {"projectId": None, "projectCode": "", "projectName": "No project"}
            return None, {**none, "clientId": None, "clientName": "", "sortName": "~"}
        return project["id"], {
            "projectId": project["id"],
            "projectCode": project["code"],
            "projectName": project["name"],
            "clientId": project["clientId"],
            "clientName": project["clientName"],
            "sortName": project["code"],
        }

    return _revenue_by(conn, company_id, currency, date_from, date_to, group)
