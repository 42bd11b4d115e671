"""The real-flavour Arvalox sandbox behaves as the deployed open-source backend does: its
root, its sign-in, its errors, its lists and its customers (real HTTP over loopback)."""

from __future__ import annotations

import base64
import json
import time
from pathlib import Path
from typing import Any

import httpx

from tests.support.arvalox_flavours import Deployment, start_deployment


def claims(token: str) -> dict[str, Any]:
    """A JWT's payload, read without verifying it (what any client can see)."""
    payload = token.split(".")[1]
    return json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))  # type: ignore[no-any-return]


def login(http: httpx.Client, deployment: Deployment, **body: str) -> httpx.Response:
    credentials = {"email": deployment.email, "password": deployment.password, **body}
    return http.post(f"{deployment.api_url}/auth/login", json=credentials)


def test_the_api_lives_at_api_v1_with_no_ping_and_nothing_at_v1(real_arvalox: Deployment) -> None:
    assert real_arvalox.api_url.endswith("/api/v1")
    root = real_arvalox.server.url
    with httpx.Client(timeout=30) as http:
        assert http.get(f"{root}/health").json() == {"status": "healthy"}
        gone = http.get(f"{root}/v1/invoices/")
        assert (gone.status_code, gone.json()) == (404, {"detail": "Not Found"})
        assert http.get(f"{real_arvalox.api_url}/ping").status_code == 404
        paths = http.get(f"{root}/openapi.json").json()["paths"]
        assert "/api/v1/invoices/{invoice_id}/status" in paths and "/api/v1/ping" not in paths


def test_sign_in_is_by_email_and_password_only(real_arvalox: Deployment) -> None:
    with httpx.Client(timeout=30) as http:
        tokens = login(http, real_arvalox).json()
        assert set(tokens) == {"access_token", "refresh_token", "token_type", "expires_in"}
        assert (tokens["token_type"], tokens["expires_in"]) == ("bearer", 1800)
        access = claims(tokens["access_token"])
        assert access["type"] == "access" and access["exp"] - access["iat"] == 30 * 60
        assert access["email"] == real_arvalox.email and access["organization_id"] == 1

        wrong = login(http, real_arvalox, password="not-the-password")
        assert (wrong.status_code, wrong.json()) == (401, {"detail": "Incorrect email or password"})
        short = login(http, real_arvalox, password="demo")
        assert short.status_code == 422
        assert short.json() == {
            "detail": [
                {
                    "type": "string_too_short",
                    "loc": ["body", "password"],
                    "msg": "String should have at least 8 characters",
                    "input": "demo",
                    "ctx": {"min_length": 8},
                }
            ]
        }
        local = login(http, real_arvalox, email="admin@arvalox.local")
        assert local.status_code == 422
        assert local.json()["detail"][0]["msg"].startswith("value is not a valid email address")
        # The published flavour's API key is not a credential here.
        keyed = http.get(
            f"{real_arvalox.api_url}/customers/", headers={"x-arvalox-api-key": "demo-arvalox-key"}
        )
        assert (keyed.status_code, keyed.json()) == (403, {"detail": "Not authenticated"})


def test_missing_credentials_are_403_and_bad_tokens_401(real_arvalox: Deployment) -> None:
    url = f"{real_arvalox.api_url}/invoices/"
    with httpx.Client(timeout=30) as http:
        tokens = login(http, real_arvalox).json()
        none = http.get(url)
        assert (none.status_code, none.json()) == (403, {"detail": "Not authenticated"})
        basic = http.get(url, headers={"Authorization": "Basic YTpi"})
        assert basic.status_code == 403
        assert basic.json() == {"detail": "Invalid authentication credentials"}
        for token in ("garbage", tokens["refresh_token"], tokens["access_token"][:-3] + "abc"):
            bad = http.get(url, headers={"Authorization": f"Bearer {token}"})
            assert bad.status_code == 401, token
            assert bad.json() == {"detail": "Could not validate credentials"}
            assert bad.headers["www-authenticate"] == "Bearer"


def test_refresh_answers_a_new_pair_and_the_old_refresh_token_keeps_working(
    real_arvalox: Deployment,
) -> None:
    api = real_arvalox.api_url
    with httpx.Client(timeout=30) as http:
        first = login(http, real_arvalox).json()
        again = http.post(f"{api}/auth/refresh", json={"refresh_token": first["refresh_token"]})
        assert (
            again.status_code == 200 and claims(again.json()["refresh_token"])["type"] == "refresh"
        )
        bearer = {"Authorization": f"Bearer {again.json()['access_token']}"}
        assert http.get(f"{api}/auth/me", headers=bearer).status_code == 200
        # Stateless JWTs: nothing revokes the refresh token that was traded in.
        reused = http.post(f"{api}/auth/refresh", json={"refresh_token": first["refresh_token"]})
        assert reused.status_code == 200
        wrong = http.post(f"{api}/auth/refresh", json={"refresh_token": first["access_token"]})
        assert (wrong.status_code, wrong.json()) == (401, {"detail": "Invalid refresh token"})


def test_an_expired_access_token_is_401(tmp_path: Path) -> None:
    deployment = start_deployment(tmp_path, "real", seed="empty", access_ttl=1)
    try:
        with httpx.Client(base_url=deployment.api_url, timeout=30) as http:
            tokens = login(http, deployment).json()
            assert tokens["expires_in"] == 1
            bearer = {"Authorization": f"Bearer {tokens['access_token']}"}
            assert http.get("/auth/me", headers=bearer).status_code == 200
            deadline = time.monotonic() + 10
            answer = http.get("/auth/me", headers=bearer)
            while answer.status_code == 200 and time.monotonic() < deadline:
                time.sleep(0.2)
                answer = http.get("/auth/me", headers=bearer)
            assert (answer.status_code, answer.json()) == (
                401,
                {"detail": "Could not validate credentials"},
            )
    finally:
        deployment.stop()


def test_me_and_my_organization(real_http: httpx.Client, real_arvalox: Deployment) -> None:
    me = real_http.get("/auth/me").json()
    assert me == {
        "id": 1,
        "email": real_arvalox.email,
        "first_name": "Demo",
        "last_name": "Owner",
        "role": "owner",
        "organization_id": 1,
        "is_active": True,
        "organization_name": "Arvalox Demo Receivables",
    }
    organization = real_http.get("/auth/me/organization").json()
    assert organization["id"] == 1 and organization["currency_code"] == "USD"
    assert set(organization) == {
        "id",
        "name",
        "slug",
        "email",
        "phone",
        "address",
        "currency_code",
        "currency_symbol",
        "currency_name",
        "created_at",
        "updated_at",
    }


def test_lists_page_with_offsets_at_the_trailing_slash(real_http: httpx.Client) -> None:
    for rows in ("customers", "invoices", "payments"):
        page = real_http.get(f"/{rows}/", params={"page": 2, "per_page": 7}).json()
        assert set(page) == {rows, "total", "page", "per_page", "total_pages"}
        assert (page["page"], page["per_page"], len(page[rows])) == (2, 7, 7)
        assert page["total_pages"] == -(-page["total"] // 7)
        assert all(isinstance(r["id"], int) for r in page[rows])
        moved = real_http.get(f"/{rows}", params={"page": 2})
        assert moved.status_code == 307
        assert moved.headers["location"].endswith(f"/api/v1/{rows}/?page=2")
    too_many = real_http.get("/invoices/", params={"per_page": 101})
    assert too_many.status_code == 422
    problem = too_many.json()["detail"][0]
    assert (problem["type"], problem["loc"], problem["ctx"]) == (
        "less_than_equal",
        ["query", "per_page"],
        {"le": 100},
    )
    assert real_http.get("/invoices/", params={"page": 0}).status_code == 422
    assert real_http.post("/customers", json={}).status_code == 307


def test_no_rate_limit_headers_and_no_rate_limiting(real_http: httpx.Client) -> None:
    # The published plan allows 50 a minute; the real server counts nothing.
    answers = [real_http.get("/customers/", params={"per_page": 1}) for _ in range(80)]
    assert {a.status_code for a in answers} == {200}
    names = {name.lower() for a in answers for name in a.headers}
    assert not {n for n in names if n.startswith("x-ratelimit") or n == "retry-after"}


def test_sorting_by_updated_at_has_no_tie_breaker(real_http: httpx.Client) -> None:
    ordered = real_http.get("/invoices/", params={"sort_by": "updated_at", "per_page": 100})
    stamps = [i["updated_at"] for i in ordered.json()["invoices"]]
    assert stamps == sorted(stamps, reverse=True)  # the default order is desc
    # The demo customers were imported in one transaction: one shared updated_at.
    walked: list[int] = []
    page, pages = 1, 1
    while page <= pages:
        answer = real_http.get(
            "/customers/",
            params={"sort_by": "updated_at", "sort_order": "asc", "page": page, "per_page": 7},
        ).json()
        walked += [c["id"] for c in answer["customers"]]
        page, pages = page + 1, answer["total_pages"]
    every = {
        c["id"] for c in real_http.get("/customers/", params={"per_page": 100}).json()["customers"]
    }
    assert len(walked) == len(every)
    assert len(set(walked)) < len(walked), "some customer should come twice"
    assert every - set(walked), "and some never"
    same = {"sort_by": "updated_at", "page": 3, "per_page": 7}
    assert (
        real_http.get("/customers/", params=same).json()
        == real_http.get("/customers/", params=same).json()
    )


def test_customers_statuses_credit_limits_and_codes(real_http: httpx.Client) -> None:
    body = {"customer_code": "CUST-T-1", "name": "Test Co", "credit_limit": 2500.5}
    created = real_http.post("/customers/", json=body, headers={"Idempotency-Key": "k-1"})
    assert created.status_code == 200
    customer = created.json()
    assert customer["credit_limit"] == 2500.5 and customer["status"] == "active"
    assert '"credit_limit":2500.5' in created.text  # a JSON number, not a string
    replay = real_http.post("/customers/", json=body, headers={"Idempotency-Key": "k-1"})
    assert (replay.status_code, replay.json()) == (
        400,
        {"detail": "Customer code already exists in your organization"},
    )
    blocked = real_http.post("/customers/", json={"customer_code": "X", "status": "blocked"})
    assert (
        blocked.status_code == 422
        and blocked.json()["detail"][0]["type"] == "string_pattern_mismatch"
    )
    for status in ("inactive", "suspended"):
        listed = real_http.get("/customers/", params={"status": status, "per_page": 100}).json()
        assert listed["total"] > 0 and {c["status"] for c in listed["customers"]} == {status}


def test_renaming_a_customer_leaves_its_invoices_updated_at(real_http: httpx.Client) -> None:
    invoice = real_http.get("/invoices/", params={"per_page": 1}).json()["invoices"][0]
    customer_id = invoice["customer_id"]
    before = real_http.get(f"/customers/{customer_id}").json()
    renamed = real_http.put(f"/customers/{customer_id}", json={"name": "Renamed Trading"}).json()
    assert renamed["name"] == "Renamed Trading" and renamed["updated_at"] > before["updated_at"]
    after = real_http.get(f"/invoices/{invoice['id']}").json()
    assert after["customer"]["name"] == "Renamed Trading"
    assert after["updated_at"] == invoice["updated_at"]
    unchanged = real_http.put(f"/customers/{customer_id}", json={"name": "Renamed Trading"}).json()
    assert unchanged["updated_at"] == renamed["updated_at"]  # nothing changed, nothing stamped


def test_errors_are_fastapi_defaults(real_http: httpx.Client) -> None:
    missing = real_http.get("/invoices/999999")
    assert (missing.status_code, missing.json()) == (404, {"detail": "Invoice not found"})
    nowhere = real_http.get("/no-such-thing")
    assert (nowhere.status_code, nowhere.json()) == (404, {"detail": "Not Found"})
    wrong_method = real_http.patch("/customers/")
    assert (wrong_method.status_code, wrong_method.json()) == (
        405,
        {"detail": "Method Not Allowed"},
    )
    not_a_number = real_http.get("/invoices/abc").json()["detail"][0]
    assert (not_a_number["type"], not_a_number["loc"]) == ("int_parsing", ["path", "invoice_id"])
