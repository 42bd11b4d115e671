"""Whether the cache holds a complete copy of each resource, and how much the server has.

A copy is complete once a walk of the resource has reached its end (the puller marks it
in the cache's meta, `complete:<resource>`); until then, quitting mid-way through the
first sync leaves a partial copy that "work offline" would show as if it were all there.
The puller also keeps the total the server announced on the first page of a walk
(`server_total:<resource>`), so the copy can say "781 of about 3,000". A cache that has
finished a whole sync (`last_sync`; caches made before these marks) is complete.
Nothing here touches the network except `server_totals`, which asks for one record of
each resource to learn its total (the first sync's overall progress).

The first walk of a resource goes newest first (sync/pulls.py), so a partial copy holds
the most recent records; while its history is still being fetched, `backfill:<resource>`
keeps where the walk got to (the cursor of the last page stored, in the same transaction)
and the high-water mark taken when it started, so a walk killed at any page resumes there.
`history_loading` is what a view asks to say "history still loading".
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import Iterable
from dataclasses import dataclass

from arkan_desktop.api.connector import Connector
from arkan_desktop.api.errors import ApiError
from arkan_desktop.api.ratelimit import Priority
from arkan_desktop.store.cache import LAST_SYNC_KEY, Cache

COMPLETE_PREFIX = "complete:"
TOTAL_PREFIX = "server_total:"
BACKFILL_PREFIX = "backfill:"


@dataclass(frozen=True)
class Backfill:
    """Where a newest-first walk of a resource got to: the cursor of the next page, and
    the newest stamp the server had when the walk started (its watermark once done)."""

    cursor: str | None
    mark: str | None

    def encoded(self) -> str:
        return json.dumps({"cursor": self.cursor, "mark": self.mark}, separators=(",", ":"))

    @classmethod
    def decoded(cls, value: str | None) -> Backfill | None:
        """The kept state, or None when there is none (or it is unreadable: walk again)."""
        if not value:
            return None
        try:
            data = json.loads(value)
            cursor, mark = data.get("cursor"), data.get("mark")
        except (ValueError, AttributeError):
            return None
        if not (cursor is None or isinstance(cursor, str)) or not (
            mark is None or isinstance(mark, str)
        ):
            return None
        return cls(cursor, mark)


def backfill(cache: Cache, resource: str) -> Backfill | None:
    """The state of an unfinished newest-first walk of `resource` (blocking: a worker)."""
    return Backfill.decoded(cache.meta(BACKFILL_PREFIX + resource))


def history_loading(cache: Cache, resource: str) -> bool:
    """Whether the copy holds the newest records of `resource` but not yet all its
    history: a view says so until the walk reaches the end (blocking: a worker)."""
    if cache.meta(COMPLETE_PREFIX + resource) or cache.meta(LAST_SYNC_KEY):
        return False
    return backfill(cache, resource) is not None


@dataclass(frozen=True)
class PartialCopy:
    """A resource whose first walk has not reached its end: what the cache holds so far."""

    resource: str
    cached: int
    server_total: int | None  # what the server last announced; None if never asked


def partial_copies(cache: Cache, resources: Iterable[str]) -> list[PartialCopy]:
    """The resources (in the order given) whose copy is incomplete (blocking: a worker)."""
    if cache.meta(LAST_SYNC_KEY):
        return []
    partial = []
    for resource in resources:
        if cache.meta(COMPLETE_PREFIX + resource):
            continue
        total = cache.meta(TOTAL_PREFIX + resource)
        partial.append(PartialCopy(resource, cache.count(resource), int(total) if total else None))
    return partial


def note_totals(cache: Cache, totals: dict[str, int]) -> None:
    """Keep what the server says it has of each resource (blocking: a worker)."""
    for resource, total in totals.items():
        if not cache.meta(COMPLETE_PREFIX + resource):
            cache.set_meta(TOTAL_PREFIX + resource, str(total))


async def server_totals(connector: Connector, resources: Iterable[str]) -> dict[str, int]:
    """How many records the server has of each resource (one record asked of each, at
    once); a resource the server does not say, or does not offer, is left out."""

    async def total(resource: str) -> int | None:
        pages = connector.pages(resource, limit=1, priority=Priority.BACKGROUND)
        async with contextlib.aclosing(pages):
            async for page in pages:
                return page.total
        return None

    names = list(resources)
    answers = await asyncio.gather(*(total(name) for name in names), return_exceptions=True)
    found: dict[str, int] = {}
    for name, answer in zip(names, answers, strict=True):
        if isinstance(answer, int):
            found[name] = answer
        elif isinstance(answer, BaseException) and not isinstance(answer, ApiError):
            raise answer
    return found
