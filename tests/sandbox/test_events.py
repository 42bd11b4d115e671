"""The /ws events socket: rooms, module.invalidate within 100 ms, heartbeats, refusals."""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from websockets.exceptions import ConnectionClosed, InvalidStatus
from websockets.sync.client import ClientConnection, connect

from arkan_desktop.sandbox.server import SandboxServer
from tests.conftest import start_sandbox
from tests.sandbox.conftest import COMPANY_1, COMPANY_2, OTHER_COMPANY, Api


def receive(ws: ClientConnection, event: str, timeout: float = 2.0) -> dict[str, Any]:
    """The next message of a given event type, skipping others, within the deadline."""
    deadline = time.monotonic() + timeout
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError(f"no {event} within {timeout} s")
        message = json.loads(ws.recv(timeout=remaining))
        if message["event"] == event:
            return message["data"]  # type: ignore[no-any-return]


# What the server sends of its own accord, whenever it happens: never an answer.
UNSOLICITED = frozenset({"user_joined", "user_left", "notification", "heartbeat"})


def next_answer(ws: ClientConnection, timeout: float = 2.0) -> dict[str, Any]:
    """The next message that answers something, skipping presence and notifications."""
    while True:
        message: dict[str, Any] = json.loads(ws.recv(timeout=timeout))
        if message["event"] not in UNSOLICITED:
            return message


def join(ws: ClientConnection, module: str, company_id: str | None = None) -> dict[str, Any]:
    data = {"moduleKey": module, **({"companyId": company_id} if company_id else {})}
    ws.send(json.dumps({"event": "join_module", "data": data}))
    return next_answer(ws)


@pytest.fixture
def socket_for(sandbox: SandboxServer, admin: Api) -> Iterator[ClientConnection]:
    url = f"{sandbox.ws_url}?token={admin.tokens['accessToken']}&companyId={COMPANY_1}"
    with connect(url) as ws:
        yield ws


def test_invalidate_arrives_within_100_ms_of_the_commit(
    socket_for: ClientConnection, admin: Api
) -> None:
    assert join(socket_for, "crm")["event"] == "joined_module"
    latencies = []
    for _ in range(5):
        admin.ok(admin.post("/crm/clients", {"name": f"Event {uuid.uuid4()}"}))
        answered = time.perf_counter()
        data = receive(socket_for, "module.invalidate")
        latencies.append(time.perf_counter() - answered)
        assert data == {"moduleKey": "crm", "eventName": "client.created"}
    assert max(latencies) < 0.1


def test_only_joined_rooms_of_that_company_hear(socket_for: ClientConnection, admin: Api) -> None:
    join(socket_for, "inventory")
    admin.ok(admin.post("/crm/clients", {"name": f"Quiet {uuid.uuid4()}"}))
    admin.company_id = COMPANY_2
    admin.ok(
        admin.post(
            "/inventory/products", {"sku": f"EV-{uuid.uuid4().hex[:8]}", "name": "Elsewhere"}
        )
    )
    admin.company_id = COMPANY_1
    admin.ok(
        admin.post("/inventory/products", {"sku": f"EV-{uuid.uuid4().hex[:8]}", "name": "Here"})
    )
    data = receive(socket_for, "module.invalidate")
    assert data == {"moduleKey": "inventory", "eventName": "product.created"}


def test_leave_module_stops_events(socket_for: ClientConnection, admin: Api) -> None:
    join(socket_for, "crm")
    socket_for.send(json.dumps({"event": "leave_module", "data": {"moduleKey": "crm"}}))
    assert receive(socket_for, "left_module")["moduleKey"] == "crm"
    admin.ok(admin.post("/crm/clients", {"name": f"Unheard {uuid.uuid4()}"}))
    socket_for.send(json.dumps({"event": "ping", "data": {}}))
    # The pong comes after anything already queued, so no invalidate was queued.
    assert next_answer(socket_for)["event"] == "pong"


def test_joining_a_foreign_company_or_unknown_module_is_refused(
    socket_for: ClientConnection,
) -> None:
    assert join(socket_for, "crm", OTHER_COMPANY)["event"] == "error"
    answer = join(socket_for, "astrology")
    assert answer["event"] == "error" and "Unknown moduleKey" in answer["data"]["message"]
    socket_for.send("not json")
    assert next_answer(socket_for)["event"] == "error"


def test_storekeeper_cannot_join_accounting(sandbox: SandboxServer, storekeeper: Api) -> None:
    url = f"{sandbox.ws_url}?token={storekeeper.tokens['accessToken']}&companyId={COMPANY_1}"
    with connect(url) as ws:
        assert join(ws, "accounting")["event"] == "error"
        assert join(ws, "inventory")["event"] == "joined_module"


@pytest.mark.parametrize("token", ["", "garbage"])
def test_bad_tokens_are_refused_at_the_handshake(sandbox: SandboxServer, token: str) -> None:
    with pytest.raises(InvalidStatus), connect(f"{sandbox.ws_url}?token={token}"):
        pass


def test_heartbeats_and_close_on_token_expiry(tmp_path: Path) -> None:
    server = start_sandbox(tmp_path, seed="empty", access_ttl=6, heartbeat_seconds=0.3)
    try:
        api = Api(server, "admin@demo.local")
        with connect(f"{server.ws_url}?token={api.tokens['accessToken']}") as ws:
            receive(ws, "heartbeat", timeout=2)
            with pytest.raises(ConnectionClosed) as closed:
                receive(ws, "never", timeout=15)
            assert closed.value.rcvd is not None and closed.value.rcvd.code == 4401
        with pytest.raises(InvalidStatus):
            connect(f"{server.ws_url}?token={api.tokens['accessToken']}")
        api.close()
    finally:
        server.stop()
