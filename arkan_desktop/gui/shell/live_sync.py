"""`LiveSync`: one company's sync service, as Qt signals the window can connect to.

The service calls plain listeners on the event loop; this turns them into typed signals
(the change sets, the connection state, sync progress) and runs the first sync before
going live (events socket, outbox sender, offline polling). The first sync also asks
the server how many records each resource has, so its progress is overall ("12,400 of
437,903"); `partial_copies` says which resources the cache does not hold in full yet (the
first sync was cut short). Work the window starts itself (queueing, retrying,
discarding) goes through here so its change sets reach the views the same way. Nothing
here blocks: the service does its I/O asynchronously and its cache work on the database
worker.
"""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from datetime import datetime
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from arkan_desktop.api.errors import ApiError
from arkan_desktop.api.events import ConnectionState
from arkan_desktop.gui.session import CompanyContext
from arkan_desktop.gui.tasks import spawn
from arkan_desktop.store.cache import LAST_SYNC_KEY
from arkan_desktop.store.changes import ChangeSet
from arkan_desktop.store.outbox import OutboxEntry, OutboxRow
from arkan_desktop.sync.commands.wire import Write
from arkan_desktop.sync.completeness import (
    PartialCopy,
    note_totals,
    partial_copies,
    server_totals,
)

T = TypeVar("T")


class LiveSync(QObject):
    sig_changes = Signal(object)
    """A ChangeSet reached the cache (pull, outbox result, local write)."""
    sig_connection_changed = Signal(str)
    """The events connection is now "online", "offline" or "reconnecting"."""
    sig_sync_started = Signal()
    """A full sync began."""
    sig_sync_progress = Signal(str, int, int)
    """Sync progress: resource, records done, total (-1 when unknown)."""
    sig_sync_overall = Signal(str, int, int)
    """Sync progress of all resources: the one being pulled, records done of all, of how
    many (-1 when unknown: a sync after the first, which pulls only what changed)."""
    sig_sync_finished = Signal(str)
    """A full sync ended: "" when it went well, else the reason it stopped."""
    sig_went_live = Signal()
    """The first sync is done and changes on the server now arrive by themselves."""

    def __init__(self, context: CompanyContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.syncing = False
        self.ready = False  # the first sync is done and the service is live
        self._started = False
        self._caught_up = False
        self._tasks: set[asyncio.Task[Any]] = set()
        self._totals: dict[str, int] = {}  # the server's count per resource (first sync)
        self._pulled: dict[str, int] = {}  # records pulled per resource in this sync
        context.service.change_listeners.append(self._changed)
        context.service.connection_listeners.append(self._connection)

    @property
    def connection(self) -> str:
        if not self.context.online:
            return ConnectionState.OFFLINE.value
        return self.context.service.connection.value

    def spawn(self, coro: Coroutine[Any, Any, T], name: str) -> asyncio.Task[T]:
        """Run work that belongs to this company; `stop` cancels what is left of it."""
        task = spawn(coro, name)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    async def stop(self) -> None:
        """Cancel this company's work still under way (before its service stops)."""
        self.detach()
        tasks = [t for t in self._tasks if not t.done()]
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)

    def detach(self) -> None:
        """Stop relaying (before the service is stopped and the window forgets it)."""
        service = self.context.service
        if self._changed in service.change_listeners:
            service.change_listeners.remove(self._changed)
        if self._connection in service.connection_listeners:
            service.connection_listeners.remove(self._connection)

    async def start(self) -> None:
        """Bring the cache up to date, then go live. Does nothing for an offline context."""
        if not self.context.online or self._started:
            return
        self._started = True
        await self.sync_now()
        await self.context.service.start(self.context.connector.modules)
        self.ready = True
        self.sig_went_live.emit()

    async def sync_now(self, *, full: bool = False) -> str:
        """One whole sync; returns "" or the reason it stopped (also in sig_sync_finished)."""
        if self.syncing or not self.context.online:
            return ""
        self.syncing = True
        self.sig_sync_started.emit()
        problem = ""
        try:
            self._pulled = {}
            self._totals = await self._first_sync_totals()
            await self.context.service.sync_all(full=full, progress=self._progress)
        except ApiError as error:
            problem = error.message
        finally:
            self.syncing = False
        self.sig_sync_finished.emit(problem)
        return problem

    async def _first_sync_totals(self) -> dict[str, int]:
        """Before the first sync, how many records the server has of each resource."""
        if await self.last_sync() is not None:
            return {}
        totals = await server_totals(self.context.connector, self.context.connector.resources)
        await self.context.worker.run(note_totals, self.context.cache, totals)
        return totals

    async def partial_copies(self) -> list[PartialCopy]:
        """The resources whose copy on this computer is incomplete ([] when all are whole)."""
        names = list(self.context.connector.resources)
        return await self.context.worker.run(partial_copies, self.context.cache, names)

    async def last_sync(self) -> datetime | None:
        value = await self.context.worker.run(self.context.cache.meta, LAST_SYNC_KEY)
        if not value:
            return None
        try:
            return datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None

    async def queue(self, write: Write) -> OutboxRow:
        return await self.queue_entry(write.entry, write.effect)

    async def queue_entry(
        self, entry: OutboxEntry, effect: dict[str, list[dict]] | None = None
    ) -> OutboxRow:
        return await self.context.service.queue(entry, effect)

    def announce(self, changes: ChangeSet) -> None:
        if changes:
            self.sig_changes.emit(changes)

    def _changed(self, changes: ChangeSet) -> None:
        self.sig_changes.emit(changes)

    def _connection(self, state: ConnectionState) -> None:
        if state is ConnectionState.ONLINE and not self._caught_up:
            # Changes made between the first sync and the socket joining its rooms raise
            # no event; one incremental pull when the socket first comes up catches them.
            self._caught_up = True
            for module in self.context.service.joined:
                self.context.service.request_pull(module)
        self.sig_connection_changed.emit(state.value)

    def _progress(self, resource: str, done: int, total: int | None) -> None:
        self.sig_sync_progress.emit(resource, done, -1 if total is None else total)
        # Resources are pulled one after another: one that reports has seen the last end.
        for earlier in self._pulled.keys() - {resource}:
            self._pulled[earlier] = max(self._pulled[earlier], self._totals.get(earlier, 0))
        self._pulled[resource] = done
        pulled = sum(self._pulled.values())
        if not self._totals:
            self.sig_sync_overall.emit(resource, pulled, -1)
            return
        everything = sum(self._totals.values())
        self.sig_sync_overall.emit(resource, min(pulled, everything), everything)
