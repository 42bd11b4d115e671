"""`arkan-desktop` as a finance admin scripts it: real processes, real sandbox."""

from __future__ import annotations

import contextlib
import io
import json
import logging
import os
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from arkan_desktop.sandbox.server import SandboxServer
from arkan_desktop.store.cache import Cache
from arkan_desktop.store.paths import cache_path
from arkan_desktop.sync.commands import invoices
from tests.sandbox.conftest import COMPANY_1

ROOT = Path(__file__).resolve().parents[1]


def cli(
    home: Path, *args: str, stdin: str = "", keyring: Path | None = None
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ARKAN_DESKTOP_HOME": str(home)}
    if keyring is not None:
        env["PYTHON_KEYRING_BACKEND"] = "tests.support.file_keyring.FileKeyring"
        env["ARKAN_TEST_KEYRING_FILE"] = str(keyring)
    else:
        env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    return subprocess.run(
        [sys.executable, "-m", "arkan_desktop", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=300,
        check=False,
    )


def one_line_failure(result: subprocess.CompletedProcess[str], code: int = 1) -> str:
    assert result.returncode == code, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


def creds(server: SandboxServer, email: str = "admin@demo.local") -> list[str]:
    return ["--server", server.api_url, "--email", email, "--password-stdin"]


def test_version_and_help(tmp_path: Path) -> None:
    assert cli(tmp_path, "--version").stdout.strip() == "arkan-desktop 0.1.0"
    help_text = cli(tmp_path, "--help").stdout
    for command in ("login", "logout", "sync", "status", "outbox"):
        assert command in help_text


def test_help_gives_every_command_a_one_line_description(tmp_path: Path) -> None:
    from arkan_desktop import SANDBOX_CHILD_FLAG
    from arkan_desktop.cli import COMMANDS, build_parser

    result = cli(tmp_path, "--help")
    assert result.returncode == 0, result.stderr
    described = {}
    for line in result.stdout.splitlines():
        words = line.split(maxsplit=1)
        if line.startswith("    ") and not line.startswith("     ") and len(words) == 2:
            described[words[0]] = words[1]  # "    sync       send queued writes, then ..."
    assert set(described) == set(COMMANDS), result.stdout
    assert all(len(text) > 10 for text in described.values()), described
    # The frozen build's sandbox entry is for the app itself, not for users.
    assert SANDBOX_CHILD_FLAG not in result.stdout
    for command in COMMANDS:  # each command's own --help (in-process: argparse only)
        out = io.StringIO()
        with contextlib.redirect_stdout(out), pytest.raises(SystemExit) as exit_:
            build_parser().parse_args([command, "--help"])
        assert exit_.value.code == 0
        assert out.getvalue().startswith(f"usage: arkan-desktop {command}"), command


def test_login_then_sync_json_then_status(tmp_path: Path, sandbox: SandboxServer) -> None:
    login = cli(tmp_path, "login", *creds(sandbox), "--company", COMPANY_1, stdin="demo\n")
    assert login.returncode == 0, login.stderr
    assert "Arkan Demo Trading LLC" in login.stdout
    assert "no usable system keyring" in login.stderr  # said plainly, once

    first = cli(tmp_path, "sync", *creds(sandbox), "--json", stdin="demo\n")
    assert first.returncode == 0, first.stderr
    summary = json.loads(first.stdout)
    assert summary["company"] == COMPANY_1
    assert summary["resources"]["invoices"]["records"] >= 300
    second = json.loads(cli(tmp_path, "sync", *creds(sandbox), "--json", stdin="demo\n").stdout)
    assert second["requests"] == len(second["resources"])  # one request per resource

    status = cli(tmp_path, "status", "--json")
    assert status.returncode == 0
    report = json.loads(status.stdout)
    assert report["server"] == sandbox.api_url and report["company"] == COMPANY_1
    assert report["resources"]["invoices"]["count"] >= 300
    assert report["resources"]["invoices"]["watermark"]
    assert set(report["outbox"]) >= {"pending", "rejected"}
    assert report["lastSync"]
    assert "invoices" in cli(tmp_path, "status").stdout
    # Nothing the client wrote can be read by another user of the machine (SECURITY.md).
    written = [tmp_path, *tmp_path.rglob("*")]
    assert any(p.suffix == ".sqlite3" for p in written) and any(p.suffix == ".log" for p in written)
    for path in written:
        mode = path.stat().st_mode & 0o777
        assert mode & 0o077 == 0, f"{path.relative_to(tmp_path)} is {oct(mode)}"


def test_wrong_password_unreachable_and_bad_url_are_one_line(
    tmp_path: Path, sandbox: SandboxServer
) -> None:
    wrong = cli(tmp_path, "login", *creds(sandbox), stdin="nope\n")
    assert one_line_failure(wrong) == "arkan-desktop: Wrong email or password"
    down = cli(
        tmp_path,
        "login",
        "--server",
        "http://127.0.0.1:9/api/v1",
        "--email",
        "a@b.c",
        "--password-stdin",
        stdin="x\n",
    )
    assert "Cannot reach" in one_line_failure(down)
    bad = cli(
        tmp_path,
        "login",
        "--server",
        "erp.example.com",
        "--email",
        "a@b.c",
        "--password-stdin",
        stdin="x\n",
    )
    assert "http:// or https://" in one_line_failure(bad, code=2)


def test_unknown_company_lists_the_choices(tmp_path: Path, sandbox: SandboxServer) -> None:
    result = cli(tmp_path, "login", *creds(sandbox), "--company", "Acme", stdin="demo\n")
    line = one_line_failure(result)
    assert "No company 'Acme'" in line and "Arkan Demo Trading LLC" in line


def test_sync_without_a_saved_sign_in_says_what_to_do(tmp_path: Path) -> None:
    line = one_line_failure(cli(tmp_path, "sync"))
    assert "login" in line
    line = one_line_failure(cli(tmp_path, "status"))
    assert "No local cache yet" in line


def test_saved_sign_in_is_reused_and_logout_forgets_it(
    tmp_path: Path, sandbox: SandboxServer
) -> None:
    keyring_file = tmp_path / "keyring.json"
    home = tmp_path / "home"
    login = cli(home, "login", *creds(sandbox), stdin="demo\n", keyring=keyring_file)
    assert login.returncode == 0, login.stderr
    assert login.stderr == ""
    stored = json.loads(keyring_file.read_text())
    assert len(stored) == 1  # the refresh token, and nothing else, is in the keyring
    for path in home.rglob("*"):
        if path.is_file():
            token = next(iter(stored.values()))
            assert token.encode() not in path.read_bytes(), f"refresh token leaked into {path}"
    again = cli(home, "sync", "--json", keyring=keyring_file)
    assert again.returncode == 0, again.stderr
    assert cli(home, "logout", keyring=keyring_file).returncode == 0
    assert json.loads(keyring_file.read_text()) == {}
    assert "login" in one_line_failure(cli(home, "sync", keyring=keyring_file))


def queue_offline_invoice(
    home: Path, server: SandboxServer, partner_id: str, product: dict[str, Any]
) -> str:
    with Cache.open(cache_path(home, server.api_url, COMPANY_1)) as cache:
        write = invoices.create_invoice(
            {
                "partnerId": partner_id,
                "lines": [
                    {
                        "productId": product["id"],
                        "description": "Too many",
                        "quantity": "999999",
                        "unitPrice": "1.00",
                        "taxRate": "5",
                    }
                ],
            },
            "AED",
        )
        row = cache.enqueue(write.entry, write.effect)
        return row.id


def test_outbox_lists_rejections_and_discards(tmp_path: Path, sandbox: SandboxServer) -> None:
    assert (
        cli(tmp_path, "sync", *creds(sandbox), "--company", COMPANY_1, stdin="demo\n").returncode
        == 0
    )
    with Cache.open(cache_path(tmp_path, sandbox.api_url, COMPANY_1)) as cache:
        client = next(iter(cache.ids("clients")))
        product_id = next(iter(cache.ids("products")))
        product = cache.get("products", product_id)
    assert product is not None
    row_id = queue_offline_invoice(tmp_path, sandbox, client, product)
    listed = json.loads(cli(tmp_path, "outbox", "--json").stdout)
    assert [r["id"] for r in listed] == [row_id] and listed[0]["status"] == "pending"

    # Creating the draft is accepted; this proves the row leaves and the outbox empties.
    sync = cli(tmp_path, "sync", *creds(sandbox), "--json", stdin="demo\n")
    assert json.loads(sync.stdout)["outbox"]["sent"] == 1
    assert cli(tmp_path, "outbox").stdout.strip() == "The outbox is empty"

    row_id = queue_offline_invoice(
        tmp_path, sandbox, "6f1c1d8e-0000-4000-8000-000000000000", product
    )
    sync = cli(tmp_path, "sync", *creds(sandbox), "--json", stdin="demo\n")
    assert json.loads(sync.stdout)["outbox"]["rejected"] == 1
    listing = cli(tmp_path, "outbox").stdout
    assert row_id[:8] in listing and "rejected" in listing and "partnerId" in listing
    assert cli(tmp_path, "outbox", "retry").returncode == 1
    discard = cli(tmp_path, "outbox", "discard", row_id[:8])
    assert discard.returncode == 0 and "Discarded" in discard.stdout
    assert json.loads(cli(tmp_path, "outbox", "--json").stdout) == []


@pytest.mark.parametrize("args", [["outbox", "discard", "nope"], ["outbox", "retry", "zzz"]])
def test_outbox_actions_on_unknown_rows(
    tmp_path: Path, sandbox: SandboxServer, args: list[str]
) -> None:
    assert cli(tmp_path, "sync", *creds(sandbox), stdin="demo\n").returncode == 0
    assert "No single outbox row" in one_line_failure(cli(tmp_path, *args))


def test_the_log_file_rotates_and_every_file_stays_private(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A desktop install runs for years: the log starts afresh past its size, keeping the
    last few, and each file (the fresh one after a rotation too) is readable by its owner
    only."""
    from arkan_desktop import cli as cli_module

    monkeypatch.setattr(cli_module, "LOG_MAX_BYTES", 4000)
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    noisy = {name: logging.getLogger(name).level for name in ("httpx", "httpcore", "websockets")}
    try:
        cli_module._setup_logging(tmp_path)
        for n in range(400):
            logging.getLogger("arkan_desktop.tests").info("line %03d %s", n, "x" * 40)
    finally:
        for handler in [h for h in root.handlers if h not in handlers]:
            root.removeHandler(handler)
            handler.close()
        root.setLevel(level)
        for name, was in noisy.items():
            logging.getLogger(name).setLevel(was)
    logs = tmp_path / "logs"
    names = sorted(p.name for p in logs.iterdir())
    backups = [f"arkan-desktop.log.{n}" for n in range(1, cli_module.LOG_BACKUPS + 1)]
    assert names == ["arkan-desktop.log", *backups]  # the oldest lines are gone
    for path in logs.iterdir():
        assert path.stat().st_size <= 4000
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
    assert "line 399" in (logs / "arkan-desktop.log").read_text(encoding="utf-8")
