"""`arkan-desktop login|sync --server URL --api-key-stdin` against an Arvalox server."""

from __future__ import annotations

import json
from pathlib import Path

from arkan_desktop.sandbox.server import SandboxServer
from tests.arvalox.conftest import DEMO_EMAIL, DEMO_KEY
from tests.test_cli import cli, one_line_failure


def test_sign_in_with_a_key_sync_and_status(arvalox: SandboxServer, tmp_path: Path) -> None:
    keyring_file = tmp_path / "keyring.json"
    home = tmp_path / "home"
    login = cli(
        home,
        "login",
        "--server",
        arvalox.api_url,
        "--api-key-stdin",
        stdin=f"{DEMO_KEY}\n",
        keyring=keyring_file,
    )
    assert login.returncode == 0, login.stderr
    assert "with an API key" in login.stdout
    assert DEMO_KEY in json.loads(keyring_file.read_text()).values()  # in the keyring...
    for path in home.rglob("*"):
        if path.is_file():
            assert DEMO_KEY.encode() not in path.read_bytes(), f"...and nowhere else: {path}"

    sync = cli(home, "sync", "--json", keyring=keyring_file)  # the key comes from the keyring
    assert sync.returncode == 0, sync.stderr
    summary = json.loads(sync.stdout)
    assert set(summary["resources"]) == {"customers", "invoices", "payments"}
    assert summary["resources"]["invoices"]["records"] >= 200

    status = json.loads(cli(home, "status", "--json").stdout)
    assert set(status["resources"]) == {"customers", "invoices", "payments"}
    assert status["resources"]["customers"]["count"] >= 50


def test_the_key_in_the_query_form_and_email_sign_in(
    arvalox: SandboxServer, tmp_path: Path
) -> None:
    by_query = cli(
        tmp_path / "a",
        "sync",
        "--server",
        arvalox.api_url,
        "--api-key-stdin",
        "--key-in-query",
        "--json",
        stdin=f"{DEMO_KEY}\n",
    )
    assert by_query.returncode == 0, by_query.stderr
    by_email = cli(
        tmp_path / "b",
        "sync",
        "--server",
        arvalox.api_url,
        "--kind",
        "arvalox",
        "--email",
        DEMO_EMAIL,
        "--password-stdin",
        "--json",
        stdin="demo\n",
    )
    assert by_email.returncode == 0, by_email.stderr
    assert json.loads(by_email.stdout)["resources"]["payments"]["records"] > 0


def test_a_bad_key_is_one_clear_line(arvalox: SandboxServer, tmp_path: Path) -> None:
    result = cli(
        tmp_path, "login", "--server", arvalox.api_url, "--api-key-stdin", stdin="not-the-key\n"
    )
    line = one_line_failure(result)
    assert "key" in line.lower()
    assert "not-the-key" not in result.stderr + result.stdout
