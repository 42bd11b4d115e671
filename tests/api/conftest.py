"""Fixtures for the API client tests: an in-memory keyring, fresh sandboxes, an async runner.

There is no OS keyring on a CI machine, so every test here replaces it with
`MemoryKeyring`, a real keyring backend that keeps secrets in a dict for the test's life.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import keyring
import keyring.errors
import pytest
from keyring.backend import KeyringBackend

from arkan_desktop.api.session import ApiSession
from arkan_desktop.sandbox.server import SandboxServer
from tests.conftest import start_sandbox
from tests.sandbox.conftest import COMPANY_1

T = TypeVar("T")


class MemoryKeyring(KeyringBackend):
    """A keyring backend in memory: stands in for the OS keyring (none exists here)."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.secrets[(service, username)]
        except KeyError:
            raise keyring.errors.PasswordDeleteError("nothing stored") from None


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Replace the OS keyring for the duration of a test."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def run(coro: Awaitable[T], timeout: float = 30.0) -> T:
    """Run one async test body to completion, with a deadline."""

    async def bounded() -> T:
        async with asyncio.timeout(timeout):
            return await coro

    return asyncio.run(bounded())


async def eventually(condition: Callable[[], bool], timeout: float = 5.0) -> None:
    """Wait until `condition()` holds, polling, or fail at the deadline."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"condition not met within {timeout} s")
        await asyncio.sleep(0.02)


async def signed_in(
    server: SandboxServer,
    email: str = "admin@demo.local",
    company_id: str | None = COMPANY_1,
    **options: Any,
) -> ApiSession:
    session = ApiSession(server.api_url, **options)
    await session.sign_in(email, "demo")
    session.company_id = company_id
    return session


def chain_text(error: BaseException) -> str:
    """str and repr of an exception and of everything chained to it (not source lines)."""
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    stack = [error]
    while stack:
        current = stack.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        parts += [str(current), repr(current), *map(repr, current.args)]
        stack += [e for e in (current.__cause__, current.__context__) if e is not None]
    return "\n".join(parts)


def fresh_sandbox(path: Path, **options: object) -> SandboxServer:
    options.setdefault("seed", "empty")
    return start_sandbox(path, **options)


@pytest.fixture(scope="module")
def short_tokens(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxServer]:
    """A sandbox whose access tokens live 2 s."""
    server = fresh_sandbox(tmp_path_factory.mktemp("ttl2"), access_ttl=2)
    yield server
    server.stop()
