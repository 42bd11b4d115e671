"""The Arvalox receivables connector: customers, invoices and payments as the app knows them.

It reads whatever list form a deployment answers with and turns page/per_page paging
into `Page`s; records come out Arkan-shaped (see arvalox_records), so the cache, sync and
GUI need no branching. There is no events socket: `events()` is an `ArvaloxPoller` that
pings every `poll_interval` seconds (a small share of the hourly request budget) and asks
for pulls, and says whether the server answers (every `retry_interval` while it does not).

Incremental pulls ask for `sort_by=updated_at&sort_order=asc|desc` and check that every
page really is in that order, so the puller's walk (descending until the watermark) works
as against Arkan. A deployment that ignores the sort (or has no `updated_at`) is
remembered as unsorted: its lists are then read whole, sorted here and handed out as
pages, so a pull still sees every record (at the cost of a full list per poll). Page
numbers shift when a record changes during an ascending walk; a walk that saw fewer ids
than the list's `total` walks once more, and a record seen again with a newer
`updatedAt` is handed out again (it is news).
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import AsyncGenerator, Mapping
from types import MappingProxyType
from typing import Any
from urllib.parse import quote, urlsplit

from arkan_desktop.api import arvalox_records as records
from arkan_desktop.api.arvalox_commands import arvalox_request, lookup_field
from arkan_desktop.api.arvalox_poll import ArvaloxPoller
from arkan_desktop.api.arvalox_records import ListAnswer, Record, read_list
from arkan_desktop.api.arvalox_session import ArvaloxSession
from arkan_desktop.api.connector import (
    REPORTS,
    EventSource,
    InvalidateHandler,
    Page,
    ReconnectHandler,
    Resource,
)
from arkan_desktop.api.errors import ApiError, ApiErrorKind
from arkan_desktop.api.limits import pages_allowed, too_many_pages
from arkan_desktop.api.ratelimit import Priority
from arkan_desktop.api.wire import malformed, refuse_long_ids
from arkan_desktop.domain.commands import Command

log = logging.getLogger(__name__)

MAX_PER_PAGE = 100
MODULE = "receivables"
# A poll (one request per resource when nothing changed) may use this share of the hour.
POLL_SHARE = 0.05
MIN_POLL_INTERVAL = 60.0
RETRY_INTERVAL = 15.0  # while the server cannot be reached: is it back?
LOOKUP_PAGES = 3
ARVALOX_RESOURCES: Mapping[str, Resource] = MappingProxyType(
    {
        name: Resource(name=name, path=f"/{name}", module=MODULE, title=name)
        for name in ("customers", "invoices", "payments")
    }
)
_SORT_NAMES = {"updatedAt": "updated_at", "createdAt": "created_at", "id": "id"}
_FILTER_NAMES = {"partnerId": "customer_id", "state": "status", "number": "invoice_number"}


def _in_order(stamps: list[str | None], descending: bool) -> bool:
    if any(s is None for s in stamps):
        return False
    pairs = itertools.pairwise(stamps)
    return all((a >= b) if descending else (a <= b) for a, b in pairs)  # type: ignore[operator]


class ArvaloxConnector:
    """An Arvalox server through one signed-in `ArvaloxSession`."""

    kind = "arvalox"
    resources: Mapping[str, Resource] = ARVALOX_RESOURCES
    modules: frozenset[str] = frozenset({MODULE})
    capabilities: frozenset[str] = frozenset({REPORTS})

    def __init__(self, session: ArvaloxSession) -> None:
        self.session = session
        # resource -> whether the server honours sort_by=updated_at (unknown until seen)
        self.sorted_lists: dict[str, bool] = {}
        self.retry_interval = RETRY_INTERVAL

    def __repr__(self) -> str:
        return f"ArvaloxConnector({self.session.server_url!r})"

    def resource(self, name: str) -> Resource:
        try:
            return self.resources[name]
        except KeyError:
            raise ValueError(f"{name!r} is not a resource of an Arvalox server") from None

    @property
    def poll_interval(self) -> float:
        """Seconds between polls: a poll of every resource uses at most POLL_SHARE of the hour."""
        hourly = max(1, self.session.limit_of("hour"))
        per_poll = len(self.resources) + 1  # a list per resource and the ping
        return max(MIN_POLL_INTERVAL, per_poll * 3600 / (hourly * POLL_SHARE))

    async def ping(self, *, priority: Priority = Priority.INTERACTIVE) -> Any:
        return await self.session.request("GET", "/ping", priority=priority)

    async def companies(self) -> list[dict[str, Any]]:
        """Arvalox has no companies: the key's organization (from `/ping`) stands for one."""
        answer = await self.ping()
        org = answer.get("organization") if isinstance(answer, Mapping) else None
        org = org if isinstance(org, Mapping) else {}
        host = urlsplit(self.session.server_url).hostname or "Arvalox"
        company = {"id": str(org.get("id") or "default"), "name": org.get("name") or host}
        if org.get("currency"):
            company["currency"] = str(org["currency"])
        return [company]

    # --- reading --------------------------------------------------------------------------

    async def _list(self, target: Resource, params: Mapping[str, Any], priority: Priority) -> Any:
        try:
            return await self.session.request(
                "GET", target.path + "/", params=params, priority=priority
            )
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

    @staticmethod
    def _more(answer: ListAnswer, page: int, per_page: int, first_size: int) -> bool:
        count = len(answer.records)
        if count == 0:
            return False
        if answer.has_more is not None:
            return answer.has_more
        if answer.total_pages is not None:
            return page < answer.total_pages
        if answer.total is not None:
            return page * (answer.per_page or per_page) < answer.total
        # A bare array: a full page may have more behind it (the server may cap per_page).
        return count >= min(per_page, first_size)

    async def pages(
        self,
        resource: str,
        *,
        sort: str = "updatedAt",
        order: str = "desc",
        limit: int = 100,
        priority: Priority = Priority.BACKGROUND,
        filters: Mapping[str, str] | None = None,
    ) -> AsyncGenerator[Page, None]:
        """Every record of a resource, Arkan-shaped, in pages sorted by `updatedAt`."""
        target = self.resource(resource)
        normalise = records.NORMALISERS[resource]
        per_page = max(1, min(limit, MAX_PER_PAGE))
        descending = order.lower() == "desc"
        by_stamp = sort in ("updatedAt", "updated_at")
        params: dict[str, Any] = {_FILTER_NAMES.get(k, k): v for k, v in (filters or {}).items()}
        params.update(per_page=per_page, sort_by=_SORT_NAMES.get(sort, sort), sort_order=order)
        buffering = by_stamp and self.sorted_lists.get(resource) is False
        seen: set[str] = set()  # ids
        versions: set[tuple[str, str | None]] = set()  # (id, updatedAt): a change is news
        held: list[Record] = []
        last: str | None = None
        page_number, first_size, rewalked = 1, 0, False
        fetched, allowed = 0, 0
        refused: tuple[str, ...] = ()  # records left out, said with the next page handed out
        while True:
            body = await self._list(target, {**params, "page": page_number}, priority)
            fetched += 1
            answer = read_list(body, resource)
            if fetched == 1:  # twice what the total needs: a walk may go round again
                allowed = 2 * pages_allowed(answer.total, answer.per_page or per_page)
            first_size = first_size or len(answer.records)
            kept, left_out = refuse_long_ids(answer.records, target.title)
            refused += left_out
            batch = [normalise(raw) for raw in kept]
            fresh = [r for r in batch if (r["id"], r["updatedAt"]) not in versions]
            if any(r["id"] is None for r in batch):
                raise malformed(f"The server's list of {target.title} has a record without id")
            seen.update(r["id"] for r in fresh)
            versions.update((r["id"], r["updatedAt"]) for r in fresh)
            repeated = bool(batch) and not fresh  # the server ignored `page`
            more = not repeated and self._more(answer, page_number, per_page, first_size)
            # Page numbers shift when a record moves to the end of an ascending list
            # mid-walk, so one may be skipped: when fewer than `total` were seen, walk again.
            again = not (more or rewalked or descending) and len(seen) < (answer.total or 0)
            stamps = ([last] if last else []) + [r["updatedAt"] for r in fresh]
            if by_stamp and not buffering and not _in_order(stamps, descending):
                log.info("%r lists %s unsorted; reading them whole", self, resource)
                self.sorted_lists[resource], buffering = False, True
            if buffering:
                held.extend(fresh)
            elif fresh or not (more or again):
                if by_stamp and len(fresh) > 1:
                    self.sorted_lists.setdefault(resource, True)
                last = fresh[-1]["updatedAt"] if fresh else last
                cursor = str(page_number + 1) if more else None
                when = self.session.server_now()
                yield Page(fresh, answer.total, more or again, cursor, None, when, refused)
                refused = ()
            if (more or again) and fetched >= allowed:
                raise malformed(too_many_pages(target.title, fetched, answer.total))
            if more:
                page_number += 1
            elif again:
                log.info(
                    "%r: %d of %d %s seen; walking again", self, len(seen), answer.total, resource
                )
                rewalked, page_number, last = True, 1, None
            else:
                break
        if buffering:
            newest = {r["id"]: r for r in sorted(held, key=lambda r: r["updatedAt"] or "")}
            held = sorted(newest.values(), key=lambda r: r["updatedAt"] or "", reverse=descending)
            for start in range(0, max(1, len(held)), per_page):
                chunk = held[start : start + per_page]
                more = start + per_page < len(held)
                when = self.session.server_now()
                yield Page(chunk, len(held), more, None, per_page, when, refused)
                refused = ()

    async def get(self, resource: str, record_id: str) -> dict[str, Any]:
        target = self.resource(resource)
        path = f"{target.path}/{quote(str(record_id), safe='')}"
        body = await self.session.request("GET", path)
        if not isinstance(body, dict):
            raise malformed(f"The server's answer for one of the {target.title} is not a record")
        return records.NORMALISERS[resource](body)

    async def find_by_reference(
        self, resource: str, reference: str, *, priority: Priority = Priority.OUTBOX
    ) -> dict[str, Any] | None:
        """The record a write with this reference made, if the server has it."""
        field, wanted = lookup_field(resource, reference)
        target = self.resource(resource)
        params: dict[str, Any] = {field: wanted, "per_page": MAX_PER_PAGE}
        params.update(sort_by="updated_at", sort_order="desc")
        for page_number in range(1, LOOKUP_PAGES + 1):
            answer = read_list(
                await self._list(target, {**params, "page": page_number}, priority), resource
            )
            for raw in answer.records:
                if str(raw.get(field)) == wanted or raw.get("reference") == reference:
                    return records.NORMALISERS[resource](raw)
            if not self._more(answer, page_number, MAX_PER_PAGE, MAX_PER_PAGE):
                return None
        return None

    async def aging_report(self) -> dict[str, Any]:
        """`GET /reports/aging` as the server answers it (amounts as Decimal)."""
        return dict(await self.session.request("GET", "/reports/aging") or {})

    async def dashboard(self) -> dict[str, Any]:
        """`GET /reports/dashboard` as the server answers it (amounts as Decimal)."""
        return dict(await self.session.request("GET", "/reports/dashboard") or {})

    # --- writing --------------------------------------------------------------------------

    async def send(
        self,
        command: Command,
        *,
        idempotency_key: str | None,
        priority: Priority = Priority.OUTBOX,
    ) -> Any:
        """A command carried out the Arvalox way (see arvalox_commands).

        Creates and customer updates are translated; posting an invoice or a payment is
        a no-op that answers the current record (Arvalox issues them when created). The
        answer is the Arkan-shaped record; field errors come back under Arkan names.
        """
        write = arvalox_request(command)
        try:
            if write.method is None:
                assert write.record_id is not None
                return await self.get(write.resource, write.record_id)
            answer = await self.session.request(
                write.method,
                write.path,
                json=write.body,
                idempotency_key=idempotency_key,
                priority=priority,
            )
        except ApiError as error:
            if not error.field_errors:
                raise
            renamed = ApiError(
                error.kind,
                error.message,
                status=error.status,
                field_errors=records.arkan_field_errors(error.field_errors),
                body=error.body,
                ambiguous=error.ambiguous,
            )
        else:
            if not isinstance(answer, Mapping):
                return answer
            return records.NORMALISERS[write.resource](answer)
        raise renamed

    def events(
        self, on_invalidate: InvalidateHandler, on_reconnect: ReconnectHandler
    ) -> EventSource:
        """No socket: a poller that stands in for one (see arvalox_poll)."""
        return ArvaloxPoller(self, on_invalidate, on_reconnect)
