"""The sandbox as a program: restarts keep data, the CLI, the OpenAPI document."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import httpx

from arkan_desktop.sandbox.server import SandboxServer
from tests.conftest import start_sandbox
from tests.sandbox.conftest import Api


def test_data_and_tokens_survive_a_restart(tmp_path: Path) -> None:
    server = start_sandbox(tmp_path, seed="empty")
    api = Api(server, "admin@demo.local")
    created = api.ok(api.post("/crm/clients", {"name": f"Persistent {uuid.uuid4()}"}))
    port = server.port
    server.stop()
    assert not server.running
    with httpx.Client() as client:
        try:
            client.get(f"{server.api_url}/openapi.json", timeout=1)
            raise AssertionError("the server should be down")
        except httpx.TransportError:
            pass
    server.start()
    assert server.port == port
    assert api.ok(api.get(f"/crm/clients/{created['id']}"))["name"] == created["name"]
    server.stop()
    assert oct(os.stat(tmp_path / "sandbox.sqlite3").st_mode & 0o777) == oct(0o600)


def test_openapi_marks_assumed_endpoints(sandbox: SandboxServer) -> None:
    doc = httpx.get(f"{sandbox.api_url}/openapi.json", timeout=60).json()
    paths = doc["paths"]
    assert "/api/v1/inventory/warehouses" in paths
    assert "assumed" in paths["/api/v1/inventory/warehouses"]["get"]["tags"]
    assert "assumed" not in paths["/api/v1/inventory/products"]["get"]["tags"]
    assert "/api/v1/auth/login" in paths


def test_cli_serves_and_prints_url_and_logins(tmp_path: Path) -> None:
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "arkan_desktop.sandbox",
            "--port",
            "0",
            "--data",
            str(tmp_path),
            "--seed",
            "empty",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        assert proc.stdout is not None
        lines = []
        for line in proc.stdout:
            lines.append(line)
            if "serving" in line:
                break
        url = lines[-1].split("serving ", 1)[1].split()[0]
        assert url.startswith("http://127.0.0.1:")
        response = httpx.post(
            f"{url}/auth/login", json={"email": "admin@demo.local", "password": "demo"}
        )
        assert response.status_code == 200
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    assert proc.returncode == 0


def test_cli_rejects_bad_options_in_one_line(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "arkan_desktop.sandbox",
            "--data",
            str(tmp_path),
            "--chaos",
            "error=5",
        ],
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "arkan-sandbox: chaos error: 5.0 is not between 0 and 1"
    ]
    result = subprocess.run(
        [sys.executable, "-m", "arkan_desktop.sandbox", "--plan", "gold"],
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2 and "invalid choice: 'gold'" in result.stderr
