"""The sync service: keeps one company's cache in step with its server.

It owns the puller, the outbox sender and the events connection, and is what the CLI and
the GUI talk to. Pushes, not polls: each `module.invalidate` asks for a pull of that
module, and a burst of them coalesces into one pull after a short debounce. After any
reconnect every joined module is pulled once (events may have been missed); while the
socket is down the joined modules are polled slowly instead. What the connection says
to the user (notifications, colleagues who come and go) goes to `notices` (notices.py),
which catches up each time the connection comes up. Every change that reaches
the cache is announced as a ChangeSet to the listeners (views refresh only when
concerned). Listeners are plain callables: the GUI marshals them onto its thread.

Only the process holding the cache's `SenderLock` sends its outbox: a second copy of the
app on the same company pulls and queues, says that the other copy sends, and takes over
when that one closes. The outbox actions a user takes (resend, edit and resend,
discard) go through here too, so records come back from the server and the sender wakes.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from arkan_desktop.api.connector import ConnectionState as Connection
from arkan_desktop.api.connector import Connector, EventSource
from arkan_desktop.api.errors import ApiError, ApiErrorKind
from arkan_desktop.api.ratelimit import Priority
from arkan_desktop.store.cache import LAST_SYNC_KEY, Cache
from arkan_desktop.store.changes import OUTBOX, ChangeSet
from arkan_desktop.store.disk import CacheUnavailable
from arkan_desktop.store.lock import SenderLock
from arkan_desktop.store.outbox import KEEP_BODY, OutboxEntry, OutboxRow
from arkan_desktop.store.queries.documents import edit_queued_create
from arkan_desktop.sync.memory import bulk_collection
from arkan_desktop.sync.notices import Notices
from arkan_desktop.sync.outbox_sender import OutboxSender, SendReport
from arkan_desktop.sync.pulls import Progress, Puller, PullResult
from arkan_desktop.sync.service_priorities import HEAD, POOL, Step, SyncQueue, run_pool
from arkan_desktop.sync.worker import DatabaseWorker

log = logging.getLogger(__name__)

ANOTHER_SENDER = (
    "Another copy of Arkan Desktop is sending this company's queued changes; they leave from there"
)


@dataclass
class SyncSummary:
    """What one sync did, for the CLI's JSON and the status bar."""

    results: dict[str, PullResult] = field(default_factory=dict)
    skipped: dict[str, str] = field(default_factory=dict)  # resource -> why
    outbox: SendReport = field(default_factory=SendReport)
    started: datetime = field(default_factory=lambda: datetime.now(UTC))
    finished: datetime | None = None
    # False when another process holds the sender lock: the outbox was left to it
    sender_active: bool = False
    notes: list[str] = field(default_factory=list)

    @property
    def requests(self) -> int:
        return sum(r.requests for r in self.results.values())

    @property
    def records(self) -> int:
        """Distinct records taken (one a page listed three times counts once)."""
        return sum(r.records for r in self.results.values())

    @property
    def warnings(self) -> list[str]:
        """What a person should know, once per sync (stamps not trusted, a sync point set
        aside); the records concerned were stored all the same."""
        return [warning for r in self.results.values() for warning in r.warnings]

    @property
    def errors(self) -> dict[str, list[str]]:
        """resource -> records the cache could not store (skipped; the rest was applied)."""
        return {name: r.errors for name, r in self.results.items() if r.errors}


ChangeListener = Callable[[ChangeSet], None]
ConnectionListener = Callable[[Connection], None]

# Resources a server may legitimately not offer to this user: skip, say why, go on.
_SKIPPABLE = (ApiErrorKind.NOT_FOUND, ApiErrorKind.FORBIDDEN)


def _watermarks(cache: Cache, resources: Iterable[str]) -> dict[str, str | None]:
    """Each resource's watermark (blocking: a worker)."""
    return {name: cache.watermark(name) for name in resources}


def _joined(head: PullResult, rest: PullResult) -> PullResult:
    """One result for a resource pulled in two steps (its newest page, then the rest)."""
    head.requests += rest.requests
    head.removed += rest.removed
    head.changes.merge(rest.changes)
    head.warnings.extend(rest.warnings)
    head.refused.extend(rest.refused)
    head.finished = rest.finished
    head._taken |= rest._taken
    head.records = len(head._taken)
    return head


class SyncService:
    def __init__(
        self,
        connector: Connector,
        cache: Cache,
        worker: DatabaseWorker | None = None,
        *,
        debounce: float = 0.04,
        debounce_cap: float = 0.3,
        poll_interval: float = 60.0,
        claim_interval: float = 2.0,
    ) -> None:
        self.connector = connector
        self.cache = cache
        self.worker = worker or DatabaseWorker()
        self._own_worker = worker is None
        # A burst of pokes is over once none came for `debounce` seconds; a steady stream
        # is pulled at least every `debounce_cap` seconds all the same.
        self.debounce = debounce
        self.debounce_cap = debounce_cap
        self._poked = asyncio.Event()
        self.poll_interval = poll_interval
        self.claim_interval = claim_interval
        self.lock = SenderLock(cache.path)
        self.puller = Puller(connector, cache, self.worker)
        self.sender = OutboxSender(connector, cache, self.worker, on_changes=self._announce)
        self.notices = Notices(connector, cache, self.worker, self._announce)
        self.change_listeners: list[ChangeListener] = []
        self.connection_listeners: list[ConnectionListener] = []
        self.connection = Connection.OFFLINE
        self.joined: set[str] = set()
        self.unavailable: dict[str, str] = {}
        self._wanted: set[str] = set()
        self._pull_task: asyncio.Task[None] | None = None
        self._poll_task: asyncio.Task[None] | None = None
        self._claim_task: asyncio.Task[None] | None = None
        self._events: EventSource | None = None
        self.pulls_run = 0
        # What the user looks at (the open tab's resources): pulled first by a whole sync.
        self.focus: tuple[str, ...] = ()
        self.pool = POOL
        self._queue: SyncQueue | None = None

    # --- whole syncs -------------------------------------------------------------------

    async def sync_all(
        self,
        *,
        full: bool = False,
        progress: Progress | None = None,
        resources: Iterable[str] | None = None,
        send_outbox: bool = True,
    ) -> SyncSummary:
        """Send what is queued (when this process is the sender), then pull every resource
        (or the ones named)."""
        summary = SyncSummary()
        if send_outbox:
            sent = await self.send_outbox()
            if sent is None:
                summary.notes.append(ANOTHER_SENDER)
            else:
                summary.outbox = sent
        summary.sender_active = self.sender_active
        names = list(resources or self.connector.resources)
        marks = await self.worker.run(_watermarks, self.cache, names)
        # Resources without a watermark are walked newest first: their newest page comes
        # before any history (a full sync reconciles instead: one walk each).
        heads = [] if full else [name for name in names if marks[name] is None]
        queue = SyncQueue(names, self.focus, heads)
        self._queue = queue

        async def pull(step: Step) -> None:
            known = summary.results.get(step.resource)
            if step.resource in summary.skipped or (known is not None and known.finished):
                return  # its head was all there was
            before = known.records if known is not None else 0

            def counted(resource: str, done: int, total: int | None) -> None:
                if progress:  # records of the resource so far, its newest page included
                    progress(resource, before + done, total)

            try:
                result = await self.puller.pull(
                    step.resource,
                    full=full,
                    progress=counted,
                    pages=1 if step.phase == HEAD else None,
                )
            except ApiError as error:
                if error.kind in _SKIPPABLE:
                    summary.skipped[step.resource] = error.message
                    self.unavailable[step.resource] = error.message
                    return
                raise
            if known is not None:
                result = _joined(known, result)
            summary.results[step.resource] = result
            self._announce(result.changes)

        try:
            with bulk_collection():  # no full collections of the whole process meanwhile
                await run_pool(queue, pull, self.pool)
        finally:
            self._queue = None
        summary.finished = datetime.now(UTC)
        await self.worker.run(self.cache.set_meta, LAST_SYNC_KEY, summary.finished.isoformat())
        return summary

    def prioritise(self, resources: Iterable[str]) -> None:
        """The user looks at these resources now (a tab was opened): a whole sync running
        pulls them next, and later ones pull them first."""
        self.focus = tuple(resources)
        if self._queue is not None:
            self._queue.prioritise(self.focus)

    async def pull_modules(self, modules: Iterable[str]) -> None:
        wanted = set(modules)
        for name, resource in self.connector.resources.items():
            if resource.module in wanted and name not in self.unavailable:
                try:
                    result = await self.puller.pull(name, priority=Priority.BACKGROUND)
                except ApiError as error:
                    if error.kind in _SKIPPABLE:
                        self.unavailable[name] = error.message
                        continue
                    raise
                self._announce(result.changes)
        self.pulls_run += 1
        await self.worker.run(self.cache.set_meta, LAST_SYNC_KEY, datetime.now(UTC).isoformat())

    def request_pull(self, module: str) -> None:
        """Ask for a pull of a module soon; requests within the debounce coalesce."""
        self._wanted.add(module)
        self._poked.set()
        if self._pull_task is None or self._pull_task.done():
            self._pull_task = asyncio.create_task(self._debounced_pull(), name="debounced-pull")

    async def _debounced_pull(self) -> None:
        loop = asyncio.get_running_loop()
        while self._wanted:
            first = loop.time()
            while loop.time() - first < self.debounce_cap:
                self._poked.clear()
                try:
                    # Not wait_for: on 3.11 it can swallow the cancel of a stop (see outbox_sender).
                    async with asyncio.timeout(self.debounce):
                        await self._poked.wait()
                except TimeoutError:
                    break  # quiet: the burst is over
            modules, self._wanted = self._wanted, set()
            try:
                await self.pull_modules(modules)
                events = self._events
                if self.connection is not Connection.ONLINE and events and events.connected:
                    # Back from a failed pull while the events connection stayed up (the
                    # poller's ping retried through a restart, or a one-off timeout): no
                    # state change will come from it, so the pull that worked says so,
                    # and the writes that backed off meanwhile go now.
                    self._on_events_state(Connection.ONLINE)
            except CacheUnavailable as error:  # a full disk or a locked cache: said, not raised
                log.warning("pull of %s could not be stored: %s", modules, error)
            except ApiError as error:
                log.info(
                    "pull of %s failed, will retry on the next poke: %s", modules, error.message
                )
                self._set_connection(
                    Connection.OFFLINE
                    if error.kind in (ApiErrorKind.NETWORK, ApiErrorKind.TIMEOUT)
                    else self.connection
                )

    # --- writes and the outbox ---------------------------------------------------------

    async def queue(
        self, entry: OutboxEntry, local_effect: dict[str, list[dict[str, Any]]] | None = None
    ) -> OutboxRow:
        """Put a write in the outbox (with its optimistic effect) and nudge the sender."""
        row, changes = await self.worker.run(self.cache.enqueue_with_changes, entry, local_effect)
        self._announce(changes)
        self.sender.wake()
        return row

    async def send_outbox(self) -> SendReport | None:
        """Send what can go now, backoffs or not (the user asked); None when another
        process is this cache's sender."""
        if not await self._claim_sender():
            return None
        return await self.sender.drain(retry_waiting=True)

    async def outbox_rows(self, status: str | Iterable[str] | None = None) -> list[OutboxRow]:
        """The outbox in send order (optionally only rows in the given statuses)."""
        return await self.worker.run(self.cache.outbox_rows, status)

    async def outbox_row(self, row_id: str) -> OutboxRow | None:
        return await self.worker.run(self.cache.outbox_row, row_id)

    async def blocking_rows(self, row_id: str) -> list[OutboxRow]:
        """The unsent rows a row waits for (to explain why it has not gone)."""
        return await self.worker.run(self.cache.blocking_rows, row_id)

    async def retry(self, row_id: str, body: object = None) -> OutboxRow:
        """Send a rejected or conflicting row again, as it was or with an edited body.

        `body=None` keeps the body; an edited body goes with a new Idempotency-Key.
        """
        row = await self.worker.run(self.cache.retry, row_id, KEEP_BODY if body is None else body)
        changes = ChangeSet()
        changes.add(OUTBOX, [row.id])
        self._announce(changes)
        self.sender.wake(retry_waiting=True)
        return row

    async def edit_queued(
        self, row_id: str, body: Any, effect: Mapping[str, Sequence[Mapping[str, Any]]]
    ) -> ChangeSet:
        """Correct a create that has not been sent: its body (a new key) and its optimistic
        records together; refused (`OutboxStateError`) once the sender may have sent it."""
        changes = await self.worker.run(edit_queued_create, self.cache, row_id, body, effect)
        self._announce(changes)
        self.sender.wake()
        return changes

    async def discard(self, row_id: str) -> ChangeSet:
        """Give a row up: its local effect is undone and the server's records come back."""
        changes = await self.worker.run(self.cache.discard, row_id)
        await self.sender.refetch(changes)
        self._announce(changes)
        self.sender.wake()
        return changes

    @property
    def sender_active(self) -> bool:
        """Whether this process sends the outbox (it holds the cache's sender lock)."""
        return self.lock.held

    async def _claim_sender(self) -> bool:
        """Become this cache's sender if no other process is; True when this one is."""
        if self.lock.held:
            return True
        try:
            claimed = self.lock.acquire()
        except OSError as error:
            log.warning("cannot take the outbox sender lock %s: %s", self.lock.path, error)
            return False
        if claimed:
            # Rows a previous sender left in flight (it crashed or was killed mid-send) go
            # back to pending with their key; they may have arrived, so they are ambiguous.
            resumed = await self.worker.run(self.cache.resume_in_flight)
            if resumed:
                log.info("%d outbox rows were in flight when the last sender stopped", len(resumed))
        return claimed

    async def _wait_for_sender_role(self) -> None:
        while not await self._claim_sender():
            await asyncio.sleep(self.claim_interval)
        log.info("the other copy stopped sending; this one sends the outbox now")
        self.sender.start()
        self.sender.wake(retry_waiting=True)

    # --- live mode ---------------------------------------------------------------------

    async def start(self, modules: Iterable[str] = ()) -> None:
        """Go live: join module rooms, start sending, poll while the socket is down."""
        self.joined = set(modules) & set(self.connector.modules)
        if await self._claim_sender():
            self.sender.start()
        else:
            log.info("%s", ANOTHER_SENDER)
            self._claim_task = asyncio.create_task(
                self._wait_for_sender_role(), name="claim-sender"
            )
        events = self.connector.events(self._on_invalidate, self._on_reconnect)
        self._events = events
        if events is not None:
            events.on_state = self._on_events_state
            events.on_event = self.notices.heard
            for module in self.joined:
                events.join(module)
            events.start()
        self._poll_task = asyncio.create_task(self._poll_while_offline(), name="offline-poll")

    async def stop(self) -> None:
        for task in (self._claim_task, self._poll_task, self._pull_task):
            if task is not None:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await task
        self._claim_task = self._poll_task = self._pull_task = None
        if self._events is not None:
            await self._events.stop()
            self._events = None
        await self.notices.stop()
        await self.sender.stop()
        self.lock.release()
        if self._own_worker:
            self.worker.shutdown()

    async def _on_invalidate(self, module: str, _event_name: str) -> None:
        self.request_pull(module)

    async def _on_reconnect(self) -> None:
        for module in self.joined:
            self.request_pull(module)
        self.sender.wake(retry_waiting=True)

    def _on_events_state(self, state: Connection) -> None:
        self._set_connection(state)
        if state is Connection.ONLINE:
            # The server is back: rows waiting out a backoff need not wait any longer.
            self.sender.wake(retry_waiting=True)
            self.notices.connected()  # and notifications sent meanwhile are caught up
        else:
            self.notices.disconnected()

    async def _poll_while_offline(self) -> None:
        while True:
            await asyncio.sleep(self.poll_interval)
            if self._events is None or self.connection is not Connection.ONLINE:
                for module in self.joined:
                    self.request_pull(module)
                self.sender.wake()

    # --- announcing --------------------------------------------------------------------

    def _announce(self, changes: ChangeSet) -> None:
        if not changes:
            return
        for listener in list(self.change_listeners):
            listener(changes)

    def _set_connection(self, state: Connection) -> None:
        if state is self.connection:
            return
        self.connection = state
        for listener in list(self.connection_listeners):
            listener(state)
