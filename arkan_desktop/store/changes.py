"""`ChangeSet`: what one cache write changed, for views to decide whether to refresh.

Resource names are those of docs/CLIENT_CORE.md; the outbox itself appears as the
resource "outbox" with the ids of the rows that changed, and the user's notifications
as "notifications".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from arkan_desktop.store.records import RecordError

OUTBOX = "outbox"
NOTIFICATIONS = "notifications"


@dataclass
class ChangeSet:
    # resource -> ids of records written or removed
    resources: dict[str, set[str]] = field(default_factory=dict)
    # ids left alone because outbox rows still hold them (pulls do not overwrite them)
    deferred: set[str] = field(default_factory=set)
    # ids left alone because the cache already has a later version from the server
    stale: set[str] = field(default_factory=set)
    # records the cache could not store; the rest of the page was applied
    errors: list[RecordError] = field(default_factory=list)
    # resource -> ids whose server version should be fetched again (after a discard, or
    # when the last outbox row holding an optimistic record resolved)
    refetch: dict[str, set[str]] = field(default_factory=dict)

    def add(self, resource: str, ids: Iterable[str]) -> None:
        if found := set(ids):
            self.resources.setdefault(resource, set()).update(found)

    def add_refetch(self, resource: str, ids: Iterable[str]) -> None:
        if found := set(ids):
            self.refetch.setdefault(resource, set()).update(found)

    def merge(self, other: ChangeSet) -> ChangeSet:
        for resource, ids in other.resources.items():
            self.add(resource, ids)
        for resource, ids in other.refetch.items():
            self.add_refetch(resource, ids)
        self.deferred |= other.deferred
        self.stale |= other.stale
        self.errors.extend(other.errors)
        return self

    def concerns(self, resource: str) -> bool:
        return bool(self.resources.get(resource))

    def __bool__(self) -> bool:
        return any(self.resources.values())
