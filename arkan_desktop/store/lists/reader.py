"""The list reader: one thread that reads lists for the views, beside the database worker.

Lists only read (SQLite in WAL mode lets readers run beside the writer), and a user who
types in a filter box must not wait behind a sync's page of upserts or a tab's totals
query on the database worker. So list loads, anchors and far blocks run here, one at a
time; writes and everything else stay on the worker. The application makes one reader
when it starts and stops it when it ends (gui/app.py); nothing makes one at import. No Qt.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")


class ListReaderStopped(RuntimeError):
    """A read was asked of a reader that is not running (before start, after stop)."""


class ListReader:
    def __init__(self, name: str = "arkan-lists") -> None:
        self._name = name
        self._executor: concurrent.futures.ThreadPoolExecutor | None = None

    @property
    def running(self) -> bool:
        return self._executor is not None

    def start(self) -> None:
        """Start the thread (once; starting a running reader does nothing)."""
        if self._executor is None:
            self._executor = concurrent.futures.ThreadPoolExecutor(
                max_workers=1, thread_name_prefix=self._name
            )

    def stop(self) -> None:
        """Drop the reads not yet begun and wait for the one under way, if any."""
        executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)

    async def read(self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        """Run `fn` on the reader thread and await its result."""
        executor = self._executor
        if executor is None:
            raise ListReaderStopped(f"the list reader {self._name} is not running")
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(executor, functools.partial(fn, *args, **kwargs))
