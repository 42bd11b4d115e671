"""The outbox queue: every user write is a row here first, sent in order, never dropped silently.

Functions here run inside the caller's transaction (see `Cache`). Semantics (DESIGN.md):
rows go out in `seq` order; a row waits for the rows it depends on to be *sent* (a row
behind a rejected row it does not depend on is not blocked); a temporary id ("local-…")
is rewritten to the server's id in later rows and in the cache once its row is sent;
rows found in flight at start-up go back to pending with the same idempotency key; a
row whose body is edited gets a new key; a discarded row stays in the table as discarded.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from arkan_desktop.domain.commands import TEMP_ID_PREFIX, Command, Description
from arkan_desktop.store.changes import OUTBOX, ChangeSet
from arkan_desktop.store.models.outbox import (
    ACTIVE,
    CONFLICT,
    DISCARDED,
    IN_FLIGHT,
    PENDING,
    REJECTED,
    SENT,
    OutboxRecord,
    OutboxRow,
)
from arkan_desktop.store.outbox_effects import restore_record, rewrite_temp_id, settle_records
from arkan_desktop.store.records import dump_json
from arkan_desktop.store.resources import resource_table
from arkan_desktop.store.upserts import (
    cached_raw,
    held_ids,
    map_records,
    upsert_records,
    write_mapped,
)

TEMP_PREFIX = TEMP_ID_PREFIX
KEEP_BODY: Final[Any] = object()

__all__ = [
    "KEEP_BODY",
    "OutboxEntry",
    "OutboxRow",
    "OutboxStateError",
    "new_temp_id",
    "response_target",
]


class OutboxStateError(ValueError):
    """An outbox operation that the row's current status does not allow."""


def new_temp_id() -> str:
    """A temporary id for a record created offline, rewritten to the server's id when sent."""
    return f"{TEMP_PREFIX}{uuid.uuid4()}"


@dataclass
class OutboxEntry:
    """A write to queue: the command, how it is told, and which cached records it affects."""

    command: Command
    description: Description | None = None
    temp_id: str | None = None
    depends_on: Sequence[str] = ()
    # other cached records this write changes (resource -> ids): pulls leave them alone
    # until the row resolves, and a discard puts them back
    records: Mapping[str, Iterable[str]] = field(default_factory=dict)
    id: str | None = None
    # What the server's answer is a record of: None, the row's own `resource`; "", not a
    # record to cache (a cycle count, a scrap order); else the resource to upsert it into.
    response_resource: str | None = None

    @property
    def resource(self) -> str:
        return self.command.resource

    @property
    def action(self) -> str:
        return self.command.action

    @property
    def body(self) -> Any:
        return self.command.payload


def get_row(session: Session, row_id: str) -> OutboxRow:
    row = session.get(OutboxRow, row_id)
    if row is None:
        raise KeyError(f"no outbox row {row_id}")
    return row


def _expect(row: OutboxRow, *statuses: str) -> None:
    if row.status not in statuses:
        raise OutboxStateError(
            f"outbox row {row.id} is {row.status}; expected {' or '.join(statuses)}"
        )


def _mentions(row_text: Iterable[str | None], token: str) -> bool:
    return any(text is not None and token in text for text in row_text)


def _temp_dependencies(session: Session, record_id: str | None, body: str | None) -> list[str]:
    """Active rows whose temporary id the command mentions: it must wait for them."""
    query = select(OutboxRow.id, OutboxRow.temp_id).where(
        OutboxRow.temp_id.is_not(None), OutboxRow.status.in_(ACTIVE)
    )
    return [
        row_id
        for row_id, temp_id in session.execute(query)
        if temp_id and _mentions((record_id, body), temp_id)
    ]


def _resolve_sent_temp_ids(session: Session, text: str | None) -> str | None:
    """Replace temporary ids that were already resolved (a caller holding a stale id)."""
    if text is None or TEMP_PREFIX not in text:
        return text
    query = select(OutboxRow.temp_id, OutboxRow.server_id).where(
        OutboxRow.status == SENT, OutboxRow.temp_id.is_not(None), OutboxRow.server_id.is_not(None)
    )
    for temp_id, server_id in session.execute(query):
        if temp_id and server_id and temp_id in text:
            text = text.replace(temp_id, server_id)
    return text


def enqueue(
    session: Session,
    entry: OutboxEntry,
    local_effect: Mapping[str, Sequence[Mapping[str, Any]]] | None,
    default_currency: str,
    now: str,
) -> tuple[OutboxRow, ChangeSet]:
    """Add a row and apply its optimistic local effect in the same transaction."""
    resource_table(entry.resource)  # an unknown resource fails here, not when sent
    if entry.response_resource:
        resource_table(entry.response_resource)
    changes = ChangeSet()
    row_id = entry.id or str(uuid.uuid4())
    body = _resolve_sent_temp_ids(session, None if entry.body is None else dump_json(entry.body))
    record_id = _resolve_sent_temp_ids(session, entry.command.record_id)
    extra = _temp_dependencies(session, record_id, body)
    depends_on = list(dict.fromkeys([*entry.depends_on, *extra]))
    seq = (session.scalar(select(func.max(OutboxRow.seq))) or 0) + 1

    effects = []
    for resource, records in (local_effect or {}).items():
        spec = resource_table(resource)
        mapped = map_records(spec, records, default_currency, changes, local_pending=True)
        if changes.errors:
            raise changes.errors[0]
        effects.append((spec, list(mapped.values())))

    affected: dict[tuple[str, str], None] = {}
    for resource, ids in entry.records.items():
        affected.update(((resource, record_id), None) for record_id in ids)
    if entry.temp_id:
        affected[(entry.resource, entry.temp_id)] = None
    for spec, mapped_records in effects:
        affected.update(((spec.resource, m.id), None) for m in mapped_records)

    row = OutboxRow(
        id=row_id,
        seq=seq,
        idempotency_key=row_id,
        created_at=now,
        changed_at=now,
        resource=entry.resource,
        action=entry.action,
        record_id=record_id,
        body=body,
        temp_id=entry.temp_id,
        depends_on=dump_json(depends_on),
        status=PENDING,
        attempts=0,
        description_code=entry.description.code if entry.description else None,
        description_args=dump_json(dict(entry.description.args)) if entry.description else None,
        response_resource=entry.response_resource,
    )
    session.add(row)
    session.flush()
    for resource, record_id in affected:
        before = cached_raw(session, resource_table(resource), record_id)
        session.add(
            OutboxRecord(row_id=row_id, resource=resource, record_id=record_id, before=before)
        )
    session.flush()
    for spec, mapped_records in effects:
        written = write_mapped(session.connection(), spec, mapped_records)
        changes.add(spec.resource, written)
    changes.add(OUTBOX, [row_id])
    return row, changes


def next_sendable(session: Session, now: str) -> OutboxRow | None:
    """The oldest pending row that is due and whose dependencies are all sent."""
    due = session.scalars(
        select(OutboxRow)
        .where(
            OutboxRow.status == PENDING,
            or_(OutboxRow.next_attempt_at.is_(None), OutboxRow.next_attempt_at <= now),
        )
        .order_by(OutboxRow.seq)
    ).all()
    wanted = {dep for row in due for dep in row.dependency_ids()}
    statuses: dict[str, str] = {}
    if wanted:
        query = select(OutboxRow.id, OutboxRow.status).where(OutboxRow.id.in_(wanted))
        statuses = dict(session.execute(query).all())
    for row in due:
        if all(statuses.get(dep) == SENT for dep in row.dependency_ids()):
            return row
    return None


def next_attempt_due(session: Session) -> str | None:
    """When the earliest waiting pending row may be tried again (None: none is waiting)."""
    return session.scalar(
        select(func.min(OutboxRow.next_attempt_at)).where(
            OutboxRow.status == PENDING, OutboxRow.next_attempt_at.is_not(None)
        )
    )


def blocking_rows(session: Session, row_id: str) -> list[OutboxRow]:
    """The rows `row_id` waits for that are not sent yet (empty when it is free to go)."""
    deps = get_row(session, row_id).dependency_ids()
    if not deps:
        return []
    query = select(OutboxRow).where(OutboxRow.id.in_(deps), OutboxRow.status != SENT)
    return list(session.scalars(query.order_by(OutboxRow.seq)))


def mark_in_flight(session: Session, row_id: str, now: str) -> OutboxRow:
    row = get_row(session, row_id)
    _expect(row, PENDING)
    row.status = IN_FLIGHT
    row.attempts += 1
    row.changed_at = now
    return row


def mark_sent(
    session: Session,
    row_id: str,
    response: Any,
    server_id: str | None,
    default_currency: str,
    now: str,
) -> ChangeSet:
    """The server accepted the row: rewrite its temporary id, store the server's record.

    The answer is cached as a record of `row.response_resource` when the row names one,
    of the row's own resource when it is None, and not at all when it is "".
    """
    row = get_row(session, row_id)
    _expect(row, PENDING, IN_FLIGHT)
    if server_id is None and isinstance(response, Mapping) and response.get("id") is not None:
        server_id = str(response["id"])
    row.status = SENT
    row.sent_at = row.changed_at = now
    row.response = None if response is None else dump_json(response)
    row.server_id = server_id
    row.next_attempt_at = None
    changes = ChangeSet()
    changes.add(OUTBOX, [row.id])
    session.flush()
    if row.temp_id and server_id and server_id != row.temp_id:
        rewrite_temp_id(session, row, server_id, default_currency, changes)
    target = response_target(row)
    if target and isinstance(response, Mapping) and response.get("id") is not None:
        if str(response["id"]) in held_ids(session, target):
            changes.deferred.add(str(response["id"]))
        else:
            spec = resource_table(target)
            changes.merge(
                upsert_records(session, spec, [response], default_currency, respect_outbox=False)
            )
    settle_records(session, row, changes)
    return changes


def response_target(row: OutboxRow) -> str:
    """The resource the server's answer to `row` is cached as ("" when it is not cached)."""
    return row.resource if row.response_resource is None else row.response_resource


def _field_error(error: object) -> dict[str, str]:
    if isinstance(error, Mapping):
        return {"field": str(error.get("field", "")), "message": str(error.get("message", ""))}
    return {
        "field": str(getattr(error, "field", "")),
        "message": str(getattr(error, "message", error)),
    }


def mark_rejected(
    session: Session,
    row_id: str,
    status: int | None,
    message: str,
    field_errors: Iterable[object],
    now: str,
) -> OutboxRow:
    row = get_row(session, row_id)
    _expect(row, PENDING, IN_FLIGHT)
    row.status = REJECTED
    row.rejection_status = status
    row.rejection_message = message
    row.field_errors = dump_json([_field_error(error) for error in field_errors])
    row.changed_at = now
    return row


def mark_conflict(
    session: Session, row_id: str, server_record: Any, message: str | None, now: str
) -> OutboxRow:
    row = get_row(session, row_id)
    _expect(row, PENDING, IN_FLIGHT)
    row.status = CONFLICT
    row.rejection_status = 409
    row.rejection_message = message
    row.server_record = None if server_record is None else dump_json(server_record)
    row.changed_at = now
    return row


def mark_retry(
    session: Session,
    row_id: str,
    error: str,
    next_attempt_at: str | None,
    now: str,
    ambiguous: bool = False,
) -> OutboxRow:
    """A transient failure: back to pending, not before `next_attempt_at`, same key."""
    row = get_row(session, row_id)
    _expect(row, PENDING, IN_FLIGHT)
    row.status = PENDING
    row.last_error = error
    row.ambiguous = int(ambiguous or bool(row.ambiguous))
    row.next_attempt_at = next_attempt_at
    row.changed_at = now
    return row


def retry(session: Session, row_id: str, body: Any, now: str) -> OutboxRow:
    """Send a rejected or conflicting row again (or a waiting pending row now).

    With a new `body` the row gets a new idempotency key: the server would refuse the old
    key with a different body. Editing is only allowed where the server has certainly not
    applied the row (rejected, conflict, or never attempted).
    """
    row = get_row(session, row_id)
    _expect(row, REJECTED, CONFLICT, PENDING)
    if body is not KEEP_BODY:
        if row.status == PENDING and row.attempts > 0:
            raise OutboxStateError(
                f"outbox row {row.id} may already have reached the server; it cannot be edited"
            )
        row.body = _resolve_sent_temp_ids(session, None if body is None else dump_json(body))
        row.idempotency_key = str(uuid.uuid4())
        extra = _temp_dependencies(session, row.record_id, row.body)
        row.depends_on = dump_json(list(dict.fromkeys([*row.dependency_ids(), *extra])))
    if row.status in (REJECTED, CONFLICT):
        row.attempts = 0
    row.status = PENDING
    row.next_attempt_at = None
    row.last_error = None
    row.rejection_status = None
    row.rejection_message = None
    row.field_errors = None
    row.server_record = None
    row.changed_at = now
    return row


def discard(session: Session, row_id: str, default_currency: str, now: str) -> ChangeSet:
    """Give a row up: it stays in the outbox as discarded and its local effect is undone.

    Records it created locally are removed; records it changed go back to their version
    from before (or to the server's record of a conflict) unless another active row still
    holds them. Every record the server may know is listed in `ChangeSet.refetch`.
    """
    row = get_row(session, row_id)
    _expect(row, PENDING, REJECTED, CONFLICT)
    was_conflict = row.status == CONFLICT
    row.status = DISCARDED
    row.changed_at = now
    session.flush()
    changes = ChangeSet()
    changes.add(OUTBOX, [row.id])
    server_record = row.server_record_data() if was_conflict else None
    query = select(OutboxRecord.resource, OutboxRecord.record_id).where(
        OutboxRecord.row_id == row.id
    )
    for resource, record_id in session.execute(query).all():
        if record_id in held_ids(session, resource):
            continue
        replacement = None
        if (
            isinstance(server_record, Mapping)
            and resource == row.resource
            and str(server_record.get("id")) == record_id
        ):
            replacement = server_record
        restore_record(session, resource, record_id, replacement, default_currency, changes)
    return changes


def resume_in_flight(session: Session, now: str) -> list[OutboxRow]:
    """At start-up: rows left in flight go back to pending with the same idempotency key."""
    rows = list(session.scalars(select(OutboxRow).where(OutboxRow.status == IN_FLIGHT)))
    for row in rows:
        row.status = PENDING
        row.last_error = "interrupted while sending; it may have reached the server"
        row.ambiguous = 1  # so the sender looks its reference up before sending it again
        row.changed_at = now
    return rows


def outbox_rows(session: Session, status: str | Iterable[str] | None = None) -> list[OutboxRow]:
    query = select(OutboxRow).order_by(OutboxRow.seq)
    if isinstance(status, str):
        query = query.where(OutboxRow.status == status)
    elif status is not None:
        query = query.where(OutboxRow.status.in_(list(status)))
    return list(session.scalars(query))


def outbox_counts(session: Session) -> dict[str, int]:
    query = select(OutboxRow.status, func.count()).group_by(OutboxRow.status)
    return {status: count for status, count in session.execute(query)}
