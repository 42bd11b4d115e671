"""`Cache`: the local SQLite copy of one company on one server, and its outbox.

Blocking calls, meant for the one database worker thread of `sync/` (short windowed
reads may run elsewhere; SQLite in WAL mode lets readers and the writer overlap). Every
write method is one `BEGIN IMMEDIATE` transaction: a page of records and its watermark
land together or not at all, an outbox row lands with its optimistic effect.

Metadata keys used by the client: "currency" (the company's currency, used for records
that carry none), "last_sync" (ISO time of the last finished pull, shown by `status()`),
"server_url", "company_id".

A full disk, a read-only folder or a cache another program holds locked raise
`CacheUnavailable` (store/disk.py) with one sentence; the failed transaction rolls back,
so nothing queued before is lost.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from arkan_desktop.domain.money import DEFAULT_CURRENCY
from arkan_desktop.store import learned, outbox
from arkan_desktop.store.changes import ChangeSet
from arkan_desktop.store.database import READ, WRITE, create_cache_engine
from arkan_desktop.store.disk import cache_problem
from arkan_desktop.store.migrate import upgrade_engine
from arkan_desktop.store.models import Meta, OutboxRow, Watermark
from arkan_desktop.store.models.outbox import CONFLICT, IN_FLIGHT, PENDING, REJECTED
from arkan_desktop.store.outbox import KEEP_BODY, OutboxEntry
from arkan_desktop.store.records import load_json
from arkan_desktop.store.resources import RESOURCE_TABLES, resource_table
from arkan_desktop.store.upserts import (
    cached_ids,
    cached_raw,
    delete_records,
    held_ids,
    upsert_records,
    write_watermark,
)

CURRENCY_KEY = "currency"
LAST_SYNC_KEY = "last_sync"
RowRef = OutboxRow | str


def utc_now() -> datetime:
    return datetime.now(UTC)


def iso_utc(moment: datetime) -> str:
    """The wire's timestamp form, `2026-11-21T10:00:00.123456Z` (string-comparable)."""
    if moment.tzinfo is None:
        raise ValueError("a naive datetime has no place in the outbox; give it a timezone")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _row_id(row: RowRef) -> str:
    return row if isinstance(row, str) else row.id


def _write_meta(session: Session, key: str, value: str | None) -> None:
    statement = sqlite_insert(Meta).values(key=key, value=value)
    session.execute(
        statement.on_conflict_do_update(
            index_elements=["key"], set_={"value": statement.excluded.value}
        )
    )


class Cache:
    """One cache file. Open with `Cache.open(path)`; close with `close()` or `with`."""

    def __init__(self, engine: Engine, path: Path, clock: Callable[[], datetime] = utc_now):
        self._engine = engine
        self.path = path
        self._clock = clock
        self._currency: str | None = None

    @classmethod
    def open(cls, path: Path | str, *, clock: Callable[[], datetime] = utc_now) -> Cache:
        """Open (creating it 0600 if needed) and migrate to head; WAL, foreign keys on."""
        path = Path(path)
        try:
            engine = create_cache_engine(path)
        except OSError as error:
            raise cache_problem(error, path) or error from None
        try:
            upgrade_engine(engine)
        except (DBAPIError, OSError) as error:
            engine.dispose()
            raise cache_problem(error, path) or error from None
        except BaseException:
            engine.dispose()
            raise
        return cls(engine, path, clock)

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> Cache:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @contextmanager
    def _transaction(self, options: Mapping[str, str]) -> Iterator[Session]:
        try:
            with self._engine.connect() as connection:
                connection.execution_options(**options)
                with Session(bind=connection, expire_on_commit=False) as session, session.begin():
                    yield session
        except DBAPIError as error:
            problem = cache_problem(error, self.path)
            if problem is None:
                raise
            raise problem from None

    def writing(self) -> AbstractContextManager[Session]:
        """A session in one write transaction (`BEGIN IMMEDIATE`), committed on exit."""
        return self._transaction(WRITE)

    def reading(self) -> AbstractContextManager[Session]:
        """A session on one consistent snapshot, for windowed typed queries by views."""
        return self._transaction(READ)

    def _now(self) -> str:
        return iso_utc(self._clock())

    @property
    def default_currency(self) -> str:
        if self._currency is None:
            self._currency = self.meta(CURRENCY_KEY) or DEFAULT_CURRENCY
        return self._currency

    # records

    def upsert(
        self,
        resource: str,
        records: Iterable[Mapping[str, Any]],
        watermark: str | None = None,
        meta: Mapping[str, str | None] | None = None,
    ) -> ChangeSet:
        """Write one page of server records (and advance the watermark, and set `meta`
        keys: where a walk got to) in one transaction.

        Records held by active outbox rows are skipped (`ChangeSet.deferred`); records that
        cannot be stored are skipped and reported (`ChangeSet.errors`); the watermark only
        moves forward.
        """
        spec = resource_table(resource)
        currency = self.default_currency
        with self.writing() as session:
            changes = upsert_records(session, spec, records, currency)
            if watermark is not None:
                current = session.get(Watermark, resource)
                if current is None or current.value is None or current.value < watermark:
                    write_watermark(session, resource, watermark)
            for key, value in (meta or {}).items():
                _write_meta(session, key, value)
        return changes

    def watermark(self, resource: str) -> str | None:
        resource_table(resource)
        with self.reading() as session:
            found = session.get(Watermark, resource)
            return None if found is None else found.value

    def set_watermark(self, resource: str, value: str | None) -> None:
        """Set (or reset, with None) a watermark, e.g. to force a full pull."""
        resource_table(resource)
        with self.writing() as session:
            write_watermark(session, resource, value)

    def remove_missing(self, resource: str, present_ids: Collection[str]) -> ChangeSet:
        """Reconciliation: delete cached records the server no longer lists.

        Optimistic local records and records held by the outbox stay.
        """
        spec = resource_table(resource)
        present = set(present_ids)
        changes = ChangeSet()
        with self.writing() as session:
            gone = cached_ids(session, spec) - present
            gone -= cached_ids(session, spec, local_only=True)
            held = held_ids(session, resource) & gone
            changes.deferred |= held
            gone -= held
            if gone:
                delete_records(session, spec, gone)
                changes.add(resource, gone)
        return changes

    def remove(self, resource: str, record_ids: Collection[str]) -> ChangeSet:
        """Delete records the server says are gone (a re-fetch answered 404); held ones stay."""
        spec = resource_table(resource)
        changes = ChangeSet()
        with self.writing() as session:
            held = held_ids(session, resource) & set(record_ids)
            changes.deferred |= held
            gone = set(record_ids) - held
            if gone:
                delete_records(session, spec, gone)
                changes.add(resource, gone)
        return changes

    def get(self, resource: str, record_id: str) -> dict[str, Any] | None:
        """The record's JSON as received (decimals in JSON numbers come back as `Decimal`)."""
        spec = resource_table(resource)
        with self.reading() as session:
            raw = cached_raw(session, spec, record_id)
        return None if raw is None else dict(load_json(raw))

    def count(self, resource: str) -> int:
        spec = resource_table(resource)
        with self.reading() as session:
            query = select(func.count()).select_from(spec.table).where(spec.where())
            return int(session.execute(query).scalar_one())

    def ids(self, resource: str) -> set[str]:
        spec = resource_table(resource)
        with self.reading() as session:
            return cached_ids(session, spec)

    def status(self) -> dict[str, Any]:
        """Counts and watermarks per resource and outbox counts, for `status --json`."""
        with self.reading() as session:
            marks = {w.resource: w.value for w in session.scalars(select(Watermark))}
            resources = {}
            for name, spec in RESOURCE_TABLES.items():
                query = select(func.count()).select_from(spec.table).where(spec.where())
                count = int(session.execute(query).scalar_one())
                resources[name] = {"count": count, "watermark": marks.get(name)}
            counts = outbox.outbox_counts(session)
            last_sync = session.get(Meta, LAST_SYNC_KEY)
        return {
            "resources": resources,
            "outbox": {s: counts.get(s, 0) for s in (PENDING, REJECTED, CONFLICT, IN_FLIGHT)},
            "lastSync": None if last_sync is None else last_sync.value,
        }

    def meta(self, key: str) -> str | None:
        with self.reading() as session:
            found = session.get(Meta, key)
            return None if found is None else found.value

    def set_meta(self, key: str, value: str | None) -> None:
        with self.writing() as session:
            _write_meta(session, key, value)
        if key == CURRENCY_KEY:
            self._currency = None

    # location barcodes the station learnt (store/learned.py)

    def learn_location_barcode(self, barcode: str, location_id: str, source: str) -> None:
        """Remember a location's barcode from a label printed ("printed") or scanned."""
        with self.writing() as session:
            learned.learn(session, barcode, location_id, source, self._now())

    def learned_location(self, barcode: str) -> str | None:
        with self.reading() as session:
            return learned.location_of(session, barcode)

    def learned_location_barcodes(self) -> dict[str, str]:
        with self.reading() as session:
            return learned.barcodes_of(session)

    # outbox

    def enqueue(
        self,
        entry: OutboxEntry,
        local_effect: Mapping[str, Sequence[Mapping[str, Any]]] | None = None,
    ) -> OutboxRow:
        """Queue a write; `local_effect` (resource -> records) is upserted optimistically."""
        return self.enqueue_with_changes(entry, local_effect)[0]

    def enqueue_with_changes(
        self,
        entry: OutboxEntry,
        local_effect: Mapping[str, Sequence[Mapping[str, Any]]] | None = None,
    ) -> tuple[OutboxRow, ChangeSet]:
        """`enqueue`, also returning what the optimistic effect changed (for the views)."""
        with self.writing() as session:
            return outbox.enqueue(session, entry, local_effect, self.default_currency, self._now())

    def next_sendable(self, now: datetime | None = None) -> OutboxRow | None:
        moment = self._now() if now is None else iso_utc(now)
        with self.reading() as session:
            return outbox.next_sendable(session, moment)

    def mark_in_flight(self, row: RowRef) -> OutboxRow:
        with self.writing() as session:
            return outbox.mark_in_flight(session, _row_id(row), self._now())

    def mark_sent(self, row: RowRef, response: Any, server_id: str | None = None) -> ChangeSet:
        """Accepted: the server's record replaces the optimistic one; temp ids are rewritten."""
        with self.writing() as session:
            return outbox.mark_sent(
                session, _row_id(row), response, server_id, self.default_currency, self._now()
            )

    def mark_rejected(
        self,
        row: RowRef,
        status: int | None,
        message: str,
        field_errors: Iterable[object] = (),
    ) -> OutboxRow:
        with self.writing() as session:
            return outbox.mark_rejected(
                session, _row_id(row), status, message, field_errors, self._now()
            )

    def mark_conflict(
        self, row: RowRef, server_record: Any, message: str | None = None
    ) -> OutboxRow:
        with self.writing() as session:
            return outbox.mark_conflict(session, _row_id(row), server_record, message, self._now())

    def mark_retry(
        self,
        row: RowRef,
        error: str,
        next_attempt_at: datetime | None = None,
        ambiguous: bool = False,
    ) -> OutboxRow:
        when = None if next_attempt_at is None else iso_utc(next_attempt_at)
        with self.writing() as session:
            return outbox.mark_retry(
                session, _row_id(row), error, when, self._now(), ambiguous=ambiguous
            )

    def next_attempt_due(self) -> datetime | None:
        """When a row that failed for a passing reason may be tried again."""
        with self.reading() as session:
            due = outbox.next_attempt_due(session)
        return None if due is None else datetime.fromisoformat(due.replace("Z", "+00:00"))

    def retry(self, row_id: str, body: Any = KEEP_BODY) -> OutboxRow:
        """Resend a rejected/conflict row; an edited `body` gets a new idempotency key."""
        with self.writing() as session:
            return outbox.retry(session, row_id, body, self._now())

    def discard(self, row_id: str) -> ChangeSet:
        with self.writing() as session:
            return outbox.discard(session, row_id, self.default_currency, self._now())

    def resume_in_flight(self) -> list[OutboxRow]:
        with self.writing() as session:
            return outbox.resume_in_flight(session, self._now())

    def outbox_rows(self, status: str | Iterable[str] | None = None) -> list[OutboxRow]:
        with self.reading() as session:
            return outbox.outbox_rows(session, status)

    def outbox_row(self, row_id: str) -> OutboxRow | None:
        with self.reading() as session:
            return session.get(OutboxRow, row_id)

    def blocking_rows(self, row_id: str) -> list[OutboxRow]:
        """The unsent rows `row_id` waits for (a rejected or discarded one blocks it for good)."""
        with self.reading() as session:
            return outbox.blocking_rows(session, row_id)
