"""Request bodies over the cap get 413 as they stream in, never after being buffered whole."""

from __future__ import annotations

import json
import socket
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import h11
import httpx
import pytest

from arkan_desktop.sandbox.config import MAX_BODY_BYTES
from arkan_desktop.sandbox.server import SandboxServer
from tests.conftest import start_sandbox
from tests.sandbox.conftest import Api

TOO_LARGE = {
    "statusCode": 413,
    "message": "The request body is larger than the 8 MiB this server accepts",
    "errors": [],
}


def send_and_read(
    server: SandboxServer, path: str, headers: list[tuple[str, str]], parts: Iterator[bytes]
) -> tuple[int, Any]:
    """Send a request's head and body parts over a raw socket, then read the answer.

    The socket has a 20 s timeout: a server that waits for the whole body before answering
    never answers, because these bodies are never finished.
    """
    conn = h11.Connection(our_role=h11.CLIENT)
    with socket.create_connection(("127.0.0.1", server.port), timeout=20) as sock:
        head = [("Host", "127.0.0.1"), ("Content-Type", "application/json"), *headers]
        sock.sendall(conn.send(h11.Request(method="POST", target=path, headers=head)) or b"")
        for part in parts:
            sock.sendall(conn.send(h11.Data(data=part)) or b"")
        status, body = 0, b""
        while True:
            event = conn.next_event()
            if event is h11.NEED_DATA:
                conn.receive_data(sock.recv(65536))
            elif isinstance(event, h11.Response):
                status = event.status_code
            elif isinstance(event, h11.Data):
                body += event.data
            elif isinstance(event, h11.EndOfMessage):
                return status, json.loads(body)


def test_a_declared_200_mb_body_is_refused_before_any_of_it_is_read(
    sandbox: SandboxServer,
) -> None:
    status, body = send_and_read(
        sandbox, "/api/v1/crm/clients", [("Content-Length", str(200 * 1024 * 1024))], iter(())
    )
    assert (status, body) == (413, TOO_LARGE)


def test_a_chunked_body_is_refused_as_soon_as_it_passes_the_cap(sandbox: SandboxServer) -> None:
    chunk = b" " * 65536
    parts = iter([b'{"name": "', *[chunk] * (MAX_BODY_BYTES // len(chunk) + 1)])
    status, body = send_and_read(
        sandbox, "/api/v1/crm/clients", [("Transfer-Encoding", "chunked")], parts
    )
    assert (status, body) == (413, TOO_LARGE)


def test_a_client_sending_a_whole_oversized_body_reads_the_413(admin: Api) -> None:
    response = admin.http.post(
        "/crm/clients",
        content=b"[" + b" " * MAX_BODY_BYTES + b"]",
        headers=admin.headers({"Content-Type": "application/json"}),
    )
    assert response.status_code == 413 and response.json() == TOO_LARGE
    assert admin.get("/crm/clients", limit=1).status_code == 200  # the connection still serves


def test_the_heaviest_legitimate_request_fits(accountant: Api) -> None:
    """A bank statement import of 5,000 lines (its most) with full SWIFT narratives."""
    line = {
        "date": "2026-11-30",
        "amount": "1.00",
        "reference": "R" * 35,
        "memo": "N" * 390,
        "counterparty": "C" * 70,
        "counterpartyAccount": "AE070331234567890123456",
    }
    body = {
        "reference": f"BIG-{uuid.uuid4().hex[:8]}",
        "openingBalance": "0.00",
        "closingBalance": "5000.00",
        "lines": [line] * 5000,
    }
    raw = json.dumps(body).encode()
    assert len(raw) > 3_000_000
    response = accountant.http.post(
        "/accounting/bank-reconciliation/statements",
        content=raw,
        headers=accountant.headers({"Content-Type": "application/json"}),
    )
    assert response.status_code == 201, response.text[:300]
    assert len(response.json()["lines"]) == 5000


def test_a_sign_in_body_has_a_small_cap_of_its_own(sandbox: SandboxServer) -> None:
    response = httpx.post(
        f"{sandbox.api_url}/auth/login",
        json={"email": "admin@demo.local", "password": "x" * 20_000},
    )
    assert response.status_code == 413
    assert response.json()["message"] == (
        "The request body is larger than the 16 KiB this server accepts"
    )


@pytest.fixture(scope="module")
def arvalox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxServer]:
    server = start_sandbox(tmp_path_factory.mktemp("arvalox"), flavor="arvalox", seed="empty")
    yield server
    server.stop()


def test_the_arvalox_flavour_refuses_in_its_own_error_shape(arvalox: SandboxServer) -> None:
    status, body = send_and_read(
        arvalox, "/v1/customers", [("Content-Length", str(200 * 1024 * 1024))], iter(())
    )
    assert status == 413
    assert body["detail"] == TOO_LARGE["message"]
    assert set(body) == {"detail", "error_code", "field_errors"}
    chunk = b" " * 65536
    parts = iter([b"{", *[chunk] * (MAX_BODY_BYTES // len(chunk) + 1)])
    status, body = send_and_read(
        arvalox, "/v1/customers", [("Transfer-Encoding", "chunked")], parts
    )
    assert status == 413 and body["detail"] == TOO_LARGE["message"]


def test_the_real_arvalox_flavour_refuses_in_fastapis_error_shape(tmp_path: Path) -> None:
    server = start_sandbox(tmp_path, flavor="arvalox", arvalox_flavour="real", seed="empty")
    try:
        status, body = send_and_read(
            server,
            "/api/v1/auth/register",
            [("Content-Length", str(200 * 1024 * 1024))],
            iter(()),
        )
    finally:
        server.stop()
    assert (status, body) == (413, {"detail": TOO_LARGE["message"]})
