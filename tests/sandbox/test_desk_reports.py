"""Cash flow, revenue by client and project, budget vs actual and the VAT 201 return: each
agrees to the fil with sums over the demo ledger's posted journal lines."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import httpx
import pytest

from arkan_desktop.sandbox.server import SandboxServer
from tests.sandbox.conftest import COMPANY_2, Api

YEAR = datetime.now(UTC).date().year
PERIOD = {"from": f"{YEAR}-01-01", "to": datetime.now(UTC).date().isoformat()}


@pytest.fixture(scope="module")
def ledger(fresh: SandboxServer) -> dict[str, Any]:
    """The demo books as a client would read them: accounts, posted lines, documents."""
    api = Api(fresh, "accountant@demo.local")
    try:
        accounts = {a["id"]: a for a in api.all("/accounting/accounts")}
        entries = api.all("/accounting/journal-entries", state="posted")
        invoices = {i["id"]: i for i in api.all("/accounting/invoices")}
    finally:
        api.close()
    return {"accounts": accounts, "entries": entries, "invoices": invoices}


def _sum(ledger: dict[str, Any], keep: Any, first: str = "", last: str = "9999") -> Decimal:
    """Credit less debit over posted lines dated first..last that `keep(entry, line)`."""
    total = Decimal(0)
    for entry in ledger["entries"]:
        if first <= entry["date"] <= last:
            for line in entry["lines"]:
                if keep(entry, line):
                    total += Decimal(line["credit"]) - Decimal(line["debit"])
    return total


def _of(ledger: dict[str, Any], line: dict[str, Any]) -> dict[str, Any]:
    return ledger["accounts"][line["accountId"]]  # type: ignore[no-any-return]


def test_the_cash_flow_statement_agrees_with_the_cash_and_bank_accounts(
    books: Api, ledger: dict[str, Any]
) -> None:
    report = books.ok(books.get("/accounting/reports/cash-flow", **PERIOD))

    def is_cash(_e: dict[str, Any], line: dict[str, Any]) -> bool:
        return _of(ledger, line)["subtype"] in ("cash", "bank")

    closing = -_sum(ledger, is_cash, last=PERIOD["to"])
    opening = -_sum(ledger, is_cash, last=f"{YEAR - 1}-12-31")
    assert (Decimal(report["openingCash"]), Decimal(report["closingCash"])) == (opening, closing)
    sections = sum(Decimal(report[s]["total"]) for s in ("operating", "investing", "financing"))
    assert sections == Decimal(report["netChange"]) == closing - opening
    assert report["balanced"] is True
    for section in ("operating", "investing", "financing"):
        lines = sum(Decimal(x["amount"]) for x in report[section]["lines"])
        assert lines == Decimal(report[section]["total"]), section
    pnl = books.ok(books.get("/accounting/reports/profit-loss", **PERIOD))
    assert report["netProfit"] == pnl["netProfit"]
    labels = {x["label"] for x in report["operating"]["lines"]}
    assert "Non-cash: Depreciation Expense" in labels  # the demo's assets depreciate
    assert Decimal(report["financing"]["total"]) > 0  # the opening capital
    # A period split in two: the first half's closing cash is the second's opening.
    first = books.ok(
        books.get(
            "/accounting/reports/cash-flow", **{"from": f"{YEAR}-01-01", "to": f"{YEAR}-03-31"}
        )
    )
    rest = books.ok(
        books.get("/accounting/reports/cash-flow", **{"from": f"{YEAR}-04-01", "to": PERIOD["to"]})
    )
    assert first["closingCash"] == rest["openingCash"]
    assert Decimal(first["netChange"]) + Decimal(rest["netChange"]) == Decimal(report["netChange"])


def test_revenue_by_client_and_by_project_add_up_to_the_ledger(
    books: Api, ledger: dict[str, Any]
) -> None:
    invoices = ledger["invoices"]

    def revenue(doc_filter: Any) -> Decimal:
        def keep(entry: dict[str, Any], line: dict[str, Any]) -> bool:
            doc = invoices.get(entry.get("sourceId") or "")
            return (
                _of(ledger, line)["type"] == "revenue"
                and entry["sourceType"] == "invoice"
                and doc is not None
                and doc["type"] in ("out_invoice", "out_refund")
                and doc_filter(doc)
            )

        return _sum(ledger, keep, PERIOD["from"], PERIOD["to"])

    pnl = books.ok(books.get("/accounting/reports/profit-loss", **PERIOD))
    by_client = books.ok(books.get("/accounting/reports/revenue-by-client", **PERIOD))
    assert by_client["totalRevenue"] == pnl["totalRevenue"]
    rows = by_client["rows"]
    assert sum(Decimal(r["revenue"]) for r in rows) + Decimal(by_client["otherRevenue"]) == Decimal(
        pnl["totalRevenue"]
    )
    top = rows[0]
    assert Decimal(top["revenue"]) == revenue(lambda d: d["partnerId"] == top["partnerId"])
    assert Decimal(top["grossProfit"]) == Decimal(top["revenue"]) - Decimal(top["cost"])

    by_project = books.ok(books.get("/accounting/reports/revenue-by-project", **PERIOD))
    assert by_project["totalRevenue"] == pnl["totalRevenue"]
    projects = {p["id"]: p for p in books.all("/projects")}
    billed = [r for r in by_project["rows"] if r["projectId"]]
    assert len(billed) == len(projects) == 6
    for row in billed:
        assert row["projectCode"] == projects[row["projectId"]]["code"]
        assert Decimal(row["revenue"]) == revenue(
            lambda d, p=row["projectId"]: d.get("projectId") == p
        )
        listed = books.all("/accounting/invoices", projectId=row["projectId"])
        booked = [i for i in listed if i["type"] == "out_invoice" and i["state"] != "draft"]
        assert row["invoiceCount"] == len(booked)  # drafts are billed to it, not yet booked
    [unbilled] = [r for r in by_project["rows"] if not r["projectId"]]
    assert unbilled["projectName"] == "No project"


def test_budget_vs_actual_compares_each_month_with_the_ledger(
    books: Api, ledger: dict[str, Any]
) -> None:
    [budget] = books.ok(books.get("/accounting/budgets", year=str(YEAR)))["data"]
    report = books.ok(books.get("/accounting/reports/budget-vs-actual", **PERIOD))
    assert report["budgetId"] == budget["id"]
    pnl = books.ok(books.get("/accounting/reports/profit-loss", **PERIOD))
    assert report["totals"]["revenue"]["actual"] == pnl["totalRevenue"]
    assert report["totals"]["expense"]["actual"] == pnl["totalExpenses"]
    assert report["totals"]["netProfit"]["actual"] == pnl["netProfit"]
    months = set(report["months"])
    for row in report["rows"][:5]:
        planned = sum(
            Decimal(x["amount"])
            for x in budget["lines"]
            if x["accountId"] == row["accountId"] and x["period"] in months
        )
        assert Decimal(row["budget"]) == planned
        sign = 1 if row["type"] == "revenue" else -1
        booked = sign * _sum(
            ledger,
            lambda _e, x, a=row["accountId"]: x["accountId"] == a,
            PERIOD["from"],
            PERIOD["to"],
        )
        assert Decimal(row["actual"]) == booked
        assert sum(Decimal(m["actual"]) for m in row["months"]) == booked
        assert Decimal(row["variance"]) == Decimal(row["actual"]) - Decimal(row["budget"])


def test_a_budget_of_ones_own_is_made_and_compared(books: Api) -> None:
    client = books.ok(books.post("/crm/clients", {"name": "Budget test client"}))
    invoice = books.ok(
        books.post(
            "/accounting/invoices",
            {
                "partnerId": client["id"],
                "date": "2024-07-10",
                "lines": [
                    {
                        "description": "Survey",
                        "unitPrice": "600",
                        "accountId": next(
                            a["id"]
                            for a in books.all("/accounting/accounts")
                            if a["code"] == "4900"
                        ),
                    }
                ],
            },
        )
    )
    books.ok(books.post(f"/accounting/invoices/{invoice['id']}/post"))
    bad = books.post(
        "/accounting/budgets",
        {
            "year": 2024,
            "lines": [
                {"accountCode": "1010", "period": "2024-07", "amount": "5"},
                {"accountCode": "4900", "period": "2025-01", "amount": "5"},
                {"accountCode": "4900", "period": "2024-07", "amount": "5"},
                {"accountCode": "4900", "period": "2024-07", "amount": "6"},
            ],
        },
    )
    assert bad.status_code == 400
    assert [e["field"] for e in bad.json()["errors"]] == [
        "lines[0].accountId",
        "lines[1].period",
        "lines[3].period",
    ]
    budget = books.ok(
        books.post(
            "/accounting/budgets",
            {
                "name": "Lean 2024",
                "year": 2024,
                "lines": [{"accountCode": "4900", "period": "2024-07", "amount": "1000"}],
            },
        )
    )
    assert (
        books.post(
            "/accounting/budgets",
            {
                "name": "lean 2024",
                "year": 2024,
                "lines": [{"accountCode": "4900", "period": "2024-07", "amount": "1"}],
            },
        ).status_code
        == 409
    )
    report = books.ok(
        books.get(
            "/accounting/reports/budget-vs-actual",
            **{"from": "2024-07-01", "to": "2024-07-31"},
            budgetId=budget["id"],
        )
    )
    [row] = report["rows"]
    assert (
        row["code"],
        row["budget"],
        row["actual"],
        row["variance"],
        row["variancePercent"],
        row["favourable"],
    ) == ("4900", "1000.00", "600.00", "-400.00", "-40.00", False)
    across = books.get(
        "/accounting/reports/budget-vs-actual", **{"from": "2024-12-01", "to": "2025-01-31"}
    )
    assert across.status_code == 400
    none = books.get(
        "/accounting/reports/budget-vs-actual", **{"from": "2019-01-01", "to": "2019-01-31"}
    )
    assert none.status_code == 404


def test_the_vat_return_agrees_with_the_vat_accounts(books: Api, ledger: dict[str, Any]) -> None:
    report = books.ok(books.get("/accounting/reports/tax", **PERIOD))
    boxes = {b["box"]: b for b in report["vat201"]["boxes"]}
    assert list(boxes) == ["1a", "1b", "1c", "1d", "1e", "1f", "1g", *map(str, range(2, 15))]

    def on(code: str) -> Any:
        return lambda _e, line: _of(ledger, line)["code"] == code

    output = _sum(ledger, on("2200"), PERIOD["from"], PERIOD["to"])
    input_ = -_sum(ledger, on("1410"), PERIOD["from"], PERIOD["to"])
    emirates = [boxes[b] for b in ("1a", "1b", "1c", "1d", "1e", "1f", "1g")]
    assert sum(Decimal(b["vat"]) for b in emirates) == output == Decimal(report["outputVat"])
    assert Decimal(boxes["9"]["vat"]) == input_ == Decimal(report["inputVat"])
    assert Decimal(boxes["1a"]["amount"]) > 0 and Decimal(boxes["1b"]["amount"]) > 0  # AUH, DXB
    assert boxes["1e"]["amount"] == "0.00"  # no client in Umm Al Quwain
    assert Decimal(boxes["4"]["amount"]) > 0 and Decimal(boxes["5"]["amount"]) > 0
    assert boxes["3"]["vat"] == boxes["10"]["vat"] != "0.00"  # reverse charge nets out
    supplies = [*emirates, *(boxes[b] for b in ("2", "3", "4", "5", "6", "7"))]
    assert Decimal(boxes["8"]["amount"]) == sum(Decimal(b["amount"]) for b in supplies)
    assert Decimal(boxes["12"]["vat"]) - Decimal(boxes["13"]["vat"]) == Decimal(boxes["14"]["vat"])
    assert Decimal(boxes["14"]["vat"]) == output - input_  # the reverse charge cancels out
    for box in boxes.values():
        if box["documents"]:
            assert sum(Decimal(d["amount"]) for d in box["documents"]) == Decimal(box["amount"])
    exempt = boxes["5"]["documents"][0]
    invoice = ledger["invoices"][exempt["documentId"]]
    assert invoice["lines"][0]["sku"] == "FIN-INTEREST"
    exported = {ledger["invoices"][d["documentId"]]["partnerName"] for d in boxes["4"]["documents"]}
    assert "Riyadh Build Supplies Co." in exported

    books.company_id = COMPANY_2
    kuwait = books.ok(books.get("/accounting/reports/tax", **PERIOD))
    assert (kuwait["taxRegistered"], kuwait["vat201"]) == (False, None)


def test_every_demo_partner_has_contacts(books: Api) -> None:
    contacts = books.all("/crm/contacts")
    by_partner: dict[str, int] = defaultdict(int)
    for contact in contacts:
        by_partner[contact["partnerId"]] += 1
    for kind, path in (("client", "/crm/clients"), ("vendor", "/inventory/vendors")):
        for partner in books.all(path):
            if partner["createdAt"] >= PERIOD["to"]:
                continue  # made today by a test, not by the seeder
            assert by_partner[partner["id"]] >= 1, (kind, partner["name"])
    assert any(c.get("creditLimit") for c in books.all("/crm/clients"))


PUBLISHED = [
    ("get", "/accounting/reports/cash-flow"),
    ("get", "/accounting/reports/revenue-by-client"),
    ("get", "/accounting/reports/revenue-by-project"),
    ("get", "/accounting/reports/budget-vs-actual"),
    ("get", "/accounting/reports/tax"),
    ("get", "/projects"),
    ("post", "/projects"),
    ("get", "/projects/{project_id}"),
    ("post", "/accounting/payments/{payment_id}/allocate"),
]
ASSUMED = [
    ("patch", "/accounting/invoices/{invoice_id}"),
    ("patch", "/accounting/journal-entries/{entry_id}"),
    ("patch", "/accounting/payments/{payment_id}"),
    ("patch", "/inventory/purchase-orders/{order_id}"),
    ("patch", "/crm/clients/{client_id}"),
    ("patch", "/inventory/vendors/{vendor_id}"),
    ("post", "/crm/contacts"),
    ("get", "/accounting/budgets"),
    ("post", "/accounting/budgets"),
    ("get", "/accounting/budgets/{budget_id}"),
    ("get", "/notifications"),
    ("post", "/notifications/{notification_id}/read"),
    ("post", "/notifications/read-all"),
    ("get", "/presence"),
]


def test_openapi_marks_the_desks_assumed_paths(fresh: SandboxServer) -> None:
    paths = httpx.get(f"{fresh.api_url}/openapi.json").json()["paths"]
    for method, path in PUBLISHED:
        assert "assumed" not in paths[f"/api/v1{path}"][method]["tags"], path
    for method, path in ASSUMED:
        assert "assumed" in paths[f"/api/v1{path}"][method]["tags"], path
