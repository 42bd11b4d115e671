"""Every error answers {statusCode, message, errors: [{field, message}]}, never FastAPI's own."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from arkan_desktop.sandbox.server import SandboxServer
from tests.sandbox.conftest import Api

SHAPE = {"statusCode", "message", "errors"}


def assert_error(response: httpx.Response, status: int) -> dict:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == SHAPE
    assert body["statusCode"] == status
    assert isinstance(body["message"], str) and body["message"]
    assert all(set(e) == {"field", "message"} for e in body["errors"])
    for header in ("x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset"):
        assert header in response.headers
    return body


def test_validation_errors_name_each_field(admin: Api) -> None:
    body = assert_error(admin.post("/crm/clients", {"email": "nope", "paymentTermsDays": -3}), 400)
    fields = {e["field"] for e in body["errors"]}
    assert fields == {"name", "email", "paymentTermsDays"}
    assert body["message"] == "Validation failed"


def test_nested_field_paths(admin: Api) -> None:
    body = assert_error(
        admin.post("/crm/clients", {"name": "X", "address": {"country": "ARE"}}), 400
    )
    assert body["errors"][0]["field"] == "address.country"


def test_malformed_json_is_400(admin: Api) -> None:
    response = admin.http.post(
        "/crm/clients",
        content=b'{"name": "unterminated',
        headers=admin.headers({"Content-Type": "application/json"}),
    )
    assert_error(response, 400)


def test_unknown_route_and_record_are_404(admin: Api) -> None:
    assert_error(admin.get("/no/such/thing"), 404)
    body = assert_error(admin.get("/crm/clients/6f1c1d8e-0000-4000-8000-000000000000"), 404)
    assert "not found" in body["message"]
    assert_error(admin.get("/crm/clients/not-a-uuid"), 404)


def test_wrong_method_is_405(admin: Api) -> None:
    assert_error(admin.http.delete("/crm/clients", headers=admin.headers()), 405)


def test_state_conflict_is_409(admin: Api) -> None:
    sku = "ERR-409-SKU"
    admin.post("/inventory/products", {"sku": sku, "name": "Conflict probe"})
    body = assert_error(admin.post("/inventory/products", {"sku": sku, "name": "Again"}), 409)
    assert body["errors"] == [{"field": "sku", "message": "is already used"}]


@pytest.fixture
def broken_route(sandbox: SandboxServer) -> Iterator[str]:
    """A route that raises, added to the running sandbox to prove the 500 shape."""
    assert sandbox.app is not None

    def explode() -> None:
        raise RuntimeError("a bug")

    sandbox.app.add_api_route("/api/v1/test-only/explode", explode)
    yield "/test-only/explode"
    sandbox.app.router.routes.pop()


def test_a_bug_is_a_500_in_the_same_shape(admin: Api, broken_route: str) -> None:
    body = assert_error(admin.get(broken_route), 500)
    assert body["message"] == "Internal server error"
    assert "a bug" not in str(body)
