"""Fixtures and helpers for the sync tests: real sandboxes, signed-in workspaces, comparisons.

Everything talks real HTTP and WebSocket over loopback; the only stand-in is the keyring
(there is no OS keyring on a CI machine). Server truth is read with the `Api` helper of
the sandbox tests, its JSON parsed with decimals, and compared with the cache's raw JSON.
"""

from __future__ import annotations

import asyncio
import json
import os
import queue
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any

import keyring
import pytest

from arkan_desktop.api.arkan import ARKAN_RESOURCES
from arkan_desktop.sandbox.server import SandboxServer
from arkan_desktop.store.cache import Cache
from arkan_desktop.store.outbox import OutboxRow
from arkan_desktop.sync.commands.wire import Write
from arkan_desktop.sync.service import SyncService
from arkan_desktop.sync.workspace import Workspace
from tests.api.conftest import MemoryKeyring
from tests.conftest import start_sandbox
from tests.sandbox.conftest import COMPANY_1, Api

REPO = Path(__file__).resolve().parents[2]
RESOURCES = tuple(ARKAN_RESOURCES)
# The amounts of invoices and payments, compared as decimals.
MONEY_FIELDS = ("subtotal", "taxTotal", "total", "amountPaid", "amountDue", "amount")


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Replace the OS keyring for the duration of a test."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxServer]:
    """A demo sandbox of this test module's own (unlimited plan)."""
    server = start_sandbox(tmp_path_factory.mktemp("demo"))
    yield server
    server.stop()


@pytest.fixture
def admin_api(demo: SandboxServer) -> Iterator[Api]:
    api = Api(demo, "admin@demo.local")
    yield api
    api.close()


async def open_workspace(
    server: SandboxServer,
    home: Path,
    company: str = COMPANY_1,
    email: str = "admin@demo.local",
) -> Workspace:
    return await Workspace.sign_in(home, server.api_url, email, "demo", company)


# --- the server's truth -----------------------------------------------------------------


def server_list(api: Api, resource: str, **params: Any) -> dict[str, dict[str, Any]]:
    """Every record of a resource on the server, id -> record (numbers as Decimal)."""
    path = ARKAN_RESOURCES[resource].path
    out: dict[str, dict[str, Any]] = {}
    cursor = None
    while True:
        query = {"limit": 100, **params, **({"cursor": cursor} if cursor else {})}
        response = api.get(path, **query)
        assert response.status_code == 200, f"{path}: {response.status_code} {response.text}"
        page = json.loads(response.text, parse_float=Decimal)
        out.update({str(r["id"]): r for r in page["data"]})
        if not page["meta"]["hasMore"]:
            return out
        cursor = page["meta"]["cursor"]


def by_reference(api: Api, resource: str, reference: str) -> list[dict[str, Any]]:
    return list(server_list(api, resource, reference=reference).values())


def cache_differences(
    cache: Cache, api: Api, resources: tuple[str, ...] = RESOURCES
) -> dict[str, list[str]]:
    """resource -> what differs between the cache and the server (empty when equal)."""
    problems: dict[str, list[str]] = {}
    for resource in resources:
        server = server_list(api, resource)
        cached_ids = cache.ids(resource)
        found: list[str] = []
        found += [f"missing {i}" for i in sorted(server.keys() - cached_ids)[:5]]
        found += [f"extra {i}" for i in sorted(cached_ids - server.keys())[:5]]
        for record_id, record in server.items():
            mine = cache.get(resource, record_id)
            if mine is not None and mine != record:
                changed = sorted(
                    k for k in record.keys() | mine.keys() if record.get(k) != mine.get(k)
                )
                found.append(f"{record_id} differs in {changed}")
                if len(found) > 10:
                    break
        if found:
            problems[resource] = found
    return problems


def in_cache(cache: Cache, resource: str, record_id: str) -> Callable[[], bool]:
    """A condition for `eventually`: the record has reached the cache."""
    return lambda: cache.get(resource, record_id) is not None


def money_equal(cached: Mapping[str, Any], server: Mapping[str, Any]) -> bool:
    """The amounts of two versions of a record are equal as decimals."""
    return all(
        Decimal(str(cached[name])) == Decimal(str(server[name]))
        for name in MONEY_FIELDS
        if name in server
    )


def tag() -> str:
    return uuid.uuid4().hex[:10].upper()


# --- server-side set-up -----------------------------------------------------------------


def new_client(api: Api) -> dict[str, Any]:
    return api.ok(api.post("/crm/clients", {"name": f"Sync Client {tag()}"}))


def new_product(api: Api, on_hand: int = 0, location_code: str = "WH1-A-01-1") -> dict[str, Any]:
    """A storable product of the test's own, with `on_hand` units in one bin."""
    sku = f"SYNC-{tag()}"
    product = api.ok(
        api.post(
            "/inventory/products",
            {
                "sku": sku,
                "name": f"Sync item {sku}",
                "type": "storable",
                "cost": "10.00",
                "salePrice": "25.00",
                "taxRate": "5",
            },
        )
    )
    if on_hand:
        put_stock(api, product["id"], location_code, on_hand)
    return product


def location(api: Api, code: str) -> dict[str, Any]:
    page = api.ok(api.get("/inventory/locations", code=code))
    assert page["data"], f"no location {code}"
    return dict(page["data"][0])


def put_stock(api: Api, product_id: str, code: str, quantity: int) -> None:
    api.ok(
        api.post(
            "/inventory/adjustments",
            {
                "locationId": location(api, code)["id"],
                "reason": "Sync test set-up",
                "lines": [{"productId": product_id, "countedQuantity": str(quantity)}],
            },
        )
    )


# --- child processes --------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class ChildSandbox:
    """`python -m arkan_desktop.sandbox` in a process of its own, to kill -9 and start again."""

    def __init__(self, data_dir: Path, port: int, *extra: str) -> None:
        self.data_dir = data_dir
        self.port = port
        self.extra = extra
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v1"

    def start(self, timeout: float = 60.0) -> ChildSandbox:
        command = [
            sys.executable,
            "-m",
            "arkan_desktop.sandbox",
            "--port",
            str(self.port),
            "--data",
            str(self.data_dir),
            *self.extra,
        ]
        self.process = subprocess.Popen(
            command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.process.poll() is None, "the sandbox child process exited while starting"
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return self
            except OSError:
                time.sleep(0.05)
        raise TimeoutError("the sandbox child process did not start in time")

    def kill(self) -> None:
        """kill -9: no shutdown, no flushing, exactly like a power cut of the server."""
        if self.process is not None and self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)
        self.process = None

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.kill()
        self.process = None


class ClientProcess:
    """tests/sync/client_process.py in a child process; its stdout lines read as they come."""

    def __init__(self, mode: str, home: Path, api_url: str) -> None:
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.sync.client_process", mode, str(home), api_url],
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.strip())

    def wait_for(self, wanted: Callable[[str], bool], timeout: float = 30.0) -> str:
        """The first line (from now on) that `wanted` accepts; fails at the deadline."""
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"the client process never said it; it said {self.seen[-5:]}")
            try:
                line = self.lines.get(timeout=min(left, 0.5))
            except queue.Empty:
                if self.process.poll() is not None and self.lines.empty():
                    raise AssertionError(
                        f"the client process exited ({self.process.returncode}); "
                        f"it said {self.seen[-5:]}"
                    ) from None
                continue
            self.seen.append(line)
            if wanted(line):
                return line

    def kill(self) -> None:
        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=10)


async def server_shows(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    """Wait until a check against the server holds (run off the event loop), or fail."""
    deadline = time.monotonic() + timeout
    while not await asyncio.to_thread(condition):
        if time.monotonic() > deadline:
            raise AssertionError(f"the server did not show it within {timeout} s")
        await asyncio.sleep(0.05)


async def queue_write(service: SyncService, write: Write) -> OutboxRow:
    return await service.queue(write.entry, write.effect)
