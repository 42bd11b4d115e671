"""Bulk writes of server records into the cache tables, inside the caller's transaction.

Rows are written with SQLite `INSERT ... ON CONFLICT DO UPDATE` in executemany batches;
a record whose raw JSON is unchanged is not written again (so an idempotent pull reports
no change). Child rows are replaced wholesale with their parent. Records held by active
outbox rows are skipped unless the caller says otherwise, and so is a server record older
(by `updatedAt`) than the server's version already cached: a page fetched just before one
of this client's writes was accepted must not undo it. What a record takes from others
(a payment's customer from its invoice, a customer's new name on its invoices) is filled
in the same transaction (joins.py). A record too big to be one, or
whose id is too long to be one (records.py), is skipped and reported; the rest of the
page is applied.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Sequence
from operator import itemgetter
from typing import TypeVar

from sqlalchemy import Connection, Table, delete, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from arkan_desktop.store.changes import ChangeSet
from arkan_desktop.store.joins import (
    current_partner_names,
    fill_payment_parties,
    refresh_partner_names,
)
from arkan_desktop.store.models import OutboxRecord, OutboxRow, Watermark
from arkan_desktop.store.models.outbox import ACTIVE
from arkan_desktop.store.records import RecordError, RecordReader, check_size, parse_stamp
from arkan_desktop.store.resources import MappedRecord, ResourceTable

CHUNK = 900
T = TypeVar("T")


def chunked(items: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def held_ids(session: Session, resource: str, exclude_row: str | None = None) -> set[str]:
    """Ids of `resource` records that active outbox rows hold (pulls must not overwrite them)."""
    query = (
        select(OutboxRecord.record_id)
        .join(OutboxRow, OutboxRow.id == OutboxRecord.row_id)
        .where(OutboxRecord.resource == resource, OutboxRow.status.in_(ACTIVE))
    )
    if exclude_row is not None:
        query = query.where(OutboxRow.id != exclude_row)
    return set(session.scalars(query))


def existing_rows(
    conn: Connection, spec: ResourceTable, ids: Collection[str]
) -> dict[str, tuple[str, bool, str | None]]:
    """id -> (raw, local_pending, updated_at) for the rows of `ids` already cached."""
    table = spec.table
    found: dict[str, tuple[str, bool, str | None]] = {}
    for chunk in chunked(list(ids)):
        query = select(table.c.id, table.c.raw, table.c.local_pending, table.c.updated_at).where(
            spec.where(), table.c.id.in_(chunk)
        )
        for record_id, raw, local_pending, updated_at in conn.execute(query):
            found[record_id] = (raw, bool(local_pending), updated_at)
    return found


def is_older(incoming: str | None, cached: str | None) -> bool:
    """Is the incoming version stamped before the cached one? (Unknown stamps: no.)"""
    if incoming == cached:
        return False
    new, old = parse_stamp(incoming), parse_stamp(cached)
    return new is not None and old is not None and new < old


def map_records(
    spec: ResourceTable,
    records: Iterable[object],
    default_currency: str,
    changes: ChangeSet,
    *,
    local_pending: bool = False,
) -> dict[str, MappedRecord]:
    """Map records to rows; a bad record is reported in `changes.errors`, the rest go on."""
    mapped: dict[str, MappedRecord] = {}
    for record in records:
        try:
            result = spec(record, default_currency, local_pending=local_pending)
        except RecordError as exc:
            changes.errors.append(exc)
            continue
        mapped[result.id] = result  # a page listing a record twice: the last one wins
    return mapped


def _upsert_sql(spec: ResourceTable, columns: Sequence[str]) -> str:
    keys = spec.key_columns
    updates = ", ".join(f"{name} = excluded.{name}" for name in columns if name not in keys)
    return (
        f"INSERT INTO {spec.table.name} ({', '.join(columns)}) "
        f"VALUES ({', '.join('?' * len(columns))}) "
        f"ON CONFLICT ({', '.join(keys)}) DO UPDATE SET {updates}"
    )


def _insert_sql(table: Table, columns: Sequence[str]) -> str:
    return (
        f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    )


def _write_rows(
    conn: Connection,
    spec: ResourceTable,
    changed: Sequence[MappedRecord],
    existing: Collection[str],
) -> None:
    """Rows straight to the driver's executemany: the mappers produce storable values
    (text, int minor units, int thousandths, bool), and this is the hot path of a pull."""
    columns = list(changed[0].row)
    values = itemgetter(*columns)
    conn.exec_driver_sql(_upsert_sql(spec, columns), [values(m.row) for m in changed])
    replaced = [m.id for m in changed if m.id in existing]
    for child in spec.children:
        parent = child.table.c[child.parent_column]
        for chunk in chunked(replaced):
            conn.execute(delete(child.table).where(parent.in_(chunk)))
        rows = [row for m in changed for row in m.children[child]]
        if rows:
            child_columns = list(rows[0])
            child_values = itemgetter(*child_columns)
            conn.exec_driver_sql(
                _insert_sql(child.table, child_columns), [child_values(row) for row in rows]
            )


def write_mapped(
    conn: Connection, spec: ResourceTable, records: Sequence[MappedRecord]
) -> set[str]:
    """Insert or update `records` and replace their child rows; returns the ids written."""
    existing = existing_rows(conn, spec, [m.id for m in records])
    changed = [
        m for m in records if existing.get(m.id, ())[:2] != (m.row["raw"], m.row["local_pending"])
    ]
    if changed:
        _write_rows(conn, spec, changed, existing)
    return {m.id for m in changed}


def upsert_records(
    session: Session,
    spec: ResourceTable,
    records: Iterable[object],
    default_currency: str,
    *,
    local_pending: bool = False,
    respect_outbox: bool = True,
) -> ChangeSet:
    """Write a page of records; with `respect_outbox`, records held by the outbox are skipped.

    Records are first only identified (id and raw JSON); those whose raw JSON and
    optimistic flag match the cached row are not mapped or written at all.
    """
    changes = ChangeSet()
    identified: dict[str, tuple[RecordReader, str]] = {}
    if spec.resource == "payments":
        records = fill_payment_parties(session, records)
    elif spec.resource == "invoices":
        records = current_partner_names(session, records)
    for record in records:
        try:
            reader, record_id, raw = spec.identify(record)
            check_size(spec.resource, record_id, raw)
        except RecordError as exc:
            changes.errors.append(exc)
            continue
        identified[record_id] = (reader, raw)  # a page listing a record twice: the last wins
    if respect_outbox and identified:
        held = held_ids(session, spec.resource) & identified.keys()
        changes.deferred |= held
        for record_id in held:
            del identified[record_id]
    if not identified:
        return changes
    conn = session.connection()
    existing = existing_rows(conn, spec, list(identified))
    changed = []
    for record_id, (reader, raw) in identified.items():
        cached = existing.get(record_id)
        if cached is not None and cached[:2] == (raw, local_pending):
            continue
        if (
            cached is not None
            and not cached[1]  # an optimistic row always yields to the server
            and is_older(reader.text("updatedAt"), cached[2])
        ):
            changes.stale.add(record_id)
            continue
        try:
            changed.append(
                spec.map_identified(reader, record_id, raw, default_currency, local_pending)
            )
        except RecordError as exc:
            changes.errors.append(exc)
    if changed:
        _write_rows(conn, spec, changed, existing)
        changes.add(spec.resource, [m.id for m in changed])
        written = [identified[m.id][0].record for m in changed]
        renamed = refresh_partner_names(session, spec.resource, written)
        if renamed:
            changes.add("invoices", renamed)
    return changes


def delete_records(session: Session, spec: ResourceTable, ids: Collection[str]) -> None:
    """Delete cached records (their child rows go with them, by foreign key cascade)."""
    conn = session.connection()
    for chunk in chunked(list(ids)):
        conn.execute(delete(spec.table).where(spec.where(), spec.table.c.id.in_(chunk)))


def cached_raw(session: Session, spec: ResourceTable, record_id: str) -> str | None:
    query = select(spec.table.c.raw).where(spec.where(), spec.table.c.id == record_id)
    return session.connection().execute(query).scalar_one_or_none()


def cached_ids(session: Session, spec: ResourceTable, *, local_only: bool = False) -> set[str]:
    query = select(spec.table.c.id).where(spec.where())
    if local_only:
        query = query.where(spec.table.c.local_pending.is_(True))
    return set(session.connection().execute(query).scalars())


def write_watermark(session: Session, resource: str, value: str | None) -> None:
    statement = sqlite_insert(Watermark).values(resource=resource, value=value)
    session.execute(
        statement.on_conflict_do_update(
            index_elements=["resource"], set_={"value": statement.excluded.value}
        )
    )


def rows_containing(session: Session, spec: ResourceTable, text: str) -> list[tuple[str, str]]:
    """(id, raw) of optimistic local rows whose raw JSON mentions `text` (a temporary id)."""
    table = spec.table
    query = select(table.c.id, table.c.raw).where(
        spec.where(), table.c.local_pending.is_(True), table.c.raw.contains(text, autoescape=True)
    )
    return [(row.id, row.raw) for row in session.connection().execute(query)]
