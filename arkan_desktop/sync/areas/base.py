"""What every area works with: one company's cache, database thread, sync service,
connector and session, none of which the window sees."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Concatenate, ParamSpec, TypeVar

from arkan_desktop.api.account import AccountSession
from arkan_desktop.api.connector import Connector
from arkan_desktop.store.cache import Cache
from arkan_desktop.sync.service import SyncService
from arkan_desktop.sync.threads import Threads

P = ParamSpec("P")
T = TypeVar("T")
Record = dict[str, Any]


@dataclass(frozen=True)
class Backing:
    cache: Cache
    service: SyncService
    connector: Connector
    session: AccountSession
    threads: Threads
    currency: str
    online: bool


class Area:
    def __init__(self, backing: Backing) -> None:
        self._backing = backing

    async def _run(
        self, fn: Callable[Concatenate[Cache, P], T], *args: P.args, **kwargs: P.kwargs
    ) -> T:
        """A store query (or write) on the database thread, with this company's cache."""
        return await self._backing.service.worker.run(fn, self._backing.cache, *args, **kwargs)

    async def _record(self, resource: str, record_id: str) -> Record | None:
        """One cached record as the server sent it (None when the cache has none)."""
        return await self._run(Cache.get, resource, record_id)
