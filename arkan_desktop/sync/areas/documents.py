"""Documents as the window opens them: one by resource and id, whether the server corrects
drafts, and a draft never sent corrected where it waits (its create in the outbox)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from arkan_desktop.api.connector import ChangesDrafts
from arkan_desktop.store.changes import ChangeSet
from arkan_desktop.store.outbox import OutboxRow
from arkan_desktop.store.queries import documents as queries
from arkan_desktop.sync.areas.base import Area, Record


class Documents(Area):
    async def get(self, resource: str, record_id: str) -> Record | None:
        """One cached document as the server (or this computer, until sent) has it."""
        return await self._record(resource, record_id)

    def server_edits(self, resource: str) -> bool | None:
        """Whether the server corrects this resource's drafts: None while unknown (a
        correction is tried), False when it answered it cannot (or never offers it)."""
        connector = self._backing.connector
        if not isinstance(connector, ChangesDrafts):
            return False
        return connector.edits_drafts(resource)

    async def queued_create(self, resource: str, temp_id: str) -> OutboxRow | None:
        """The waiting create of a draft never sent (None: none, or it may have gone)."""
        return await self._run(queries.queued_create, resource, temp_id)

    async def edit_queued(
        self, row_id: str, body: Any, effect: Mapping[str, Sequence[Mapping[str, Any]]]
    ) -> ChangeSet:
        """Rewrite a waiting create and the draft it shows, in one transaction."""
        return await self._backing.service.edit_queued(row_id, body, effect)
