"""Sends queued writes to the server, in order, exactly once.

One sender per cache (an OS file lock beside it, taken by the service). Each outbox row
goes out with its own Idempotency-Key. What comes back decides the row's fate:
- accepted: the server's record replaces the optimistic one; temp ids in later rows are
  rewritten to the server's id; an answer that is another resource's record (the row's
  `response_resource`) is cached as that, and one that is no record ("") is kept on the
  row only;
- rejected (a 4xx other than 401/408/409/429): parked with the server's message and field
  errors for the user to fix, resend or discard; rows that do not depend on it go on;
- conflict (409): parked with the server's current record fetched beside it;
- ambiguous (timeout, connection lost after sending): before sending again, the sender
  looks for the row's own reference on the server, because a real server may ignore
  Idempotency-Key;
- refused as a duplicate ("reference number already exists", a 409): an earlier attempt
  (one whose answer was lost, even one retried inside the HTTP core) may have made the
  record, so the sender looks it up by the row's reference and, when it is the same
  write (same amount, invoice and customer), settles the row as sent with it: a lost
  answer never turns an applied write into a rejected one, and nothing is made twice;
- unreachable / 5xx: retried later with backoff and jitter, same key; later rows wait
  behind it (a later write may rely on an earlier one without naming it);
- interrupted (the app closing mid-send): back to pending, ambiguous, same key.
Nothing is ever dropped silently.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from arkan_desktop.api.backoff import backoff as jittered_backoff
from arkan_desktop.api.connector import Connector
from arkan_desktop.api.errors import ApiError, ApiErrorKind
from arkan_desktop.api.ratelimit import Priority
from arkan_desktop.domain.commands import is_temporary_id
from arkan_desktop.store.cache import Cache
from arkan_desktop.store.changes import OUTBOX, ChangeSet
from arkan_desktop.store.models.outbox import CONFLICT, DISCARDED, PENDING, REJECTED
from arkan_desktop.store.outbox import OutboxRow, OutboxStateError, response_target
from arkan_desktop.store.queries.outbox import waiting_before
from arkan_desktop.sync.worker import DatabaseWorker

log = logging.getLogger(__name__)

BACKOFF_BASE = 0.5
BACKOFF_CAP = 60.0
# With nothing due, look at the outbox again this often anyway: another copy of the app
# (which may not send itself) can queue rows into the same cache file.
IDLE_RECHECK = 2.0
# A sender task that failed for a reason of its own (not the server's) tries again after.
CRASH_PAUSE = 5.0
# Far enough ahead that every waiting row counts as due.
_EVERY_ROW_DUE = datetime(9999, 1, 1, tzinfo=UTC)
_PARKED = (REJECTED, CONFLICT, DISCARDED)
INTERRUPTED = "interrupted while sending; it may have reached the server"

ChangeListener = Callable[[ChangeSet], None]
# How servers refuse a create whose unique field (reference, number, code) is taken.
_DUPLICATE = re.compile(r"already (exists?|in use|used|been \w+)|duplicate", re.I)
_DUPLICATE_STATUS = frozenset({400, 409, 422})


def already_exists(error: ApiError) -> bool:
    """Is this the server refusing a create because its unique field is taken?"""
    if error.status not in _DUPLICATE_STATUS:
        return False
    texts = [error.message, *(f.message for f in error.field_errors)]
    return any(_DUPLICATE.search(text) for text in texts)


def _number(value: Any) -> Decimal | None:
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None


def _first_invoice(record: Any) -> str | None:
    allocations = record.get("allocations") if isinstance(record, dict) else None
    if not allocations or not isinstance(allocations[0], dict):
        return None
    found = allocations[0].get("invoiceId")
    return None if found is None else str(found)


def same_write(sent: Any, found: dict[str, Any]) -> bool:
    """Is the record found under a row's reference the one that row would make? (An
    amount, first invoice or customer both name and that differ says no.)"""
    if not isinstance(sent, dict):
        return True
    amounts = sent.get("amount"), found.get("amount")
    if None not in amounts and _number(amounts[0]) != _number(amounts[1]):
        return False
    invoices = _first_invoice(sent), _first_invoice(found)
    if None not in invoices and invoices[0] != invoices[1]:
        return False
    partners = sent.get("partnerId"), found.get("partnerId")
    return None in partners or str(partners[0]) == str(partners[1])


@dataclass
class SendReport:
    sent: int = 0
    rejected: int = 0
    conflicts: int = 0
    deferred: int = 0


def backoff(attempt: int, rng: random.Random) -> float:
    """Full jitter: a random wait up to an exponentially growing cap (the client's one)."""
    return jittered_backoff(attempt, base=BACKOFF_BASE, cap=BACKOFF_CAP, rng=rng)


def _stuck(cache: Cache, row: OutboxRow) -> bool:
    """The row waits for a row that will not go without the user (rejected, conflict,
    discarded), directly or through another waiting row."""
    for blocker in cache.blocking_rows(row.id):
        if blocker.status in _PARKED or (blocker.status == PENDING and _stuck(cache, blocker)):
            return True
    return False


def next_in_order(cache: Cache, moment: datetime | None = None) -> OutboxRow | None:
    """The next row to send, keeping the outbox's order (runs on the database worker).

    The store offers the oldest due row whose dependencies are sent; this also holds it
    back while an earlier row that can still go waits out a backoff, because a later
    write may rely on an earlier one without naming it (a payment allocated to an invoice
    needs that invoice *posted*). Rows stuck behind a parked row hold nothing back.
    """
    row = cache.next_sendable(moment)
    if row is None:
        return None
    if any(not _stuck(cache, waiting) for waiting in waiting_before(cache, row.seq)):
        return None
    return row


def _outbox_changed(row: OutboxRow) -> ChangeSet:
    changes = ChangeSet()
    changes.add(OUTBOX, [row.id])
    return changes


class OutboxSender:
    def __init__(
        self,
        connector: Connector,
        cache: Cache,
        worker: DatabaseWorker,
        on_changes: ChangeListener | None = None,
        rng: random.Random | None = None,
    ) -> None:
        self.connector = connector
        self.cache = cache
        self.worker = worker
        self.on_changes = on_changes
        self.rng = rng or random.Random()
        self._wake = asyncio.Event()
        self._retry_waiting = False
        self._refetch_later = ChangeSet()
        self._sending = asyncio.Lock()
        self._task: asyncio.Task[None] | None = None
        self.idle = False  # waiting for a write, a wake-up or the next attempt's due time
        self.online = True

    def wake(self, *, retry_waiting: bool = False) -> None:
        """Something was queued: look at the outbox now.

        With `retry_waiting` (the network came back, the user asked to sync), rows waiting
        out a backoff after a transient failure go too, instead of at their due time.
        """
        self._retry_waiting = self._retry_waiting or retry_waiting
        self._wake.set()

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.create_task(self._run(), name="outbox-sender")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def _run(self) -> None:
        while True:
            self._wake.clear()
            retry_waiting, self._retry_waiting = self._retry_waiting, False
            try:
                report = await self.drain(retry_waiting=retry_waiting)
                wait = await self._seconds_until_next_attempt()
            except Exception:
                # A local failure (the disk, a bug): never let it end the sender for good.
                log.exception("the outbox sender failed; trying again in %.0f s", CRASH_PAUSE)
                report, wait = SendReport(), CRASH_PAUSE
            if report.sent and wait == 0:
                continue
            # wait == 0 with nothing sent: a due row waits for one that cannot go (rejected)
            timeout = IDLE_RECHECK if not wait else min(wait, IDLE_RECHECK)
            # asyncio.timeout, not wait_for: on Python 3.11 wait_for swallows a cancel that
            # lands as the event is set, and the sender (and the app closing) went on forever.
            self.idle = True
            try:
                with contextlib.suppress(TimeoutError):
                    async with asyncio.timeout(timeout):
                        await self._wake.wait()
            finally:
                self.idle = False

    async def _seconds_until_next_attempt(self) -> float | None:
        due = await self.worker.run(self.cache.next_attempt_due)
        if due is None:
            return None
        return max(0.0, (due - datetime.now(UTC)).total_seconds())

    async def drain(self, *, retry_waiting: bool = False) -> SendReport:
        """Send every row that can go now; returns when none can.

        One drain at a time (the background task and an explicit sync may both ask), so a
        row is never sent twice at once. With `retry_waiting`, rows waiting out a backoff
        go now too.
        """
        report = SendReport()
        async with self._sending:
            if self._refetch_later.refetch:
                changes = ChangeSet()
                await self.refetch(changes)
                self._announce(changes)
            moment = _EVERY_ROW_DUE if retry_waiting else None
            while True:
                row = await self.worker.run(next_in_order, self.cache, moment)
                if row is None:
                    return report
                outcome = await self.send_one(row)
                setattr(report, outcome, getattr(report, outcome) + 1)
                if outcome == "deferred":
                    return report

    async def send_one(self, row: OutboxRow) -> str:
        """Send one row and settle its fate; returns the SendReport field it counts in."""
        try:
            await self.worker.run(self.cache.mark_in_flight, row)
            return await self._send_in_flight(row)
        except asyncio.CancelledError:
            # Stopped mid-send (the app closing, a sync given up): back to pending with the
            # same key, and ambiguous, because the request may have arrived. A crash leaves
            # the row in flight instead; the next sender resumes it the same way.
            await asyncio.shield(self.worker.run(self._interrupted, row.id))
            raise

    def _interrupted(self, row_id: str) -> None:
        with contextlib.suppress(OutboxStateError):  # it was settled before the stop
            self.cache.mark_retry(row_id, INTERRUPTED, None, True)

    async def _send_in_flight(self, row: OutboxRow) -> str:
        if row.ambiguous:
            found = await self._look_up_reference(row)
            if found is not None:
                await self._accepted(row, found)
                return "sent"
        try:
            response = await self.connector.send(
                row.command,
                idempotency_key=row.idempotency_key,
                priority=Priority.OUTBOX,
            )
        except ApiError as error:
            return await self._failed(row, error)
        await self._accepted(row, response)
        return "sent"

    async def _accepted(self, row: OutboxRow, response: Any) -> None:
        record = response if isinstance(response, dict) else None
        server_id = str(record["id"]) if record and "id" in record else None
        changes = await self.worker.run(self.cache.mark_sent, row, record, server_id)
        self.online = True
        await self.refetch(changes)
        self._announce(changes)

    async def _failed(self, row: OutboxRow, error: ApiError) -> str:
        if row.command.creates and already_exists(error):
            found = await self._look_up_reference(row)
            if found is not None and same_write(row.command.payload, found):
                log.info("outbox row %s was made already (%s): settled", row.id, error.message)
                await self._accepted(row, found)
                return "sent"
        if error.kind is ApiErrorKind.CONFLICT:
            current = await self._current_server_record(row)
            await self.worker.run(self.cache.mark_conflict, row, current, error.message)
            self._announce(_outbox_changed(row))
            return "conflicts"
        if error.is_rejection:
            await self.worker.run(
                self.cache.mark_rejected,
                row,
                error.status,
                error.message,
                [{"field": f.field, "message": f.message} for f in error.field_errors],
            )
            self._announce(_outbox_changed(row))
            return "rejected"
        # Unreachable, timeouts, 5xx, an expired session: the same row, the same key, later.
        self.online = error.kind not in (ApiErrorKind.NETWORK, ApiErrorKind.TIMEOUT)
        delay = backoff(row.attempts + 1, self.rng)
        due = datetime.now(UTC) + timedelta(seconds=delay)
        await self.worker.run(self.cache.mark_retry, row, error.message, due, error.ambiguous)
        self._announce(_outbox_changed(row))
        log.info("outbox row %s deferred %.1f s: %s", row.id, delay, error.message)
        return "deferred"

    async def _look_up_reference(self, row: OutboxRow) -> dict[str, Any] | None:
        # The answer is looked for where it would be cached; an answer that is no record
        # cannot be looked up, so such a row relies on its Idempotency-Key alone.
        target = response_target(row)
        if not row.lookup_reference or not row.command.creates or not target:
            return None
        try:
            return await self.connector.find_by_reference(target, row.lookup_reference)
        except ApiError:
            return None

    async def refetch(self, changes: ChangeSet) -> None:
        """Bring back the server's version of records an outbox row no longer holds.

        What cannot be fetched now (offline) is remembered and tried again before the next
        drain; a record the server no longer has (404) leaves the cache.
        """
        wanted = ChangeSet()
        wanted.merge(self._refetch_later)
        self._refetch_later = ChangeSet()
        for resource, ids in changes.refetch.items():
            wanted.add_refetch(resource, ids)
        for resource, ids in wanted.refetch.items():
            fetched, gone = [], []
            for record_id in sorted(ids):
                if is_temporary_id(record_id):
                    continue
                try:
                    fetched.append(await self.connector.get(resource, record_id))
                except ApiError as error:
                    if error.kind is ApiErrorKind.NOT_FOUND:
                        gone.append(record_id)
                    else:
                        self._refetch_later.add_refetch(resource, [record_id])
                        log.info("could not refetch %s %s: %s", resource, record_id, error.message)
            if fetched:
                changes.merge(await self.worker.run(self.cache.upsert, resource, fetched))
            if gone:
                changes.merge(await self.worker.run(self.cache.remove, resource, gone))

    async def _current_server_record(self, row: OutboxRow) -> dict[str, Any] | None:
        record_id = row.record_id
        if record_id is None:
            return None
        try:
            return await self.connector.get(row.resource, record_id)
        except ApiError:
            return None

    def _announce(self, changes: ChangeSet) -> None:
        if self.on_changes is not None and changes:
            self.on_changes(changes)
