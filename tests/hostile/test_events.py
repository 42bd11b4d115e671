"""JSON nested 100,000 deep on the events socket: dropped, said once, the socket kept.

Before, each such message raised RecursionError in the reader and dropped the
connection: 7 reconnects in 45 s and a flapping status bar. Now the message is
refused by a depth scan before it is parsed, one warning is logged, and the good event
the broken server sends after three bad ones arrives on the same connection.
"""

from __future__ import annotations

import logging
import time
import tracemalloc
import uuid

import pytest

from arkan_desktop.api.connector import ConnectionState
from arkan_desktop.api.events import EventsClient
from arkan_desktop.api.session import ApiSession
from tests.api.conftest import eventually, run
from tests.hostile.conftest import FIGURES, MAX_SECONDS
from tests.sandbox.conftest import COMPANY_1
from tests.support.broken_server import DEEP_AFTER, BrokenServer


def test_deeply_nested_events_are_dropped_and_the_socket_stays(
    behaving: BrokenServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="arkan_desktop.api.events")
    heard: list[tuple[str, str]] = []
    states: list[ConnectionState] = []

    async def invalidated(module: str, event: str) -> None:
        heard.append((module, event))

    async def reconnected() -> None:
        return None

    async def scenario() -> tuple[float, int]:
        session = ApiSession(behaving.api_url)
        async with session:
            await session.sign_in("admin@demo.local", "demo")
            session.company_id = COMPANY_1
            behaving.set("deep-json-ws", where=r"^/ws$")
            events = EventsClient(session, invalidated, reconnected, backoff_base=0.05)
            events.on_state = states.append
            events.join("crm")
            started = time.monotonic()
            tracemalloc.start()
            events.start()
            await eventually(lambda: ("crm", DEEP_AFTER) in heard, timeout=MAX_SECONDS)
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            seconds = time.monotonic() - started
            assert (events.attempts, events.connects, events.reconnects) == (1, 1, 0)
            assert states == [ConnectionState.ONLINE]  # no flapping
            await events.stop()

            # Once the server behaves, a new socket hears real events again.
            behaving.set("none")
            events.start()
            await eventually(lambda: "crm" in events.joined_modules, timeout=10)
            name = f"Heard after the deep ones {uuid.uuid4()}"
            await session.request("POST", "/crm/clients", json={"name": name})
            await eventually(lambda: ("crm", "client.created") in heard, timeout=10)
            await events.stop()
            return seconds, peak

    seconds, peak = run(scenario(), timeout=2 * MAX_SECONDS)
    assert behaving.faulted == 1
    dropped = [r.getMessage() for r in caplog.records if "ignored a message" in r.getMessage()]
    assert dropped == ["events: ignored a message from the server: nested more than 64 levels deep"]
    assert not [r for r in caplog.records if "RecursionError" in r.getMessage()]
    assert peak < 64 << 20, f"{peak >> 20} MB traced"
    FIGURES["deep-json-ws"] = (seconds, peak / (1 << 20), 0, dropped[0])
