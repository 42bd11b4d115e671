"""The outbox as the user works it: its rows, their counts, and resend, edit or discard.

A resend or discard goes through the sync service, so the sender wakes and the change
reaches every view. Queueing a new write is `Company.queue`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Iterable

from arkan_desktop.api.errors import ApiError
from arkan_desktop.store.changes import ChangeSet
from arkan_desktop.store.outbox import OutboxRow
from arkan_desktop.store.queries import outbox as queries
from arkan_desktop.sync.areas.base import Area, Record

log = logging.getLogger(__name__)


class Outbox(Area):
    async def rows(self, status: str | Iterable[str] | None = None) -> list[OutboxRow]:
        """The outbox in send order (optionally only rows in the given statuses)."""
        return await self._backing.service.outbox_rows(status)

    async def row(self, row_id: str) -> OutboxRow | None:
        return await self._backing.service.outbox_row(row_id)

    async def counts(self) -> dict[str, int]:
        """How many rows are in each state."""
        return await self._run(queries.counts)

    async def waiting(self) -> int:
        """Writes not sent yet."""
        return await self._run(queries.waiting_writes)

    async def record(self, resource: str, record_id: str) -> Record | None:
        """The cached record a row acts on, as this computer has it now."""
        return await self._record(resource, record_id)

    async def retry(self, row_id: str, body: object = None) -> OutboxRow:
        """Send a refused row again, as it was (`body` None) or edited (a new key)."""
        return await self._backing.service.retry(row_id, body)

    async def discard(self, row_id: str) -> ChangeSet:
        """Give a row up: its local effect is undone and the server's records come back."""
        return await self._backing.service.discard(row_id)

    async def send_last(self, seconds: float) -> int:
        """At quit: send what waits for at most `seconds`; how many writes still wait."""
        try:
            waiting = await self.waiting()
            if waiting and self._backing.online:
                with contextlib.suppress(TimeoutError, ApiError):
                    async with asyncio.timeout(seconds):  # not wait_for: it can lose a cancel
                        await self._backing.service.send_outbox()
                waiting = await self.waiting()
        except Exception:  # closing up goes on whatever happens here
            log.exception("could not count or send the last writes")
            return 0
        return int(waiting)
