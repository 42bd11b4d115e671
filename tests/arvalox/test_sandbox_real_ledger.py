"""The real-flavour Arvalox sandbox's invoices, payments, reports, demo data and command
behave as the deployed open-source backend's do (real HTTP over loopback)."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest

from arkan_desktop.sandbox.arvalox.real.store import local_today
from arkan_desktop.sandbox.cli import main
from arkan_desktop.sandbox.config import ConfigError, parse_chaos
from tests.support.arvalox_flavours import Deployment, banner_of, start_deployment

TODAY = local_today()  # the server's local date, as its rules use


def walk(http: httpx.Client, rows: str) -> list[dict[str, Any]]:
    """Every record of a list, paged in id order (ids never tie)."""
    out: list[dict[str, Any]] = []
    page = 1
    while True:
        params = {"page": page, "per_page": 100, "sort_by": "id", "sort_order": "asc"}
        answer = http.get(f"/{rows}/", params=params).json()
        out += answer[rows]
        if page >= answer["total_pages"]:
            return out
        page += 1


def invoice_body(number: str, *items: dict[str, Any], **fields: Any) -> dict[str, Any]:
    return {
        "invoice_number": number,
        "customer_id": 1,
        "invoice_date": (TODAY - timedelta(days=40)).isoformat(),
        "due_date": (TODAY - timedelta(days=10)).isoformat(),
        "items": list(items) or [{"description": "Consulting", "quantity": 2, "unit_price": 150}],
        **fields,
    }


def new_invoice(http: httpx.Client, number: str, *items: dict[str, Any]) -> dict[str, Any]:
    answer = http.post("/invoices/", json=invoice_body(number, *items))
    assert answer.status_code == 200, answer.text
    return answer.json()  # type: ignore[no-any-return]


def test_invoice_create_needs_its_dates_and_keeps_no_tax(real_http: httpx.Client) -> None:
    undated = invoice_body("INV-T-0")
    del undated["invoice_date"]
    missing = real_http.post("/invoices/", json=undated).json()["detail"]
    assert [(p["type"], p["loc"]) for p in missing] == [("missing", ["body", "invoice_date"])]
    taxed = invoice_body(
        "INV-T-1",
        {"description": "Consulting", "quantity": 10, "unit_price": 150, "tax_rate": 0.08},
        tax_amount="120.00",
    )
    answer = real_http.post("/invoices/", json=taxed)
    assert answer.status_code == 200  # not 201
    invoice = answer.json()
    assert (invoice["subtotal"], invoice["tax_amount"], invoice["total_amount"]) == (
        "1500.00",
        "0.00",
        "1500.00",
    )
    assert invoice["status"] == "draft" and invoice["paid_amount"] == "0.00"
    assert "tax_rate" not in invoice["items"][0]
    assert invoice["customer"] == {
        "id": 1,
        "name": invoice["customer"]["name"],
        "email": invoice["customer"]["email"],
        "customer_code": "CUST-0001",
    }
    again = real_http.post("/invoices/", json=taxed)
    assert (again.status_code, again.json()) == (
        400,
        {"detail": "Invoice number already exists in your organization"},
    )


def test_item_decimals_and_dates_are_checked(real_http: httpx.Client) -> None:
    fine_price = invoice_body(
        "INV-T-2", {"description": "Bolt", "quantity": 1, "unit_price": 99.955}
    )
    problem = real_http.post("/invoices/", json=fine_price).json()["detail"][0]
    assert (problem["type"], problem["loc"], problem["ctx"]) == (
        "decimal_max_places",
        ["body", "items", 0, "unit_price"],
        {"decimal_places": 2},
    )
    backwards = invoice_body("INV-T-3", due_date=(TODAY - timedelta(days=60)).isoformat())
    problem = real_http.post("/invoices/", json=backwards).json()["detail"][0]
    assert (problem["type"], problem["msg"]) == (
        "value_error",
        "Value error, Due date must be after invoice date",
    )
    empty = real_http.post("/invoices/", json={**invoice_body("INV-T-4"), "items": []})
    assert empty.json()["detail"][0]["type"] == "too_short"


def test_line_totals_come_back_unrounded(real_http: httpx.Client) -> None:
    cable = {"description": "Cable, per metre", "quantity": 2.5, "unit_price": "99.95"}
    invoice = new_invoice(real_http, "INV-T-5", cable)
    item = invoice["items"][0]
    assert (item["quantity"], item["unit_price"], item["line_total"]) == (
        "2.50",
        "99.95",
        "249.8750",
    )
    assert (invoice["subtotal"], invoice["total_amount"]) == ("249.88", "249.88")
    assert (
        real_http.get(f"/invoices/{invoice['id']}").json()["items"][0]["line_total"] == "249.8750"
    )


def test_status_changes_go_through_patch_status(real_http: httpx.Client) -> None:
    invoice = new_invoice(real_http, "INV-T-6")
    sent = real_http.patch(f"/invoices/{invoice['id']}/status", json={"status": "sent"})
    assert sent.status_code == 200 and sent.json()["status"] == "sent"
    assert sent.json()["updated_at"] > invoice["updated_at"]
    back = real_http.patch(f"/invoices/{invoice['id']}/status", json={"status": "draft"})
    assert (back.status_code, back.json()) == (
        400,
        {"detail": "Cannot change status from sent to draft"},
    )
    odd = real_http.patch(f"/invoices/{invoice['id']}/status", json={"status": "posted"})
    assert odd.status_code == 422
    paid = real_http.patch(f"/invoices/{invoice['id']}/status", json={"status": "paid"})
    assert paid.json()["status"] == "paid" and paid.json()["paid_amount"] == "0.00"
    frozen = real_http.put(f"/invoices/{invoice['id']}", json={"notes": "late"})
    assert (frozen.status_code, frozen.json()) == (
        400,
        {"detail": "Cannot update paid or cancelled invoices"},
    )


def test_payments_by_every_method_and_what_they_refuse(real_http: httpx.Client) -> None:
    invoice = new_invoice(real_http, "INV-T-7")  # 300.00
    real_http.patch(f"/invoices/{invoice['id']}/status", json={"status": "sent"})
    methods = ("cash", "check", "bank_transfer", "credit_card", "online")
    for n, method in enumerate(methods):
        body = {
            "invoice_id": invoice["id"],
            "customer_id": 999,  # not a field the server reads
            "amount": "20.50",
            "payment_method": method,
            "payment_date": TODAY.isoformat(),
            "reference_number": f"REF-T-{n}",
        }
        answer = real_http.post("/payments/", json=body, headers={"Idempotency-Key": "same"})
        assert answer.status_code == 200, answer.text
    payment = answer.json()
    assert set(payment) == {
        "payment_date", "amount", "payment_method", "reference_number", "notes", "id",
        "organization_id", "invoice_id", "user_id", "status", "created_at", "updated_at",
    }  # fmt: skip
    assert (payment["amount"], payment["status"]) == ("20.5", "completed")  # through a float
    after = real_http.get(f"/invoices/{invoice['id']}").json()
    assert (after["paid_amount"], after["status"]) == ("102.50", "sent")
    assert after["updated_at"] > invoice["updated_at"]

    def refused(**changes: Any) -> httpx.Response:
        body = {
            "invoice_id": invoice["id"],
            "amount": "1.00",
            "payment_method": "cash",
            "payment_date": TODAY.isoformat(),
            "reference_number": "REF-T-NEW",
            **changes,
        }
        return real_http.post("/payments/", json=body)

    twice = refused(reference_number="REF-T-0")
    assert (twice.status_code, twice.json()) == (
        400,
        {"detail": "Payment reference number already exists in your organization"},
    )
    tomorrow = refused(payment_date=(TODAY + timedelta(days=1)).isoformat()).json()["detail"][0]
    assert tomorrow["msg"] == "Value error, Payment date cannot be in the future"
    assert refused(payment_method="card").json()["detail"][0]["loc"] == ["body", "payment_method"]
    too_much = refused(amount="197.51")
    assert too_much.status_code == 400
    assert too_much.json()["detail"] == (
        "Payment amount ($197.51) exceeds outstanding balance ($197.50)"
    )
    listed = real_http.get("/payments/", params={"invoice_id": invoice["id"]}).json()
    assert listed["total"] == 5


def test_demo_data_holds_what_a_real_deployment_holds(real_http: httpx.Client) -> None:
    invoices = [i for i in walk(real_http, "invoices") if i["invoice_number"].startswith("INV-2")]
    assert len(invoices) == 300
    unrounded = [
        i
        for i in invoices
        if any(
            Decimal(x["line_total"]) != Decimal(x["line_total"]).quantize(Decimal("0.01"))
            for x in i["items"]
        )
    ]
    assert len(unrounded) == 4
    assert {"draft", "sent", "paid", "overdue", "cancelled"} == {i["status"] for i in invoices}
    settled_but_sent = [
        i for i in invoices if i["status"] == "sent" and i["paid_amount"] == i["total_amount"]
    ]
    assert settled_but_sent, "the server never settles a status by itself"
    assert all(i["tax_amount"] == "0.00" for i in invoices)
    customers = walk(real_http, "customers")
    statuses = Counter(c["status"] for c in customers)
    assert statuses["inactive"] > 0 and statuses["suspended"] > 0
    assert any(c["email"] is None for c in customers)
    payments = walk(real_http, "payments")
    assert {p["payment_method"] for p in payments} >= {
        "cash",
        "check",
        "bank_transfer",
        "credit_card",
        "online",
    }
    assert any(p["reference_number"] is None for p in payments)
    assert all(p["payment_date"] <= TODAY.isoformat() for p in payments)


def test_aging_report(real_http: httpx.Client) -> None:
    report = real_http.get("/reports/aging").json()
    buckets = ("current", "days_1_30", "days_31_60", "days_61_90", "days_over_90")
    summary = report["summary"]
    assert list(summary) == [*buckets, "total"]
    assert sum(Decimal(summary[b]["amount"]) for b in buckets) == Decimal(
        summary["total"]["amount"]
    )
    assert sum(summary[b]["count"] for b in buckets) == summary["total"]["count"]
    assert summary["total"]["count"] == len(report["invoice_details"]) == report["total_invoices"]
    per_customer = sum(Decimal(c["total"]) for c in report["customer_summaries"])
    assert per_customer == Decimal(summary["total"]["amount"])
    # Sent, overdue and paid invoices with money owed (a "paid" status does not mean paid).
    assert {d["status"] for d in report["invoice_details"]} <= {"sent", "overdue", "paid"}
    assert report["report_date"] == TODAY.isoformat()
    later = real_http.get("/reports/aging", params={"as_of_date": "2999-01-01"}).json()
    assert later["summary"]["days_over_90"]["count"] == later["summary"]["total"]["count"]


def test_the_dashboard_is_one_nested_document(real_http: httpx.Client) -> None:
    answer = real_http.get("/reports/dashboard")
    assert answer.status_code == 200
    board = answer.json()
    assert set(board) >= {
        "date_range", "revenue_metrics", "invoice_metrics", "payment_metrics",
        "customer_metrics", "aging_metrics", "recent_activity", "top_customers",
    }  # fmt: skip
    assert board["top_customers"] and "name" in board["top_customers"][0]
    assert board["aging_metrics"]["aging_breakdown"]["total"]["amount"]


def test_the_dashboard_500_chaos_mode(tmp_path: Path) -> None:
    deployment = start_deployment(
        tmp_path, "real", seed="empty", chaos=parse_chaos("dashboard-500")
    )
    try:
        with deployment.http() as http:
            http.post("/customers/", json={"customer_code": "C1", "name": "Only Customer"})
            invoice = new_invoice(http, "INV-C-1")
            assert http.get("/reports/dashboard").status_code == 200  # only a draft so far
            http.patch(f"/invoices/{invoice['id']}/status", json={"status": "sent"})
            broken = http.get("/reports/dashboard")
            assert (broken.status_code, broken.text) == (500, "Internal Server Error")
            assert broken.headers["content-type"].startswith("text/plain")
            assert http.get("/reports/aging").json()["summary"]["total"]["count"] == 1
    finally:
        deployment.stop()


def test_chaos_dashboard_500_switch() -> None:
    assert parse_chaos("dashboard-500").dashboard_500
    assert not parse_chaos("seed=3,dashboard-500=off").dashboard_500
    assert not parse_chaos("dashboard-500").active  # no middleware faults for it
    with pytest.raises(ConfigError, match="not on or off"):
        parse_chaos("dashboard-500=maybe")


def test_scale_ten_seeds_three_thousand_invoices(tmp_path: Path) -> None:
    deployment = start_deployment(tmp_path, "real", scale=10)
    try:
        with deployment.http() as http:
            assert http.get("/invoices/", params={"per_page": 1}).json()["total"] == 3000
            assert http.get("/customers/", params={"per_page": 1}).json()["total"] == 600
    finally:
        deployment.stop()


def test_the_command_serves_the_real_flavour(tmp_path: Path) -> None:
    printed = banner_of(tmp_path, "--kind", "arvalox", "--flavour", "real", "--seed", "empty")
    assert "/api/v1" in printed and "owner@arvalox-demo.example.com" in printed
    assert "demo-arvalox-key" not in printed


def test_a_flavour_needs_the_arvalox_kind(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--flavour", "real", "--data", str(tmp_path)]) == 2
    assert "--flavour real is an Arvalox server: add --kind arvalox" in capsys.readouterr().err
    assert main(["--kind", "real", "--data", str(tmp_path)]) == 2
    assert "chosen with --flavour" in capsys.readouterr().err


def test_both_flavours_sign_in_by_email(arvalox_deployment: Deployment) -> None:
    with arvalox_deployment.http() as http:
        listed = http.get("/invoices/", params={"per_page": 5})
        assert listed.status_code == 200 and len(listed.json()["invoices"]) == 5
    assert (arvalox_deployment.api_key is None) == (arvalox_deployment.flavour == "real")
