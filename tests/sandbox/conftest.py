"""Fixtures for the sandbox contract tests: a signed-in HTTP client per demo user."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import Any, ClassVar

import httpx
import pytest

from arkan_desktop.sandbox.demo_catalog import COMPANIES
from arkan_desktop.sandbox.server import SandboxServer
from tests.conftest import start_sandbox

COMPANY_1 = COMPANIES[0]["id"]  # Arkan Demo Trading LLC, AED
COMPANY_2 = COMPANIES[1]["id"]  # Arkan Demo Kuwait W.L.L., KWD
OTHER_COMPANY = COMPANIES[2]["id"]  # another tenant's


def wait_until(condition: Callable[[], bool], timeout: float = 5.0, every: float = 0.02) -> bool:
    """Poll `condition` until it holds or the deadline passes; returns whether it held."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(every)
    return condition()


class Api:
    """A signed-in user of the sandbox, talking real HTTP over loopback."""

    opened: ClassVar[list[Api]] = []  # closed after each test by tests/conftest.py

    def __init__(
        self, server: SandboxServer, email: str, company_id: str | None = COMPANY_1
    ) -> None:
        self.server = server
        self.http = httpx.Client(base_url=server.api_url, timeout=30)
        Api.opened.append(self)
        response = self.http.post("/auth/login", json={"email": email, "password": "demo"})
        response.raise_for_status()
        self.tokens = response.json()
        self.company_id = company_id

    def headers(self, extra: dict[str, str] | None = None) -> dict[str, str]:
        h = {"Authorization": f"Bearer {self.tokens['accessToken']}"}
        if self.company_id:
            h["X-Company-Id"] = self.company_id
        h.update(extra or {})
        return h

    def get(self, path: str, **params: Any) -> httpx.Response:
        return self.http.get(path, params=params, headers=self.headers())

    def post(
        self, path: str, json: Any = None, headers: dict[str, str] | None = None
    ) -> httpx.Response:
        return self.http.post(path, json=json, headers=self.headers(headers))

    def patch(
        self, path: str, json: Any = None, headers: dict[str, str] | None = None
    ) -> httpx.Response:
        return self.http.patch(path, json=json, headers=self.headers(headers))

    def ok(self, response: httpx.Response) -> Any:
        assert response.status_code < 400, f"{response.status_code}: {response.text}"
        return response.json()

    def all(self, path: str, **params: Any) -> list[dict[str, Any]]:
        """Walk every page of a list endpoint."""
        out: list[dict[str, Any]] = []
        cursor = None
        while True:
            page = self.ok(
                self.get(path, limit=100, **params, **({"cursor": cursor} if cursor else {}))
            )
            out.extend(page["data"])
            if not page["meta"]["hasMore"]:
                return out
            cursor = page["meta"]["cursor"]

    def close(self) -> None:
        self.http.close()


@pytest.fixture
def admin(sandbox: SandboxServer) -> Iterator[Api]:
    api = Api(sandbox, "admin@demo.local")
    yield api
    api.close()


@pytest.fixture
def accountant(sandbox: SandboxServer) -> Iterator[Api]:
    api = Api(sandbox, "accountant@demo.local")
    yield api
    api.close()


@pytest.fixture
def storekeeper(sandbox: SandboxServer) -> Iterator[Api]:
    api = Api(sandbox, "storekeeper@demo.local")
    yield api
    api.close()


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxServer]:
    """A demo sandbox of the test module's own: exactly what the seeder made, then its tests."""
    server = start_sandbox(tmp_path_factory.mktemp("fresh-demo"))
    yield server
    server.stop()


@pytest.fixture
def books(fresh: SandboxServer) -> Iterator[Api]:
    """The accountant of the module's own demo sandbox."""
    api = Api(fresh, "accountant@demo.local")
    yield api
    api.close()
