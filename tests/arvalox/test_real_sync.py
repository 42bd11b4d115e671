"""A first sync of thousands of invoices from a real Arvalox deployment (the open-source
backend as deployed, issue 15), and its reports: nothing dropped (not even invoices whose
line totals have more decimals than the currency), money exact, totals the server's,
aging as the server computes it, and one report failing without hiding the other."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from arkan_desktop.api.arvalox import ArvaloxConnector
from arkan_desktop.api.arvalox_reports import BUCKETS
from arkan_desktop.sandbox.arvalox.real.store import local_today
from arkan_desktop.sandbox.config import parse_chaos
from arkan_desktop.store.models import Invoice, InvoiceLine
from tests.arvalox.conftest import Truth, run, syncing
from tests.support.arvalox_flavours import Deployment, start_deployment

SCALE = 7  # 2,100 invoices, 28 of them with a line total finer than a cent


@pytest.fixture(scope="module")
def thousands(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Deployment]:
    deployment = start_deployment(tmp_path_factory.mktemp("arvalox-real-big"), "real", scale=SCALE)
    yield deployment
    deployment.stop()


def _owed(invoice: dict[str, Any]) -> Decimal:
    return Decimal(invoice["total_amount"]) - Decimal(invoice["paid_amount"])


def test_thousands_of_invoices_arrive_whole_with_money_exact(
    thousands: Deployment, tmp_path: Path
) -> None:
    truth = Truth(thousands)
    server = truth.all("invoices")

    async def body() -> tuple[dict[str, list[str]], dict[str, int], int, list[int]]:
        async with syncing(thousands, tmp_path) as service:
            summary = await service.sync_all()
            counts = {r: service.cache.count(r) for r in ("customers", "invoices", "payments")}
            with service.cache.reading() as session:
                total = session.scalar(select(func.sum(Invoice.total_minor))) or 0
                fine = session.scalars(
                    select(InvoiceLine.subtotal_minor).where(
                        InvoiceLine.description == "Cable, per metre"
                    )
                ).all()
            mismatched = [
                record_id
                for record_id, wire in server.items()
                if (mine := service.cache.get("invoices", record_id)) is None
                or mine["arvalox"] != wire
                or Decimal(mine["total"]) != Decimal(wire["total_amount"])
                or Decimal(mine["amountDue"]) != _owed(wire)
            ]
            return summary.errors, counts, total, [*fine, len(mismatched)]

    try:
        errors, counts, total_minor, (*fine_lines, mismatched) = run(body(), timeout=180)
        assert len(server) == 300 * SCALE
        assert errors == {} and mismatched == 0
        assert counts == {
            "customers": len(truth.all("customers")),
            "invoices": len(server),
            "payments": len(truth.all("payments")),
        }
        assert total_minor == sum(Decimal(i["total_amount"]) for i in server.values()) * 100
        unrounded = [
            item["line_total"]
            for invoice in server.values()
            for item in invoice["items"]
            if Decimal(item["line_total"]) != Decimal(item["line_total"]).quantize(Decimal("0.01"))
        ]
        assert len(unrounded) >= 2 * SCALE and "249.8750" in unrounded  # 2.50 x 99.95
        assert 24988 in fine_lines  # the typed column's copy, rounded; the raw keeps 249.8750
    finally:
        truth.close()


def test_aging_is_the_servers(thousands: Deployment, tmp_path: Path) -> None:
    truth = Truth(thousands)
    as_of = local_today()
    amounts: defaultdict[str, Decimal] = defaultdict(Decimal)
    counts: Counter[str] = Counter()
    for invoice in truth.all("invoices").values():
        if invoice["status"] not in ("sent", "overdue", "paid") or _owed(invoice) <= 0:
            continue
        days = (as_of - date.fromisoformat(invoice["due_date"])).days
        label = next(
            (
                label
                for limit, (_, label) in zip((0, 30, 60, 90), BUCKETS, strict=False)
                if days <= limit
            ),
            "90+",
        )
        amounts[label] += _owed(invoice)
        counts[label] += 1

    async def body() -> tuple[dict[str, Any], dict[str, Any]]:
        async with syncing(thousands, tmp_path) as service:
            connector = service.connector
            assert isinstance(connector, ArvaloxConnector)
            return await connector.aging_report(), await connector.dashboard()

    try:
        aging, dashboard = run(body())
        got = {b["label"]: (b["amount"], b["count"]) for b in aging["buckets"]}
        assert got == {label: (amounts[label], counts[label]) for _, label in BUCKETS}
        assert aging["total_outstanding"] == sum(amounts.values())
        assert aging["currency"] == "USD" and aging["as_of"] == as_of.isoformat()
        assert sum(c["total"] for c in aging["customers"]) == aging["total_outstanding"]
        # The dashboard in the shape the Reports tab reads: its figures, nothing made up.
        assert dashboard["total_outstanding"] == aging["total_outstanding"]
        assert isinstance(dashboard["open_invoices"], int) and dashboard["monthly"] == []
        figures = {k for k in dashboard if k not in ("as_of", "currency", "monthly", "arvalox")}
        assert figures == {
            "total_outstanding",
            "overdue_amount",
            "open_invoices",
            "overdue_invoices",
            "total_customers",
            "collected_last_30_days",
        }
    finally:
        truth.close()


def test_a_dashboard_that_fails_does_not_hide_the_aging(tmp_path: Path) -> None:
    # The deployed dashboard answers 500 for any organisation with a sent invoice.
    chaos = parse_chaos("dashboard-500")
    deployment = start_deployment(tmp_path / "server", "real", chaos=chaos)

    async def body() -> Any:
        async with syncing(deployment, tmp_path) as service:
            assert isinstance(service.connector, ArvaloxConnector)
            return await service.connector.both_reports()

    try:
        reports = run(body())
    finally:
        deployment.stop()
    assert reports.dashboard is None and reports.failures == {
        "dashboard": "The server ran into an error"
    }
    assert reports.aging is not None and reports.aging["total_outstanding"] > 0
