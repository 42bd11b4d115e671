"""Token refresh is single flight: many requests, one refresh (the server rotates tokens)."""

from __future__ import annotations

import asyncio
import math

import httpx
import pytest

from arkan_desktop.api.errors import ApiError, ApiErrorKind
from arkan_desktop.api.session import ApiSession
from arkan_desktop.sandbox.server import SandboxServer
from tests.api.conftest import MemoryKeyring, run, signed_in
from tests.sandbox.conftest import COMPANY_1


async def twenty_lists(session: ApiSession) -> list[object]:
    return await asyncio.gather(
        *(
            session.request("GET", "/crm/clients", params={"limit": 1, "search": str(n)})
            for n in range(20)
        )
    )


def test_twenty_requests_after_expiry_share_one_refresh(sandbox: SandboxServer) -> None:
    """The client's clock is the test's, and the server's tokens live an hour.

    With 2-second tokens and the real clock this failed under load (2 refreshes): the
    server stamps `exp` in whole seconds, so a refreshed token lived 1 to 2 s, and on a
    busy machine some of the twenty requests reached the server after it had expired,
    were refused and refreshed again. What is tested is the client's single flight, so
    the client is told the time and nothing expires behind its back."""
    now = [0.0]

    async def scenario() -> None:
        session = await signed_in(sandbox, clock=lambda: now[0])
        async with session:
            remaining = session.access_expires_in()
            assert remaining is not None
            now[0] += remaining  # expired, by the client's clock
            session.stats.reset()
            answers = await twenty_lists(session)
            assert len(answers) == 20
            assert session.stats.refreshes == 1
            assert session.stats.by_endpoint == {"GET /crm/clients": 20, "POST /auth/refresh": 1}
            remaining = session.access_expires_in()
            assert remaining is not None and remaining > 3000  # the new token, an hour

    run(scenario())


def test_a_401_mid_way_triggers_one_refresh(short_tokens: SandboxServer) -> None:
    """The client believes its token is good; the server has other ideas."""

    async def scenario() -> None:
        session = await signed_in(short_tokens, clock=lambda: 0.0)  # time never passes for it
        async with session, httpx.AsyncClient(base_url=short_tokens.api_url) as raw:
            token = await session.access_token()

            async def refused() -> bool:
                answer = await raw.get("/auth/me", headers={"Authorization": f"Bearer {token}"})
                return answer.status_code == 401

            deadline = asyncio.get_running_loop().time() + 5
            while not await refused():
                assert asyncio.get_running_loop().time() < deadline, "token never expired"
                await asyncio.sleep(0.05)
            session.stats.reset()
            answers = await twenty_lists(session)
            assert len(answers) == 20
            assert session.stats.refreshes == 1
            # Each list sent twice (refused, then accepted), and one refresh between.
            assert session.stats.by_endpoint == {"GET /crm/clients": 40, "POST /auth/refresh": 1}
            assert await session.access_token() != token

    run(scenario())


def test_a_refresh_token_the_server_no_longer_accepts_ends_the_session(
    short_tokens: SandboxServer, memory_keyring: MemoryKeyring
) -> None:
    async def scenario() -> None:
        session = await signed_in(short_tokens, clock=lambda: 0.0)
        async with session:
            # Someone else (another copy, without a keyring) used the refresh token first.
            old_refresh = next(iter(memory_keyring.secrets.values()))
            memory_keyring.secrets.clear()
            async with httpx.AsyncClient(base_url=short_tokens.api_url) as raw:
                used = await raw.post("/auth/refresh", json={"refreshToken": old_refresh})
                assert used.status_code == 200
            with pytest.raises(ApiError) as caught:
                await session.refresh()
            assert caught.value.kind is ApiErrorKind.UNAUTHORIZED
            assert str(caught.value) == "Your session has expired; please sign in again"
            assert not session.signed_in

    run(scenario())


def test_a_rotation_by_another_copy_is_picked_up_from_the_keyring(
    short_tokens: SandboxServer, memory_keyring: MemoryKeyring
) -> None:
    async def scenario() -> None:
        first = await signed_in(short_tokens)
        second = ApiSession(short_tokens.api_url)  # a second copy of the app
        async with first, second:
            await second.restore("admin@demo.local")  # rotates the token `first` holds
            await first.refresh()  # refused, then retried with the keyring's newest
            assert first.signed_in
            first.company_id = COMPANY_1
            await first.request("GET", "/crm/clients", params={"limit": 1})
            assert first.stats.refreshes == 2

    run(scenario())


def test_expiry_is_tracked_from_expires_in(short_tokens: SandboxServer) -> None:
    async def scenario() -> None:
        session = await signed_in(short_tokens)
        async with session:
            remaining = session.access_expires_in()
            assert remaining is not None and 1.0 < remaining <= 2.0
        assert ApiSession(short_tokens.api_url).access_expires_in() is None
        assert not math.isnan(remaining)

    run(scenario())
