"""A desk against a broken server: the CLI as a real process, timed and measured.

`broken` is a `BrokenServer` in front of the session's sandbox (tests/support). `desk`
is a data folder with a first sync done through it while the server behaved, copied
fresh for each test from one made per session. Each run signs in with the password on
stdin (refresh tokens rotate, so copies of one keyring could not all resume; there is
no keyring here, as on a headless server). `run_cli` runs `arkan-desktop` as a child
process and reports its exit code, its output, how long it took and its peak memory
(from `wait4`: the child's own rusage).
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from arkan_desktop.sandbox.server import SandboxServer
from tests.support.broken_server import BrokenServer, gzip_bomb

ROOT = Path(__file__).resolve().parents[2]
# The bounds for every mode.
MAX_SECONDS = 60.0
MAX_PEAK_MB = 300.0


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str
    seconds: float
    peak_mb: float

    @property
    def lines(self) -> list[str]:
        return self.stderr.strip().splitlines()


@dataclass
class Desk:
    home: Path
    server_url: str

    def env(self) -> dict[str, str]:
        return {
            **os.environ,
            "ARKAN_DESKTOP_HOME": str(self.home),
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        }

    def cache_file(self) -> Path:
        [found] = list((self.home / "caches").rglob("*.sqlite3"))
        return found

    def sync(self, *args: str, **options: object) -> Run:
        """`arkan-desktop sync ARGS`, signing in with the demo password."""
        creds = ("--server", self.server_url, "--email", "admin@demo.local", "--password-stdin")
        return run_cli(self, "sync", *creds, *args, stdin="demo\n", **options)  # type: ignore[arg-type]


def run_cli(
    desk: Desk,
    *args: str,
    stdin: str = "",
    timeout: float = 120.0,
    interrupt_when: str | None = None,
) -> Run:
    """`arkan-desktop ARGS` in a child process; `interrupt_when`: send it Ctrl+C (SIGINT)
    as soon as its stderr shows this text."""
    desk.home.parent.mkdir(parents=True, exist_ok=True)
    out_path = desk.home.parent / f"out-{time.monotonic_ns()}"
    err_path = desk.home.parent / f"err-{time.monotonic_ns()}"
    with out_path.open("w+") as out, err_path.open("w+") as err:
        started = time.monotonic()
        child = subprocess.Popen(
            [sys.executable, "-m", "arkan_desktop", *args],
            stdin=subprocess.PIPE,
            stdout=out,
            stderr=err,
            env=desk.env(),
            cwd=ROOT,
            text=True,
        )
        assert child.stdin is not None
        child.stdin.write(stdin)
        child.stdin.close()
        killer = threading.Timer(timeout, child.kill)
        killer.start()
        watcher = None
        if interrupt_when is not None:
            watcher = threading.Thread(
                target=_interrupt_when, args=(child, err_path, interrupt_when), daemon=True
            )
            watcher.start()
        try:
            _, status, usage = os.wait4(child.pid, 0)
        finally:
            killer.cancel()
        seconds = time.monotonic() - started
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        result = Run(child.returncode, out.read(), err.read(), seconds, usage.ru_maxrss / 1024)
    out_path.unlink()
    err_path.unlink()
    return result


def _interrupt_when(child: subprocess.Popen[str], err_path: Path, text: str) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and child.returncode is None:
        if text in err_path.read_text(errors="replace"):
            child.send_signal(signal.SIGINT)
            return
        time.sleep(0.05)


def integrity(cache_file: Path) -> str:
    with sqlite3.connect(cache_file) as db:
        return str(db.execute("PRAGMA integrity_check").fetchone()[0])


def cached_ids(cache_file: Path, table: str) -> set[str]:
    with sqlite3.connect(cache_file) as db:
        return {row[0] for row in db.execute(f"SELECT id FROM {table}")}


@pytest.fixture(scope="session")
def bomb() -> bytes:
    """The gzip bomb, built once (about 4 s)."""
    return gzip_bomb()


@pytest.fixture(scope="session")
def broken(sandbox: SandboxServer) -> Iterator[BrokenServer]:
    with BrokenServer(sandbox.url) as server:
        yield server


@pytest.fixture
def behaving(broken: BrokenServer) -> Iterator[BrokenServer]:
    """The broken server, behaving at the start and again at the end of each test."""
    broken.set("none", where=r"^/accounting/invoices$")
    broken.retry_after = "86400"
    yield broken
    broken.set("none", where=r"^/accounting/invoices$")


@pytest.fixture(scope="session")
def signed_in_desk(
    broken: BrokenServer, tmp_path_factory: pytest.TempPathFactory
) -> Desk:
    """A desk signed in through the broken server (behaving) with a first sync done."""
    desk = Desk(tmp_path_factory.mktemp("desk") / "home", broken.api_url)
    broken.set("none")
    first = desk.sync()
    assert first.returncode == 0, first.stderr
    return desk


@pytest.fixture
def desk(signed_in_desk: Desk, behaving: BrokenServer, tmp_path: Path) -> Desk:
    """A copy of the synced desk of its own (its cache and settings)."""
    copy = Desk(tmp_path / "home", signed_in_desk.server_url)
    shutil.copytree(signed_in_desk.home, copy.home)
    return copy
