"""What every server kind offers the rest of the app: resources, pages, get, send, events.

A connector turns one server kind into these few operations; `sync/` talks only to this
Protocol. This module holds plain values and the Protocol; it performs no I/O.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from arkan_desktop.api.ratelimit import Priority

if TYPE_CHECKING:
    from arkan_desktop.api.events import EventsClient

InvalidateHandler = Callable[[str, str], Awaitable[None]]
ReconnectHandler = Callable[[], Awaitable[None]]


@dataclass(frozen=True)
class Resource:
    """One kind of record the client caches, and where the server lists it.

    `assumed` marks endpoints the published reference does not list: a real server may
    answer 404, which means "not offered here", not "broken".
    """

    name: str
    path: str
    module: str
    title: str
    assumed: bool = False


@dataclass(frozen=True)
class Page:
    """One page of a list: its records (raw JSON objects) and whether more follow."""

    records: list[dict[str, Any]]
    total: int | None
    has_more: bool
    cursor: str | None = None
    limit: int | None = field(default=None, compare=False)


class Connector(Protocol):
    kind: str
    resources: Mapping[str, Resource]
    modules: frozenset[str]
    # What the server offers beyond its cached resources, e.g. "receivables_reports"
    # (aging and dashboard answered by the server): the window shows the tabs these allow.
    capabilities: frozenset[str]

    async def companies(self) -> list[dict[str, Any]]: ...

    def pages(
        self,
        resource: str,
        *,
        sort: str = "updatedAt",
        order: str = "desc",
        limit: int = 100,
        priority: Priority = Priority.BACKGROUND,
        filters: Mapping[str, str] | None = None,
    ) -> AsyncGenerator[Page, None]: ...

    async def get(self, resource: str, record_id: str) -> dict[str, Any]: ...

    async def send(
        self,
        method: str,
        path: str,
        body: Any,
        *,
        idempotency_key: str | None,
        priority: Priority = Priority.OUTBOX,
    ) -> Any: ...

    async def find_by_reference(self, resource: str, reference: str) -> dict[str, Any] | None: ...

    def events(
        self, on_invalidate: InvalidateHandler, on_reconnect: ReconnectHandler
    ) -> EventsClient | None: ...
