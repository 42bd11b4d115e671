"""The user's notifications and the colleagues online, kept in step with the server.

The sync service owns one. What the events connection says to the user (`heard`) is
handled in order, away from the socket's reading: a notification is kept in the cache
(so it shows offline and after a restart) and announced; a colleague who came or went
updates who is online. Each time the connection comes up (`connected`) it catches up:
reads marked here while offline are told to the server, every unread notification and
the newest page are read again (those missed while away are announced as arrived; those
read in another window are marked read here), and who is online is asked afresh; while
it is down (`disconnected`) nobody is known to be online. Marking read is done here at
once and told to the server when it can be. A server that does not offer notifications
(no capability, or a 404) costs nothing. No Qt: listeners are plain callables the window
marshals.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from arkan_desktop.api.connector import (
    NOTIFICATIONS,
    Colleague,
    ColleagueLeft,
    Connector,
    Notification,
    Notifications,
    ServerEvent,
)
from arkan_desktop.api.errors import ApiError, ApiErrorKind
from arkan_desktop.domain.notifications import MAX_UNREAD
from arkan_desktop.store.cache import Cache, iso_utc
from arkan_desktop.store.changes import NOTIFICATIONS as CHANGED
from arkan_desktop.store.changes import ChangeSet
from arkan_desktop.store.queries import notifications as queries
from arkan_desktop.sync.worker import DatabaseWorker

log = logging.getLogger(__name__)

ArrivalListener = Callable[[list[Notification]], None]
# The colleagues online, by name; None while the connection is down (not known).
ColleagueListener = Callable[[tuple[Colleague, ...] | None], None]


class Notices:
    def __init__(
        self,
        connector: Connector,
        cache: Cache,
        worker: DatabaseWorker,
        announce: Callable[[ChangeSet], None],
    ) -> None:
        offered = NOTIFICATIONS in connector.capabilities and isinstance(connector, Notifications)
        self.source: Notifications | None = connector if offered else None  # type: ignore[assignment]
        self.cache = cache
        self.worker = worker
        self._announce = announce
        self.arrival_listeners: list[ArrivalListener] = []
        self.colleague_listeners: list[ColleagueListener] = []
        self.live = False  # the events connection is up: the server can be told now
        self.unavailable = ""  # why the server offers no notifications (it answered 404)
        self._colleagues: dict[str, Colleague] | None = None
        self._inbox: asyncio.Queue[ServerEvent] = asyncio.Queue()
        self._handling: asyncio.Task[None] | None = None
        self._catching_up: asyncio.Task[None] | None = None
        self._held: list[ServerEvent] | None = None  # presence heard while asking for it

    @property
    def offered(self) -> bool:
        return self.source is not None and not self.unavailable

    @property
    def colleagues(self) -> tuple[Colleague, ...] | None:
        """Who of the company is online, by name; None while that is not known."""
        if self._colleagues is None:
            return None
        return tuple(sorted(self._colleagues.values(), key=lambda c: c.full_name.casefold()))

    # --- from the events connection ----------------------------------------------------

    async def heard(self, event: ServerEvent) -> None:
        """An event the server sent: handled in order, without holding up the socket."""
        self._inbox.put_nowait(event)
        if self._handling is None or self._handling.done():
            self._handling = asyncio.create_task(self._handle_all(), name="notifications")

    async def _handle_all(self) -> None:
        while not self._inbox.empty():
            event = self._inbox.get_nowait()
            try:
                await self._handle(event)
            except Exception:  # one event must not stop the next
                log.exception("could not keep what the server said: %r", event)

    async def _handle(self, event: ServerEvent) -> None:
        if isinstance(event, Notification):
            new = await self.worker.run(queries.keep, self.cache, [event])
            self._changed([event.id])
            if new and not event.read:
                self._arrived([event])
        elif self._held is not None:
            self._held.append(event)
        elif self._apply(event):
            self._tell_colleagues()

    def _apply(self, event: ServerEvent) -> bool:
        if self._colleagues is None:
            return False
        if isinstance(event, Colleague):
            self._colleagues[event.user_id] = event
            return True
        if isinstance(event, ColleagueLeft):
            return self._colleagues.pop(event.user_id, None) is not None
        return False

    def connected(self) -> None:
        """The events connection is up: catch up (once at a time)."""
        self.live = True
        if self.offered and (self._catching_up is None or self._catching_up.done()):
            self._catching_up = asyncio.create_task(self.catch_up(), name="notifications-catch-up")

    def disconnected(self) -> None:
        """The events connection is down: who is online is not known any more."""
        self.live = False
        if self._colleagues is not None:
            self._colleagues = None
            self._tell_colleagues()

    async def stop(self) -> None:
        for task in (self._catching_up, self._handling):
            if task is not None:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await task
        self._catching_up = self._handling = None
        self.live = False

    # --- catching up -------------------------------------------------------------------

    async def catch_up(self) -> None:
        """Tell the server what was read here, read the newest notifications, ask who is on."""
        if not self.offered:
            return
        try:
            await self.send_reads()
            await self._read_newest()
            await self._ask_who_is_online()
        except ApiError as error:
            if error.kind is ApiErrorKind.NOT_FOUND:
                self.unavailable = error.message
            log.info("notifications: could not catch up: %s", error.message)

    async def _read_newest(self) -> None:
        """Every unread notification (up to MAX_UNREAD) and the newest page of all."""
        assert self.source is not None
        unread, complete = await self._walk(unread_only=True, limit=MAX_UNREAD)
        newest = (await self.source.notifications()).notifications
        found = {n.id: n for n in (*newest, *unread)}
        before = await self.worker.run(queries.caught_up_before, self.cache)
        new = set(await self.worker.run(queries.keep, self.cache, list(found.values())))
        changed = list(found)
        if complete:  # what is unread here but not there was read in another window
            changed += await self.worker.run(queries.read_elsewhere, self.cache, set(found))
        await self.worker.run(queries.note_caught_up, self.cache, iso_utc(datetime.now(UTC)))
        self._changed(changed)
        missed = [n for n in unread if n.id in new]
        if before and missed:  # the first catch-up of a cache finds history, not news
            self._arrived(missed)

    async def _walk(self, *, unread_only: bool, limit: int) -> tuple[list[Notification], bool]:
        """Pages of notifications, newest first, up to `limit`; and whether that was all."""
        assert self.source is not None
        found: list[Notification] = []
        cursor: str | None = None
        while len(found) < limit:
            page = await self.source.notifications(cursor=cursor, unread_only=unread_only)
            found.extend(page.notifications)
            if not page.has_more or not page.cursor or page.cursor == cursor:
                return found[:limit], True
            cursor = page.cursor
        return found[:limit], False

    async def _ask_who_is_online(self) -> None:
        assert self.source is not None
        self._held = []
        try:
            online = await self.source.colleagues_online()
        finally:
            held, self._held = self._held, None
        self._colleagues = {c.user_id: c for c in online}
        for event in held:
            self._apply(event)
        self._tell_colleagues()

    # --- reading -----------------------------------------------------------------------

    async def mark_read(self, notification_ids: Sequence[str]) -> None:
        marked = await self.worker.run(queries.mark_read, self.cache, notification_ids)
        if marked:
            self._changed(marked)
            await self.send_reads()

    async def mark_all_read(self) -> None:
        marked = await self.worker.run(queries.mark_all_read, self.cache)
        if not marked:
            return
        self._changed(marked)
        if self.source is not None and self.live:
            try:
                await self.source.mark_all_notifications_read()
            except ApiError as error:
                log.info("notifications: read-all not told yet: %s", error.message)
                return
            await self.worker.run(queries.reads_sent, self.cache, marked)

    async def send_reads(self) -> None:
        """Tell the server of the notifications read here (now, or at the next catch-up)."""
        if self.source is None or not self.live:
            return
        told: list[str] = []
        try:
            for notification_id in await self.worker.run(queries.unsent_reads, self.cache):
                try:
                    await self.source.mark_notification_read(notification_id)
                except ApiError as error:
                    if not error.is_rejection and error.kind is not ApiErrorKind.NOT_FOUND:
                        log.info("notifications: a read not told yet: %s", error.message)
                        return
                told.append(notification_id)  # told, or gone from the server
        finally:
            if told:
                await self.worker.run(queries.reads_sent, self.cache, told)

    # --- telling -----------------------------------------------------------------------

    def _changed(self, ids: Sequence[str]) -> None:
        changes = ChangeSet()
        changes.add(CHANGED, ids)
        self._announce(changes)

    def _arrived(self, notifications: list[Notification]) -> None:
        for listener in list(self.arrival_listeners):
            listener(notifications)

    def _tell_colleagues(self) -> None:
        colleagues = self.colleagues
        for listener in list(self.colleague_listeners):
            listener(colleagues)
