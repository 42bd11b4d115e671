"""What outbox transitions do to the cached records: temp-id rewrites, settling, undoing.

Helpers for store/outbox.py, run inside its transaction. The server is the authority:
an optimistic record is only ever a placeholder until the server's version replaces it,
so whenever one is left without an outbox row to explain it, it is marked for re-fetch.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from arkan_desktop.store.changes import OUTBOX, ChangeSet
from arkan_desktop.store.models.outbox import ACTIVE, DISCARDED, SENT, OutboxRecord, OutboxRow
from arkan_desktop.store.records import RecordError, load_json
from arkan_desktop.store.resources import RESOURCE_TABLES, ResourceTable, resource_table
from arkan_desktop.store.upserts import (
    delete_records,
    held_ids,
    rows_containing,
    upsert_records,
    write_mapped,
)


def cached_state(session: Session, spec: ResourceTable, record_id: str) -> tuple[str, bool] | None:
    """(raw, local_pending) of one cached record, or None when it is not cached."""
    table = spec.table
    query = select(table.c.raw, table.c.local_pending).where(spec.where(), table.c.id == record_id)
    found = session.connection().execute(query).first()
    return None if found is None else (found.raw, bool(found.local_pending))


def rewrite_temp_id(
    session: Session, row: OutboxRow, server_id: str, default_currency: str, changes: ChangeSet
) -> None:
    """The server named the record `row.temp_id` made: use its id everywhere from now on."""
    temp_id = row.temp_id
    assert temp_id
    later = session.scalars(
        select(OutboxRow).where(OutboxRow.status.in_(ACTIVE), OutboxRow.id != row.id)
    )
    for other in later:
        record_id = server_id if other.record_id == temp_id else other.record_id
        body = None if other.body is None else other.body.replace(temp_id, server_id)
        if record_id == other.record_id and body == other.body:
            continue
        if body != other.body and other.attempts > 0:
            # It went out before with the temporary id (and was refused for it): the old
            # key now belongs to a different body.
            other.idempotency_key = str(uuid.uuid4())
        other.record_id, other.body = record_id, body
        changes.add(OUTBOX, [other.id])
    session.flush()
    session.execute(
        update(OutboxRecord)
        .where(OutboxRecord.record_id == temp_id)
        .values(record_id=server_id)
        .prefix_with("OR IGNORE")
        .execution_options(synchronize_session=False)
    )
    session.execute(
        delete(OutboxRecord)
        .where(OutboxRecord.record_id == temp_id)
        .execution_options(synchronize_session=False)
    )
    for spec in RESOURCE_TABLES.values():
        for record_id, raw in rows_containing(session, spec, temp_id):
            try:
                mapped = spec(
                    load_json(raw.replace(temp_id, server_id)),
                    default_currency,
                    local_pending=True,
                )
            except RecordError as exc:
                changes.errors.append(exc)
                continue
            delete_records(session, spec, [record_id])
            write_mapped(session.connection(), spec, [mapped])
            changes.add(spec.resource, {record_id, mapped.id})


def settle_records(session: Session, row: OutboxRow, changes: ChangeSet) -> None:
    """After `row` left the active set: optimistic records nothing holds any more are re-fetched."""
    query = select(OutboxRecord.resource, OutboxRecord.record_id).where(
        OutboxRecord.row_id == row.id
    )
    for resource, record_id in session.execute(query).all():
        spec = RESOURCE_TABLES.get(resource)
        if spec is None or record_id in held_ids(session, resource):
            continue
        state = cached_state(session, spec, record_id)
        if state is not None and state[1]:
            changes.add_refetch(resource, [record_id])


def _before(session: Session, resource: str, record_id: str) -> tuple[bool, str | None]:
    """The record as the server last had it before the discarded rows: (known, raw or None).

    That is the `before` of the earliest discarded row after the last sent row that
    touched the record; `known` is False when no such row exists.
    """
    query = (
        select(OutboxRow.status, OutboxRecord.before)
        .join(OutboxRow, OutboxRow.id == OutboxRecord.row_id)
        .where(OutboxRecord.resource == resource, OutboxRecord.record_id == record_id)
        .order_by(OutboxRow.seq)
    )
    candidate: tuple[bool, str | None] = (False, None)
    for status, before in session.execute(query):
        if status == SENT:
            candidate = (False, None)
        elif status == DISCARDED and not candidate[0]:
            candidate = (True, before)
    return candidate


def restore_record(
    session: Session,
    resource: str,
    record_id: str,
    replacement: Mapping[str, Any] | None,
    default_currency: str,
    changes: ChangeSet,
) -> None:
    """Undo the optimistic effect on one record that no active row holds any more."""
    spec = resource_table(resource)
    state = cached_state(session, spec, record_id)
    if replacement is not None:
        changes.merge(
            upsert_records(session, spec, [replacement], default_currency, respect_outbox=False)
        )
        return
    known, before = _before(session, resource, record_id)
    if known and before is None:
        if state is not None and state[1]:
            delete_records(session, spec, [record_id])
            changes.add(resource, [record_id])
        return
    if known and before is not None:
        changes.merge(
            upsert_records(
                session, spec, [load_json(before)], default_currency, respect_outbox=False
            )
        )
    changes.add_refetch(resource, [record_id])
