"""The real backend's aging report and dashboard (api/v1/reports.py with
services/aging_report_service.py, services/dashboard_service.py, schemas/aging_report.py
and schemas/dashboard.py).

Aging counts sent, overdue and paid invoices with money still owed (drafts and cancelled
never), bucketed by days past the due date into current, days_1_30, days_31_60,
days_61_90 and days_over_90, with per-customer summaries and per-invoice details.

The dashboard answers one nested document. The deployed server's dashboard is broken: its
top-customer rows carry `contact_name` where the response schema wants `name`, and its
averages come unrounded from SQL where the schema allows 2 decimals, so the answer fails
the server's own schema and the client gets a bare 500 whenever the organisation has a
sent, paid or overdue invoice. The chaos mode `dashboard-500` reproduces that; without it
the sandbox answers what the schema describes.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from fastapi import APIRouter, Depends, Query, Request

from arkan_desktop.sandbox.arvalox.real.security import current_user, store_of
from arkan_desktop.sandbox.arvalox.real.store import (
    CENT,
    RealStore,
    Record,
    ServerFault,
    local_now,
    local_today,
)

router = APIRouter(prefix="/reports")
BUCKETS = ("current", "days_1_30", "days_31_60", "days_61_90", "days_over_90")
BILLED = ("sent", "paid", "overdue")
OWED = ("sent", "overdue")
ZERO = Decimal("0.00")


def _bucket(days_overdue: int) -> str:
    for limit, name in ((0, "current"), (30, "days_1_30"), (60, "days_31_60"), (90, "days_61_90")):
        if days_overdue <= limit:
            return name
    return "days_over_90"


def _owed(invoice: Record) -> Decimal:
    return Decimal(invoice["total_amount"]) - Decimal(invoice["paid_amount"])


def aging(
    store: RealStore,
    organization_id: int,
    as_of: date,
    customer_id: int | None = None,
    include_paid: bool = False,
) -> dict[str, Any]:
    organization = store.row("organizations", organization_id)
    assert organization is not None
    customers = {c["id"]: c for c in store.rows("customers", organization_id)}
    invoices = [
        i
        for i in store.rows("invoices", organization_id)
        if i["status"] in BILLED
        and (include_paid or _owed(i) > 0)
        and (not customer_id or i["customer_id"] == customer_id)
    ]
    invoices.sort(key=lambda i: (i["due_date"], i["id"]))
    summary: dict[str, dict[str, Any]] = {
        name: {"count": 0, "amount": ZERO} for name in (*BUCKETS, "total")
    }
    per_customer: dict[int, dict[str, Any]] = {}
    details = []
    for invoice in invoices:
        owed = _owed(invoice)
        days = (as_of - date.fromisoformat(invoice["due_date"])).days
        bucket = _bucket(days)
        for counted in (bucket, "total"):
            summary[counted]["count"] += 1
            summary[counted]["amount"] += owed
        name = customers[invoice["customer_id"]].get("name")
        if name is None:
            # `customer_name: str` in the response schema: a customer without a name is a 500.
            raise ServerFault("aging: a customer without a name fails CustomerAgingSummary")
        line = per_customer.setdefault(
            invoice["customer_id"],
            {
                "customer_id": invoice["customer_id"],
                "customer_name": name,
                "company_name": organization["name"],
                **dict.fromkeys(BUCKETS, ZERO),
                "total": ZERO,
                "invoice_count": 0,
            },
        )
        line[bucket] += owed
        line["total"] += owed
        line["invoice_count"] += 1
        details.append(
            {
                "invoice_id": invoice["id"],
                "invoice_number": invoice["invoice_number"],
                "customer_id": invoice["customer_id"],
                "customer_name": name,
                "company_name": organization["name"],
                "invoice_date": invoice["invoice_date"],
                "due_date": invoice["due_date"],
                "total_amount": invoice["total_amount"],
                "paid_amount": invoice["paid_amount"],
                "outstanding_amount": str(owed),
                "days_overdue": days,
                "aging_bucket": bucket,
                "status": invoice["status"],
            }
        )
    details.sort(key=lambda d: d["days_overdue"], reverse=True)
    summaries = sorted(per_customer.values(), key=lambda c: c["total"], reverse=True)
    return {
        "report_date": as_of.isoformat(),
        "organization_id": organization_id,
        "customer_filter": customer_id,
        "include_paid": include_paid,
        "summary": {k: _texts(v) for k, v in summary.items()},
        "customer_summaries": [_texts(c) for c in summaries],
        "invoice_details": details,
        "total_customers": len(summaries),
        "total_invoices": len(details),
    }


def _texts(row: dict[str, Any]) -> dict[str, Any]:
    return {k: str(v) if isinstance(v, Decimal) else v for k, v in row.items()}


def _sum(values: list[Decimal]) -> Decimal:
    return sum(values, ZERO)


def _average(values: list[Decimal]) -> Decimal:
    """SQL avg() over NUMERIC: not rounded to the cent."""
    return _sum(values) / len(values) if values else ZERO


def _percent(part: Decimal, whole: Decimal, otherwise: float) -> float:
    return round(float(part / whole * 100), 2) if whole > 0 else otherwise


def _cents(value: Decimal) -> bool:
    return value == value.quantize(CENT)


def dashboard(
    store: RealStore, organization_id: int, date_from: date, date_to: date, broken: bool
) -> dict[str, Any]:
    invoices = store.rows("invoices", organization_id)
    payments = [p for p in store.rows("payments", organization_id) if p["status"] == "completed"]
    customers = store.rows("customers", organization_id)
    organization = store.row("organizations", organization_id)
    assert organization is not None

    def billed_between(start: date, end: date) -> list[Record]:
        return [
            i
            for i in invoices
            if i["status"] in BILLED and start.isoformat() <= i["invoice_date"] <= end.isoformat()
        ]

    billed = billed_between(date_from, date_to)
    revenue = _sum([Decimal(i["total_amount"]) for i in billed])
    prev_to = date_from - timedelta(days=1)
    prev_from = prev_to - timedelta(days=(date_to - date_from).days)
    previous = _sum([Decimal(i["total_amount"]) for i in billed_between(prev_from, prev_to)])
    growth = float((revenue - previous) / previous * 100) if previous > 0 else 0.0
    owing = [i for i in invoices if i["status"] in OWED and _owed(i) > 0]
    start, end = date_from.isoformat(), date_to.isoformat()
    in_range = [i for i in invoices if start <= i["invoice_date"] <= end]
    statuses: dict[str, dict[str, Any]] = defaultdict(lambda: {"count": 0, "amount": ZERO})
    for invoice in in_range:
        statuses[invoice["status"]]["count"] += 1
        statuses[invoice["status"]]["amount"] += Decimal(invoice["total_amount"])
    late = [i for i in owing if i["due_date"] < local_today().isoformat()]
    paid_in_range = [p for p in payments if start <= p["payment_date"] <= end]
    methods: dict[str, dict[str, Any]] = defaultdict(lambda: {"count": 0, "amount": ZERO})
    for payment in paid_in_range:
        methods[payment["payment_method"]]["count"] += 1
        methods[payment["payment_method"]]["amount"] += Decimal(payment["amount"])
    average_invoice = _average([Decimal(i["total_amount"]) for i in billed])
    average_payment = _average([Decimal(p["amount"]) for p in paid_in_range])
    top = _top_customers(invoices, customers, organization["name"])
    if broken and (top or not _cents(average_invoice) or not _cents(average_payment)):
        raise ServerFault("DashboardOverview: top_customers.0.name missing / averages unrounded")
    aged = aging(store, organization_id, local_today())["summary"]
    outstanding = Decimal(aged["total"]["amount"])
    overdue = _sum([Decimal(aged[b]["amount"]) for b in BUCKETS[1:]])
    current = Decimal(aged["current"]["amount"])
    return {
        "organization_id": organization_id,
        "date_range": {"from": date_from.isoformat(), "to": date_to.isoformat()},
        "revenue_metrics": {
            "total_revenue": str(revenue),
            "invoice_count": len(billed),
            "average_invoice_value": str(average_invoice.quantize(CENT)),
            "outstanding_amount": str(_sum([_owed(i) for i in owing])),
            "outstanding_count": len(owing),
            "revenue_growth_percentage": round(growth, 2),
            "previous_period_revenue": str(previous),
        },
        "invoice_metrics": {
            "status_breakdown": {k: _texts(v) for k, v in statuses.items()},
            "overdue_count": len(late),
            "overdue_amount": str(_sum([_owed(i) for i in late])),
        },
        "payment_metrics": {
            "payment_count": len(paid_in_range),
            "total_payments": str(_sum([Decimal(p["amount"]) for p in paid_in_range])),
            "average_payment": str(average_payment.quantize(CENT)),
            "method_breakdown": {k: _texts(v) for k, v in methods.items()},
        },
        "customer_metrics": {
            "total_customers": len(customers),
            "active_customers": sum(1 for c in customers if c["status"] == "active"),
            "inactive_customers": sum(1 for c in customers if c["status"] == "inactive"),
            "customers_with_outstanding": len({i["customer_id"] for i in owing}),
        },
        "aging_metrics": {
            "total_outstanding": str(outstanding),
            "total_overdue": str(overdue),
            "overdue_percentage": _percent(overdue, outstanding, 0.0),
            "collection_efficiency": _percent(current, outstanding, 100.0),
            "aging_breakdown": aged,
        },
        "recent_activity": _recent(invoices, payments=store.rows("payments", organization_id)),
        "top_customers": top,
        "generated_at": local_now().isoformat(),  # the server's naive local time
    }


def _recent(invoices: list[Record], payments: list[Record], limit: int = 10) -> list[Record]:
    newest = sorted(invoices, key=lambda i: i["created_at"], reverse=True)[: limit // 2]
    activity = [
        {
            "type": "invoice",
            "id": i["id"],
            "description": f"Invoice {i['invoice_number']} created",
            "amount": i["total_amount"],
            "date": i["created_at"],
            "status": i["status"],
        }
        for i in newest
    ]
    activity += [
        {
            "type": "payment",
            "id": p["id"],
            "description": f"Payment received: {p['payment_method']}",
            "amount": p["amount"],
            "date": p["created_at"],
            "status": p["status"],
        }
        for p in sorted(payments, key=lambda p: p["created_at"], reverse=True)[: limit // 2]
    ]
    activity.sort(key=lambda a: a["date"], reverse=True)
    return activity[:limit]


def _top_customers(
    invoices: list[Record], customers: list[Record], company: str, limit: int = 5
) -> list[Record]:
    names = {c["id"]: c.get("name") for c in customers}
    totals: dict[int, list[Decimal]] = defaultdict(lambda: [ZERO, ZERO, Decimal(0)])
    for invoice in invoices:
        if invoice["status"] in BILLED:
            row = totals[invoice["customer_id"]]
            row[0] += Decimal(invoice["total_amount"])
            row[1] += _owed(invoice)
            row[2] += 1
    ranked = sorted(totals.items(), key=lambda kv: kv[1][0], reverse=True)[:limit]
    return [
        {
            "customer_id": cid,
            "name": names.get(cid),
            "company_name": company,
            "total_revenue": str(revenue),
            "invoice_count": int(count),
            "outstanding_amount": str(owed),
        }
        for cid, (revenue, owed, count) in ranked
    ]


@router.get("/aging")
def aging_report(
    request: Request,
    user: Record = Depends(current_user),
    as_of_date: date | None = None,
    customer_id: int | None = Query(None, gt=0),
    include_paid: bool = False,
) -> dict[str, Any]:
    store = store_of(request)
    as_of = as_of_date or local_today()
    return aging(store, user["organization_id"], as_of, customer_id, include_paid)


@router.get("/dashboard")
def dashboard_overview(
    request: Request,
    user: Record = Depends(current_user),
    date_from: date | None = None,
    date_to: date | None = None,
) -> dict[str, Any]:
    date_to = date_to or local_today()
    date_from = date_from or date_to - timedelta(days=30)
    broken = bool(request.app.state.dashboard_500)
    return dashboard(store_of(request), user["organization_id"], date_from, date_to, broken)
