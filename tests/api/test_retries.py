"""Retries only what is safe to retry, against injected faults; 429s are waited out."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterator

import httpx
import pytest

from arkan_desktop.api.errors import ApiError, ApiErrorKind
from arkan_desktop.api.ratelimit import Priority
from arkan_desktop.api.session import ApiSession
from arkan_desktop.sandbox.config import parse_chaos
from arkan_desktop.sandbox.server import SandboxServer
from tests.api.conftest import COMPANY_1, fresh_sandbox, run, signed_in

FAST = {"backoff_base": 0.01, "backoff_cap": 0.05}


@pytest.fixture(scope="module")
def flaky(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxServer]:
    """Answers 500 to 30 % of requests, before doing anything."""
    server = fresh_sandbox(tmp_path_factory.mktemp("flaky"), chaos=parse_chaos("error=0.3,seed=3"))
    yield server
    server.stop()


@pytest.fixture(scope="module")
def lossy(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxServer]:
    """Commits 30 % of writes and then cuts the connection before the answer."""
    server = fresh_sandbox(tmp_path_factory.mktemp("lossy"), chaos=parse_chaos("lost=0.3,seed=5"))
    yield server
    server.stop()


async def clients_named(session: ApiSession, name: str) -> int:
    page = await session.request("GET", "/crm/clients", params={"search": name})
    return int(page["meta"]["total"])


def test_reads_succeed_through_injected_errors(flaky: SandboxServer) -> None:
    async def scenario() -> None:
        session = await signed_in(flaky, **FAST)
        async with session:
            session.stats.reset()
            for _ in range(20):
                await session.request("GET", "/crm/clients", params={"limit": 1})
            assert session.stats.retries > 0
            assert session.stats.by_endpoint["GET /crm/clients"] == 20 + session.stats.retries

    run(scenario())


def test_a_write_without_a_key_is_not_retried(flaky: SandboxServer) -> None:
    async def scenario() -> None:
        session = await signed_in(flaky, **FAST)
        async with session:
            for _ in range(40):
                name = f"Unkeyed {uuid.uuid4()}"
                sent, retries = session.stats.requests, session.stats.retries
                try:
                    await session.request("POST", "/crm/clients", json={"name": name})
                except ApiError as error:
                    assert error.kind is ApiErrorKind.SERVER and error.status == 500
                    assert session.stats.requests == sent + 1
                    assert session.stats.retries == retries
                    assert await clients_named(session, name) == 0
                    return
            raise AssertionError("no injected error met a write")

    run(scenario())


def test_a_write_with_a_key_is_retried_and_takes_effect_once(flaky: SandboxServer) -> None:
    async def scenario() -> None:
        session = await signed_in(flaky, **FAST)
        async with session:
            for _ in range(40):
                name = f"Keyed {uuid.uuid4()}"
                retries = session.stats.retries
                created = await session.request(
                    "POST", "/crm/clients", json={"name": name}, idempotency_key=str(uuid.uuid4())
                )
                assert created["name"] == name
                if session.stats.retries > retries:
                    assert await clients_named(session, name) == 1
                    return
            raise AssertionError("no keyed write needed a retry")

    run(scenario())


def test_a_lost_answer_is_ambiguous_and_a_keyed_resend_is_replayed(lossy: SandboxServer) -> None:
    async def scenario() -> None:
        session = await signed_in(lossy, **FAST)
        async with session:
            unkeyed: ApiError | None = None
            while unkeyed is None:
                name = f"Lost {uuid.uuid4()}"
                try:
                    await session.request("POST", "/crm/clients", json={"name": name})
                except ApiError as error:
                    unkeyed = error
            assert unkeyed.kind is ApiErrorKind.NETWORK and unkeyed.ambiguous
            assert "may or may not have taken effect" in unkeyed.message
            assert await clients_named(session, name) == 1  # it did happen

            session.stats.reset()
            names = [f"Replayed {uuid.uuid4()}" for _ in range(8)]
            for name in names:
                await session.request(
                    "POST", "/crm/clients", json={"name": name}, idempotency_key=str(uuid.uuid4())
                )
            assert session.stats.retries > 0
            assert [await clients_named(session, n) for n in names] == [1] * len(names)

    run(scenario())


def test_25_requests_at_once_on_the_free_plan_keep_to_it(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """60 a minute, burst 10: the client learns the plan from the first answers and paces
    the rest instead of being refused."""
    server = fresh_sandbox(tmp_path_factory.mktemp("free"), plan="free")

    async def scenario() -> None:
        session = await signed_in(server)
        async with session:
            priorities = [Priority.INTERACTIVE, Priority.OUTBOX, Priority.BACKGROUND]
            answers = await asyncio.gather(
                *(
                    session.request(
                        "GET", "/crm/clients", params={"limit": 1}, priority=priorities[n % 3]
                    )
                    for n in range(25)
                )
            )
            assert len(answers) == 25
            assert session.stats.rate_limited == 0
            assert session.limiter.limit == 60

    try:
        run(scenario(), timeout=90)
    finally:
        server.stop()


def test_a_429_after_another_desk_emptied_the_budget_is_waited_out(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    server = fresh_sandbox(tmp_path_factory.mktemp("free-shared"), plan="free")

    async def scenario() -> None:
        session = await signed_in(server)
        async with session:
            await session.request("GET", "/crm/clients", params={"limit": 1})
            # another desk of the same tenant, one that does not keep to the limit
            other = await signed_in(server)
            async with other:
                token = await other.access_token()
            async with httpx.AsyncClient(base_url=server.api_url) as rude:
                auth = {"Authorization": f"Bearer {token}", "X-Company-Id": COMPANY_1}
                while (await rude.get("/crm/clients", headers=auth)).status_code != 429:
                    pass
            answer = await session.request("GET", "/crm/clients", params={"limit": 1})
            assert "meta" in answer
            assert session.stats.rate_limited >= 1  # the server said 429, and it was waited out

    try:
        run(scenario(), timeout=60)
    finally:
        server.stop()
