"""No token or password ever appears in an exception, a repr or a log line."""

from __future__ import annotations

import json
import logging
import socket

import httpx
import pytest

from arkan_desktop.api.errors import ApiError
from arkan_desktop.api.events import EventsClient
from arkan_desktop.api.session import ApiSession
from arkan_desktop.sandbox.server import SandboxServer
from tests.api.conftest import MemoryKeyring, chain_text, eventually, run
from tests.sandbox.conftest import COMPANY_1

WRONG_PASSWORD = "Wr0ng-Pa55word!"


class RecordingTransport(httpx.AsyncBaseTransport):
    """Real HTTP, noting every secret that crosses the wire so the test can look for it."""

    def __init__(self) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.secrets: set[str] = set()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        authorization = request.headers.get("Authorization")
        if authorization:
            self.secrets.add(authorization.split(" ", 1)[1])
        response = await self.inner.handle_async_request(request)
        content = await response.aread()
        if request.url.path.endswith(("/auth/login", "/auth/refresh")) and response.is_success:
            body = json.loads(content)
            self.secrets.update({body["accessToken"], body["refreshToken"]})
        return httpx.Response(response.status_code, headers=response.headers, content=content)

    async def aclose(self) -> None:
        await self.inner.aclose()


def test_no_secret_in_errors_reprs_or_logs(
    short_tokens: SandboxServer, caplog: pytest.LogCaptureFixture, memory_keyring: MemoryKeyring
) -> None:
    caplog.set_level(logging.DEBUG)
    errors: list[ApiError] = []
    reprs: list[str] = []
    wire = RecordingTransport()

    async def invalidated(_module: str, _event: str) -> None:
        return None

    async def reconnected() -> None:
        return None

    async def scenario() -> None:
        async with ApiSession(short_tokens.api_url, transport=wire) as session:
            try:
                await session.sign_in("admin@demo.local", WRONG_PASSWORD)
            except ApiError as error:
                errors.append(error)
            await session.sign_in("admin@demo.local", "demo")
            session.company_id = COMPANY_1
            events = EventsClient(session, invalidated, reconnected, backoff_base=0.05)
            events.join("crm")
            events.start()
            await eventually(lambda: events.reconnects >= 1, timeout=6)  # 4401, refresh, again
            for path in ("/crm/clients/nope", "/accounting/nothing-here"):
                try:
                    await session.request("GET", path)
                except ApiError as error:
                    errors.append(error)
            reprs.extend(
                [
                    repr(session),
                    repr(events),
                    repr(session.tokens),
                    repr(session.tokens._tokens),
                    str(session.stats),
                ]
            )
            await events.stop()
            await session.sign_out()
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        async with ApiSession(f"http://127.0.0.1:{port}/api/v1", max_attempts=1) as gone:
            try:
                await gone.sign_in("admin@demo.local", WRONG_PASSWORD)
            except ApiError as error:
                errors.append(error)

    run(scenario())
    assert len(errors) == 4
    secrets = wire.secrets | {WRONG_PASSWORD} | set(memory_keyring.secrets.values())
    assert len(secrets) >= 5  # two sign-ins' worth of tokens at least, and the password
    log_text = caplog.text + "\n".join(
        f"{r.getMessage()} {r.exc_text or ''}" for r in caplog.records
    )
    assert "token=***" in log_text  # the socket URL was logged, redacted
    haystacks = {
        "logs": log_text,
        "errors": "\n".join(chain_text(e) for e in errors),
        "reprs": "\n".join(reprs),
    }
    for where, text in haystacks.items():
        leaked = [s[:12] + "…" for s in secrets if s in text]
        assert not leaked, f"secrets in {where}: {leaked}"
