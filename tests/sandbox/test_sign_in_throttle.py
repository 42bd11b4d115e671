"""Failed sign-ins are slowed per account and per address, over real loopback HTTP.

Different client addresses are real: the whole of 127.0.0.0/8 is loopback on Linux, so a
client bound to 127.0.0.2 reaches the server from a different address than 127.0.0.3.
Each test signs in with its own addresses and emails, so the tests do not lock each other.
"""

from __future__ import annotations

import statistics
import threading
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from arkan_desktop.sandbox.config import ConfigError, SandboxConfig, SignInLimits
from arkan_desktop.sandbox.server import SandboxServer
from tests.conftest import start_sandbox
from tests.sandbox.conftest import wait_until


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxServer]:
    """A sandbox of this module's own: its locks must not reach the shared one.

    Its first lock lasts a minute, not a second: on a loaded machine more than a second
    can pass between the fifth failure and the next request, and a test of "locked" would
    find the lock already over.
    """
    limits = SignInLimits(
        first_lock_seconds=60, account_lock_cap_seconds=120, address_lock_cap_seconds=300
    )
    started = start_sandbox(
        tmp_path_factory.mktemp("throttle"), seed="empty", sign_in_limits=limits
    )
    yield started
    started.stop()


def sign_in(
    server: SandboxServer,
    email: str,
    password: str = "wrong",
    source: str = "127.0.0.1",
    headers: dict[str, str] | None = None,
) -> httpx.Response:
    """One sign-in from the loopback address `source`."""
    transport = httpx.HTTPTransport(local_address=source)
    with httpx.Client(transport=transport, timeout=30) as client:
        return client.post(
            f"{server.api_url}/auth/login",
            json={"email": email, "password": password},
            headers=headers,
        )


def nobody() -> str:
    return f"nobody-{uuid.uuid4().hex[:12]}@demo.local"


def test_an_account_is_locked_after_five_failures_from_any_addresses(
    server: SandboxServer,
) -> None:
    email = nobody()
    for n in range(5):
        assert sign_in(server, email, source=f"127.0.1.{n + 1}").status_code == 401
    locked = sign_in(server, email, source="127.0.1.9")
    assert locked.status_code == 429
    assert int(locked.headers["Retry-After"]) >= 1
    assert locked.json() == {
        "statusCode": 429,
        "message": f"Too many failed sign-ins; try again in {locked.headers['Retry-After']} s",
        "errors": [],
    }


def test_a_locked_account_is_refused_before_the_password_is_looked_at(
    server: SandboxServer,
) -> None:
    for n in range(5):
        response = sign_in(server, "storekeeper@demo.local", source=f"127.0.2.{n + 1}")
        assert response.status_code == 401
    right = sign_in(server, "storekeeper@demo.local", "demo", source="127.0.2.9")
    assert right.status_code == 429


def test_an_address_is_locked_after_five_failures_on_any_accounts(server: SandboxServer) -> None:
    for _ in range(5):
        assert sign_in(server, nobody(), source="127.0.3.1").status_code == 401
    assert sign_in(server, nobody(), source="127.0.3.1").status_code == 429
    assert sign_in(server, nobody(), source="127.0.3.2").status_code == 401


def test_a_success_resets_the_count(server: SandboxServer) -> None:
    statuses = []
    for _ in range(3):
        statuses += [sign_in(server, "admin@demo.local", source="127.0.4.1").status_code] * 4
        statuses.append(sign_in(server, "admin@demo.local", "demo", source="127.0.4.1").status_code)
    assert statuses == ([401] * 4 + [200]) * 3


def test_parallel_guesses_learn_no_more_than_five_answers(server: SandboxServer) -> None:
    email = nobody()
    with ThreadPoolExecutor(max_workers=30) as pool:
        statuses = list(
            pool.map(lambda _: sign_in(server, email, source="127.0.5.1").status_code, range(30))
        )
    assert statuses.count(401) == 5
    assert statuses.count(429) == 25


def test_parallel_right_passwords_are_never_held_back(server: SandboxServer) -> None:
    with ThreadPoolExecutor(max_workers=20) as pool:
        statuses = list(
            pool.map(
                lambda _: (
                    sign_in(server, "accountant@demo.local", "demo", source="127.0.6.1").status_code
                ),
                range(20),
            )
        )
    assert statuses == [200] * 20


def test_an_attacker_cannot_keep_someone_else_locked_out(tmp_path: Path) -> None:
    """One address guessing without pause; the owner, elsewhere, still gets in soon."""
    limits = SignInLimits(
        first_lock_seconds=0.1, account_lock_cap_seconds=0.4, address_lock_cap_seconds=3.0
    )
    server = start_sandbox(tmp_path, seed="empty", sign_in_limits=limits)
    stop = threading.Event()
    guesses: list[int] = []

    def attack() -> None:
        while not stop.is_set():
            response = sign_in(server, "admin@demo.local", source="127.0.7.66")
            guesses.append(response.status_code)
            if response.status_code == 429:
                stop.wait(0.05)  # retries as soon as it is let in

    attacker = threading.Thread(target=attack)
    attacker.start()
    try:
        # the account has been locked at its cap at least once
        assert wait_until(lambda: guesses.count(401) >= 9, timeout=30)
        started = time.monotonic()
        assert wait_until(
            lambda: (
                sign_in(server, "admin@demo.local", "demo", source="127.0.7.1").status_code == 200
            ),
            timeout=15,
            every=0.1,
        )
        waited = time.monotonic() - started
    finally:
        stop.set()
        attacker.join()
        server.stop()
    assert waited < 5, f"the owner waited {waited:.1f} s"


def test_x_forwarded_for_is_not_believed_by_default(server: SandboxServer) -> None:
    # 127.0.0.1 is the address uvicorn believes proxy headers from unless told otherwise
    statuses = [
        sign_in(
            server, nobody(), source="127.0.0.1", headers={"X-Forwarded-For": f"10.0.0.{n}"}
        ).status_code
        for n in range(1, 7)
    ]
    assert statuses == [401] * 5 + [429]


def test_x_forwarded_for_does_not_dodge_the_address_rate_limit(tmp_path: Path) -> None:
    """Requests without a token share one bucket per address, whatever address they claim.

    The bucket holds 200 and refills 20 a second: 100 requests at once leave it well below
    full when they share it, and every one of them finds it full (199 left) when each
    claimed address gets a bucket of its own.
    """
    server = start_sandbox(tmp_path, seed="empty")

    def remaining(n: int) -> int:
        claimed = {"X-Forwarded-For": f"10.1.0.{n}"}
        response = client.get("/api/v1/nowhere", headers=claimed)
        return int(response.headers["X-RateLimit-Remaining"])

    try:
        with (
            httpx.Client(base_url=server.url) as client,
            ThreadPoolExecutor(max_workers=16) as pool,
        ):
            left = list(pool.map(remaining, range(100)))
    finally:
        server.stop()
    assert min(left) <= 180, f"each claimed address had a bucket of its own: {left}"


def test_x_forwarded_for_is_believed_from_a_trusted_proxy(tmp_path: Path) -> None:
    server = start_sandbox(tmp_path, seed="empty", trusted_proxies=("127.0.9.1",))
    try:
        behind = {"X-Forwarded-For": "10.0.0.1"}
        for _ in range(5):
            response = sign_in(server, nobody(), source="127.0.9.1", headers=behind)
            assert response.status_code == 401
        assert sign_in(server, nobody(), source="127.0.9.1", headers=behind).status_code == 429
        other = {"X-Forwarded-For": "10.0.0.2"}
        assert sign_in(server, nobody(), source="127.0.9.1", headers=other).status_code == 401
        # a client that is not the proxy cannot pose as someone else
        for n in range(5):
            claimed = {"X-Forwarded-For": f"10.0.1.{n}"}
            assert sign_in(server, nobody(), source="127.0.9.2", headers=claimed).status_code == 401
        assert sign_in(server, nobody(), source="127.0.9.2", headers=other).status_code == 429
    finally:
        server.stop()


def test_a_trusted_proxy_must_be_an_address_or_network(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"'proxy\.local' is not an IP address or network"):
        SandboxConfig(data_dir=tmp_path, trusted_proxies=("10.0.0.0/8", "proxy.local"))


def test_an_unknown_email_takes_as_long_as_a_known_one(server: SandboxServer) -> None:
    """Medians of five tries each (alternating), within a factor of two of each other.

    Without the same password work for both, an unknown email answers about ten times
    faster than a known one with a wrong password.
    """
    known: list[float] = []
    unknown: list[float] = []
    url = f"{server.api_url}/auth/login"
    for n in range(5):
        for email, times in (("other@demo.local", known), (nobody(), unknown)):
            transport = httpx.HTTPTransport(local_address=f"127.0.10.{n + 1}")
            with httpx.Client(transport=transport, timeout=30) as client:
                client.get(f"{server.api_url}/openapi.json")  # connected before the clock starts
                started = time.perf_counter()
                response = client.post(url, json={"email": email, "password": "wrong"})
                times.append(time.perf_counter() - started)
            assert response.status_code == 401
    ratio = statistics.median(known) / statistics.median(unknown)
    assert 1 / 2 < ratio < 2, f"known {known}, unknown {unknown}"


@pytest.mark.parametrize("flavour", ["published", "real"])
def test_the_arvalox_flavours_are_throttled_too(tmp_path: Path, flavour: str) -> None:
    server = start_sandbox(tmp_path, flavor="arvalox", arvalox_flavour=flavour, seed="empty")
    try:
        email = f"nobody-{uuid.uuid4().hex[:12]}@example.com"
        for _ in range(5):
            response = sign_in(server, email, "wrong-password", source="127.0.11.1")
            assert response.status_code == 401
        locked = sign_in(server, email, "wrong-password", source="127.0.11.2")
        assert locked.status_code == 429 and "Retry-After" in locked.headers
        assert locked.json()["detail"].startswith("Too many failed sign-ins")
    finally:
        server.stop()
