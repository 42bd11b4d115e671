"""The threads the app runs beside its event loop, made together and shut down together.

The window's app (gui/app.py) makes one `Threads` when it starts and shuts it down when it
quits; every company it opens works on them. The database thread is the only one that
touches a cache (queries, upserts, closing it); the files thread does blocking file and
OS work that is not the database's (opening and migrating a cache file, settings, the
keyring, CSV exports), so the database thread never waits on a disk or a dialog's choice;
the printing thread renders PDFs and hands jobs to printers; the list reader reads big
lists for their views (store/lists), so a list never waits behind a sync page. Nothing
makes a pool at import time. No Qt.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import ParamSpec, TypeVar

from arkan_desktop.store.lists.reader import ListReader
from arkan_desktop.sync.worker import DatabaseWorker

P = ParamSpec("P")
T = TypeVar("T")


async def _run_in(
    executor: ThreadPoolExecutor, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs
) -> T:
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(executor, functools.partial(fn, *args, **kwargs))


@dataclass(frozen=True)
class Threads:
    database: DatabaseWorker
    files: ThreadPoolExecutor
    printing: ThreadPoolExecutor
    lists: ListReader

    @classmethod
    def start(cls) -> Threads:
        reader = ListReader()
        reader.start()
        return cls(
            DatabaseWorker(),
            ThreadPoolExecutor(max_workers=2, thread_name_prefix="arkan-files"),
            ThreadPoolExecutor(max_workers=1, thread_name_prefix="arkan-printing"),
            reader,
        )

    async def in_files(self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        """Run blocking file or OS work off the event loop (never on the database thread)."""
        return await _run_in(self.files, fn, *args, **kwargs)

    async def in_printing(self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        """Render or print off the event loop, one job at a time."""
        return await _run_in(self.printing, fn, *args, **kwargs)

    def shutdown(self) -> None:
        """After the last company has closed: jobs not started are dropped, the database
        thread finishes what it runs (a cache it still writes to must not be cut short)."""
        for pool in (self.files, self.printing):
            pool.shutdown(wait=False, cancel_futures=True)
        self.lists.stop()  # reads not begun are dropped, the one under way finishes
        self.database.shutdown()
