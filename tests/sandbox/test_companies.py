"""Company context: X-Company-Id rules, roles, and data isolation per company and tenant."""

from __future__ import annotations

import uuid

import httpx

from arkan_desktop.sandbox.server import SandboxServer
from tests.sandbox.conftest import COMPANY_1, COMPANY_2, OTHER_COMPANY, Api


def test_companies_lists_the_users_companies_with_role(admin: Api, storekeeper: Api) -> None:
    admin.company_id = None
    names = {c["name"]: c for c in admin.ok(admin.get("/companies"))["data"]}
    assert set(names) == {"Arkan Demo Trading LLC", "Arkan Demo Kuwait W.L.L."}
    assert names["Arkan Demo Kuwait W.L.L."]["currency"] == "KWD"
    assert all(c["role"] == "admin" for c in names.values())
    storekeeper.company_id = None
    mine = storekeeper.ok(storekeeper.get("/companies"))
    assert [c["id"] for c in mine["data"]] == [COMPANY_1]
    assert mine["meta"] == {"total": 1, "limit": 25, "cursor": None, "hasMore": False}


def test_missing_company_header_is_400(admin: Api) -> None:
    admin.company_id = None
    response = admin.get("/crm/clients")
    assert response.status_code == 400
    assert response.json()["errors"] == [
        {"field": "X-Company-Id", "message": "is required for this endpoint"}
    ]


def test_a_company_of_another_tenant_is_forbidden(admin: Api) -> None:
    admin.company_id = OTHER_COMPANY
    assert admin.get("/crm/clients").status_code == 403
    admin.company_id = str(uuid.uuid4())
    assert admin.get("/crm/clients").status_code == 403
    admin.company_id = "not-a-uuid"
    assert admin.get("/crm/clients").status_code == 403


def test_storekeeper_cannot_open_the_second_company_or_the_ledger(storekeeper: Api) -> None:
    storekeeper.company_id = COMPANY_2
    assert storekeeper.get("/inventory/products").status_code == 403
    storekeeper.company_id = COMPANY_1
    assert storekeeper.get("/inventory/products").status_code == 200
    denied = storekeeper.get("/accounting/accounts")
    assert denied.status_code == 403
    assert "storekeeper" in denied.json()["message"]


def test_data_is_isolated_per_company(admin: Api) -> None:
    created = admin.ok(admin.post("/crm/clients", {"name": f"Isolation Test {uuid.uuid4()}"}))
    admin.company_id = COMPANY_2
    assert admin.get(f"/crm/clients/{created['id']}").status_code == 404
    names = {c["name"] for c in admin.all("/crm/clients")}
    assert created["name"] not in names
    admin.company_id = COMPANY_1
    assert admin.ok(admin.get(f"/crm/clients/{created['id']}"))["name"] == created["name"]


def test_the_other_tenant_never_sees_demo_companies(sandbox: SandboxServer) -> None:
    other = Api(sandbox, "other@demo.local", company_id=None)
    try:
        companies = other.ok(other.get("/companies"))["data"]
        assert [c["id"] for c in companies] == [OTHER_COMPANY]
        other.company_id = COMPANY_1
        assert other.get("/inventory/products").status_code == 403
        other.company_id = OTHER_COMPANY
        skus = {p["sku"] for p in other.all("/inventory/products")}
        demo = Api(sandbox, "admin@demo.local")
        demo_ids = {p["id"] for p in demo.all("/inventory/products")}
        other_ids = {p["id"] for p in other.all("/inventory/products")}
        assert skus and not demo_ids & other_ids
        demo.close()
    finally:
        other.close()


def test_me_describes_the_user(sandbox: SandboxServer) -> None:
    api = Api(sandbox, "accountant@demo.local", company_id=None)
    me = api.ok(api.get("/auth/me"))
    assert me["email"] == "accountant@demo.local"
    assert {c["role"] for c in me["companies"]} == {"accountant"}
    api.close()


def test_company_scoped_endpoints_need_a_token(sandbox: SandboxServer) -> None:
    response = httpx.get(f"{sandbox.api_url}/crm/clients", headers={"X-Company-Id": COMPANY_1})
    assert response.status_code == 401
