"""Unexpected errors, wherever they happen: logged with their traceback, and said to the
user in one plain sentence.

`ErrorReport` takes over `sys.excepthook` (an exception in a Qt slot, or in a task started
with gui.tasks.spawn), `threading.excepthook` (a worker thread) and the asyncio loop's
exception handler (a callback or a task nobody awaited). Each error goes to the log with
its traceback and, on the UI thread, to `show` as one sentence: a notice in the window,
never a dialog, never only stderr. A burst of errors is one notice that counts them.
gui/app.py installs it for the running app and removes it when the app ends.
"""

from __future__ import annotations

import asyncio
import logging
import sys
import threading
from collections.abc import Callable
from types import TracebackType
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

log = logging.getLogger(__name__)

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


class ErrorReport(QObject):
    sig_reported = Signal(str)
    """An unexpected error was logged: the sentence shown (emitted on the UI thread)."""
    _sig_arrived = Signal()

    def __init__(self, show: Callable[[str], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.show = show
        self.count = 0  # errors reported since the app started
        self._installed: tuple[Any, Any, asyncio.AbstractEventLoop | None, Any] | None = None
        # Errors from other threads are said on the UI thread, where widgets live.
        self._sig_arrived.connect(self._say, Qt.ConnectionType.QueuedConnection)

    def sentence(self) -> str:
        if self.count > 1:
            return self.tr(
                "Something went wrong %1 times and was not finished; the details are in the "
                "log file. Your data on the server and on this computer is safe."
            ).replace("%1", str(self.count))
        return self.tr(
            "Something went wrong and was not finished; the details are in the log file. "
            "Your data on the server and on this computer is safe."
        )

    # --- installing --------------------------------------------------------------------

    def install(self, loop: asyncio.AbstractEventLoop | None = None) -> None:
        loop_handler = loop.get_exception_handler() if loop is not None else None
        self._installed = (sys.excepthook, threading.excepthook, loop, loop_handler)
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_hook
        if loop is not None:
            loop.set_exception_handler(self._loop_hook)

    def uninstall(self) -> None:
        if self._installed is None:
            return
        sys.excepthook, threading.excepthook, loop, loop_handler = self._installed
        if loop is not None and not loop.is_closed():
            loop.set_exception_handler(loop_handler)
        self._installed = None

    # --- reporting ---------------------------------------------------------------------

    def report(self, where: str, exc_info: ExcInfo | None) -> None:
        """Log one unexpected error with its traceback, and have it said (any thread)."""
        log.error("unexpected error (%s)", where, exc_info=exc_info)
        self.count += 1
        self._sig_arrived.emit()

    def _say(self) -> None:
        text = self.sentence()
        self.show(text)
        self.sig_reported.emit(text)

    def _excepthook(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        self.report("the window", (kind, error, trace))

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit or args.exc_value is None:
            return
        name = args.thread.name if args.thread is not None else "a thread"
        self.report(name, (args.exc_type, args.exc_value, args.exc_traceback))

    def _loop_hook(self, _loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        error = context.get("exception")
        where = str(context.get("message") or "the event loop")
        if isinstance(error, BaseException):
            self.report(where, (type(error), error, error.__traceback__))
        else:
            log.error("unexpected event loop error: %s", where)
            self.count += 1
            self._sig_arrived.emit()
