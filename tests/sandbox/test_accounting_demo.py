"""The demo books: hundreds of invoices in every state, payments, entries; they balance."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from pathlib import Path

from arkan_desktop.sandbox.server import SandboxServer
from tests.conftest import start_sandbox
from tests.sandbox.conftest import COMPANY_2, Api


def test_hundreds_of_customer_invoices_in_every_state(books: Api) -> None:
    invoices = books.all("/accounting/invoices", type="out_invoice")
    assert len(invoices) >= 300
    states = Counter(i["state"] for i in invoices)
    assert {"draft", "posted", "paid", "cancelled"} <= set(states)
    assert Counter(i["paymentState"] for i in invoices)["partial"] > 0
    notes = books.all("/accounting/invoices", type="out_refund")
    assert len(notes) == states["cancelled"]
    assert {n["originalInvoiceId"] for n in notes} == {
        i["id"] for i in invoices if i["state"] == "cancelled"
    }
    # Numbers run with the dates, and history is spread over the year.
    dated = sorted(invoices, key=lambda i: i["number"])
    assert [i["date"] for i in dated] == sorted(i["date"] for i in invoices)
    assert len({i["date"][:7] for i in invoices}) >= 3
    for invoice in invoices:
        assert (
            Decimal(invoice["amountPaid"]) + Decimal(invoice["amountDue"])
            == Decimal(invoice["total"])
            or invoice["state"] == "cancelled"
        )


def test_bills_payments_and_manual_entries(books: Api) -> None:
    bills = books.all("/accounting/invoices", type="in_invoice")
    assert len(bills) >= 30
    assert {"posted", "paid"} <= {b["state"] for b in bills}
    payments = books.all("/accounting/payments")
    posted = [p for p in payments if p["state"] == "posted"]
    assert len(posted) >= 150
    assert {"inbound", "outbound"} <= {p["type"] for p in posted}
    assert any(p["allocations"] for p in posted)
    assert any(Decimal(p["amountUnallocated"]) > 0 for p in posted)
    assert any(p["state"] == "draft" for p in payments)
    manual = books.all("/accounting/journal-entries", sourceType="manual")
    assert any(e["memo"] == "Opening capital" for e in manual)
    assert any(e["state"] == "draft" for e in manual)
    assert len([e for e in manual if e["state"] == "posted"]) >= 3


def test_the_demo_books_balance_and_the_bank_is_in_credit(books: Api) -> None:
    sheet = books.ok(books.get("/accounting/reports/balance-sheet"))
    assert sheet["balanced"] is True
    bank = {a["code"]: Decimal(a["amount"]) for a in sheet["assets"]}
    assert bank["1010"] > 0
    profit = books.ok(books.get("/accounting/reports/profit-loss"))
    assert Decimal(profit["totalRevenue"]) > 0 and Decimal(profit["totalExpenses"]) > 0
    aged = books.ok(books.get("/accounting/reports/aged-receivables"))
    overdue = sum(
        Decimal(aged["totals"][k]) for k in ("days1to30", "days31to60", "days61to90", "days90plus")
    )
    assert overdue > 0
    # Receivables in the ledger = open invoices less money received on account.
    receivable = bank["1200"]
    on_account = sum(
        Decimal(p["amountUnallocated"])
        for p in books.all("/accounting/payments", type="inbound", state="posted")
    )
    assert receivable == Decimal(aged["totals"]["total"]) - on_account


def test_the_kuwait_company_has_its_own_books_in_kwd(fresh: SandboxServer) -> None:
    kuwait = Api(fresh, "accountant@demo.local", COMPANY_2)
    try:
        page = kuwait.ok(kuwait.get("/accounting/invoices", type="out_invoice", limit=5))
        sheet = kuwait.ok(kuwait.get("/accounting/reports/balance-sheet"))
    finally:
        kuwait.close()
    assert page["meta"]["total"] >= 300
    assert all(i["currency"] == "KWD" and len(i["total"].split(".")[1]) == 3 for i in page["data"])
    assert sheet["balanced"] is True


def test_seeding_is_deterministic(tmp_path: Path, books: Api) -> None:
    again = start_sandbox(tmp_path)
    try:
        other = Api(again, "accountant@demo.local")
        mine = books.ok(books.get("/accounting/invoices", sort="date", order="asc", limit=20))
        theirs = other.ok(other.get("/accounting/invoices", sort="date", order="asc", limit=20))
        other.close()
    finally:
        again.stop()
    assert [(i["id"], i["number"], i["total"], i["state"]) for i in mine["data"]] == [
        (i["id"], i["number"], i["total"], i["state"]) for i in theirs["data"]
    ]
