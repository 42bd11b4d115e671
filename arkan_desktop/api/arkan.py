"""The Arkan ERP connector: the resources the client caches and how to list, get and send them.

It maps resource names to Arkan paths and events modules (docs/CLIENT_CORE.md), walks
cursor pages (no more than the list's `total` needs, with room; see limits.py), and says
"this server does not offer it" when an endpoint the published reference does not list
answers 404. It caches nothing and knows nothing of the store.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Mapping
from types import MappingProxyType
from typing import Any
from urllib.parse import quote

from arkan_desktop.api import arkan_notices, arkan_reads
from arkan_desktop.api.arkan_commands import (
    ASSUMED,
    NO_SUCH_ENDPOINT,
    answers_with_file,
    arkan_request,
    draft_edit_refused,
    edits_draft,
    missing_endpoint,
)
from arkan_desktop.api.arkan_reports import finance_report
from arkan_desktop.api.connector import (
    FINANCE_REPORTS,
    NOTIFICATIONS,
    Colleague,
    EventSource,
    FinanceReport,
    InvalidateHandler,
    NotificationPage,
    Page,
    ReconnectHandler,
    Resource,
)
from arkan_desktop.api.errors import ApiError, ApiErrorKind
from arkan_desktop.api.events import EventsClient
from arkan_desktop.api.limits import MAX_COMPANY_PAGES, pages_allowed, too_many_pages
from arkan_desktop.api.ratelimit import Priority
from arkan_desktop.api.session import ApiSession
from arkan_desktop.api.wire import malformed, parse_page
from arkan_desktop.api.write_rules import WriteRules
from arkan_desktop.domain.commands import Command

MAX_LIMIT = 100
# While the events socket is down, the joined modules are pulled this often (seconds).
OFFLINE_POLL_INTERVAL = 60.0


# name, list path, events module, words for messages, assumed (not in the published reference)
_TABLE = (
    ("accounts", "/accounting/accounts", "accounting", "accounts", False),
    ("journal_entries", "/accounting/journal-entries", "accounting", "journal entries", False),
    ("invoices", "/accounting/invoices", "accounting", "invoices", False),
    ("payments", "/accounting/payments", "accounting", "payments", False),
    ("clients", "/crm/clients", "crm", "clients", False),
    ("contacts", "/crm/contacts", "crm", "contacts", False),
    ("vendors", "/inventory/vendors", "inventory", "vendors", True),
    ("products", "/inventory/products", "inventory", "products", False),
    ("warehouses", "/inventory/warehouses", "inventory", "warehouses", True),
    ("locations", "/inventory/locations", "inventory", "locations", True),
    ("stock_levels", "/inventory/stock", "inventory", "stock levels", True),
    ("stock_moves", "/inventory/moves", "inventory", "stock moves", True),
    ("purchase_orders", "/inventory/purchase-orders", "inventory", "purchase orders", False),
    (
        "bank_statements",
        "/accounting/bank-reconciliation/statements",
        "accounting",
        "bank statements",
        False,
    ),
    ("assets", "/accounting/assets", "accounting", "fixed assets", False),
    ("employees", "/hr/employees", "accounting", "employees", False),
    ("sales_orders", "/sales/orders", "sales", "sales orders", False),
    ("deliveries", "/sales/deliveries", "sales", "deliveries", False),
    ("sales_returns", "/sales/returns", "sales", "returns", True),
    ("putaway_rules", "/inventory/putaway/rules", "inventory", "putaway rules", False),
)
ARKAN_RESOURCES: Mapping[str, Resource] = MappingProxyType(
    {
        name: Resource(name=name, path=path, module=module, title=title, assumed=assumed)
        for name, path, module, title, assumed in _TABLE
    }
)


class ArkanConnector:
    """An Arkan ERP server, through one signed-in `ApiSession`."""

    kind = "arkan"
    resources: Mapping[str, Resource] = ARKAN_RESOURCES
    # The events modules (rooms) the resources belong to: what `sync/` joins and pulls by.
    modules: frozenset[str] = frozenset(r.module for r in ARKAN_RESOURCES.values())
    # Its trial balance, P&L and aged receivables are read by the Ledger and Invoices tabs
    # from the cache and the accounting endpoints; its period reports (VAT, cash flow,
    # revenue, budget vs actual) are `FinanceReports`, shown in the Reports tab.
    # Notifications and presence (assumed endpoints) are the `Notifications` methods.
    capabilities: frozenset[str] = frozenset({NOTIFICATIONS, FINANCE_REPORTS})
    # Changes are pushed on the events socket; polling is only the stand-in while it is down.
    poll_interval = OFFLINE_POLL_INTERVAL
    # An Arkan server keeps what the app sends (tax per line, amounts to its decimals).
    write_rules = WriteRules()

    def __init__(self, session: ApiSession) -> None:
        self.session = session
        self._me: str | None = None  # the signed-in user's id, once asked
        # What the server did with a corrected draft, per resource (absent: not tried yet).
        self._draft_edits: dict[str, bool] = {}

    def __repr__(self) -> str:
        return f"ArkanConnector({self.session.server_url!r})"

    def resource(self, name: str) -> Resource:
        try:
            return self.resources[name]
        except KeyError:
            raise ValueError(f"{name!r} is not a resource of an Arkan server") from None

    async def companies(self) -> list[dict[str, Any]]:
        """The companies the signed-in user belongs to (no company needs choosing first)."""
        out: list[dict[str, Any]] = []
        params: dict[str, Any] = {"limit": MAX_LIMIT}
        seen: set[str] = set()
        allowed = MAX_COMPANY_PAGES
        while True:
            body = await self.session.request("GET", "/companies", params=params)
            page = parse_page(body, what="companies")
            out.extend(page.records)
            if len(seen) == 0:
                allowed = pages_allowed(page.total, page.limit or MAX_LIMIT, MAX_COMPANY_PAGES)
            if not page.has_more or page.cursor is None or page.cursor in seen:
                return out
            seen.add(page.cursor)
            if len(seen) >= allowed:
                raise malformed(too_many_pages("companies", len(seen), page.total))
            params["cursor"] = page.cursor

    async def pages(
        self,
        resource: str,
        *,
        sort: str = "updatedAt",
        order: str = "desc",
        limit: int = 100,
        priority: Priority = Priority.BACKGROUND,
        filters: Mapping[str, str] | None = None,
        cursor: str | None = None,
    ) -> AsyncGenerator[Page, None]:
        """Every page of a resource's list, following cursors until the server says done
        (from `cursor`, a page's cursor kept from an earlier walk, when given)."""
        target = self.resource(resource)
        params: dict[str, Any] = {
            **(filters or {}),
            "sort": sort,
            "order": order,
            "limit": max(1, min(limit, MAX_LIMIT)),
        }
        if cursor:
            params["cursor"] = cursor
        seen: set[str] = set()
        allowed = None
        while True:
            body = await self._list(target, params, priority)
            page = parse_page(body, server_time=self.session.server_now(), what=target.title)
            if allowed is None:
                allowed = pages_allowed(page.total, page.limit or params["limit"])
            yield page
            if not page.has_more:
                return
            assert page.cursor is not None  # parse_page refuses hasMore without a cursor
            if page.cursor in seen:
                raise malformed(f"The server's list of {target.title} repeats a page")
            seen.add(page.cursor)
            if len(seen) >= allowed:
                raise malformed(too_many_pages(target.title, len(seen), page.total))
            params["cursor"] = page.cursor

    async def _list(self, target: Resource, params: Mapping[str, Any], priority: Priority) -> Any:
        try:
            return await self.session.request("GET", target.path, params=params, priority=priority)
        except ApiError as exc:
            if exc.kind is not ApiErrorKind.NOT_FOUND:
                raise
            missing = ApiError(
                ApiErrorKind.NOT_FOUND,
                f"This server does not offer {target.title} ({target.path})",
                status=exc.status,
                body=exc.body,
            )
        raise missing

    async def get(self, resource: str, record_id: str) -> dict[str, Any]:
        target = self.resource(resource)
        path = f"{target.path}/{quote(str(record_id), safe='')}"
        body = await self.session.request("GET", path)
        if not isinstance(body, dict):
            raise malformed(f"The server's answer for one of the {target.title} is not a record")
        return body

    async def send(
        self,
        command: Command,
        *,
        idempotency_key: str | None,
        priority: Priority = Priority.OUTBOX,
    ) -> Any:
        """A write (create, update or action) at its Arkan endpoint (see arkan_commands).

        An assumed endpoint that answers 405, or 404 for a record the server still has,
        is missing on this server: refused with a sentence that says so."""
        method, path = arkan_request(command)
        if answers_with_file(command):  # a payment file: kept as a record of its bytes
            answer = await self.session.request(
                method,
                path,
                json=command.payload,
                idempotency_key=idempotency_key,
                priority=priority,
                as_file=True,
            )
            return answer.record()
        try:
            answer = await self.session.request(
                method,
                path,
                json=command.payload,
                idempotency_key=idempotency_key,
                priority=priority,
            )
        except ApiError as error:
            missing = edits_draft(command) and error.status in NO_SUCH_ENDPOINT
            if missing and (error.status == 405 or await self._still_there(command)):
                self._draft_edits[command.resource] = False
                raise draft_edit_refused(error) from error
            if (command.resource, command.action) not in ASSUMED or error.status not in (404, 405):
                raise
            if error.status == 404 and command.record_id and not await self._still_there(command):
                raise  # the record is gone (or it cannot be told): the server's own words
            title = self.resource(command.resource).title
            raise missing_endpoint(command, title, error.status) from error
        if edits_draft(command):
            self._draft_edits[command.resource] = True
        return answer

    async def _still_there(self, command: Command) -> bool:
        """Whether the record a command acts on is still on the server (so a 404 for it
        means the endpoint is missing); False when it is gone or cannot be read now."""
        try:
            await self.get(command.resource, str(command.record_id))
        except ApiError:
            return False
        return True

    def edits_drafts(self, resource: str) -> bool | None:
        """Whether the server corrects this resource's drafts: None until a correction was
        sent, then what it answered."""
        return self._draft_edits.get(resource)

    async def find_by_reference(
        self, resource: str, reference: str, *, priority: Priority = Priority.OUTBOX
    ) -> dict[str, Any] | None:
        """The record whose `reference` field is `reference`, if the server has one."""
        target = self.resource(resource)
        params = {"reference": reference, "limit": 2, "sort": "updatedAt", "order": "desc"}
        page = parse_page(await self._list(target, params, priority))
        return page.records[0] if page.records else None

    async def product_stock(self, product_id: str) -> list[dict[str, Any]]:
        """One product's stock by location (published, where the bulk stock list and the
        locations list may not be): stock-level records (see arkan_reads)."""
        return await arkan_reads.product_stock(self.session, str(product_id))

    async def finance_report(self, report: FinanceReport, start: str, end: str) -> dict[str, Any]:
        """One period report (ReportNotOffered when this server lacks it)."""
        return await finance_report(self.session, report, start, end)

    def events(
        self, on_invalidate: InvalidateHandler, on_reconnect: ReconnectHandler
    ) -> EventSource:
        """The server's events socket (pushed invalidations)."""
        return EventsClient(self.session, on_invalidate, on_reconnect)

    # --- notifications and presence (`Notifications`) --------------------------------

    async def notifications(
        self, *, cursor: str | None = None, unread_only: bool = False
    ) -> NotificationPage:
        return await arkan_notices.notification_page(self.session, cursor, unread_only)

    async def mark_notification_read(self, notification_id: str) -> None:
        await arkan_notices.mark_read(self.session, notification_id)

    async def mark_all_notifications_read(self) -> None:
        await arkan_notices.mark_all_read(self.session)

    async def colleagues_online(self) -> tuple[Colleague, ...]:
        if self._me is None:
            self._me = await arkan_notices.my_user_id(self.session)
        return await arkan_notices.colleagues_online(self.session, self._me)
