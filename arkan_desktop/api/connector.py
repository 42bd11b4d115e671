"""What every server kind offers the rest of the app, as typed capabilities.

A connector turns one server kind into a few operations, grouped as Protocols: what it
can list (`ListsRecords`: companies, resources in pages, one record), what it can write
(`SendsWrites`, with the `WriteRules` of what the server keeps of a write), what it can
report (`ReceivablesReports`, named in `capabilities`), and how it tells of changes
(`EventSource`: the events socket, or a poller standing in for one where the server has
none). `sync/` and the GUI talk only to these Protocols and never
ask which kind of server it is (api/kinds.py is where kinds are told apart). This module
holds plain values and Protocols; it performs no I/O.
"""

from __future__ import annotations

import enum
from collections.abc import AsyncGenerator, Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

from arkan_desktop.api.ratelimit import Priority
from arkan_desktop.api.wire import Page
from arkan_desktop.api.write_rules import WriteRules
from arkan_desktop.domain.commands import Command

__all__ = [
    "REPORTS",
    "ConnectionState",
    "Connector",
    "EventSource",
    "InvalidateHandler",
    "ListsRecords",
    "Page",
    "ReceivablesReports",
    "ReconnectHandler",
    "Resource",
    "SendsWrites",
    "StateHandler",
    "WriteRules",
]

# The capability name of `ReceivablesReports` in `Connector.capabilities`.
REPORTS = "receivables_reports"


class ConnectionState(enum.StrEnum):
    ONLINE = "online"
    OFFLINE = "offline"
    RECONNECTING = "reconnecting"


InvalidateHandler = Callable[[str, str], Awaitable[None]]
ReconnectHandler = Callable[[], Awaitable[None]]
StateHandler = Callable[[ConnectionState], None]


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


class EventSource(Protocol):
    """How a server tells the client that something changed, pushed or polled.

    It hands `module.invalidate`-like pokes for the joined modules to `on_invalidate`, calls
    `on_reconnect` when it is back after a gap (changes may have been missed), and reports
    its state to `on_state`. `start()` runs it in the background until `stop()`.
    """

    on_state: StateHandler | None
    attempts: int  # tries to reach the server, successful or not
    connects: int
    reconnects: int

    @property
    def state(self) -> ConnectionState: ...

    @property
    def connected(self) -> bool: ...

    @property
    def modules(self) -> frozenset[str]: ...

    def join(self, module: str) -> None: ...

    def leave(self, module: str) -> None: ...

    def start(self) -> None: ...

    async def stop(self) -> None: ...


class ListsRecords(Protocol):
    """Reading: the companies, the resources the client caches, their pages and records."""

    resources: Mapping[str, Resource]
    # The events modules (rooms) the resources belong to: what `sync/` joins and pulls by.
    modules: frozenset[str]

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
        cursor: str | None = None,
    ) -> AsyncGenerator[Page, None]: ...

    async def get(self, resource: str, record_id: str) -> dict[str, Any]: ...


class SendsWrites(Protocol):
    """Writing: one write sent, and the record an earlier write made, found again."""

    async def send(
        self,
        command: Command,
        *,
        idempotency_key: str | None,
        priority: Priority = Priority.OUTBOX,
    ) -> Any: ...

    async def find_by_reference(self, resource: str, reference: str) -> dict[str, Any] | None: ...

    @property
    def write_rules(self) -> WriteRules:
        """What the server keeps of a write (checked before a write is queued)."""
        ...


@runtime_checkable
class ReceivablesReports(Protocol):
    """Reports the server computes (aging, dashboard): offered when `REPORTS` is a capability."""

    async def aging_report(self) -> dict[str, Any]: ...

    async def dashboard(self) -> dict[str, Any]: ...


class Connector(ListsRecords, SendsWrites, Protocol):
    kind: str
    # What the server offers beyond its cached resources, e.g. `REPORTS` (aging and
    # dashboard answered by the server): the window shows the tabs these allow.
    capabilities: frozenset[str]

    @property
    def poll_interval(self) -> float:
        """Seconds between pulls of the joined modules while events do not arrive."""
        ...

    def events(
        self, on_invalidate: InvalidateHandler, on_reconnect: ReconnectHandler
    ) -> EventSource | None: ...
