"""The one request loop, run by both kinds of server: what each kind used to do alone now
holds for both (501 not retried, big answers parsed off the event loop, sign-in 429 waits
said and bounded, keys only where the kind has them).

The server here is canned (`httpx.MockTransport`): these are answers the sandbox does not
give on demand (a 501, a ten-minute 429 at sign-in).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from arkan_desktop.api import http
from arkan_desktop.api.account import NO_KEYS, AccountSession
from arkan_desktop.api.errors import ApiError, ApiErrorKind
from arkan_desktop.api.kinds import KINDS, SERVER_KINDS, connector_for, server_kind
from tests.api.conftest import run

TOKENS = {"accessToken": "a" * 24, "refreshToken": "r" * 24, "expiresIn": 3600}
Reply = Callable[[httpx.Request], httpx.Response]


def session_of(kind: str, reply: Reply, seen: list[str], **options: Any) -> AccountSession:
    """A session of `kind` whose server answers sign-in, then `reply` to everything else."""

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.path)
        if request.url.path.endswith("/auth/login"):
            return httpx.Response(200, json=TOKENS)
        return reply(request)

    options.setdefault("backoff_base", 0.001)
    session = KINDS[kind].make_session(
        "https://server.example.com/api/v1", transport=httpx.MockTransport(handler), **options
    )
    session.company_id = "c1"
    return session


@pytest.mark.parametrize("kind", SERVER_KINDS)
def test_not_implemented_is_said_at_once_and_a_503_is_tried_again(kind: str) -> None:
    seen: list[str] = []

    def reply(request: httpx.Request) -> httpx.Response:
        return httpx.Response(501 if request.url.path.endswith("/new") else 503, json={})

    async def body() -> tuple[ApiError, ApiError]:
        async with session_of(kind, reply, seen, max_attempts=3) as session:
            await session.sign_in("a@example.com", "pw")
            with pytest.raises(ApiError) as not_implemented:
                await session.request("GET", "/new")
            with pytest.raises(ApiError) as unavailable:
                await session.request("GET", "/busy")
            return not_implemented.value, unavailable.value

    not_implemented, unavailable = run(body())
    assert not_implemented.status == 501 and unavailable.status == 503
    assert seen.count("/api/v1/new") == 1  # asking again would not help
    assert seen.count("/api/v1/busy") == 3


@pytest.mark.parametrize("kind", SERVER_KINDS)
def test_a_big_answer_is_parsed_off_the_event_loop(
    kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A page of records is parsed on a worker thread: the event loop is the window's."""
    seen: list[str] = []
    parsed_on: list[str] = []
    real_parse = http.parse_json

    def parse_json(content: bytes | str, *, status: int | None = None) -> Any:
        parsed_on.append(threading.current_thread().name)
        return real_parse(content, status=status)

    monkeypatch.setattr(http, "parse_json", parse_json)
    big = {"data": [{"id": str(n), "amount": "10.50"} for n in range(2000)]}

    def reply(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=big if request.url.path.endswith("/big") else {"ok": 1})

    async def body() -> Any:
        async with session_of(kind, reply, seen) as session:
            await session.sign_in("a@example.com", "pw")
            small = await session.request("GET", "/small")
            large = await session.request("GET", "/big")
            return small, large, threading.current_thread().name

    small, large, loop_thread = run(body())
    assert small == {"ok": 1} and len(large["data"]) == 2000
    assert parsed_on[-2] == loop_thread and parsed_on[-1] != loop_thread


@pytest.mark.parametrize("kind", SERVER_KINDS)
def test_a_sign_in_asked_to_wait_says_so_and_a_long_wait_says_when_to_retry(kind: str) -> None:
    waits: list[float] = []
    answers = iter(
        [
            httpx.Response(429, headers={"retry-after": "0.2"}, json={}),
            httpx.Response(200, json=TOKENS),
            httpx.Response(429, headers={"retry-after": "600"}, json={}),
        ]
    )

    def handler(request: httpx.Request) -> httpx.Response:
        if not request.url.path.endswith("/auth/login"):  # what an Arvalox server offers
            return httpx.Response(200, json={"message": "pong"})
        return next(answers)

    async def body() -> ApiError:
        async with KINDS[kind].make_session(
            "https://server.example.com/api/v1", transport=httpx.MockTransport(handler)
        ) as session:
            session.on_wait, session.max_wait = waits.append, 60.0
            await session.sign_in("a@example.com", "pw")  # waits 0.2 s, then in
            assert session.signed_in
            with pytest.raises(ApiError) as caught:
                await session.sign_in("a@example.com", "pw")
            return caught.value

    error = run(body())
    assert waits == [0.2]
    assert error.kind is ApiErrorKind.RATE_LIMITED
    assert error.message.endswith("is used up; try again in 10 min")


@pytest.mark.parametrize("kind", SERVER_KINDS)
def test_keys_only_where_the_kind_has_them(kind: str) -> None:
    seen: list[str] = []

    def reply(_request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"organization": {"id": 1, "name": "Org"}})

    async def body() -> str:
        async with session_of(kind, reply, seen) as session:
            try:
                await session.use_api_key("k3y-0123456789", remember=False)
            except ApiError as error:
                return error.message
            assert connector_for(session).kind == kind
            return session.credential_label

    said = run(body())
    if server_kind(kind).uses_api_keys:
        # The key is checked once; then only the server's OpenAPI document is read.
        assert said == "default" and seen[0] == "/api/v1/ping"
        assert set(seen[1:]) <= {"/openapi.json", "/api/v1/openapi.json"}
    else:
        assert said == NO_KEYS and seen == []  # refused before anything was sent
