"""Keeping the company's copy in step with its server, as the window drives it: the first
sync (with the server's totals for overall progress), going live, syncs on demand, the
connection state and the change sets, a rate limit's waits, and how complete the copy is."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime

from arkan_desktop.api.connector import ConnectionState
from arkan_desktop.api.waits import WaitHandler
from arkan_desktop.store.cache import LAST_SYNC_KEY, Cache
from arkan_desktop.sync.areas.base import Area
from arkan_desktop.sync.completeness import (
    PartialCopy,
    history_loading,
    note_totals,
    partial_copies,
    server_totals,
)
from arkan_desktop.sync.pulls import Progress
from arkan_desktop.sync.service import ChangeListener, ConnectionListener, SyncSummary


class Syncing(Area):
    @property
    def connection(self) -> ConnectionState:
        return self._backing.service.connection

    @property
    def unavailable(self) -> Mapping[str, str]:
        """Resources the server refused to this user (resource -> why)."""
        return self._backing.service.unavailable

    def listen(self, changes: ChangeListener, connection: ConnectionListener) -> None:
        """Hear every change set that reaches the cache, and every connection state."""
        service = self._backing.service
        service.change_listeners.append(changes)
        service.connection_listeners.append(connection)

    def stop_listening(self, changes: ChangeListener, connection: ConnectionListener) -> None:
        service = self._backing.service
        if changes in service.change_listeners:
            service.change_listeners.remove(changes)
        if connection in service.connection_listeners:
            service.connection_listeners.remove(connection)

    def listen_to_waits(self, waits: WaitHandler) -> None:
        """Hear of every wait a server's rate limit imposes (seconds; 0 when it is over)."""
        self._backing.session.wait_listeners.append(waits)

    def stop_listening_to_waits(self, waits: WaitHandler) -> None:
        if waits in self._backing.session.wait_listeners:
            self._backing.session.wait_listeners.remove(waits)

    async def sync_all(
        self, *, full: bool = False, progress: Progress | None = None
    ) -> SyncSummary:
        return await self._backing.service.sync_all(full=full, progress=progress)

    async def go_live(self) -> None:
        """Join every module's events, start sending the outbox, poll while events fail."""
        await self._backing.service.start(self._backing.connector.modules)

    async def stop(self) -> None:
        await self._backing.service.stop()

    def catch_up(self) -> None:
        """Pull every joined module once (changes that raised no event)."""
        service = self._backing.service
        for module in service.joined:
            service.request_pull(module)

    async def last_sync(self) -> datetime | None:
        value = await self._run(Cache.meta, LAST_SYNC_KEY)
        if not value:
            return None
        try:
            return datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None

    async def first_sync_totals(self) -> dict[str, int]:
        """Before the first sync, how many records the server has of each resource ({} after)."""
        if await self.last_sync() is not None:
            return {}
        connector = self._backing.connector
        totals = await server_totals(connector, connector.resources)
        await self._run(note_totals, totals)
        return totals

    async def partial_copies(self) -> list[PartialCopy]:
        """The resources whose copy on this computer is incomplete ([] when all are whole)."""
        return await self._run(partial_copies, list(self._backing.connector.resources))

    def look_at(self, resources: Iterable[str]) -> None:
        """The user opened a view of these resources: a sync running pulls them next."""
        self._backing.service.prioritise(resources)

    async def history_loading(self, resource: str) -> bool:
        """Whether the copy has the newest records of `resource` but not yet all its history."""
        return await self._run(history_loading, resource)
