"""The outbox as the window and the sender count it: rows by state, writes still waiting,
and the earlier rows a row must let go first."""

from __future__ import annotations

from sqlalchemy import select

from arkan_desktop.store.cache import Cache
from arkan_desktop.store.models.outbox import IN_FLIGHT, PENDING
from arkan_desktop.store.outbox import OutboxRow, outbox_counts


def counts(cache: Cache) -> dict[str, int]:
    """How many rows are in each state."""
    with cache.reading() as session:
        return outbox_counts(session)


def waiting_writes(cache: Cache) -> int:
    """Writes not sent yet (pending or in flight)."""
    found = counts(cache)
    return found.get(PENDING, 0) + found.get(IN_FLIGHT, 0)


def waiting_before(cache: Cache, seq: int) -> list[OutboxRow]:
    """The unsent rows queued before the row numbered `seq`, in order."""
    with cache.reading() as session:
        return list(
            session.scalars(
                select(OutboxRow)
                .where(OutboxRow.status.in_((PENDING, IN_FLIGHT)), OutboxRow.seq < seq)
                .order_by(OutboxRow.seq)
            ).all()
        )
