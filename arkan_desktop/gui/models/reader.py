"""The list reader: one thread that reads lists for the views, beside the database worker.

Lists only read (SQLite in WAL mode lets readers run beside the writer), and a user who
types in a filter box must not wait behind a sync's page of upserts or a tab's totals
query on the database worker. So list loads, anchors and far blocks run here, one at a
time; writes and everything else stay on the worker. No Qt.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import functools
import threading
from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")

_lock = threading.Lock()
_executor: concurrent.futures.ThreadPoolExecutor | None = None


def _reader() -> concurrent.futures.ThreadPoolExecutor:
    global _executor
    with _lock:
        if _executor is None:
            _executor = concurrent.futures.ThreadPoolExecutor(
                max_workers=1, thread_name_prefix="arkan-lists"
            )
        return _executor


async def read(fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
    """Run `fn` on the list reader thread and await its result."""
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(_reader(), functools.partial(fn, *args, **kwargs))
