"""The one thread that touches the local cache.

SQLite has one writer, and the UI thread must never wait on a bulk upsert or a big
query, so every cache call from async code goes through `DatabaseWorker.run`, which
executes it on a single dedicated thread and hands back an awaitable (Anki's taskman,
Electrum's sql_db). Results come back on whichever event loop awaited them.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")


class DatabaseWorker:
    def __init__(self, name: str = "arkan-cache") -> None:
        self._executor = concurrent.futures.ThreadPoolExecutor(
            max_workers=1, thread_name_prefix=name
        )

    async def run(self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, functools.partial(fn, *args, **kwargs))

    def shutdown(self) -> None:
        self._executor.shutdown(wait=True)
