"""Fixtures for the window tests: a qasync loop on pytest-qt's QApplication, a keyring,
isolated preferences, and a helper to await a coroutine while Qt keeps processing events.

There is no OS keyring on this headless machine (no Secret Service, no Keychain), so every
test here uses `MemoryKeyring`, a real keyring backend that keeps secrets in a dict.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
from collections.abc import Coroutine, Iterator
from pathlib import Path
from typing import Any, TypeVar

import keyring
import pytest
import qasync
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.exceptions import TimeoutError as QtBotTimeout
from pytestqt.qtbot import QtBot

from arkan_desktop.gui.app import ArkanDesktopApp
from arkan_desktop.gui.main_window import MainWindow
from arkan_desktop.gui.models.record_table_model import RecordTableModel
from arkan_desktop.gui.preferences import configure_preferences
from arkan_desktop.gui.shell.module_tab import ModuleTab
from arkan_desktop.gui.tasks import spawn
from arkan_desktop.sandbox.server import SandboxServer
from arkan_desktop.store.lists.reader import ListReader
from tests.api.conftest import MemoryKeyring
from tests.sandbox.conftest import COMPANY_1, Api

T = TypeVar("T")


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def gui_preferences(tmp_path: Path) -> Path:
    configure_preferences(tmp_path)
    return tmp_path / "gui.ini"


@pytest.fixture
def list_reader() -> Iterator[ListReader]:
    """The list reader that the app's threads start, for tests that make list models alone."""
    reader = ListReader()
    reader.start()
    yield reader
    reader.stop()


@pytest.fixture
def qloop(qapp: QApplication) -> Iterator[asyncio.AbstractEventLoop]:
    """asyncio on Qt's event loop, as the app runs it: qtbot.wait* drives both."""
    loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(loop)
    yield loop
    pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
    for task in pending:
        task.cancel()
    for _ in range(20):
        qapp.processEvents()
        if all(t.done() for t in pending):
            break
    # Not loop.stop(): it calls QApplication.exit(), after which every later exec()
    # (pytest-qt's waits in the next tests) returns at once.
    with contextlib.suppress(RuntimeError, TypeError):
        qapp.aboutToQuit.disconnect(loop._after_run_forever)  # type: ignore[attr-defined]
    loop._after_run_forever()  # type: ignore[attr-defined]
    loop._QEventLoop__is_running = False  # type: ignore[attr-defined]
    timer = loop._timer  # type: ignore[attr-defined]
    for timer_id in list(timer._SimpleTimer__callbacks):
        timer.killTimer(timer_id)
    timer._SimpleTimer__callbacks.clear()
    asyncio.events._set_running_loop(None)
    loop.close()
    asyncio.set_event_loop(None)


def run(qtbot: QtBot, coro: Coroutine[Any, Any, T], timeout: float = 20.0) -> T:
    """Await `coro` on the Qt loop, failing at the deadline."""
    task = asyncio.ensure_future(coro)
    try:
        qtbot.waitUntil(task.done, timeout=int(timeout * 1000))
    except QtBotTimeout as timeout_error:
        raise AssertionError(f"not done in {timeout} s; the tasks:\n{_task_stacks()}") from (
            timeout_error
        )
    return task.result()


def _task_stacks() -> str:
    """Where every pending task of the loop waits: what a timed-out `run` was stuck on."""
    out = io.StringIO()
    for pending in asyncio.all_tasks():
        pending.print_stack(limit=12, file=out)
    return out.getvalue()


def sign_in(
    qtbot: QtBot,
    desktop: ArkanDesktopApp,
    server: SandboxServer,
    *,
    company: str | None = COMPANY_1,
    email: str = "admin@demo.local",
    password: str = "demo",
) -> MainWindow:
    """Sign in through the window (and the company picker) and wait for the first sync."""
    spawn(desktop.start(), "test-start")
    qtbot.waitUntil(lambda: desktop.signin is not None and desktop.signin.isVisible())
    signin = desktop.signin
    assert signin is not None
    signin.fill(server.api_url, email, password)
    qtbot.mouseClick(signin.sign_in_button, Qt.MouseButton.LeftButton)
    if company is not None:
        qtbot.waitUntil(lambda: desktop.picker is not None, timeout=10_000)
        picker = desktop.picker
        assert picker is not None and picker.choose(company)
        picker.accept()
    wait_live(qtbot, desktop)
    assert desktop.main is not None
    return desktop.main


def wait_live(qtbot: QtBot, desktop: ArkanDesktopApp, timeout: float = 30.0) -> None:
    qtbot.waitUntil(
        lambda: desktop.live is not None and desktop.live.ready, timeout=int(timeout * 1000)
    )


@pytest.fixture
def desktop(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot, tmp_path: Path
) -> Iterator[ArkanDesktopApp]:
    """The app, not started; closed (sessions, caches, windows) after the test."""
    app = ArkanDesktopApp(tmp_path / "home")
    yield app
    run(qtbot, app.shutdown())


def model_ids(model: RecordTableModel) -> list[str]:
    return model.ids()


@pytest.fixture
def admin(sandbox: SandboxServer) -> Iterator[Api]:
    """The demo admin talking HTTP to the sandbox directly (to act "on the server")."""
    api = Api(sandbox, "admin@demo.local", COMPANY_1)
    yield api
    api.close()


def confirm_posting(qtbot: QtBot, tab: ModuleTab) -> None:
    """Answer the question posting asks first with Enter (its default button posts)."""
    qtbot.waitUntil(lambda: tab.post_question is not None and tab.post_question.isVisible())
    question = tab.post_question
    assert question is not None
    qtbot.keyClick(question, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.post_question is None)
