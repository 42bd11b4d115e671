"""Fixtures for the Arvalox window tests: one Arvalox sandbox per test module."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from arkan_desktop.sandbox.server import SandboxServer
from tests.gui.arvalox.helpers import start_arvalox


@pytest.fixture(scope="module")
def arvalox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxServer]:
    server = start_arvalox(tmp_path_factory.mktemp("arvalox-gui"))
    yield server
    server.stop()
