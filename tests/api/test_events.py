"""EventsClient against real sandboxes: rooms, invalidations, and reconnecting by itself."""

from __future__ import annotations

import asyncio
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from arkan_desktop.api.events import ConnectionState, EventsClient, events_url
from arkan_desktop.api.session import ApiSession
from arkan_desktop.sandbox.config import parse_chaos
from arkan_desktop.sandbox.server import SandboxServer
from tests.api.conftest import eventually, fresh_sandbox, run, signed_in

QUICK = {"backoff_base": 0.05, "backoff_cap": 0.3}


@dataclass
class Heard:
    """What the client told the app."""

    invalidations: list[tuple[str, str]] = field(default_factory=list)
    reconnects: int = 0
    states: list[ConnectionState] = field(default_factory=list)

    async def invalidated(self, module: str, event_name: str) -> None:
        self.invalidations.append((module, event_name))

    async def reconnected(self) -> None:
        self.reconnects += 1


def events_for(session: ApiSession, heard: Heard) -> EventsClient:
    return EventsClient(
        session, heard.invalidated, heard.reconnected, on_state=heard.states.append, **QUICK
    )


def test_the_url_is_built_from_the_api_root() -> None:
    assert (
        events_url("https://erp.example.com/api/v1", "t.o+k", "c-1")
        == "wss://erp.example.com/ws?token=t.o%2Bk&companyId=c-1"
    )
    assert (
        events_url("http://127.0.0.1:8765/api/v1", "tok", None)
        == "ws://127.0.0.1:8765/ws?token=tok"
    )


def test_joined_rooms_hear_of_writes_over_http(sandbox: SandboxServer) -> None:
    async def scenario() -> None:
        session = await signed_in(sandbox)
        heard = Heard()
        events = events_for(session, heard)
        async with session:
            events.join("crm")
            events.start()
            await eventually(lambda: "crm" in events.joined_modules)
            assert events.connected and heard.states == [ConnectionState.ONLINE]
            await session.request("POST", "/crm/clients", json={"name": f"Heard {uuid.uuid4()}"})
            await eventually(lambda: ("crm", "client.created") in heard.invalidations, timeout=2)
            events.join("inventory")
            await eventually(lambda: "inventory" in events.joined_modules)
            events.leave("crm")
            await eventually(lambda: "crm" not in events.joined_modules)
            assert events.modules == {"inventory"}
            await events.stop()
            assert heard.reconnects == 0 and heard.states[-1] is ConnectionState.OFFLINE

    run(scenario())


def test_a_dropped_socket_reconnects_and_rejoins(tmp_path: Path) -> None:
    server = fresh_sandbox(tmp_path, chaos=parse_chaos("ws-drop=0.5s"))

    async def scenario() -> None:
        session = await signed_in(server)
        heard = Heard()
        events = events_for(session, heard)
        async with session:
            events.join("crm")
            events.start()
            await eventually(lambda: heard.reconnects >= 2, timeout=6)
            await eventually(lambda: events.connected and "crm" in events.joined_modules)
            assert ConnectionState.RECONNECTING in heard.states
            assert events.reconnects == heard.reconnects
            await events.stop()

    try:
        run(scenario())
    finally:
        server.stop()


def test_an_expired_token_is_refreshed_and_the_socket_reopened(short_tokens: SandboxServer) -> None:
    async def scenario() -> None:
        session = await signed_in(short_tokens)
        heard = Heard()
        events = events_for(session, heard)
        async with session:
            events.join("inventory")
            events.start()
            await eventually(lambda: events.connected)
            session.stats.reset()
            await eventually(lambda: heard.reconnects >= 1, timeout=6)  # closed with 4401
            await eventually(lambda: events.connected and "inventory" in events.joined_modules)
            assert session.stats.refreshes >= 1
            await events.stop()

    run(scenario())


def test_a_server_that_goes_away_and_comes_back_is_found_again(tmp_path: Path) -> None:
    server = fresh_sandbox(tmp_path)

    async def scenario() -> None:
        session = await signed_in(server)
        heard = Heard()
        events = events_for(session, heard)
        async with session:
            events.join("accounting")
            events.start()
            await eventually(lambda: "accounting" in events.joined_modules)
            await asyncio.to_thread(server.stop)
            await eventually(lambda: not events.connected)
            tried = events.attempts
            await eventually(lambda: events.attempts >= tried + 3)  # refused while it is down
            assert heard.reconnects == 0 and heard.states[-1] is ConnectionState.OFFLINE
            await asyncio.to_thread(server.start)
            await eventually(lambda: heard.reconnects == 1, timeout=10)
            await eventually(lambda: "accounting" in events.joined_modules)
            await events.stop()

    try:
        run(scenario())
    finally:
        server.stop()


def test_stop_before_connecting_and_twice_is_harmless(sandbox: SandboxServer) -> None:
    async def scenario() -> None:
        session = await signed_in(sandbox)
        events = events_for(session, Heard())
        async with session:
            await events.stop()
            events.start()
            events.start()  # a second start does not open a second socket
            await eventually(lambda: events.connected)
            await events.stop()
            await events.stop()
            assert not events.connected and events.connects == 1

    run(scenario())
