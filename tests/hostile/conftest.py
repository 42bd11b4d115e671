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
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from arkan_desktop.sandbox.server import SandboxServer
from tests.sandbox.conftest import COMPANY_1
from tests.support.broken_server import BrokenServer, gzip_bomb

ROOT = Path(__file__).resolve().parents[2]
# The bounds for every mode.
MAX_SECONDS = 60.0
MAX_PEAK_MB = 300.0
# What a terminal would obey: escape sequences, bells, backspaces, carriage returns.
TERMINAL_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# mode -> (seconds, peak MB, exit code, the line): printed after the run (the report).
FIGURES: dict[str, tuple[float, float, int, str]] = {}


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

    def sync(self, *args: str, **options: Any) -> Run:
        """`arkan-desktop sync ARGS`, signing in with the demo password."""
        creds = ("--server", self.server_url, "--email", "admin@demo.local", "--password-stdin")
        return run_cli(self, "sync", *creds, *args, stdin="demo\n", **options)


def run_cli(
    desk: Desk,
    *args: str,
    stdin: str = "",
    timeout: float = 120.0,
    interrupt_when: str | None = None,
    module: str = "arkan_desktop",
    wrapper: Sequence[str] = (),
) -> Run:
    """`arkan-desktop ARGS` in a child process; `interrupt_when`: send it Ctrl+C (SIGINT)
    as soon as its stderr shows this text; `module` runs another entry point (a hook,
    then the CLI); `wrapper` goes before the interpreter (a command that execs it: limits,
    a mount namespace)."""
    desk.home.parent.mkdir(parents=True, exist_ok=True)
    out_path = desk.home.parent / f"out-{time.monotonic_ns()}"
    err_path = desk.home.parent / f"err-{time.monotonic_ns()}"
    with out_path.open("w+") as out, err_path.open("w+") as err:
        started = time.monotonic()
        child = subprocess.Popen(
            [*wrapper, sys.executable, "-m", module, *args],
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
        peak = _Peak(child.pid)
        peak.start()
        watcher = None
        if interrupt_when is not None:
            watcher = threading.Thread(
                target=_interrupt_when, args=(child, err_path, interrupt_when), daemon=True
            )
            watcher.start()
        try:
            _, status = os.waitpid(child.pid, 0)
        finally:
            killer.cancel()
        seconds = time.monotonic() - started
        peak.join()
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        result = Run(child.returncode, out.read(), err.read(), seconds, peak.kilobytes / 1024)
    out_path.unlink()
    err_path.unlink()
    return result


def bounded(
    mode: str, run: Run, *, exit_code: int, line: str | None = None, told: str | None = None
) -> str:
    """The run kept the issue's bounds and ended as expected; its one telling line (the
    failure on stderr, else the summary on stdout; or `told`), noted in FIGURES."""
    assert run.seconds < MAX_SECONDS, f"{mode} took {run.seconds:.1f} s"
    assert run.peak_mb < MAX_PEAK_MB, f"{mode} peaked at {run.peak_mb:.0f} MB"
    assert run.returncode == exit_code, run.stderr
    assert "Traceback" not in run.stderr and "Logging error" not in run.stderr
    assert not TERMINAL_CONTROLS.search(run.stdout + run.stderr), repr(run.stdout + run.stderr)
    if exit_code:
        assert len(run.lines) == 1, run.stderr
        told = run.lines[0]
    else:
        told = told or run.stdout.strip().splitlines()[0]
    if line is not None:
        assert line in told, told
    FIGURES[mode] = (run.seconds, run.peak_mb, run.returncode, told)
    return told


def recovers(desk: Desk, broken: BrokenServer, *args: str) -> Run:
    """The cache is sound, and once the server behaves a sync works."""
    assert integrity(desk.cache_file()) == "ok"
    broken.set("none")
    again = desk.sync(*args)
    assert again.returncode == 0, again.stderr
    assert again.stdout.startswith("Synced "), again.stdout
    return again


class _Peak(threading.Thread):
    """Follows a process's high-water mark of resident memory until it exits."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.status = Path(f"/proc/{pid}/status")
        self.kilobytes = 0

    def run(self) -> None:
        while True:
            try:
                text = self.status.read_text()
            except OSError:
                return
            found = re.search(r"^VmHWM:\s+(\d+) kB", text, re.MULTILINE)
            if found is None:  # a zombie: it has exited
                return
            self.kilobytes = max(self.kilobytes, int(found.group(1)))
            time.sleep(0.02)


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
    broken.requests.clear()
    broken.faulted = 0
    yield broken
    broken.set("none", where=r"^/accounting/invoices$")


@pytest.fixture(scope="session")
def signed_in_desk(broken: BrokenServer, tmp_path_factory: pytest.TempPathFactory) -> Desk:
    """A desk signed in through the broken server (behaving) with a first sync done."""
    desk = Desk(tmp_path_factory.mktemp("desk") / "home", broken.api_url)
    broken.set("none")
    first = desk.sync("--company", COMPANY_1)
    assert first.returncode == 0, first.stderr
    return desk


@pytest.fixture
def desk(signed_in_desk: Desk, behaving: BrokenServer, tmp_path: Path) -> Desk:
    """A copy of the synced desk of its own (its cache and settings)."""
    copy = Desk(tmp_path / "home", signed_in_desk.server_url)
    shutil.copytree(signed_in_desk.home, copy.home)
    return copy


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not FIGURES:
        return
    terminalreporter.section("broken-server modes: seconds, peak MB, exit, the line")
    for mode, (seconds, peak, code, line) in sorted(FIGURES.items()):
        terminalreporter.write_line(f"{mode:<24} {seconds:5.1f} s {peak:5.0f} MB  {code}  {line}")
