"""Sign-in contract: login, refresh rotation, expiry, garbage tokens, stored passwords."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from sqlalchemy import create_engine, select

from arkan_desktop.sandbox.server import SandboxServer
from arkan_desktop.sandbox.storage import users
from tests.conftest import start_sandbox
from tests.sandbox.conftest import wait_until


def login(
    server: SandboxServer, email: str = "admin@demo.local", password: str = "demo"
) -> httpx.Response:
    return httpx.post(f"{server.api_url}/auth/login", json={"email": email, "password": password})


def test_login_returns_access_and_refresh_tokens(sandbox: SandboxServer) -> None:
    response = login(sandbox)
    assert response.status_code == 200
    body = response.json()
    assert body["expiresIn"] == 3600
    assert body["accessToken"].count(".") == 2 and body["refreshToken"].count(".") == 2


@pytest.mark.parametrize(
    ("email", "password"),
    [("admin@demo.local", "wrong"), ("nobody@demo.local", "demo"), ("ADMIN@demo.local", "Demo")],
)
def test_wrong_credentials_are_401_with_a_plain_message(
    sandbox: SandboxServer, email: str, password: str
) -> None:
    response = login(sandbox, email, password)
    assert response.status_code == 401
    assert response.json() == {
        "statusCode": 401,
        "message": "Invalid email or password",
        "errors": [],
    }


def test_refresh_rotates_and_the_old_refresh_token_stops_working(sandbox: SandboxServer) -> None:
    first = login(sandbox).json()
    url = f"{sandbox.api_url}/auth/refresh"
    second = httpx.post(url, json={"refreshToken": first["refreshToken"]})
    assert second.status_code == 200
    assert second.json()["refreshToken"] != first["refreshToken"]
    replay = httpx.post(url, json={"refreshToken": first["refreshToken"]})
    assert replay.status_code == 401
    third = httpx.post(url, json={"refreshToken": second.json()["refreshToken"]})
    assert third.status_code == 200
    companies = httpx.get(
        f"{sandbox.api_url}/companies",
        headers={"Authorization": f"Bearer {third.json()['accessToken']}"},
    )
    assert companies.status_code == 200


@pytest.mark.parametrize("token", ["garbage", "a.b.c", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0."])
def test_garbage_tokens_are_401(sandbox: SandboxServer, token: str) -> None:
    response = httpx.get(
        f"{sandbox.api_url}/companies", headers={"Authorization": f"Bearer {token}"}
    )
    assert response.status_code == 401
    assert response.json()["statusCode"] == 401


def test_no_token_at_all_is_401(sandbox: SandboxServer) -> None:
    response = httpx.get(f"{sandbox.api_url}/companies")
    assert response.status_code == 401
    assert "bearer token" in response.json()["message"]


def test_an_access_token_is_not_a_refresh_token(sandbox: SandboxServer) -> None:
    tokens = login(sandbox).json()
    response = httpx.post(
        f"{sandbox.api_url}/auth/refresh", json={"refreshToken": tokens["accessToken"]}
    )
    assert response.status_code == 401


def test_expired_access_token_is_401_and_refresh_recovers(tmp_path: Path) -> None:
    server = start_sandbox(tmp_path, seed="empty", access_ttl=1)
    try:
        tokens = login(server).json()
        assert tokens["expiresIn"] == 1
        headers = {"Authorization": f"Bearer {tokens['accessToken']}"}
        expired = wait_until(
            lambda: httpx.get(f"{server.api_url}/companies", headers=headers).status_code == 401,
            timeout=10,
        )
        assert expired
        response = httpx.get(f"{server.api_url}/companies", headers=headers)
        assert response.json()["message"] == "Token has expired"
        fresh = httpx.post(
            f"{server.api_url}/auth/refresh", json={"refreshToken": tokens["refreshToken"]}
        )
        assert fresh.status_code == 200
    finally:
        server.stop()


def test_passwords_are_stored_as_scrypt_hashes(sandbox: SandboxServer) -> None:
    engine = create_engine(f"sqlite:///{sandbox.config.database_path}")
    with engine.connect() as conn:
        hashes = [row[0] for row in conn.execute(select(users.c.password_hash))]
    engine.dispose()
    assert hashes and all(h.startswith("scrypt$") and "demo" not in h for h in hashes)


def test_each_data_dir_has_its_own_signing_key(sandbox: SandboxServer, tmp_path: Path) -> None:
    other = start_sandbox(tmp_path, seed="empty")
    try:
        token = login(other).json()["accessToken"]
        response = httpx.get(
            f"{sandbox.api_url}/companies", headers={"Authorization": f"Bearer {token}"}
        )
        assert response.status_code == 401
        assert (tmp_path / "signing.key").stat().st_mode & 0o777 == 0o600
    finally:
        other.stop()
