"""`arkan-desktop --demo` as a user starts it: the bundled sandbox runs as a child process,
the demo admin is signed in, the company's copy is made; Ctrl+C closes the app and the
child goes with it. The demo server keeps one port and one data folder, says how far its
first start's seeding is (and only then), and the app keeps one cache for it whatever
port it gets, so a write queued while the demo server was down goes out at the next
start."""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

import httpx
import pytest
from pytestqt.qtbot import QtBot

from arkan_desktop.domain.commands import Command
from arkan_desktop.gui.app import ArkanDesktopApp
from arkan_desktop.gui.demo_sandbox import DemoSandbox
from arkan_desktop.gui.tasks import spawn
from arkan_desktop.store.models.outbox import SENT
from arkan_desktop.store.outbox import OutboxEntry
from arkan_desktop.sync.commands.descriptions import describe
from tests.gui.conftest import run, wait_live
from tests.sandbox.conftest import COMPANY_1, Api

START = 300.0  # seconds: seeding and a first sync on a busy machine


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


@dataclass
class SeededDemo:
    """A demo data folder seeded by a first start, and what that start said on the way."""

    folder: Path
    url: str
    steps: list[tuple[int, int]] = field(default_factory=list)
    seeded: bool = False


def demo_sandbox(folder: Path, steps: list[tuple[int, int]] | None = None) -> DemoSandbox:
    def seeding(done: int, total: int) -> None:
        if steps is not None:
            steps.append((done, total))

    return DemoSandbox(folder, folder.parent / "demo-sandbox.log", on_seeding=seeding)


@pytest.fixture(scope="module")
def seeded_demo(tmp_path_factory: pytest.TempPathFactory) -> SeededDemo:
    """The demo server's first start, as a child process: seeds the folder the tests copy."""
    folder = tmp_path_factory.mktemp("demo") / "demo-sandbox"
    steps: list[tuple[int, int]] = []
    child = demo_sandbox(folder, steps)

    async def first_start() -> str:
        try:
            return await child.start()
        finally:
            await child.stop()

    url = asyncio.run(first_start())
    return SeededDemo(folder, url, steps, child.seeded)


def test_the_demo_server_says_how_far_its_first_start_is_and_keeps_its_port(
    seeded_demo: SeededDemo, tmp_path: Path
) -> None:
    steps = seeded_demo.steps
    assert seeded_demo.seeded and steps[0][0] == 0  # said as seeding began...
    assert [done for done, _ in steps] == list(range(len(steps)))  # ...and per company
    assert steps[-1][0] == steps[-1][1] >= 2
    folder = tmp_path / "demo-sandbox"
    shutil.copytree(seeded_demo.folder, folder)
    later: list[tuple[int, int]] = []

    async def start_and_stop(child: DemoSandbox) -> str:
        try:
            return await child.start()
        finally:
            await child.stop()

    again = demo_sandbox(folder, later)
    assert asyncio.run(start_and_stop(again)) == seeded_demo.url  # the same port
    assert not again.seeded and later == []  # nothing to prepare: nothing said
    port = again.kept_port()
    with socket.create_server(("127.0.0.1", port)):  # another program holds the port now
        elsewhere = demo_sandbox(folder, later)
        url = asyncio.run(start_and_stop(elsewhere))
    assert url.startswith("http://127.0.0.1:") and url != seeded_demo.url
    assert elsewhere.kept_port() == port and later == []  # tried first again next time


def test_two_demo_starts_keep_one_cache_and_send_the_write_queued_while_the_server_was_down(
    qtbot: QtBot, qloop: object, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    name = f"Queued while the demo server was down {time.monotonic_ns()}"
    first = ArkanDesktopApp(home, demo=True)
    try:
        spawn(first.start(), "first-demo-start")
        # The first start prepares the demo data, and the sign-in window counts it out.
        qtbot.waitUntil(lambda: first.signin is not None, timeout=60_000)
        signin = first.signin
        assert signin is not None
        qtbot.waitUntil(
            lambda: (
                signin.message_label.text().startswith(
                    "Preparing the demo data (only the first start does this): "
                )
                and signin.busy_bar.maximum() >= 2
            ),
            timeout=int(START * 1000),
        )
        wait_live(qtbot, first, timeout=START)
        assert first.sandbox is not None and first.sandbox.seeded
        first_url = first.sandbox.url
        context, live, sandbox = first.company, first.live, first.sandbox
        assert context is not None and live is not None and sandbox is not None
        cache = context.workspace.cache.path
        run(qtbot, sandbox.stop())  # the demo server goes away (it crashed, it was killed)
        qtbot.waitUntil(lambda: live.connection != "online", timeout=60_000)
        entry = OutboxEntry(
            Command("clients", "create", None, {"name": name}),
            describe("customer.create", name=name),
        )
        row = run(qtbot, live.company.queue_entry(entry))
    finally:
        run(qtbot, first.shutdown(), timeout=60)

    again = ArkanDesktopApp(home, demo=True)
    kept = DemoSandbox(home / "demo-sandbox", tmp_path / "unused.log").kept_port()
    assert kept > 0
    # Another program took the demo's port meanwhile: the demo serves elsewhere this time.
    with socket.create_server(("127.0.0.1", kept)):
        try:
            spawn(again.start(), "second-demo-start")
            wait_live(qtbot, again, timeout=START)
            context = again.company
            assert context is not None and again.sandbox is not None
            assert not again.sandbox.seeded  # so the window never said it prepared anything
            assert again.sandbox.url != first_url
            assert context.workspace.cache.path == cache  # the same cache: not "Never synced" again
            caches = sorted((home / "demo-client" / "caches").rglob("*.sqlite3"))
            assert [p.name for p in caches] == [cache.name]  # nothing left behind
            server = Api(SimpleNamespace(api_url=again.sandbox.url), "admin@demo.local", COMPANY_1)

            def on_server() -> list[str]:
                found = server.get("/crm/clients", search=name).json()["data"]
                return [client["name"] for client in found]

            qtbot.waitUntil(lambda: on_server() == [name], timeout=60_000)  # sent, once
            sent = run(qtbot, context.outbox.row(row.id))
            assert sent is not None and sent.status == SENT
        finally:
            run(qtbot, again.shutdown(), timeout=60)
