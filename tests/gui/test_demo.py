"""`arkan-desktop --demo` as a user starts it: the bundled sandbox runs as a child process,
the demo admin is signed in, the company's copy is made; Ctrl+C closes the app and the
child goes with it."""

from __future__ import annotations

import contextlib
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import httpx


def wait_for(condition: object, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.1)
    return False


def synced_records(caches: Path) -> int:
    """How many records the first sync has written to the company's cache so far."""
    total = 0
    for path in caches.rglob("*.sqlite3"):
        try:
            with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
                total += db.execute("SELECT count(*) FROM accounts").fetchone()[0]
        except sqlite3.Error:
            pass  # not migrated yet
    return total


def served_url(log: Path) -> str | None:
    if not log.exists():
        return None
    for line in log.read_text(encoding="utf-8").splitlines():
        if line.startswith("arkan-sandbox: serving "):
            return line.split()[2]
    return None


def test_the_demo_starts_its_server_signs_in_and_stops_it_on_exit(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONUNBUFFERED": "1"}
    app = subprocess.Popen(
        [sys.executable, "-m", "arkan_desktop", "--home", str(home), "--demo"], env=env
    )
    try:
        caches = home / "demo-client" / "caches"
        assert wait_for(lambda: any(caches.rglob("*.sqlite3")), 60), "no company was opened"
        url = served_url(home / "logs" / "demo-sandbox.log")
        assert url is not None and url.startswith("http://127.0.0.1:")
        assert (home / "demo-sandbox" / "sandbox.sqlite3").exists()  # kept between runs
        # Quit once the first sync has written something: quitting mid-sync must be clean.
        assert wait_for(lambda: synced_records(caches) > 0, 60), "the first sync wrote nothing"
        app.send_signal(signal.SIGINT)
        assert app.wait(timeout=30) == 0
    finally:
        if app.poll() is None:
            app.kill()
    try:
        httpx.get(f"{url}/companies", timeout=2)
    except httpx.TransportError:
        pass  # the child is gone with the app
    else:
        raise AssertionError("the demo server outlived the app")
