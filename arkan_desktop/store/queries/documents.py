"""A draft that never left this computer, corrected where it waits: in the outbox.

A document created offline (or not sent yet) is a create row of the outbox plus its
optimistic record under a temporary id. Correcting it rewrites that row's command body
(a new idempotency key, as the Outbox panel's Edit does: the server has certainly not
applied it) and the optimistic record, in one transaction, so the sender never sends a
body the window no longer shows. A row the sender has already tried may have reached the
server: it is refused (`OutboxStateError`), never changed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import select

from arkan_desktop.store.cache import Cache, iso_utc, utc_now
from arkan_desktop.store.changes import OUTBOX, ChangeSet
from arkan_desktop.store.models import OutboxRow
from arkan_desktop.store.models.outbox import CONFLICT, PENDING, REJECTED
from arkan_desktop.store.outbox import retry
from arkan_desktop.store.resources import resource_table
from arkan_desktop.store.upserts import upsert_records


def queued_create(cache: Cache, resource: str, temp_id: str) -> OutboxRow | None:
    """The create row that makes this temporary record, while it still waits to be sent
    (untried, or refused or in conflict); None when there is none or it may have gone."""
    query = select(OutboxRow).where(
        OutboxRow.resource == resource,
        OutboxRow.temp_id == temp_id,
        OutboxRow.action == "create",
        OutboxRow.status.in_((PENDING, REJECTED, CONFLICT)),
    )
    with cache.reading() as session:
        row = session.scalars(query).first()
    if row is None or (row.status == PENDING and row.attempts):
        return None
    return row


def edit_queued_create(
    cache: Cache,
    row_id: str,
    body: Any,
    effect: Mapping[str, Sequence[Mapping[str, Any]]],
) -> ChangeSet:
    """Rewrite a waiting create's body and its optimistic records in one transaction."""
    changes = ChangeSet()
    with cache.writing() as session:
        row = retry(session, row_id, body, iso_utc(utc_now()))
        for resource, records in effect.items():
            written = upsert_records(
                session,
                resource_table(resource),
                records,
                cache.default_currency,
                local_pending=True,
                respect_outbox=False,
            )
            if written.errors:
                raise written.errors[0]  # nothing is kept: the transaction rolls back
            changes.merge(written)
        changes.add(OUTBOX, [row.id])
    return changes
