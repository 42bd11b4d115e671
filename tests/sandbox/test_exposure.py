"""`arkan-sandbox` listening beyond loopback warns, and keeps the demo password off the banner."""

from __future__ import annotations

import contextlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from arkan_desktop.sandbox.server import SandboxServer, beyond_loopback


def banner(data: Path, *options: str) -> tuple[str, str]:
    """Start the CLI, read its banner up to "press Ctrl+C", stop it: (stdout, stderr)."""
    command = [sys.executable, "-m", "arkan_desktop.sandbox", "--port", "0", "--data", str(data)]
    with subprocess.Popen(
        [*command, *options], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    ) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        out = []
        try:
            for line in proc.stdout:  # ends when the process does, if it never gets there
                out.append(line)
                if "press Ctrl+C" in line:
                    break
        finally:
            proc.terminate()
            _, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    return "".join(out), err


def demo_data(sandbox: SandboxServer, where: Path) -> Path:
    """A copy of the shared sandbox's demo data (seeding anew takes seconds)."""
    where.mkdir()
    source = sqlite3.connect(sandbox.config.database_path)
    copy = sqlite3.connect(where / "sandbox.sqlite3")
    with contextlib.closing(source), contextlib.closing(copy):
        source.backup(copy)
    return where


def test_listening_on_every_interface_warns_and_hides_the_demo_password(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    data = demo_data(sandbox, tmp_path / "demo")
    out, err = banner(data, "--host", "0.0.0.0", "--seed", "demo")
    assert "WARNING: listening on 0.0.0.0, beyond this machine" in err
    assert "demo accounts, whose passwords everyone knows" in err
    assert "admin@demo.local" in out
    assert "'demo'" not in out

    out, err = banner(data, "--host", "127.0.0.1")
    assert "WARNING" not in err
    assert "password 'demo'" in out


@pytest.mark.parametrize("flavour", ["published", "real"])
def test_the_arvalox_banners_keep_keys_and_passwords_off_the_network(
    tmp_path: Path, flavour: str
) -> None:
    from arkan_desktop.sandbox.arvalox import store
    from arkan_desktop.sandbox.arvalox.real import seed as real

    out, err = banner(
        tmp_path,
        "--host",
        "0.0.0.0",
        "--flavor",
        "arvalox",
        "--flavour",
        flavour,
        "--seed",
        "empty",
    )
    assert "WARNING: listening on 0.0.0.0" in err
    assert "demo sign-in:" in out
    for secret in (store.DEMO_API_KEY, f"'{store.DEMO_PASSWORD}'", f"'{real.DEMO_PASSWORD}'"):
        assert secret not in out


@pytest.mark.parametrize(
    ("host", "beyond"),
    [
        ("127.0.0.1", False),
        ("127.0.0.2", False),
        ("::1", False),
        ("localhost", False),
        ("0.0.0.0", True),
        ("::", True),
        ("192.168.1.20", True),
    ],
)
def test_which_hosts_are_beyond_loopback(host: str, beyond: bool) -> None:
    assert beyond_loopback(host) is beyond
