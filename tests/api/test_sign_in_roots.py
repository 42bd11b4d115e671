"""Finding the API root under the address a user typed, and what an Arvalox server offers
(issue 15). Canned answers (`httpx.MockTransport`) stand in for servers the sandbox is
not: one with neither `/ping` nor `/auth/me`, one whose `/ping` fails for a moment. The
Arkan case runs against the sandbox for real."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from arkan_desktop.api.arvalox import ArvaloxConnector
from arkan_desktop.api.arvalox_features import NO_ROOT, OPEN_SOURCE_BACKEND, from_openapi
from arkan_desktop.api.arvalox_session import ArvaloxSession
from arkan_desktop.api.errors import ApiError, ApiErrorKind
from arkan_desktop.api.kinds import KINDS
from arkan_desktop.api.session import ApiSession
from arkan_desktop.sandbox.server import SandboxServer
from tests.api.conftest import run

TOKENS = {"access_token": "a" * 24, "refresh_token": "r" * 24, "expires_in": 1800}


@pytest.mark.parametrize(
    ("kind", "typed", "candidates"),
    [
        ("arkan", "https://erp.example.com", ["", "/api/v1"]),
        ("arkan", "https://erp.example.com/api/v1", ["/api/v1"]),
        ("arvalox", "https://ar.example.com", ["", "/api/v1", "/v1"]),
        ("arvalox", "https://ar.example.com/v1", ["/v1", "/api/v1"]),
        ("arvalox", "https://ar.example.com/api/v1/", ["/api/v1", "/v1"]),
        ("arvalox", "https://ar.example.com/erp", ["/erp", "/erp/api/v1", "/erp/v1"]),
    ],
)
def test_the_roots_tried_are_the_typed_one_then_the_usual_ones(
    kind: str, typed: str, candidates: list[str]
) -> None:
    async def body() -> list[str]:
        async with KINDS[kind].make_session(typed) as session:
            return session.root_candidates()

    origin = typed.split("/", 3)[:3]
    assert run(body()) == ["/".join(origin) + path for path in candidates]


def test_an_arkan_user_who_types_the_bare_address_signs_in(sandbox: SandboxServer) -> None:
    async def body() -> str:
        async with ApiSession(sandbox.url) as session:
            await session.sign_in("admin@demo.local", "demo")
            return session.server_url

    assert run(body()) == sandbox.api_url


def canned(routes: dict[str, Any]) -> httpx.MockTransport:
    """A server that answers `routes` (path -> JSON, or a status) and 404 elsewhere."""

    def handler(request: httpx.Request) -> httpx.Response:
        found = routes.get(request.url.path)
        if found is None:
            return httpx.Response(404, json={"detail": "Not Found"})
        if isinstance(found, int):
            return httpx.Response(found, json={"detail": "Service Unavailable"})
        return httpx.Response(200, json=found)

    return httpx.MockTransport(handler)


def test_a_server_with_neither_ping_nor_me_says_so() -> None:
    transport = canned({"/api/v1/auth/login": TOKENS})

    async def body() -> ApiError:
        async with ArvaloxSession("https://ar.example.com", transport=transport) as session:
            with pytest.raises(ApiError) as caught:
                await session.sign_in("owner@example.com", "long-enough")
            return caught.value

    error = run(body())
    assert (error.kind, error.message) == (ApiErrorKind.NOT_FOUND, NO_ROOT)
    assert NO_ROOT == "This server has no /ping and no /auth/me: is the address the API root?"


def test_a_ping_that_fails_for_a_moment_is_asked_again_when_the_company_is_opened() -> None:
    routes: dict[str, Any] = {
        "/v1/auth/login": TOKENS,
        "/v1/ping": 503,
    }

    async def body() -> tuple[bool, bool, list[dict[str, str]]]:
        session = ArvaloxSession(
            "https://ar.example.com/v1", transport=canned(routes), max_attempts=1
        )
        async with session:
            await session.sign_in("owner@example.com", "long-enough")
            detected_at_sign_in = session.detected
            routes["/v1/ping"] = {"organization": {"id": 9, "name": "Gulf Receivables"}}
            companies = await ArvaloxConnector(session).companies()
            return detected_at_sign_in, session.detected, companies

    at_sign_in, later, companies = run(body())
    assert (at_sign_in, later) == (False, True)
    assert companies == [{"id": "9", "name": "Gulf Receivables"}]


def openapi(item: dict[str, Any], invoice: dict[str, Any], method_pattern: str) -> dict[str, Any]:
    """A FastAPI-shaped OpenAPI document with these invoice, item and payment schemas."""

    def body(name: str) -> dict[str, Any]:
        ref = {"$ref": f"#/components/schemas/{name}"}
        return {"requestBody": {"content": {"application/json": {"schema": ref}}}}

    return {
        "paths": {
            "/api/v1/invoices/": {"post": body("InvoiceCreate")},
            "/api/v1/invoices/{invoice_id}/status": {"patch": body("InvoiceStatusUpdate")},
            "/api/v1/payments/": {
                "post": body("PaymentCreate"),
                "get": {"parameters": [{"name": "search", "in": "query"}]},
            },
        },
        "components": {
            "schemas": {
                "InvoiceCreate": {
                    "properties": {
                        **invoice,
                        "items": {
                            "type": "array",
                            "items": {"$ref": "#/components/schemas/InvoiceItemCreate"},
                        },
                    }
                },
                "InvoiceItemCreate": {"properties": item},
                "PaymentCreate": {
                    "properties": {"payment_method": {"type": "string", "pattern": method_pattern}}
                },
            }
        },
    }


def test_what_the_servers_openapi_document_says_wins_over_its_dialect() -> None:
    # A later version of the open-source backend that keeps tax and takes fewer methods.
    doc = openapi(
        {"description": {}, "quantity": {}, "unit_price": {}, "tax_rate": {}},
        {"issue_date": {}, "due_date": {}},
        "^(cash|bank_transfer)$",
    )
    found = from_openapi(OPEN_SOURCE_BACKEND, doc)
    assert found is not None and found.described
    assert found.stores_invoice_tax and found.invoice_date_field == "issue_date"
    assert found.payment_methods == {"cash", "bank_transfer"} and found.lookup_by_search
    assert found.status_endpoint and found.unit_price_decimals == 2  # decimals: the dialect's
    assert from_openapi(OPEN_SOURCE_BACKEND, {"paths": {}}) is None  # says nothing: dialect
