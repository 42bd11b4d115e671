"""Fixtures for the Arvalox tests: an Arvalox-flavored sandbox, a raw HTTP helper, sessions.

Everything talks real HTTP over loopback except the canned-response tests, which use
`httpx.MockTransport` for the list forms the sandbox does not serve. The OS keyring is
replaced by `MemoryKeyring` (there is none on a CI machine).
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import keyring
import pytest

from arkan_desktop.api.arvalox import ArvaloxConnector
from arkan_desktop.api.arvalox_session import ArvaloxSession
from arkan_desktop.sandbox.server import SandboxServer
from arkan_desktop.store.cache import Cache
from arkan_desktop.sync.service import SyncService
from tests.api.conftest import MemoryKeyring, chain_text, run
from tests.conftest import start_sandbox
from tests.support.arvalox_flavours import FLAVOURS, Deployment, start_deployment

DEMO_KEY = "demo-arvalox-key"
# A payment date no server calls "in the future", whatever its time zone.
YESTERDAY = (datetime.now(UTC) - timedelta(days=1)).date().isoformat()
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


class Truth:
    """Plain HTTP to an Arvalox sandbox of either flavour, signed in by email: the server's
    truth (numbers as Decimal), walked in id order (ids never tie, so no page skips)."""

    def __init__(self, deployment: Deployment) -> None:
        self.deployment = deployment
        self.http = deployment.http()

    @property
    def real(self) -> bool:
        return self.deployment.flavour == "real"

    def ok(self, response: httpx.Response) -> Any:
        assert response.status_code < 400, f"{response.status_code}: {response.text}"
        return json.loads(response.text, parse_float=Decimal)

    def get(self, path: str, **params: Any) -> Any:
        return self.ok(self.http.get(path, params=params))

    def all(self, resource: str) -> dict[str, dict[str, Any]]:
        """Every record of a list, id (as text) -> record."""
        out: dict[str, dict[str, Any]] = {}
        page = 1
        while True:
            params = {"page": page, "per_page": 100, "sort_by": "id", "sort_order": "asc"}
            body = self.get(f"/{resource}/", **params)
            out.update({str(r["id"]): r for r in body[resource]})
            if page >= body["total_pages"]:
                return out
            page += 1

    def owed(self, invoice: dict[str, Any]) -> Decimal:
        if "balance_due" in invoice:
            return Decimal(str(invoice["balance_due"]))
        return Decimal(str(invoice["total_amount"])) - Decimal(str(invoice["paid_amount"]))

    def open_invoice(self, at_least: Decimal = Decimal("50")) -> dict[str, Any]:
        """An invoice of an active customer with at least `at_least` still owed."""
        customers = self.all("customers")
        for invoice in self.all("invoices").values():
            customer = customers[str(invoice["customer_id"])]
            active = customer.get("status", "active") == "active" and customer.get(
                "is_active", True
            )
            billed = invoice["status"] in ("sent", "overdue", "open", "partially_paid")
            if billed and active and self.owed(invoice) >= at_least:
                return invoice
        raise AssertionError("the demo data has no open invoice")

    def active_customer(self) -> dict[str, Any]:
        return next(
            c
            for c in self.all("customers").values()
            if c.get("status", "active") == "active" and c.get("is_active", True)
        )

    def numbered(self, resource: str, field: str, value: str) -> list[dict[str, Any]]:
        """The records whose `field` is `value` (found by walking the list)."""
        return [r for r in self.all(resource).values() if r.get(field) == value]

    def pay(self, invoice: dict[str, Any], amount: str) -> Any:
        """A payment made on the server directly (as another client would)."""
        body = {
            "customer_id": invoice["customer_id"],
            "invoice_id": invoice["id"],
            "amount": amount,
            "payment_method": "cash",
            "payment_date": YESTERDAY,
        }
        return self.ok(self.http.post("/payments/", json=body))

    def close(self) -> None:
        self.http.close()


@pytest.fixture
def truth(arvalox_deployment: Deployment) -> Iterator[Truth]:
    helper = Truth(arvalox_deployment)
    yield helper
    helper.close()


@asynccontextmanager
async def syncing(deployment: Deployment, home: Path, **options: Any) -> AsyncIterator[SyncService]:
    """A sync service on a fresh cache, signed in to the deployment by email and password
    at the address the user was given (its API root)."""
    session = ArvaloxSession(deployment.api_url, **options)
    cache = Cache.open(home / "arvalox.sqlite3")
    connector = ArvaloxConnector(session)
    service = SyncService(connector, cache)
    try:
        await session.sign_in(deployment.email, deployment.password)
        company = (await connector.companies())[0]
        if company.get("currency"):
            cache.set_meta("currency", company["currency"])
        yield service
    finally:
        await service.stop()
        cache.close()
        await session.aclose()


__all__ += ["YESTERDAY", "Truth", "syncing"]
