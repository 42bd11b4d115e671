"""An error nothing else caught, in a slot, a thread, a task or a loop callback: logged
with its traceback, and said in the window in one plain sentence (a notice, not a dialog,
not only stderr)."""

from __future__ import annotations

import asyncio
import logging
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from arkan_desktop.gui.app import ArkanDesktopApp
from arkan_desktop.gui.shell.error_report import ErrorReport
from arkan_desktop.gui.tasks import spawn
from tests.gui.conftest import run

ONE_ERROR = (
    "Something went wrong and was not finished; the details are in the log file. "
    "Your data on the server and on this computer is safe."
)


def _broken_slot() -> None:
    raise ZeroDivisionError("the slot's own bug")


async def _broken_task() -> None:
    raise LookupError("the task's own bug")


def _broken_thread() -> None:
    raise ValueError("the thread's own bug")


@pytest.mark.qt_no_exception_capture  # the app's hook, not pytest-qt's, must see them
def test_an_error_in_a_slot_is_logged_and_said_in_one_sentence(
    qtbot: QtBot,
    qloop: asyncio.AbstractEventLoop,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
) -> None:
    desktop = ArkanDesktopApp(tmp_path / "home")
    main = desktop._main_window()
    main.show()
    report = ErrorReport(desktop.show_problem, desktop)
    report.install(qloop)
    try:
        button = QPushButton("Do it", main)
        button.clicked.connect(_broken_slot)
        with caplog.at_level(logging.ERROR):
            button.click()
            qtbot.waitUntil(main.problem_bar.isVisible, timeout=5_000)
            assert main.problem_bar.label.text() == ONE_ERROR
            [logged] = [r for r in caplog.records if r.exc_info]
            assert logged.exc_info is not None and logged.exc_info[0] is ZeroDivisionError
            assert "Traceback (most recent call last)" in caplog.text
            assert "the slot's own bug" in caplog.text and "_broken_slot" in caplog.text

            # A worker thread, a task and a loop callback: the same notice, counted.
            worker = threading.Thread(target=_broken_thread, name="arkan-test-worker")
            worker.start()
            worker.join()
            spawn(_broken_task(), "broken-task")
            qloop.call_soon(_broken_slot)
            qtbot.waitUntil(lambda: report.count >= 4, timeout=5_000)
            qtbot.waitUntil(lambda: "times" in main.problem_bar.label.text(), timeout=5_000)
        for bug in ("the thread's own bug", "the task's own bug", "arkan-test-worker"):
            assert bug in caplog.text
        assert QApplication.activeModalWidget() is None  # a notice, never a dialog
        assert "Traceback" not in capfd.readouterr().err  # not left on stderr
    finally:
        report.uninstall()
        run(qtbot, desktop.shutdown())


def test_uninstalling_gives_the_hooks_back(qloop: asyncio.AbstractEventLoop) -> None:
    import sys

    before = (sys.excepthook, threading.excepthook, qloop.get_exception_handler())
    report = ErrorReport(lambda _text: None)
    report.install(qloop)
    assert sys.excepthook != before[0] and threading.excepthook != before[1]
    report.uninstall()
    assert (sys.excepthook, threading.excepthook, qloop.get_exception_handler()) == before
