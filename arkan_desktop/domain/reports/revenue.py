"""Revenue by client and by project for a period, with cost of sales and gross profit.

The rows add up to the profit & loss statement's revenue together with `other_revenue`
(revenue not booked from a customer document: manual entries, gains on disposal).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from arkan_desktop.domain.reports.reading import Answer, amount, count, records, text

REPORT = "revenue report"


@dataclass(frozen=True)
class RevenueRow:
    key: str  # the client's or the project's id; "" for invoices with no project
    name: str  # the client's name, or the project's
    code: str  # the project's code ("" by client)
    client_name: str  # the project's client ("" by client)
    invoice_count: int
    credit_note_count: int
    revenue: Decimal
    cost: Decimal
    gross_profit: Decimal
    share: Decimal  # percent of the period's revenue


@dataclass(frozen=True)
class RevenueReport:
    start: str
    end: str
    currency: str
    rows: tuple[RevenueRow, ...]
    other_revenue: Decimal
    total_revenue: Decimal


def _row(raw: Answer) -> RevenueRow:
    by_project = "projectName" in raw or "projectId" in raw
    return RevenueRow(
        key=text(raw, "projectId" if by_project else "partnerId"),
        name=text(raw, "projectName" if by_project else "partnerName"),
        code=text(raw, "projectCode"),
        client_name=text(raw, "clientName") if by_project else "",
        invoice_count=count(raw, "invoiceCount"),
        credit_note_count=count(raw, "creditNoteCount"),
        revenue=amount(raw, "revenue", REPORT),
        cost=amount(raw, "cost", REPORT),
        gross_profit=amount(raw, "grossProfit", REPORT),
        share=amount(raw, "share", REPORT),
    )


def read_revenue(body: Answer) -> RevenueReport:
    """Revenue by client or by project (the rows say which)."""
    return RevenueReport(
        start=text(body, "from"),
        end=text(body, "to"),
        currency=text(body, "currency"),
        rows=tuple(_row(r) for r in records(body.get("rows"))),
        other_revenue=amount(body, "otherRevenue", REPORT),
        total_revenue=amount(body, "totalRevenue", REPORT),
    )
