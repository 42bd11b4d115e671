"""Rate limits per tenant from the published plan table."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from arkan_desktop.sandbox.server import SandboxServer
from tests.conftest import start_sandbox
from tests.sandbox.conftest import Api, wait_until


@pytest.fixture
def free_plan(tmp_path: Path) -> Iterator[SandboxServer]:
    server = start_sandbox(tmp_path, seed="empty", plan="free")
    yield server
    server.stop()


def test_free_plan_allows_a_burst_of_10_then_429(free_plan: SandboxServer) -> None:
    api = Api(free_plan, "admin@demo.local")
    responses = [api.get("/inventory/products") for _ in range(14)]
    statuses = [r.status_code for r in responses]
    assert statuses[:10] == [200] * 10
    assert 429 in statuses[10:]
    limited = next(r for r in responses if r.status_code == 429)
    assert limited.json()["statusCode"] == 429
    assert int(limited.headers["Retry-After"]) >= 1
    assert int(limited.headers["X-RateLimit-Reset"]) >= int(time.time())
    assert [int(r.headers["X-RateLimit-Limit"]) for r in responses] == [60] * 14
    remaining = [int(r.headers["X-RateLimit-Remaining"]) for r in responses[:10]]
    assert remaining == sorted(remaining, reverse=True) and remaining[-1] == 0


def test_limits_are_per_tenant(free_plan: SandboxServer) -> None:
    demo = Api(free_plan, "admin@demo.local")
    other = Api(free_plan, "other@demo.local", company_id=None)
    while demo.get("/inventory/products").status_code != 429:
        pass
    assert other.get("/companies").status_code == 200


def test_waiting_out_retry_after_succeeds(free_plan: SandboxServer) -> None:
    api = Api(free_plan, "admin@demo.local")
    response = api.get("/inventory/products")
    while response.status_code != 429:
        response = api.get("/inventory/products")
    retry_after = int(response.headers["Retry-After"])
    started = time.monotonic()
    assert wait_until(
        lambda: api.get("/inventory/products").status_code == 200,
        timeout=retry_after + 2,
        every=0.2,
    )
    assert time.monotonic() - started <= retry_after + 2


def test_headers_on_every_response_including_sign_in(sandbox: SandboxServer) -> None:
    response = httpx.post(f"{sandbox.api_url}/auth/login", json={"email": "x@y.z", "password": "n"})
    assert response.status_code == 401
    assert {"x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset"} <= set(
        response.headers
    )
    bare = httpx.get(f"{sandbox.api_url}/openapi.json", timeout=60)
    assert "x-ratelimit-limit" in bare.headers


def test_unlimited_plan_never_limits(sandbox: SandboxServer) -> None:
    api = Api(sandbox, "admin@demo.local")
    statuses = {api.get("/crm/clients", limit=1).status_code for _ in range(300)}
    assert statuses == {200}
