"""The Arvalox connector against the sandbox: every way of signing in, lists, records, reports."""

from __future__ import annotations

import logging
from decimal import Decimal
from typing import Any

import httpx
import pytest

from arkan_desktop.api.arvalox import ArvaloxConnector
from arkan_desktop.api.arvalox_session import BAD_KEY, ArvaloxSession
from arkan_desktop.api.errors import ApiError, ApiErrorKind
from arkan_desktop.sandbox.server import SandboxServer
from tests.api.conftest import MemoryKeyring
from tests.arvalox.conftest import DEMO_KEY, Raw, chain_text, run
from tests.support.arvalox_flavours import Deployment


class Recording(httpx.AsyncBaseTransport):
    """The real transport, remembering each request as it leaves (after the key is added)."""

    def __init__(self) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.sent: list[httpx.Request] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request)
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


def test_api_key_in_the_header(arvalox: SandboxServer, memory_keyring: MemoryKeyring) -> None:
    async def body() -> tuple[Any, list[dict[str, Any]], list[dict[str, Any]]]:
        transport = Recording()
        async with ArvaloxSession(arvalox.api_url, transport=transport) as session:
            ping = await session.use_api_key(DEMO_KEY)
            connector = ArvaloxConnector(session)
            companies = await connector.companies()
            customers = [r async for page in connector.pages("customers") for r in page.records]
            assert transport.sent[0].headers["x-arvalox-api-key"] == DEMO_KEY
            assert "x_arvalox_api_key" not in str(transport.sent[0].url)
        return ping, companies, customers

    ping, companies, customers = run(body())
    assert ping["message"] == "pong"
    assert companies == [{"id": "1", "name": "Arvalox Demo Receivables", "currency": "USD"}]
    assert len(customers) >= 50 and all(c["taxId"] and c["arvalox"] for c in customers)
    assert DEMO_KEY in memory_keyring.secrets.values()


def test_api_key_in_the_query_never_reaches_a_log(
    arvalox: SandboxServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.DEBUG, logger="httpx")  # the CLI quietens it, in-process too

    async def body() -> list[httpx.Request]:
        transport = Recording()
        async with ArvaloxSession(arvalox.api_url, key_in_query=True, transport=transport) as s:
            await s.use_api_key(DEMO_KEY)
            await ArvaloxConnector(s).get("invoices", "1")
        return transport.sent

    sent = run(body())
    assert all(f"x_arvalox_api_key={DEMO_KEY}" in str(r.url) for r in sent)
    assert all("x-arvalox-api-key" not in r.headers for r in sent)
    assert "HTTP Request" in caplog.text  # httpx did log the requests ...
    assert DEMO_KEY not in caplog.text  # ... without the key


def test_a_bad_key_says_so_and_is_not_kept(
    arvalox: SandboxServer, memory_keyring: MemoryKeyring, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    secret = "not-a-real-key-4711"
    for in_query in (False, True):

        async def body(in_query: bool = in_query) -> ApiError:
            async with ArvaloxSession(arvalox.api_url, key_in_query=in_query) as session:
                with pytest.raises(ApiError) as caught:
                    await session.use_api_key(secret)
                assert not session.signed_in
                return caught.value

        error = run(body())
        assert error.kind is ApiErrorKind.UNAUTHORIZED and error.message == BAD_KEY
        assert secret not in chain_text(error)
    assert secret not in caplog.text
    assert not memory_keyring.secrets


def test_a_kept_key_is_used_again(arvalox: SandboxServer) -> None:
    async def body() -> str | None:
        async with ArvaloxSession(arvalox.api_url) as first:
            await first.use_api_key(DEMO_KEY, label="office")
        async with ArvaloxSession(arvalox.api_url) as second:
            await second.restore_api_key("office")
            return second.auth_mode

    assert run(body()) == "api_key"


def test_email_and_password_with_refresh(
    arvalox_deployment: Deployment, memory_keyring: MemoryKeyring
) -> None:
    """Both flavours: sign in by email, refresh, read both reports in the one shape the app
    reads (the published server's and the open-source backend's differ on the wire)."""
    deployment = arvalox_deployment

    async def body() -> tuple[int, dict[str, Any], str]:
        async with ArvaloxSession(deployment.api_url) as session:
            await session.sign_in(deployment.email, deployment.password)
            connector = ArvaloxConnector(session)
            before = len((await connector.aging_report())["buckets"])
            await session.tokens.refresh()  # a new pair of tokens
            after = await connector.dashboard()
            async with ArvaloxSession(deployment.api_url) as other:
                with pytest.raises(ApiError) as wrong:
                    await other.sign_in(deployment.email, "not-the-password")
            return before, after, wrong.value.message

    buckets, dashboard, wrong = run(body())
    assert buckets == 5
    assert dashboard["currency"] == "USD" and isinstance(dashboard["total_outstanding"], Decimal)
    assert isinstance(dashboard["open_invoices"], int) and "monthly" in dashboard
    assert wrong == "Wrong email or password"
    assert any(key[1].endswith(deployment.email) for key in memory_keyring.secrets)


def test_pages_are_arkan_shaped_and_sorted(arvalox: SandboxServer, raw: Raw) -> None:
    async def body() -> tuple[list[dict[str, Any]], dict[str, bool]]:
        async with ArvaloxSession(arvalox.api_url, api_key=DEMO_KEY) as session:
            connector = ArvaloxConnector(session)
            pages = [p async for p in connector.pages("invoices", order="desc", limit=50)]
            assert [p.has_more for p in pages] == [True] * (len(pages) - 1) + [False]
            return [r for p in pages for r in p.records], connector.sorted_lists

    invoices, sorted_lists = run(body())
    server = raw.all("invoices")
    assert {r["id"] for r in invoices} == set(server)
    stamps = [r["updatedAt"] for r in invoices]
    assert stamps == sorted(stamps, reverse=True) and sorted_lists == {"invoices": True}
    one = next(r for r in invoices if r["arvalox"]["status"] == "partially_paid")
    wire = server[one["id"]]
    assert one["number"] == wire["invoice_number"] and one["partnerId"] == str(wire["customer_id"])
    assert (one["date"], one["total"], one["amountDue"]) == (
        wire["issue_date"],
        str(wire["total_amount"]),
        str(wire["balance_due"]),
    )
    assert (one["state"], one["paymentState"]) == ("posted", "partial")
    rates = {line["taxRate"] for r in invoices for line in r["lines"]}
    assert rates <= {"0", "5", "8"}  # percentages, as Arkan records carry them
