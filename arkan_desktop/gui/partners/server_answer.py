"""Waiting a moment for the server's answer to a write just queued.

A form that queues a write while the server can be reached waits up to a few seconds
for the outbox row to be sent, refused or found in conflict, so that a refusal comes back
next to the field it is about; when the answer is slow (or the window is offline) the
write stays in the outbox like any other and the form closes.
"""

from __future__ import annotations

import asyncio
import contextlib

from arkan_desktop.gui.shell.live_sync import LiveSync
from arkan_desktop.store.changes import OUTBOX, ChangeSet
from arkan_desktop.store.models.outbox import CONFLICT, REJECTED, SENT
from arkan_desktop.store.outbox import OutboxRow

ANSWERED = (SENT, REJECTED, CONFLICT)


async def server_answer(live: LiveSync, row_id: str, seconds: float) -> OutboxRow | None:
    """The row once answered, or as it stands after `seconds` (at once when offline)."""
    outbox = live.company.outbox
    if live.connection != "online":
        return await outbox.row(row_id)
    poke = asyncio.Event()

    def heard(changes: ChangeSet) -> None:
        if row_id in changes.resources.get(OUTBOX, set()):
            poke.set()

    live.sig_changes.connect(heard)
    try:
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(seconds):  # not wait_for: it can lose a cancel
                while True:
                    poke.clear()  # before reading: an answer arriving meanwhile still counts
                    row = await outbox.row(row_id)
                    if row is None or row.status in ANSWERED:
                        return row
                    await poke.wait()
    finally:
        live.sig_changes.disconnect(heard)
    return await outbox.row(row_id)
