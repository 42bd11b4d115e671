"""--chaos: injected latency, errors, lost responses and dropped sockets, deterministic by seed."""

from __future__ import annotations

import time
import uuid
from pathlib import Path

import httpx
import pytest
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import connect

from arkan_desktop.sandbox.config import ConfigError, parse_chaos
from tests.conftest import start_sandbox
from tests.sandbox.conftest import Api


def statuses(tmp_path: Path, spec: str, n: int = 40) -> list[int]:
    server = start_sandbox(tmp_path, seed="empty", chaos=parse_chaos(spec))
    try:
        api = Api(server, "admin@demo.local")
        return [api.get("/crm/clients", limit=1).status_code for _ in range(n)]
    finally:
        server.stop()


def test_error_rate_is_deterministic_by_seed(tmp_path: Path) -> None:
    first = statuses(tmp_path / "a", "error=0.3,seed=11")
    again = statuses(tmp_path / "b", "error=0.3,seed=11")
    other = statuses(tmp_path / "c", "error=0.3,seed=12")
    assert first == again
    assert first != other
    assert 500 in first and 200 in first


def test_injected_errors_use_the_error_shape_and_change_nothing(tmp_path: Path) -> None:
    server = start_sandbox(tmp_path, seed="empty", chaos=parse_chaos("error=1,seed=1"))
    try:
        response = httpx.post(
            f"{server.api_url}/auth/login", json={"email": "a@b.c", "password": "x"}
        )
        assert response.status_code == 500
        assert set(response.json()) == {"statusCode", "message", "errors"}
        assert "x-ratelimit-limit" in response.headers
    finally:
        server.stop()


def test_latency_is_added(tmp_path: Path) -> None:
    server = start_sandbox(tmp_path, seed="empty", chaos=parse_chaos("latency=150-150ms"))
    try:
        started = time.perf_counter()
        httpx.get(f"{server.api_url}/openapi.json", timeout=60)
        assert time.perf_counter() - started >= 0.15
    finally:
        server.stop()


def test_a_lost_response_still_commits(tmp_path: Path) -> None:
    server = start_sandbox(tmp_path, seed="empty", chaos=parse_chaos("lost=1"))
    try:
        api = Api(server, "admin@demo.local")
        name = f"Lost {uuid.uuid4()}"
        with pytest.raises(httpx.TransportError):
            api.post("/crm/clients", {"name": name})
        found = api.ok(api.get("/crm/clients", search=name))
        assert found["meta"]["total"] == 1
    finally:
        server.stop()


def test_sockets_are_dropped_periodically(tmp_path: Path) -> None:
    server = start_sandbox(tmp_path, seed="empty", chaos=parse_chaos("ws-drop=0.3s"))
    try:
        api = Api(server, "admin@demo.local")
        with connect(f"{server.ws_url}?token={api.tokens['accessToken']}") as ws:
            with pytest.raises(ConnectionClosed) as closed:
                ws.recv(timeout=3)
            assert closed.value.rcvd is not None and closed.value.rcvd.code == 1012
    finally:
        server.stop()


@pytest.mark.parametrize(
    "spec", ["error=2", "latency=fast", "bogus=1", "seed=x", "error", "latency=200-100ms"]
)
def test_bad_chaos_specs_are_explained(spec: str) -> None:
    with pytest.raises(ConfigError, match="chaos"):
        parse_chaos(spec)


def test_a_full_spec_parses() -> None:
    chaos = parse_chaos("latency=20-200ms,error=0.05,lost=0.02,ws-drop=30s,seed=7")
    assert chaos.latency_ms == (20, 200)
    assert (chaos.error_rate, chaos.lost_rate, chaos.ws_drop_seconds, chaos.seed) == (
        0.05,
        0.02,
        30,
        7,
    )
