"""At quit: the last queued writes get a few seconds to leave, and what stays is said.

The windows are gone by then (the app hides them first), so a slow server costs the user
no waiting at a frozen window; whatever is still queued when the time is up stays in the
cache's outbox, is said on stderr and in the log, and goes at the next start (whose
status bar says so too).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sys

from arkan_desktop.api.errors import ApiError
from arkan_desktop.gui.session import CompanyContext
from arkan_desktop.store.cache import Cache
from arkan_desktop.store.models.outbox import IN_FLIGHT, PENDING
from arkan_desktop.store.outbox import outbox_counts

log = logging.getLogger(__name__)

FLUSH_SECONDS = 5.0  # at quit, how long the last queued writes may take to leave


def waiting_writes(cache: Cache) -> int:
    """Writes in the outbox not sent yet (blocking: run it on the database worker)."""
    with cache.reading() as session:
        counts = outbox_counts(session)
    return counts.get(PENDING, 0) + counts.get(IN_FLIGHT, 0)


async def send_last_writes(context: CompanyContext, seconds: float = FLUSH_SECONDS) -> int:
    """Send what the outbox holds, for at most `seconds`; how many writes still wait."""
    try:
        waiting = await context.worker.run(waiting_writes, context.cache)
        if waiting and context.online:
            with contextlib.suppress(TimeoutError, ApiError):
                async with asyncio.timeout(seconds):  # not wait_for: it can lose a cancel
                    await context.service.send_outbox()
            waiting = await context.worker.run(waiting_writes, context.cache)
    except Exception:  # closing up goes on whatever happens here
        log.exception("could not count or send the last writes")
        return 0
    return int(waiting)


def say_still_queued(company: str, count: int) -> None:
    """After the window has gone: say that writes stay queued (the next start sends them)."""
    text = (
        f"arkan-desktop: {count} write(s) for {company} are still queued on this computer; "
        "they are sent the next time you open it"
    )
    log.warning("%s", text)
    print(text, file=sys.stderr, flush=True)
