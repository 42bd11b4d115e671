"""Idempotency-Key: a retried write has one effect; a reused key with another body is 409."""

from __future__ import annotations

import uuid

from tests.sandbox.conftest import Api


def count_clients(api: Api, name: str) -> int:
    return api.ok(api.get("/crm/clients", search=name))["meta"]["total"]


def test_same_key_same_body_replays_the_first_response(admin: Api) -> None:
    key = str(uuid.uuid4())
    name = f"Idem {key}"
    first = admin.post("/crm/clients", {"name": name}, headers={"Idempotency-Key": key})
    second = admin.post("/crm/clients", {"name": name}, headers={"Idempotency-Key": key})
    assert first.status_code == second.status_code == 201
    assert first.json() == second.json()
    assert second.headers["Idempotent-Replayed"] == "true"
    assert count_clients(admin, name) == 1


def test_key_order_in_the_body_does_not_matter(admin: Api) -> None:
    key = str(uuid.uuid4())
    name = f"Idem order {key}"
    admin.post("/crm/clients", {"name": name, "phone": "1"}, headers={"Idempotency-Key": key})
    again = admin.http.post(
        "/crm/clients",
        content=f'{{"phone": "1", "name": "{name}"}}'.encode(),
        headers=admin.headers({"Idempotency-Key": key, "Content-Type": "application/json"}),
    )
    assert again.status_code == 201
    assert count_clients(admin, name) == 1


def test_same_key_different_body_is_409(admin: Api) -> None:
    key = str(uuid.uuid4())
    admin.ok(admin.post("/crm/clients", {"name": f"A {key}"}, headers={"Idempotency-Key": key}))
    other = admin.post("/crm/clients", {"name": f"B {key}"}, headers={"Idempotency-Key": key})
    assert other.status_code == 409
    assert other.json()["errors"][0]["field"] == "Idempotency-Key"
    assert count_clients(admin, f"B {key}") == 0


def test_a_rejected_request_can_be_fixed_and_resent_under_its_key(admin: Api) -> None:
    key = str(uuid.uuid4())
    rejected = admin.post("/crm/clients", {"name": ""}, headers={"Idempotency-Key": key})
    assert rejected.status_code == 400
    fixed = admin.post("/crm/clients", {"name": f"Fixed {key}"}, headers={"Idempotency-Key": key})
    assert fixed.status_code == 201


def test_keys_belong_to_their_user(admin: Api, accountant: Api) -> None:
    key = str(uuid.uuid4())
    admin.ok(admin.post("/crm/clients", {"name": f"Mine {key}"}, headers={"Idempotency-Key": key}))
    theirs = accountant.post(
        "/crm/clients", {"name": f"Theirs {key}"}, headers={"Idempotency-Key": key}
    )
    assert theirs.status_code == 201


def test_patch_is_idempotent_too(admin: Api) -> None:
    account = admin.ok(
        admin.post(
            "/accounting/accounts",
            {"code": f"9{uuid.uuid4().int % 10**6:06d}", "name": "Idem account", "type": "expense"},
        )
    )
    key = str(uuid.uuid4())
    first = admin.patch(
        f"/accounting/accounts/{account['id']}",
        {"name": "Renamed"},
        headers={"Idempotency-Key": key},
    )
    second = admin.patch(
        f"/accounting/accounts/{account['id']}",
        {"name": "Renamed"},
        headers={"Idempotency-Key": key},
    )
    assert first.json() == second.json()
    assert second.headers["Idempotent-Replayed"] == "true"


def test_an_overlong_key_is_refused(admin: Api) -> None:
    response = admin.post(
        "/crm/clients", {"name": "Long key"}, headers={"Idempotency-Key": "k" * 300}
    )
    assert response.status_code == 400
