"""Starting coroutines from Qt slots without losing them or their errors.

A task started with `spawn` is kept referenced until it ends (asyncio only keeps weak
references), and an unexpected exception reaches `sys.excepthook` (pytest-qt turns that
into a test failure; the app logs it) instead of vanishing with the task.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Coroutine
from typing import Any, TypeVar

log = logging.getLogger(__name__)
T = TypeVar("T")

_running: set[asyncio.Task[Any]] = set()


def _finished(task: asyncio.Task[Any]) -> None:
    _running.discard(task)
    if task.cancelled():
        return
    error = task.exception()
    if error is not None:
        log.error("task %s failed", task.get_name(), exc_info=error)
        sys.excepthook(type(error), error, error.__traceback__)


def spawn(coro: Coroutine[Any, Any, T], name: str) -> asyncio.Task[T]:
    """Run `coro` on the event loop; errors it does not handle are reported, not lost."""
    task = asyncio.ensure_future(coro)
    task.set_name(name)
    _running.add(task)
    task.add_done_callback(_finished)
    return task


async def cancel_all() -> None:
    """Cancel every task still running (at shutdown) and wait for them to end; not the
    one calling it (it would wait for itself)."""
    current = asyncio.current_task()
    tasks = [t for t in _running if not t.done() and t is not current]
    for task in tasks:
        task.cancel()
    if tasks:
        await asyncio.gather(*tasks, return_exceptions=True)
