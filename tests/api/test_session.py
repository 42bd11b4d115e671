"""ApiSession against a real sandbox: sign-in, keyring, company scoping, plain errors."""

from __future__ import annotations

import socket
import ssl
import uuid
from pathlib import Path

import httpx
import keyring.backends.fail
import pytest

from arkan_desktop.api.credentials import SERVICE, account_name
from arkan_desktop.api.errors import ApiError, ApiErrorKind, InvalidServerUrl
from arkan_desktop.api.session import ApiSession
from arkan_desktop.sandbox.server import SandboxServer
from tests.api.conftest import MemoryKeyring, chain_text, run, signed_in
from tests.sandbox.conftest import COMPANY_1, COMPANY_2


def test_sign_in_keeps_the_refresh_token_in_the_keyring(
    sandbox: SandboxServer, memory_keyring: MemoryKeyring
) -> None:
    async def scenario() -> None:
        async with ApiSession(sandbox.api_url + "/") as session:
            await session.sign_in("admin@demo.local", "demo")
            assert session.signed_in and session.persistent
            assert session.server_url == sandbox.api_url  # trailing slash trimmed
            companies = await session.request("GET", "/companies")
            assert COMPANY_1 in {c["id"] for c in companies["data"]}
            stored = memory_keyring.secrets[
                (SERVICE, account_name(sandbox.api_url, "admin@demo.local"))
            ]
            assert stored.count(".") == 2  # a JWT, not the access token kept in memory
            assert stored != await session.access_token()

    run(scenario())


def test_wrong_password_says_so(sandbox: SandboxServer) -> None:
    async def scenario() -> ApiError:
        async with ApiSession(sandbox.api_url) as session:
            with pytest.raises(ApiError) as caught:
                await session.sign_in("admin@demo.local", "not-the-password")
            assert not session.signed_in
            return caught.value

    error = run(scenario())
    assert error.kind is ApiErrorKind.UNAUTHORIZED and error.status == 401
    assert str(error) == "Wrong email or password"
    assert "not-the-password" not in chain_text(error)


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_an_unreachable_server_gives_a_clear_message() -> None:
    port = _closed_port()

    async def scenario() -> tuple[ApiError, int]:
        async with ApiSession(f"http://127.0.0.1:{port}/api/v1", backoff_base=0.01) as session:
            with pytest.raises(ApiError) as caught:
                await session.sign_in("admin@demo.local", "demo")
            return caught.value, session.stats.retries

    error, retries = run(scenario())
    assert error.kind is ApiErrorKind.NETWORK and not error.ambiguous
    assert error.message == f"Cannot reach http://127.0.0.1:{port}: connection refused"
    assert error.__cause__ is None and error.__context__ is None  # no httpx traceback riding along
    assert retries == 4  # sign-in is safe to retry: 5 attempts in all


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("", "Enter the server address"),
        ("erp.example.com/api/v1", "must start with http:// or https://"),
        ("ftp://erp.example.com/api/v1", "must start with http:// or https://"),
        ("https:///api/v1", "no host name"),
        ("https://user:secret@erp.example.com/api/v1", "must not contain a user name"),
        ("https://erp.example.com/api/v1?x=1", "must not contain '?'"),
        ("http://erp.example.com:99999/api/v1", "not a web address"),
    ],
)
def test_bad_server_urls_are_refused_plainly(url: str, says: str) -> None:
    with pytest.raises(InvalidServerUrl) as caught:
        ApiSession(url)
    assert says in str(caught.value)
    assert "secret" not in str(caught.value)


def test_x_company_id_is_sent_except_to_auth_and_companies() -> None:
    seen: list[tuple[str, str | None, str | None, str | None]] = []

    def reply(request: httpx.Request) -> httpx.Response:
        seen.append(
            (
                request.url.path,
                request.headers.get("X-Company-Id"),
                request.headers.get("Authorization", "")[:7] or None,
                request.headers.get("Idempotency-Key"),
            )
        )
        if request.url.path.endswith("/auth/login"):
            return httpx.Response(
                200, json={"accessToken": "a" * 30, "refreshToken": "r" * 30, "expiresIn": 3600}
            )
        return httpx.Response(200, json={"data": [], "meta": {}})

    async def scenario() -> None:
        transport = httpx.MockTransport(reply)
        async with ApiSession("https://erp.example.com/api/v1", transport=transport) as session:
            await session.sign_in("a@example.com", "pw")
            with pytest.raises(ApiError, match="Choose a company first"):
                await session.request("GET", "/crm/clients")
            session.company_id = COMPANY_2
            await session.request("GET", "/companies")
            await session.request("GET", "/auth/me")
            await session.request("GET", "/crm/clients")
            await session.request("POST", "/crm/clients", json={}, idempotency_key="k-1")

    run(scenario())
    assert seen == [
        ("/api/v1/auth/login", None, None, None),
        ("/api/v1/companies", None, "Bearer ", None),
        ("/api/v1/auth/me", None, "Bearer ", None),
        ("/api/v1/crm/clients", COMPANY_2, "Bearer ", None),
        ("/api/v1/crm/clients", COMPANY_2, "Bearer ", "k-1"),
    ]


def test_company_scoping_reaches_the_server(sandbox: SandboxServer) -> None:
    async def scenario() -> None:
        session = await signed_in(sandbox, company_id=COMPANY_2)
        async with session:
            kuwait = await session.request("GET", "/accounting/invoices", params={"limit": 1})
            session.company_id = COMPANY_1
            dubai = await session.request("GET", "/accounting/invoices", params={"limit": 1})
            assert kuwait["data"][0]["currency"] == "KWD"
            assert dubai["data"][0]["currency"] == "AED"

    run(scenario())


def test_restore_signs_in_from_the_keyring_and_sign_out_forgets(
    sandbox: SandboxServer, memory_keyring: MemoryKeyring
) -> None:
    account = (SERVICE, account_name(sandbox.api_url, "accountant@demo.local"))

    async def scenario() -> None:
        first = await signed_in(sandbox, "accountant@demo.local")
        await first.aclose()
        before = memory_keyring.secrets[account]
        async with ApiSession(sandbox.api_url) as again:
            await again.restore("accountant@demo.local")
            again.company_id = COMPANY_1
            await again.request("GET", "/accounting/invoices", params={"limit": 1})
            assert memory_keyring.secrets[account] != before  # rotated and saved again
            await again.sign_out()
            assert account not in memory_keyring.secrets and not again.signed_in
            with pytest.raises(ApiError) as caught:
                await again.request("GET", "/companies")
            assert caught.value.kind is ApiErrorKind.UNAUTHORIZED
            with pytest.raises(ApiError, match="no saved sign-in"):
                await again.restore("accountant@demo.local")

    run(scenario())


def test_without_a_keyring_the_session_lives_for_the_process(sandbox: SandboxServer) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())

    async def scenario() -> None:
        session = await signed_in(sandbox)
        async with session:
            assert not session.persistent
            assert session.persistence_message is not None
            assert "no usable system keyring" in session.persistence_message
            await session.refresh()  # the refresh token lives in memory meanwhile
            await session.request("GET", "/crm/clients", params={"limit": 1})
        async with ApiSession(sandbox.api_url) as later:
            with pytest.raises(ApiError, match="no usable system keyring"):
                await later.restore("admin@demo.local")

    run(scenario())


def test_server_refusals_keep_their_words(sandbox: SandboxServer) -> None:
    async def scenario() -> None:
        admin = await signed_in(sandbox)
        storekeeper = await signed_in(sandbox, "storekeeper@demo.local")
        async with admin, storekeeper:
            with pytest.raises(ApiError) as invalid:
                await admin.request("POST", "/crm/clients", json={"name": ""})
            assert invalid.value.kind is ApiErrorKind.REJECTED and invalid.value.is_rejection
            assert [e.field for e in invalid.value.field_errors] == ["name"]
            with pytest.raises(ApiError) as missing:
                await admin.request("GET", f"/crm/clients/{uuid.uuid4()}")
            assert missing.value.kind is ApiErrorKind.NOT_FOUND and "not found" in str(
                missing.value
            )
            with pytest.raises(ApiError) as forbidden:
                await storekeeper.request("GET", "/accounting/invoices")
            assert forbidden.value.kind is ApiErrorKind.FORBIDDEN
            assert admin.stats.retries == 0  # none of these is worth retrying

    run(scenario())


def test_certificate_settings(tmp_path: Path) -> None:
    with pytest.raises(ApiError) as caught:
        ApiSession("https://erp.example.com/api/v1", ca_bundle=str(tmp_path / "missing.pem"))
    assert caught.value.kind is ApiErrorKind.TLS
    assert "could not be read" in str(caught.value)
    unchecked = ApiSession("https://erp.example.com/api/v1", verify=False)
    assert unchecked.ssl_context.verify_mode == ssl.CERT_NONE
    assert ApiSession("https://erp.example.com/api/v1").ssl_context.check_hostname
