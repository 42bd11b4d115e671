"""At quit: the last queued writes get a few seconds to leave, and what stays is said.

The windows are gone by then (the app hides them first), so a slow server costs the user
no waiting at a frozen window; whatever is still queued when the time is up stays in the
cache's outbox, is said on stderr and in the log, and goes at the next start (whose
status bar says so too).
"""

from __future__ import annotations

import logging
import sys

from arkan_desktop.sync.company import Company

log = logging.getLogger(__name__)

FLUSH_SECONDS = 5.0  # at quit, how long the last queued writes may take to leave


async def send_last_writes(company: Company, seconds: float = FLUSH_SECONDS) -> int:
    """Send what the outbox holds, for at most `seconds`; how many writes still wait."""
    return await company.outbox.send_last(seconds)


def say_still_queued(company: str, count: int) -> None:
    """After the window has gone: say that writes stay queued (the next start sends them)."""
    text = (
        f"arkan-desktop: {count} write(s) for {company} are still queued on this computer; "
        "they are sent the next time you open it"
    )
    log.warning("%s", text)
    print(text, file=sys.stderr, flush=True)
