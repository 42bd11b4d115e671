"""Incremental pulls: bring one resource of the cache up to date with the server.

Three walks, all by `updatedAt`:
- *newest first* (no watermark yet: the first sync): descending, so every list shows its
  most recent records after one page; the newest stamp of the first page is the walk's
  high-water mark. Each page is applied with the cursor of the next one and that mark
  (`backfill:<resource>`, sync/completeness.py) in one transaction, so a walk killed at
  any page resumes after the last page stored; a server that refuses the kept cursor
  gets a clean walk from the top. No watermark moves until the walk reaches the end;
  then the mark becomes the watermark and an incremental walk from it takes what changed
  during the walk (those records moved ahead of the cursor), so the copy ends equal to
  the server. `pull(..., pages=1)` takes the first page only and leaves the rest to a
  later pull (the sync service fetches every list's newest page before any history);
- *catch-up* (a full reconciliation): ascending, each page applied with its own
  watermark in one transaction, so a crash at any moment resumes from the last applied
  page instead of starting over;
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

A record's stamp moves a watermark only when it is plausible: not later than the
server's own clock (its `Date` header, carried on each `Page`) plus `SKEW`, and not
before `FLOOR`. A record stamped 9999-12-31 or 0001-01-01 is still stored and does not
end an incremental walk early; it is reported once per pull (`PullResult.warnings`).
A watermark that is implausible already (a cache poisoned before this rule) is set aside
before the walk, and `full=True` always starts from none, so `sync --full` repairs it.
Counts are of distinct records: a page listing one record three times counts it once.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from arkan_desktop.api.connector import Connector, Page
from arkan_desktop.api.errors import ApiError, ApiErrorKind
from arkan_desktop.api.ratelimit import Priority
from arkan_desktop.store.cache import Cache
from arkan_desktop.store.changes import ChangeSet
from arkan_desktop.store.records import parse_stamp
from arkan_desktop.sync.completeness import (
    BACKFILL_PREFIX,
    COMPLETE_PREFIX,
    TOTAL_PREFIX,
    Backfill,
    backfill,
)
from arkan_desktop.sync.worker import DatabaseWorker

log = logging.getLogger(__name__)

# Real servers stamp updatedAt before they commit; a record committed a little after a
# later-stamped one would slip under an exact watermark. Re-reading a few seconds costs
# one page at most.
OVERLAP = timedelta(seconds=5)
# A stamp later than the server's clock plus SKEW, or before FLOOR, moves no watermark.
SKEW = timedelta(minutes=5)
FLOOR = datetime(2000, 1, 1, tzinfo=UTC)
# Before a walk there is no answer yet to read the server's clock from: a watermark past
# the local clock by more than this is set aside (clocks differ; years do not).
CLOCK_DOUBT = timedelta(days=1)

Progress = Callable[[str, int, int | None], None]
# The server has nothing of the resource for this user: its (empty) copy is complete.
_NOTHING_TO_COPY = (ApiErrorKind.NOT_FOUND, ApiErrorKind.FORBIDDEN)


@dataclass
class PullResult:
    resource: str
    records: int = 0  # distinct records taken from the server
    requests: int = 0
    removed: int = 0
    changes: ChangeSet = field(default_factory=ChangeSet)
    # Said once per pull: stamps that could not be trusted, a watermark set aside.
    warnings: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # records the wire reader left out
    finished: bool = True  # False when `pages` ran out before the walk's end
    _taken: set[str] = field(default_factory=set, repr=False)

    @property
    def errors(self) -> list[str]:
        """Why records were skipped, one sentence each (resource, id, field, reason)."""
        return [*self.refused, *(str(error) for error in self.changes.errors)]

    def took(self, records: list[dict[str, Any]]) -> None:
        """Count `records` (by id: one listed twice is one record)."""
        for record in records:
            record_id = record.get("id")
            key = str(record_id) if record_id is not None else f"#{len(self._taken)}"
            self._taken.add(key)
        self.records = len(self._taken)


def _updated(record: dict[str, Any]) -> str:
    value = record.get("updatedAt")
    return value if isinstance(value, str) else ""


def _server_now(page: Page) -> datetime:
    if page.server_time is not None:
        try:
            return datetime.fromtimestamp(page.server_time, UTC)
        except (OverflowError, OSError, ValueError):
            pass
    return datetime.now(UTC)


class _Stamps:
    """Which stamps may move a watermark; the others are noted, to be said once."""

    def __init__(self, resource: str) -> None:
        self.resource = resource
        self.future: dict[str, str] = {}  # record id -> stamp
        self.ancient: dict[str, str] = {}

    def trusted(self, record: dict[str, Any], now: datetime) -> datetime | None:
        """The record's stamp when it may move a watermark; None when it may not."""
        stamp = _updated(record)
        moment = parse_stamp(stamp)
        if moment is None:
            return None
        if moment > now + SKEW:
            self.future[str(record.get("id"))] = stamp
            return None
        if moment < FLOOR:
            self.ancient[str(record.get("id"))] = stamp
            return None
        return moment

    def newest(self, records: list[dict[str, Any]], now: datetime) -> str | None:
        """The latest trusted stamp of `records` (compared as instants), if any."""
        dated = [(m, _updated(r)) for r in records if (m := self.trusted(r, now)) is not None]
        return max(dated)[1] if dated else None

    def warnings(self) -> list[str]:
        out = []
        for found, when in ((self.future, "in the future"), (self.ancient, "before 2000")):
            if found:
                count, example = len(found), next(iter(found.values()))[:40]
                records = "record was" if count == 1 else "records were"
                out.append(
                    f"{count:,} {self.resource} {records} stamped {when} ({example}): "
                    "stored, but not trusted to mark how far the sync got"
                )
        return out


def _later(a: str | None, b: str | None) -> str | None:
    """The later of two stamps as instants (either may be missing or unreadable)."""
    ma, mb = parse_stamp(a), parse_stamp(b)
    if ma is None or mb is None:
        return a if mb is None else b
    return a if ma >= mb else b


def _plausible_mark(watermark: str) -> bool:
    moment = parse_stamp(watermark)
    if moment is None:
        return True  # a form this client does not read: not its to judge
    return FLOOR <= moment <= datetime.now(UTC) + CLOCK_DOUBT


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
        pages: int | None = None,
    ) -> PullResult:
        """Bring `resource` up to date (`pages`: stop a first walk after that many pages;
        `PullResult.finished` then says whether it reached the end)."""
        async with self._locks.setdefault(resource, asyncio.Lock()):
            result = PullResult(resource)
            watermark = await self.worker.run(self.cache.watermark, resource)
            if watermark is not None and (full or not _plausible_mark(watermark)):
                if not _plausible_mark(watermark):
                    result.warnings.append(
                        f"{resource}: the cache's sync point ({watermark[:40]}) could not be "
                        "trusted; it was set aside and everything read again"
                    )
                # A full walk starts from nothing: a watermark it cannot trust is gone.
                await self.worker.run(self.cache.set_watermark, resource, None)
                watermark = None
            if full:
                await self.worker.run(self.cache.set_meta, BACKFILL_PREFIX + resource, None)
            stamps = _Stamps(resource)
            try:
                if full:
                    await self._catch_up(
                        result, stamps, reconcile=True, progress=progress, priority=priority
                    )
                elif watermark is None:
                    mark = await self._newest_first(result, stamps, progress, priority, pages)
                    if mark is not None:  # the end: take what changed during the walk
                        await self._incremental(
                            result, stamps, mark, progress=progress, priority=priority
                        )
                else:
                    await self._incremental(
                        result, stamps, watermark, progress=progress, priority=priority
                    )
            except ApiError as refused:
                if refused.kind in _NOTHING_TO_COPY:
                    await self._mark_complete(resource)
                raise
            if result.finished:
                await self._mark_complete(resource)
            result.warnings.extend(stamps.warnings())
        for error in result.errors:
            log.warning("skipped a record the cache cannot store: %s", error)
        for warning in result.warnings:
            log.warning("%s", warning)
        return result

    async def _catch_up(
        self,
        result: PullResult,
        stamps: _Stamps,
        *,
        reconcile: bool,
        progress: Progress | None,
        priority: Priority,
    ) -> None:
        resource = result.resource
        seen: set[str] = set()
        pages = self.connector.pages(resource, sort="updatedAt", order="asc", priority=priority)
        async with contextlib.aclosing(pages):
            async for page in pages:
                result.requests += 1
                result.refused.extend(page.refused)
                records = page.records
                mark = stamps.newest(records, _server_now(page))
                changes = await self.worker.run(
                    self.cache.upsert, resource, records, watermark=mark
                )
                result.changes.merge(changes)
                result.took(records)
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

    async def _newest_first(
        self,
        result: PullResult,
        stamps: _Stamps,
        progress: Progress | None,
        priority: Priority,
        limit: int | None,
    ) -> str | None:
        """Walk (or resume) the resource newest first; the walk's mark when it has reached
        the end and what changed meanwhile must be fetched (None: stopped at `limit`, a
        walk of one request, or the resource has no trusted stamp)."""
        resource = result.resource
        key = BACKFILL_PREFIX + resource
        kept = await self.worker.run(backfill, self.cache, resource)
        state = kept or Backfill(None, None)
        try:
            return await self._walk_down(result, stamps, state, progress, priority, limit)
        except ApiError as refused:
            if kept is None or kept.cursor is None or result.requests > 0:
                raise
            if refused.kind not in (ApiErrorKind.REJECTED, ApiErrorKind.NOT_FOUND):
                raise
            # The server no longer knows the kept cursor (expired, or another server):
            # the walk starts again from the top; what was stored stays and is overwritten.
            log.info("%s: the server refused the kept cursor; walking again", resource)
            await self.worker.run(self.cache.set_meta, key, None)
            fresh = Backfill(None, None)
            return await self._walk_down(result, stamps, fresh, progress, priority, limit)

    async def _walk_down(
        self,
        result: PullResult,
        stamps: _Stamps,
        state: Backfill,
        progress: Progress | None,
        priority: Priority,
        limit: int | None,
    ) -> str | None:
        resource = result.resource
        key = BACKFILL_PREFIX + resource
        mark, walked = state.mark, 0
        pages = self.connector.pages(
            resource, sort="updatedAt", order="desc", priority=priority, cursor=state.cursor
        )
        async with contextlib.aclosing(pages):
            async for page in pages:
                result.requests += 1
                walked += 1
                result.refused.extend(page.refused)
                records = page.records
                # The first page of a fresh walk holds the newest: its stamp is the mark.
                mark = _later(mark, stamps.newest(records, _server_now(page)))
                done = not page.has_more
                where = None if done else Backfill(page.cursor, mark).encoded()
                changes = await self.worker.run(
                    self.cache.upsert,
                    resource,
                    records,
                    watermark=mark if done else None,
                    meta={key: where},
                )
                result.changes.merge(changes)
                result.took(records)
                if walked == 1:
                    await self._note_total(resource, page.total)
                if progress:
                    progress(resource, result.records, page.total)
                if done:  # a walk of one request from the top has nothing to catch up on
                    return mark if state.cursor is not None or walked > 1 else None
                if limit is not None and walked >= limit:
                    result.finished = False
                    return None
        return mark

    async def _incremental(
        self,
        result: PullResult,
        stamps: _Stamps,
        watermark: str,
        *,
        progress: Progress | None,
        priority: Priority,
    ) -> None:
        resource = result.resource
        moment = parse_stamp(watermark)
        threshold = moment - OVERLAP if moment and moment > FLOOR else FLOOR
        newest: str | None = watermark
        pages = self.connector.pages(resource, sort="updatedAt", order="desc", priority=priority)
        async with contextlib.aclosing(pages):
            async for page in pages:
                result.requests += 1
                result.refused.extend(page.refused)
                now = _server_now(page)
                fresh, older = [], 0
                for record in page.records:
                    stamp = stamps.trusted(record, now)
                    if stamp is not None and stamp < threshold:
                        older += 1  # past the watermark: the walk has seen what is new
                    else:
                        fresh.append(record)  # newer, or a stamp that says nothing
                newest = _later(newest, stamps.newest(fresh, now))
                done = older > 0 or not page.has_more
                changes = await self.worker.run(
                    self.cache.upsert, resource, fresh, watermark=newest if done else None
                )
                result.changes.merge(changes)
                result.took(fresh)
                if result.requests == 1:
                    await self._note_total(resource, page.total)
                if progress:
                    progress(resource, result.records, None)
                if done:
                    break

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
