"""Shared fixtures: a real sandbox server on a free loopback port."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from arkan_desktop.sandbox.config import SandboxConfig
from arkan_desktop.sandbox.server import SandboxServer


def start_sandbox(data_dir: Path, **options: object) -> SandboxServer:
    options.setdefault("plan", "unlimited")
    return SandboxServer(SandboxConfig(data_dir=data_dir, port=0, **options)).start()  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxServer]:
    """One demo sandbox for the whole run; tests create their own records in it."""
    server = start_sandbox(tmp_path_factory.mktemp("sandbox"))
    yield server
    server.stop()


@pytest.fixture(autouse=True)
def _close_sandbox_clients() -> Iterator[None]:
    """Close the `Api` helpers a test opened and left open (their sockets leaked before)."""
    from tests.sandbox.conftest import Api

    before = len(Api.opened)
    yield
    for api in Api.opened[before:]:
        api.close()
    del Api.opened[before:]
