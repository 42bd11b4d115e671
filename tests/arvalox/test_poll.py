"""The poller an Arvalox connector has instead of an events socket: it says online while
the server answers, goes offline as soon as a request finds the server gone, and asks for
a pull of everything (and the outbox) once the server is back."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest

from arkan_desktop.api.arvalox import ArvaloxConnector
from arkan_desktop.api.arvalox_poll import ArvaloxPoller
from arkan_desktop.api.arvalox_session import ArvaloxSession
from arkan_desktop.api.errors import ApiError
from arkan_desktop.api.events import ConnectionState
from tests.api.conftest import eventually
from tests.arvalox.conftest import DEMO_KEY, run, start_arvalox
from tests.support.arvalox_flavours import FLAVOURS, start_deployment


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_the_poller_follows_the_server_going_and_coming_back(flavour: str, tmp_path: Path) -> None:
    deployment = start_deployment(tmp_path / "server", flavour)
    server = deployment.server

    async def body() -> tuple[list[ConnectionState], list[str], int, int]:
        session = ArvaloxSession(server.api_url, max_attempts=1)
        connector = ArvaloxConnector(session)
        connector.retry_interval = 0.2
        states: list[ConnectionState] = []
        pulls: list[str] = []
        reconnects = 0

        async def on_invalidate(module: str, _event: str) -> None:
            pulls.append(module)

        async def on_reconnect() -> None:
            nonlocal reconnects
            reconnects += 1

        poller = connector.events(on_invalidate, on_reconnect)
        assert isinstance(poller, ArvaloxPoller)
        poller.on_state = states.append
        poller.join("receivables")
        try:
            # By email: the open-source backend has no keys (and no /ping: it polls /auth/me)
            await session.sign_in(deployment.email, deployment.password)
            poller.start()
            await eventually(lambda: poller.connected, 20)
            server.stop()
            with contextlib.suppress(ApiError):
                await connector.ping()  # a request (a pull, a send) finds the server gone
            await eventually(lambda: not poller.connected, 20)
            server.start()
            await eventually(lambda: poller.connected and reconnects == 1, 20)
            cheap = "GET /ping" if flavour == "published" else "GET /auth/me"
            polled = session.stats.by_endpoint[cheap]  # once when signing in, then polls
        finally:
            await poller.stop()
            await session.aclose()
        return states, pulls, reconnects, polled

    try:
        states, pulls, reconnects, polled = run(body(), timeout=60)
    finally:
        server.stop()
    assert polled >= 2
    assert states[:3] == [ConnectionState.ONLINE, ConnectionState.OFFLINE, ConnectionState.ONLINE]
    assert reconnects == 1 and pulls == []  # back: one pull of everything, not per poll


def test_requests_that_never_reach_the_server_spend_none_of_its_rate_limit(
    tmp_path: Path,
) -> None:
    """While the server is down the poller keeps knocking; when it is back, the minute's
    budget (50 requests) must still be there, or the first sync would wait a minute."""
    server = start_arvalox(tmp_path / "server", plan="free")  # the published 50/min

    async def body() -> tuple[float, float]:
        session = ArvaloxSession(server.api_url, max_attempts=1)
        connector = ArvaloxConnector(session)
        try:
            await session.use_api_key(DEMO_KEY)
            await connector.ping()
            before = session.limiter.tokens
            assert session.limiter.limit == 50 and before < 50
            server.stop()
            for _ in range(60):  # more knocks than the minute allows
                with contextlib.suppress(ApiError):
                    await connector.ping()
            return before, session.limiter.tokens
        finally:
            await session.aclose()

    try:
        before, after = run(body(), timeout=60)
    finally:
        server.stop()
    assert after >= before - 1  # (a token may have refilled meanwhile: never fewer)
