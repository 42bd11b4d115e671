"""The Arvalox sandbox speaks the reference: auth forms, lists, writes, errors, limits, reports."""

from __future__ import annotations

import time
from collections import Counter
from decimal import Decimal
from pathlib import Path

import httpx

from arkan_desktop.sandbox.server import SandboxServer
from tests.arvalox.conftest import DEMO_EMAIL, DEMO_KEY, Raw, start_arvalox
from tests.support.arvalox_flavours import banner_of


def test_every_way_of_authenticating(arvalox: SandboxServer) -> None:
    with httpx.Client(base_url=arvalox.api_url) as http:
        assert http.get("/ping", headers={"x-arvalox-api-key": DEMO_KEY}).status_code == 200
        assert http.get("/ping", headers={"X-API-Key": DEMO_KEY}).status_code == 200
        assert http.get("/ping", params={"x_arvalox_api_key": DEMO_KEY}).status_code == 200
        tokens = http.post("/auth/login", json={"email": DEMO_EMAIL, "password": "demo"}).json()
        assert set(tokens) == {"access_token", "refresh_token", "token_type", "expires_in"}
        bearer = {"Authorization": f"Bearer {tokens['access_token']}"}
        assert http.get("/ping", headers=bearer).json()["auth"] == "user"
        again = http.post("/auth/refresh", json={"refresh_token": tokens["refresh_token"]})
        assert again.status_code == 200
        reused = http.post("/auth/refresh", json={"refresh_token": tokens["refresh_token"]})
        assert reused.status_code == 401  # refresh tokens rotate

        bad = http.get("/customers/", headers={"x-arvalox-api-key": "wrong"})
        assert bad.status_code == 401
        assert bad.json()["error_code"] == "INVALID_API_KEY"
        assert set(bad.json()) == {"detail", "error_code", "field_errors"}
        assert http.get("/customers/").json()["error_code"] == "AUTHENTICATION_REQUIRED"
        assert "/customers" in http.get("/openapi.json").json()["paths"]


def test_demo_data_and_the_page_per_page_form(raw: Raw) -> None:
    customers = raw.all("customers")
    invoices = raw.all("invoices")
    payments = raw.all("payments")
    assert len(customers) >= 50 and all(c["tax_id"] for c in customers.values())
    assert len(invoices) >= 200 and len(payments) > 50
    statuses = Counter(i["status"] for i in invoices.values())
    assert {"draft", "overdue", "paid", "partially_paid"} <= set(statuses)
    sample = next(iter(invoices.values()))
    assert sample["items"] and "tax_rate" in sample["items"][0] and "issue_date" in sample
    assert isinstance(sample["total_amount"], Decimal | str) and "updated_at" in sample

    page = raw.ok(raw.get("/invoices", page=2, per_page=7))
    assert (page["page"], page["per_page"], len(page["invoices"])) == (2, 7, 7)
    assert page["total_pages"] == -(-page["total"] // 7)
    newest = raw.ok(raw.get("/invoices", per_page=100, sort_by="updated_at", sort_order="desc"))
    stamps = [i["updated_at"] for i in newest["invoices"]]
    assert stamps == sorted(stamps, reverse=True)


def test_invoice_with_items_and_tax_then_a_payment(raw: Raw) -> None:
    body = {
        "customer_id": 1,
        "invoice_number": "INV-T-0001",
        "issue_date": "2024-01-15",
        "due_date": "2024-02-15",
        "items": [
            {"description": "Consulting", "quantity": 10, "unit_price": 150.00, "tax_rate": 0.08}
        ],
    }
    invoice = raw.ok(raw.post("/invoices/", body))
    assert (invoice["subtotal"], invoice["tax_amount"], invoice["total_amount"]) == (
        "1500.00",
        "120.00",
        "1620.00",
    )
    duplicate = raw.post("/invoices/", body)
    assert duplicate.status_code == 400
    assert "already exists" in duplicate.json()["field_errors"]["invoice_number"][0]

    payment = {"customer_id": 1, "invoice_id": invoice["id"], "amount": "500.00"}
    raw.ok(raw.post("/payments/", payment))
    after = raw.ok(raw.get(f"/invoices/{invoice['id']}"))
    assert (after["status"], after["balance_due"]) == ("partially_paid", "1120.00")
    assert after["updated_at"] > invoice["updated_at"]
    too_much = raw.post("/payments", {**payment, "amount": "5000"})
    assert too_much.status_code == 400 and "amount" in too_much.json()["field_errors"]


def test_validation_errors_name_the_fields(raw: Raw) -> None:
    answer = raw.post("/invoices", {"customer_id": 1, "items": [{"quantity": 0, "unit_price": 1}]})
    assert answer.status_code == 422
    body = answer.json()
    assert body["error_code"] == "VALIDATION_ERROR"
    assert "items.0.quantity" in body["field_errors"]


def test_customers_create_update_and_idempotent_replay(raw: Raw) -> None:
    body = {"customer_code": "CUST-T1", "name": "Test Co", "tax_id": "TX-1"}
    first = raw.ok(raw.post("/customers/", body, **{"Idempotency-Key": "k-1"}))
    replay = raw.ok(raw.post("/customers/", body, **{"Idempotency-Key": "k-1"}))
    assert replay["id"] == first["id"]
    updated = raw.ok(raw.http.put(f"/customers/{first['id']}", json={"name": "Test Co Ltd"}))
    assert updated["name"] == "Test Co Ltd" and updated["tax_id"] == "TX-1"
    assert updated["updated_at"] > first["updated_at"]


def test_reports(raw: Raw) -> None:
    aging = raw.ok(raw.get("/reports/aging"))
    assert [b["label"] for b in aging["buckets"]] == ["current", "1-30", "31-60", "61-90", "90+"]
    total = sum((Decimal(b["amount"]) for b in aging["buckets"]), Decimal(0))
    assert total == Decimal(aging["total_outstanding"])
    dashboard = raw.ok(raw.get("/reports/dashboard"))
    assert dashboard["open_invoices"] > 0 and dashboard["monthly"]


def test_rate_windows_answer_429_with_headers(tmp_path: Path) -> None:
    server = start_arvalox(tmp_path, seed="empty", plan="free", rate_windows=((3, 2.0), (50, 60.0)))
    try:
        with httpx.Client(base_url=server.api_url, headers={"x-arvalox-api-key": DEMO_KEY}) as h:
            # The windows are fixed slots of wall time (like Arvalox's): start at the top of a
            # 2 s slot, or the four requests may straddle two slots and all pass.
            time.sleep(2.0 - time.time() % 2.0)
            answers = [h.get("/ping") for _ in range(4)]
            assert [a.status_code for a in answers[:3]] == [200, 200, 200]
            assert answers[0].headers["x-ratelimit-limit"] == "3"
            assert answers[0].headers["x-ratelimit-limit-hour"] == "50"
            limited = answers[3]
            assert limited.status_code == 429 and int(limited.headers["retry-after"]) >= 1
            assert limited.json()["error_code"] == "RATE_LIMIT_EXCEEDED"
            time.sleep(float(limited.headers["retry-after"]))
            assert h.get("/ping").status_code == 200
    finally:
        server.stop()


def test_the_command_prints_the_demo_key(tmp_path: Path) -> None:
    printed = banner_of(tmp_path, "--flavor", "arvalox", "--seed", "empty")
    assert DEMO_KEY in printed and "/v1" in printed and DEMO_EMAIL in printed
