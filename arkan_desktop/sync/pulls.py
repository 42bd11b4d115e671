"""Incremental pulls: bring one resource of the cache up to date with the server.

Two walks, both by `updatedAt`:
- *catch-up* (no watermark yet, or a full reconciliation): ascending, each page applied
  with its own watermark in one transaction, so a crash at any moment resumes from the
  last applied page instead of starting over;
- *incremental*: descending until the records are older than the watermark minus a
  small overlap — one request when nothing changed; the watermark moves only when the
  walk completes, so an interrupted pull is simply redone.
A full reconciliation also collects every id and removes the records the server no
longer has. Nothing here touches the network or the cache directly on the caller's
thread: cache calls go through the database worker. A record the cache cannot store is
skipped and reported (`PullResult.errors`); the rest of its page is applied. One pull of a
resource at a time: a second caller waits for the first and then walks from its watermark.
Until a walk of a resource has reached its end, the puller keeps the total the server
announces and then marks the copy complete (sync/completeness.py).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from arkan_desktop.api.connector import Connector
from arkan_desktop.api.errors import ApiError, ApiErrorKind
from arkan_desktop.api.ratelimit import Priority
from arkan_desktop.store.cache import Cache, ChangeSet
from arkan_desktop.store.records import parse_stamp
from arkan_desktop.sync.completeness import COMPLETE_PREFIX, TOTAL_PREFIX
from arkan_desktop.sync.worker import DatabaseWorker

log = logging.getLogger(__name__)

# Real servers stamp updatedAt before they commit; a record committed a little after a
# later-stamped one would slip under an exact watermark. Re-reading a few seconds costs
# one page at most.
OVERLAP = timedelta(seconds=5)

Progress = Callable[[str, int, int | None], None]
# The server has nothing of the resource for this user: its (empty) copy is complete.
_NOTHING_TO_COPY = (ApiErrorKind.NOT_FOUND, ApiErrorKind.FORBIDDEN)


@dataclass
class PullResult:
    resource: str
    records: int = 0
    requests: int = 0
    removed: int = 0
    changes: ChangeSet = field(default_factory=ChangeSet)

    @property
    def errors(self) -> list[str]:
        """Why records were skipped, one sentence each (resource, id, field, reason)."""
        return [str(error) for error in self.changes.errors]


def _updated(record: dict[str, Any]) -> str:
    value = record.get("updatedAt")
    return value if isinstance(value, str) else ""


def _newest(stamps: list[str]) -> str | None:
    """The latest of several timestamps, compared as instants (servers vary in format)."""
    dated = [(moment, s) for s in stamps if (moment := parse_stamp(s)) is not None]
    return max(dated)[1] if dated else None


def _is_newer(record: dict[str, Any], threshold: datetime) -> bool:
    moment = parse_stamp(_updated(record))
    return moment is None or moment >= threshold  # undated records are always taken


class Puller:
    def __init__(self, connector: Connector, cache: Cache, worker: DatabaseWorker) -> None:
        self.connector = connector
        self.cache = cache
        self.worker = worker
        self._locks: dict[str, asyncio.Lock] = {}
        self._complete: dict[str, bool] = {}  # resource -> its copy is known complete

    async def pull(
        self,
        resource: str,
        *,
        full: bool = False,
        progress: Progress | None = None,
        priority: Priority = Priority.BACKGROUND,
    ) -> PullResult:
        async with self._locks.setdefault(resource, asyncio.Lock()):
            watermark = await self.worker.run(self.cache.watermark, resource)
            try:
                if full or watermark is None:
                    result = await self._catch_up(
                        resource, reconcile=full, progress=progress, priority=priority
                    )
                else:
                    result = await self._incremental(
                        resource, watermark, progress=progress, priority=priority
                    )
            except ApiError as refused:
                if refused.kind in _NOTHING_TO_COPY:
                    await self._mark_complete(resource)
                raise
            await self._mark_complete(resource)
        for error in result.changes.errors:
            log.warning("skipped a record the cache cannot store: %s", error)
        return result

    async def _catch_up(
        self, resource: str, *, reconcile: bool, progress: Progress | None, priority: Priority
    ) -> PullResult:
        result = PullResult(resource)
        seen: set[str] = set()
        pages = self.connector.pages(resource, sort="updatedAt", order="asc", priority=priority)
        async with contextlib.aclosing(pages):
            async for page in pages:
                result.requests += 1
                records = page.records
                mark = _newest([_updated(r) for r in records])
                changes = await self.worker.run(
                    self.cache.upsert, resource, records, watermark=mark
                )
                result.changes.merge(changes)
                result.records += len(records)
                if result.requests == 1:
                    await self._note_total(resource, page.total)
                if reconcile:
                    seen.update(str(r["id"]) for r in records if "id" in r)
                if progress:
                    progress(resource, result.records, page.total)
        if reconcile:
            removed = await self.worker.run(self.cache.remove_missing, resource, seen)
            result.removed = len(removed.resources.get(resource, ()))
            result.changes.merge(removed)
        return result

    async def _incremental(
        self, resource: str, watermark: str, *, progress: Progress | None, priority: Priority
    ) -> PullResult:
        result = PullResult(resource)
        moment = parse_stamp(watermark)
        threshold = moment - OVERLAP if moment else datetime.min.replace(tzinfo=UTC)
        newest = watermark
        pages = self.connector.pages(resource, sort="updatedAt", order="desc", priority=priority)
        async with contextlib.aclosing(pages):
            async for page in pages:
                result.requests += 1
                fresh = [r for r in page.records if _is_newer(r, threshold)]
                newest = _newest([newest, *map(_updated, fresh)]) or newest
                done = len(fresh) < len(page.records) or not page.has_more
                changes = await self.worker.run(
                    self.cache.upsert, resource, fresh, watermark=newest if done else None
                )
                result.changes.merge(changes)
                result.records += len(fresh)
                if result.requests == 1:
                    await self._note_total(resource, page.total)
                if progress:
                    progress(resource, result.records, None)
                if done:
                    break
        return result

    async def _known_complete(self, resource: str) -> bool:
        if resource not in self._complete:
            marked = await self.worker.run(self.cache.meta, COMPLETE_PREFIX + resource)
            self._complete[resource] = bool(marked)
        return self._complete[resource]

    async def _note_total(self, resource: str, total: int | None) -> None:
        """Until the copy is complete, keep what the server says it has ("781 of 3,000")."""
        if total is not None and not await self._known_complete(resource):
            await self.worker.run(self.cache.set_meta, TOTAL_PREFIX + resource, str(total))

    async def _mark_complete(self, resource: str) -> None:
        if not await self._known_complete(resource):
            await self.worker.run(self.cache.set_meta, COMPLETE_PREFIX + resource, "1")
            self._complete[resource] = True
