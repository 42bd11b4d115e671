"""Fixtures for the Arvalox tests: an Arvalox-flavored sandbox, a raw HTTP helper, sessions.

Everything talks real HTTP over loopback except the canned-response tests, which use
`httpx.MockTransport` for the list forms the sandbox does not serve. The OS keyring is
replaced by `MemoryKeyring` (there is none on a CI machine).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import keyring
import pytest

from arkan_desktop.api.arvalox import ArvaloxConnector
from arkan_desktop.api.arvalox_session import ArvaloxSession
from arkan_desktop.sandbox.server import SandboxServer
from tests.api.conftest import MemoryKeyring, chain_text, run
from tests.conftest import start_sandbox
from tests.support.arvalox_flavours import FLAVOURS, Deployment, start_deployment

DEMO_KEY = "demo-arvalox-key"
DEMO_EMAIL = "admin@arvalox.local"

__all__ = ["DEMO_EMAIL", "DEMO_KEY", "Raw", "chain_text", "connector_for", "run"]


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def start_arvalox(data_dir: Path, **options: object) -> SandboxServer:
    return start_sandbox(data_dir, flavor="arvalox", **options)


@pytest.fixture(scope="module")
def arvalox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxServer]:
    """A demo Arvalox sandbox of this test module's own (no rate limits)."""
    server = start_arvalox(tmp_path_factory.mktemp("arvalox"))
    yield server
    server.stop()


class Raw:
    """Plain HTTP to the sandbox with the demo key: the server's truth, numbers as Decimal."""

    def __init__(self, server: SandboxServer) -> None:
        self.http = httpx.Client(
            base_url=server.api_url, headers={"x-arvalox-api-key": DEMO_KEY}, timeout=30
        )

    def get(self, path: str, **params: Any) -> httpx.Response:
        return self.http.get(path, params=params)

    def post(self, path: str, body: Any, **headers: str) -> httpx.Response:
        return self.http.post(path, json=body, headers=headers)

    def ok(self, response: httpx.Response) -> Any:
        assert response.status_code < 400, f"{response.status_code}: {response.text}"
        return json.loads(response.text, parse_float=Decimal)

    def all(self, resource: str) -> dict[str, dict[str, Any]]:
        """Every record of a list, id (as text) -> record."""
        out: dict[str, dict[str, Any]] = {}
        page = 1
        while True:
            body = self.ok(self.get(f"/{resource}/", page=page, per_page=100))
            out.update({str(r["id"]): r for r in body[resource]})
            if page >= body["total_pages"]:
                return out
            page += 1

    def close(self) -> None:
        self.http.close()


@pytest.fixture
def raw(arvalox: SandboxServer) -> Iterator[Raw]:
    helper = Raw(arvalox)
    yield helper
    helper.close()


def connector_for(
    handler: Callable[[httpx.Request], httpx.Response], **options: Any
) -> ArvaloxConnector:
    """A connector whose session answers from `handler` (canned responses), key set."""
    options.setdefault("api_key", DEMO_KEY)
    session = ArvaloxSession(
        "https://ar.example.com/v1", transport=httpx.MockTransport(handler), **options
    )
    return ArvaloxConnector(session)


__all__ += ["start_arvalox"]


@pytest.fixture(scope="module")
def real_arvalox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Deployment]:
    """A demo sandbox of the real Arvalox deployment, of this test module's own."""
    deployment = start_deployment(tmp_path_factory.mktemp("arvalox-real"), "real")
    yield deployment
    deployment.stop()


@pytest.fixture
def real_http(real_arvalox: Deployment) -> Iterator[httpx.Client]:
    """Plain HTTP at the real deployment's API root, signed in as the demo owner."""
    with real_arvalox.http() as http:
        yield http


@pytest.fixture(scope="module", params=FLAVOURS)
def arvalox_deployment(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Deployment]:
    """A demo Arvalox sandbox of each flavour in turn ("published", "real"): a test that
    takes it runs against both."""
    deployment = start_deployment(
        tmp_path_factory.mktemp(f"arvalox-{request.param}"), request.param
    )
    yield deployment
    deployment.stop()
