"""What every server kind offers the rest of the app, as typed capabilities.

A connector turns one server kind into a few operations, grouped as Protocols: what it can
list (`ListsRecords`: companies, resources in pages, one record), what it can write
(`SendsWrites`, with the `WriteRules` of what the server keeps of a write), what it can
report (`ReceivablesReports` and `FinanceReports`, named in `capabilities`), and how it
tells of changes (`EventSource`: the events socket, or a poller standing in for one where
the server has none). An event source may also hand on what the server says to the user
(`ServerEvent`: a notification, a colleague who came or went) to `on_event`; a server with
notifications lists them and marks them read (`Notifications`). `sync/` and the GUI talk
only to these Protocols and never ask which kind of server it is (api/kinds.py is where
kinds are told apart). This module holds plain values and Protocols; it performs no I/O.
"""

from __future__ import annotations

import enum
from collections.abc import AsyncGenerator, Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

from arkan_desktop.api.errors import ApiError, ApiErrorKind
from arkan_desktop.api.ratelimit import Priority
from arkan_desktop.api.wire import Page
from arkan_desktop.api.write_rules import WriteRules
from arkan_desktop.domain.commands import Command
from arkan_desktop.domain.notifications import Colleague, ColleagueLeft, Notification

__all__ = [
    "FINANCE_REPORTS",
    "NOTIFICATIONS",
    "REPORTS",
    "Colleague",
    "ColleagueLeft",
    "ConnectionState",
    "Connector",
    "EventHandler",
    "EventSource",
    "FinanceReport",
    "FinanceReports",
    "InvalidateHandler",
    "ListsRecords",
    "Notification",
    "NotificationPage",
    "Notifications",
    "Page",
    "ReceivablesReports",
    "ReconnectHandler",
    "ReportNotOffered",
    "Resource",
    "SendsWrites",
    "ServerEvent",
    "StateHandler",
    "WriteRules",
]

# The capability name of `ReceivablesReports` in `Connector.capabilities`.
REPORTS = "receivables_reports"
# The capability name of `Notifications` (the user's notifications, colleagues online).
NOTIFICATIONS = "notifications"
# The capability name of `FinanceReports` in `Connector.capabilities`.
FINANCE_REPORTS = "finance_reports"


class ConnectionState(enum.StrEnum):
    ONLINE = "online"
    OFFLINE = "offline"
    RECONNECTING = "reconnecting"


InvalidateHandler = Callable[[str, str], Awaitable[None]]
ReconnectHandler = Callable[[], Awaitable[None]]
StateHandler = Callable[[ConnectionState], None]
# What a server says to the user on its events connection (not a poke: plain values).
ServerEvent = Notification | Colleague | ColleagueLeft
EventHandler = Callable[[ServerEvent], Awaitable[None]]


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
    on_event: EventHandler | None  # notifications and colleagues, where the server sends them
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


@dataclass(frozen=True)
class NotificationPage:
    """One page of the user's notifications, newest first."""

    notifications: tuple[Notification, ...]
    unread: int | None  # the server's count of all the user's unread ones, when it says
    has_more: bool
    cursor: str | None


@runtime_checkable
class Notifications(Protocol):
    """The user's notifications and who of the company is online: offered when
    `NOTIFICATIONS` is a capability."""

    async def notifications(
        self, *, cursor: str | None = None, unread_only: bool = False
    ) -> NotificationPage: ...

    async def mark_notification_read(self, notification_id: str) -> None: ...

    async def mark_all_notifications_read(self) -> None: ...

    async def colleagues_online(self) -> tuple[Colleague, ...]:
        """The company's other users connected now (the signed-in user left out)."""
        ...


@runtime_checkable
class ChangesDrafts(Protocol):
    """Drafts corrected on the server (a PATCH): known once tried, None until then."""

    def edits_drafts(self, resource: str) -> bool | None: ...


class FinanceReport(enum.StrEnum):
    """The period reports an accounting server computes (`FinanceReports`)."""

    VAT = "vat"  # output and input tax by rate; the VAT 201 return where it applies
    CASH_FLOW = "cash_flow"
    REVENUE_BY_CLIENT = "revenue_by_client"
    REVENUE_BY_PROJECT = "revenue_by_project"
    BUDGET_VS_ACTUAL = "budget_vs_actual"


class ReportNotOffered(ApiError):
    """The server has no such report (its endpoint answered 404): not broken, not there."""

    def __init__(self, report: FinanceReport, message: str, *, status: int | None = None):
        super().__init__(ApiErrorKind.NOT_FOUND, message, status=status)
        self.report = report


@runtime_checkable
class FinanceReports(Protocol):
    """Reports the server computes for a period: offered when `FINANCE_REPORTS` is a
    capability. A report the server lacks raises `ReportNotOffered`; any other failure
    an `ApiError` (e.g. no budget for the year)."""

    async def finance_report(self, report: FinanceReport, start: str, end: str) -> dict[str, Any]:
        """The report for `start`..`end` (ISO dates, both included) as the server sent
        it, amounts as Decimal."""
        ...


@runtime_checkable
class StockByProduct(Protocol):
    """One product's stock by location, asked of the server (`GET
    /inventory/products/:id/stock`, published): the station's stock and locations where the
    server lists neither."""

    async def product_stock(self, product_id: str) -> list[dict[str, Any]]:
        """Stock-level records (`{id, productId, locationId, locationCode, warehouseId,
        quantity}`), one per location holding the product."""
        ...


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
