"""`LiveSync`: one company's sync (`Company.sync`), as Qt signals the window can connect to.

The sync calls plain listeners on the event loop; this turns them into typed signals
(the change sets, the connection state, sync progress, a rate limit's wait) and runs the
first sync before going live (events socket, outbox sender, offline polling). The first
sync also asks the server how many records each resource has, so its progress is overall
("12,400 of 437,903"); `partial_copies` says which resources the cache does not hold in
full yet (the first sync was cut short). Writes the window queues (`Company.queue`), resends and
discards announce their change sets through the same listeners, so they reach the views
the same way. Notifications that arrive and the colleagues online are relayed too.
Nothing here blocks: the sync does its I/O asynchronously and its cache
work on the database thread.
"""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from datetime import datetime
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from arkan_desktop.api.connector import ConnectionState
from arkan_desktop.api.errors import ApiError
from arkan_desktop.domain.notifications import Colleague, Notification
from arkan_desktop.gui.tasks import spawn
from arkan_desktop.store.changes import ChangeSet
from arkan_desktop.store.disk import CacheUnavailable
from arkan_desktop.sync.company import Company
from arkan_desktop.sync.completeness import PartialCopy

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
    sig_rate_limit_wait = Signal(float)
    """The server's rate limit holds requests back for this many seconds (0: no more)."""
    sig_notifications_arrived = Signal(list)
    """New unread notifications arrived (a list of domain Notification), live or caught up."""
    sig_colleagues_changed = Signal(object)
    """Who of the company is online changed: a tuple of Colleague, or None (not known)."""

    def __init__(self, company: Company, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.company = company
        self.syncing = False
        self.ready = False  # the first sync is done and the service is live
        self._started = False
        self._caught_up = False
        self._tasks: set[asyncio.Task[Any]] = set()
        self._totals: dict[str, int] = {}  # the server's count per resource (first sync)
        self._pulled: dict[str, int] = {}  # records pulled per resource in this sync
        company.sync.listen(self._changed, self._connection)
        company.sync.listen_to_waits(self._rate_limit_wait)
        company.notifications.listen(self._arrived, self._colleagues)

    @property
    def connection(self) -> str:
        if not self.company.online:
            return ConnectionState.OFFLINE.value
        return self.company.sync.connection.value

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
        """Stop relaying (before the sync is stopped and the window forgets it)."""
        self.company.sync.stop_listening(self._changed, self._connection)
        self.company.sync.stop_listening_to_waits(self._rate_limit_wait)
        self.company.notifications.stop_listening(self._arrived, self._colleagues)

    async def start(self) -> None:
        """Bring the cache up to date, then go live. Does nothing for an offline company."""
        if not self.company.online or self._started:
            return
        self._started = True
        await self.sync_now()
        await self.company.sync.go_live()
        self.ready = True
        self.sig_went_live.emit()

    async def sync_now(self, *, full: bool = False) -> str:
        """One whole sync; returns "" or the reason it stopped (also in sig_sync_finished)."""
        if self.syncing or not self.company.online:
            return ""
        self.syncing = True
        self.sig_sync_started.emit()
        problem = ""
        try:
            self._pulled = {}
            self._totals = await self.company.sync.first_sync_totals()
            await self.company.sync.sync_all(full=full, progress=self._progress)
        except ApiError as error:
            problem = error.message
        except CacheUnavailable as error:  # a full disk, a locked cache: one sentence
            problem = str(error)
        finally:
            self.syncing = False
        self.sig_sync_finished.emit(problem)
        return problem

    async def partial_copies(self) -> list[PartialCopy]:
        """The resources whose copy on this computer is incomplete ([] when all are whole)."""
        return await self.company.sync.partial_copies()

    async def last_sync(self) -> datetime | None:
        return await self.company.sync.last_sync()

    def announce(self, changes: ChangeSet) -> None:
        if changes:
            self.sig_changes.emit(changes)

    def _changed(self, changes: ChangeSet) -> None:
        self.sig_changes.emit(changes)

    def _arrived(self, notifications: list[Notification]) -> None:
        self.sig_notifications_arrived.emit(notifications)

    def _colleagues(self, colleagues: tuple[Colleague, ...] | None) -> None:
        self.sig_colleagues_changed.emit(colleagues)

    def _connection(self, state: ConnectionState) -> None:
        if state is ConnectionState.ONLINE and not self._caught_up:
            # Changes made between the first sync and the socket joining its rooms raise
            # no event; one incremental pull when the socket first comes up catches them.
            self._caught_up = True
            self.company.sync.catch_up()
        self.sig_connection_changed.emit(state.value)

    def _rate_limit_wait(self, seconds: float) -> None:
        self.sig_rate_limit_wait.emit(float(seconds))

    def _progress(self, resource: str, done: int, total: int | None) -> None:
        self.sig_sync_progress.emit(resource, done, -1 if total is None else total)
        # Several resources are pulled at once, each newest page first: each counts its own.
        self._pulled[resource] = max(self._pulled.get(resource, 0), done)
        pulled = sum(self._pulled.values())
        if not self._totals:
            self.sig_sync_overall.emit(resource, pulled, -1)
            return
        everything = sum(self._totals.values())
        self.sig_sync_overall.emit(resource, min(pulled, everything), everything)
