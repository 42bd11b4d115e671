"""The outbox tables: one row per user write waiting for (or done with) the server.

A row holds a typed command (`resource`, `action`, `record_id`, the payload as `body`),
never a request: the connector turns it into one when it is sent. Its description is a
message code with arguments, rendered when shown (rows queued before migration 0006 keep
their English `description` text instead). `OutboxRow.id` is stable for the user;
`idempotency_key` is what travels as the `Idempotency-Key` header and changes only when
the body is edited. `OutboxRecord` links a row to the cached records it affects (so pulls
leave those alone) and keeps each record's version from before the optimistic effect, so
a discard can put it back.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from sqlalchemy import ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from arkan_desktop.domain.commands import Command, Description
from arkan_desktop.store.models.base import Base

PENDING = "pending"
IN_FLIGHT = "in_flight"
SENT = "sent"
REJECTED = "rejected"
CONFLICT = "conflict"
DISCARDED = "discarded"
STATUSES = (PENDING, IN_FLIGHT, SENT, REJECTED, CONFLICT, DISCARDED)
# Rows in these states still hold their records: pulls must not overwrite them.
ACTIVE = (PENDING, IN_FLIGHT, REJECTED, CONFLICT)


def _loads(value: str | None) -> Any:
    return None if value is None else json.loads(value, parse_float=Decimal)


class OutboxRow(Base):
    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_status_seq", "status", "seq"),)

    id: Mapped[str] = mapped_column(String, primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, unique=True)
    idempotency_key: Mapped[str] = mapped_column(String)
    created_at: Mapped[str] = mapped_column(String)
    resource: Mapped[str] = mapped_column(String)
    action: Mapped[str] = mapped_column(String)
    # The record the command acts on (None: it makes a new one); may be a temporary id.
    record_id: Mapped[str | None] = mapped_column(String)
    body: Mapped[str | None] = mapped_column(Text)
    temp_id: Mapped[str | None] = mapped_column(String, index=True)
    depends_on: Mapped[str] = mapped_column(Text, default="[]", server_default="[]")
    status: Mapped[str] = mapped_column(String, default=PENDING)
    attempts: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    next_attempt_at: Mapped[str | None] = mapped_column(String)
    last_error: Mapped[str | None] = mapped_column(Text)
    rejection_status: Mapped[int | None] = mapped_column(Integer)
    rejection_message: Mapped[str | None] = mapped_column(Text)
    field_errors: Mapped[str | None] = mapped_column(Text)
    server_record: Mapped[str | None] = mapped_column(Text)
    response: Mapped[str | None] = mapped_column(Text)
    server_id: Mapped[str | None] = mapped_column(String)
    sent_at: Mapped[str | None] = mapped_column(String)
    changed_at: Mapped[str | None] = mapped_column(String)
    # English text of rows queued before description codes (migration 0006); "" since.
    description: Mapped[str] = mapped_column(Text, default="", server_default="")
    description_code: Mapped[str | None] = mapped_column(String)
    description_args: Mapped[str | None] = mapped_column(Text)
    # The last failure may have reached the server (timeout, connection lost mid-way).
    ambiguous: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    # The resource the server's answer is a record of: NULL means the row's own resource,
    # "" means the answer is not a record to cache (see migration 0004).
    response_resource: Mapped[str | None] = mapped_column(String)

    def body_data(self) -> Any:
        """The command's payload as Python values (decimals as `Decimal`), or None."""
        return _loads(self.body)

    @property
    def command(self) -> Command:
        return Command(self.resource, self.action, self.record_id, self.body_data())

    @property
    def description_message(self) -> Description | None:
        """The description as a code and its arguments; None for a row from before codes."""
        if not self.description_code:
            return None
        args = _loads(self.description_args) or {}
        return Description(self.description_code, {str(k): str(v) for k, v in args.items()})

    def dependency_ids(self) -> list[str]:
        return list(_loads(self.depends_on) or [])

    def field_error_list(self) -> list[dict[str, str]]:
        return list(_loads(self.field_errors) or [])

    def server_record_data(self) -> Any:
        return _loads(self.server_record)

    def response_data(self) -> Any:
        return _loads(self.response)

    @property
    def lookup_reference(self) -> str | None:
        """The reference this write carries to the server, to find it after a lost answer."""
        body = self.body_data()
        reference = body.get("reference") if isinstance(body, dict) else None
        return str(reference) if reference else None

    def __repr__(self) -> str:
        return f"<OutboxRow #{self.seq} {self.action} {self.resource} {self.status} {self.id}>"


class OutboxRecord(Base):
    """A cached record an outbox row affects, with the record as it was before the row."""

    __tablename__ = "outbox_records"
    __table_args__ = (Index("ix_outbox_records_resource_record_id", "resource", "record_id"),)

    row_id: Mapped[str] = mapped_column(
        ForeignKey("outbox.id", ondelete="CASCADE"), primary_key=True
    )
    resource: Mapped[str] = mapped_column(String, primary_key=True)
    record_id: Mapped[str] = mapped_column(String, primary_key=True)
    # The record's raw JSON before this row's optimistic effect; None if it did not exist.
    before: Mapped[str | None] = mapped_column(Text)
