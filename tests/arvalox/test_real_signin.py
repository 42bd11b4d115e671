"""Signing in to a real Arvalox deployment (the open-source backend as deployed, issue 15):
at the address the user was given, whatever its form; what the server offers found out,
not assumed; every refusal said in the sentence a user needs (real HTTP over loopback)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from arkan_desktop.api.arvalox import ArvaloxConnector
from arkan_desktop.api.arvalox_session import ArvaloxSession
from arkan_desktop.api.errors import ApiError, ApiErrorKind
from arkan_desktop.api.kinds import sign_in_session
from tests.arvalox.conftest import run
from tests.support.arvalox_flavours import Deployment
from tests.test_cli import cli, one_line_failure


def typed_address(deployment: Deployment, form: str) -> str:
    """What a user may type: the API root, the bare server, or the published `/v1` form."""
    return {
        "api root": deployment.api_url,
        "bare server": deployment.server.url,
        "published /v1": f"{deployment.server.url}/v1",
    }[form]


@pytest.mark.parametrize("typed", ["api root", "bare server", "published /v1"])
def test_sign_in_at_the_root_the_user_typed(real_arvalox: Deployment, typed: str) -> None:
    address = typed_address(real_arvalox, typed)

    async def body() -> tuple[str, list[dict[str, str]], ArvaloxSession]:
        session = await sign_in_session(
            "arvalox", address, email=real_arvalox.email, password=real_arvalox.password
        )
        async with session:
            assert isinstance(session, ArvaloxSession)
            return session.server_url, await ArvaloxConnector(session).companies(), session

    root, companies, session = run(body())
    assert root == real_arvalox.api_url  # the root that answered is the one kept
    assert companies == [{"id": "1", "name": "Arvalox Demo Receivables", "currency": "USD"}]
    features = session.features
    assert (features.ping, features.who_am_i, features.api_keys) == (False, True, False)
    # Read from the server's own OpenAPI document, not assumed from its dialect:
    assert features.described and not features.stores_invoice_tax
    assert features.status_endpoint and features.invoice_date_field == "invoice_date"
    assert features.payment_methods == {"cash", "check", "bank_transfer", "credit_card", "online"}


def test_each_flavour_is_recognised_for_what_it_offers(arvalox_deployment: Deployment) -> None:
    async def body() -> tuple[bool, bool, bool]:
        async with ArvaloxSession(arvalox_deployment.api_url) as session:
            await session.sign_in(arvalox_deployment.email, arvalox_deployment.password)
            rules = ArvaloxConnector(session).write_rules
            return session.features.ping, rules.stores_invoice_tax, session.features.status_endpoint

    ping, taxed, status_endpoint = run(body())
    published = arvalox_deployment.flavour == "published"
    assert (ping, taxed, status_endpoint) == (published, published, not published)


def test_an_address_with_no_sign_in_says_what_is_missing(real_arvalox: Deployment) -> None:
    async def body() -> ApiError:
        with pytest.raises(ApiError) as caught:
            await sign_in_session(
                "arvalox",
                f"{real_arvalox.server.url}/erp",
                email=real_arvalox.email,
                password=real_arvalox.password,
            )
        return caught.value

    error = run(body())
    assert error.kind is ApiErrorKind.NOT_FOUND
    assert error.message.startswith(f"{real_arvalox.server.url} has no /auth/login (tried ")
    assert "/erp/api/v1/auth/login" in error.message and "is the address" in error.message
    assert "does not have what was asked for" not in error.message


def test_a_short_password_gets_the_servers_rule(real_arvalox: Deployment) -> None:
    async def body() -> ApiError:
        async with ArvaloxSession(real_arvalox.api_url) as session:
            with pytest.raises(ApiError) as caught:
                await session.sign_in(real_arvalox.email, "demo")
            return caught.value

    error = run(body())
    assert error.message == "Passwords on this server have at least 8 characters"
    assert [f.field for f in error.field_errors] == ["password"]


def test_an_api_key_where_the_server_has_none(real_arvalox: Deployment) -> None:
    async def body() -> tuple[ApiError, ApiError]:
        async with ArvaloxSession(real_arvalox.api_url) as session:
            with pytest.raises(ApiError) as no_keys:
                await session.use_api_key("demo-arvalox-key", remember=False)
        # A key set up some other way reaches the server without a sign-in: its 403
        # "Not authenticated" is said as the sign-in problem it is, not "Forbidden".
        async with ArvaloxSession(real_arvalox.api_url, api_key="demo-arvalox-key") as keyed:
            with pytest.raises(ApiError) as forbidden:
                await keyed.request("GET", "/customers/")
        return no_keys.value, forbidden.value

    no_keys, forbidden = run(body())
    assert no_keys.message.endswith(
        "has no /ping to check an API key; sign in with your email and password instead"
    )
    assert forbidden.kind is ApiErrorKind.UNAUTHORIZED
    assert forbidden.message == (
        "This server does not take API keys; sign in with your email and password"
    )


def test_the_command_line_says_which_kind_to_pick(real_arvalox: Deployment, tmp_path: Path) -> None:
    account = ["--email", real_arvalox.email, "--password-stdin"]
    wrong = cli(
        tmp_path / "a",
        "login",
        "--server",
        real_arvalox.server.url,
        *account,
        stdin=f"{real_arvalox.password}\n",
    )
    line = one_line_failure(wrong)
    assert line == "arkan-desktop: This server is an Arvalox receivables server: add --kind arvalox"
    keyring = tmp_path / "keyring.json"
    right = cli(
        tmp_path / "b",
        "login",
        "--server",
        real_arvalox.server.url,
        "--kind",
        "arvalox",
        *account,
        stdin=f"{real_arvalox.password}\n",
        keyring=keyring,
    )
    assert right.returncode == 0, right.stderr
    # Signed in again from the keyring, at the root found the first time.
    again = cli(tmp_path / "b", "sync", "--json", keyring=keyring)
    assert again.returncode == 0, again.stderr
    summary = json.loads(again.stdout)
    assert summary["server"] == real_arvalox.api_url and not summary["notStored"]
    assert summary["resources"]["invoices"]["records"] >= 300
