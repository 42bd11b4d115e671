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
numbers shift when a record changes during a walk; a walk that saw fewer ids than the
list's `total` walks once more (a walk always starts at the top: a kept page number is no
position to resume from), and a record seen again with a newer `updatedAt` is handed out
again (it is news). A server that pages by OFFSET with no
tie-breaker (the open-source backend: every record of one transaction shares its
`updated_at`) may show a record twice and skip another across pages; once a walk shows
that (the same version twice, or still fewer than `total` after walking again), the list
is remembered as unstable and read whole in id order (ids never tie), then sorted here
and handed out by `updatedAt`: a descending walk that needs only its first page still
reads just that page.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import AsyncGenerator, Mapping
from types import MappingProxyType
from typing import Any
from urllib.parse import quote, urlsplit

from arkan_desktop.api import arvalox_bodies as bodies
from arkan_desktop.api import arvalox_records as records
from arkan_desktop.api import arvalox_reports as report_shapes
from arkan_desktop.api.arvalox_commands import arvalox_request, lookup_field, write_rules
from arkan_desktop.api.arvalox_features import ArvaloxFeatures
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
from arkan_desktop.api.write_rules import WriteRules
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
        # resource -> whether paging by updated_at is stable (False: ties reorder pages)
        self.stable_paging: dict[str, bool] = {}
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

    @property
    def features(self) -> ArvaloxFeatures:
        """What the server was found to offer when signing in (see arvalox_features)."""
        return self.session.features

    @property
    def write_rules(self) -> WriteRules:
        """What this server keeps of a write: checked before a write is queued."""
        return write_rules(self.features)

    async def ping(self, *, priority: Priority = Priority.INTERACTIVE) -> Any:
        """One cheap request: `/ping` where the server has it, else `/auth/me`."""
        path = "/ping" if self.features.ping else "/auth/me"
        return await self.session.request("GET", path, priority=priority)

    async def companies(self) -> list[dict[str, Any]]:
        """Arvalox has no companies: the user's organisation stands for one."""
        if not self.session.detected:
            await self.session.learn_features()
        org = self.features.organization
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
        cursor: str | None = None,
    ) -> AsyncGenerator[Page, None]:
        """Every record of a resource, Arkan-shaped, in pages sorted by `updatedAt` (always
        from the first page: `cursor` is not followed, see below)."""
        target = self.resource(resource)
        normalise = records.NORMALISERS[resource]
        per_page = max(1, min(limit, MAX_PER_PAGE))
        descending = order.lower() == "desc"
        by_stamp = sort in ("updatedAt", "updated_at")
        params: dict[str, Any] = {_FILTER_NAMES.get(k, k): v for k, v in (filters or {}).items()}
        params.update(per_page=per_page, sort_by=_SORT_NAMES.get(sort, sort), sort_order=order)
        buffering = by_stamp and self.sorted_lists.get(resource) is False
        unstable = by_stamp and not filters and self.stable_paging.get(resource) is False
        if unstable and not descending:
            async for whole in self._whole_list(target, per_page, descending, priority):
                yield whole
            return
        seen: set[str] = set()  # ids
        versions: set[tuple[str, str | None]] = set()  # (id, updatedAt): a change is news
        held: list[Record] = []
        last: str | None = None
        # `cursor` is not followed: a page number is no position in a list paged by OFFSET
        # whose records tie on updated_at (the pages shift between two requests), so a
        # walk always starts at the top, where one that falls short can walk again.
        page_number, first_size, rewalked = 1, 0, False
        fetched, allowed = 0, 0
        refused: tuple[str, ...] = ()  # records left out, said with the next page handed out
        while True:
            if unstable and page_number > 1:
                async for whole in self._whole_list(target, per_page, descending, priority):
                    yield whole
                return
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
            again = not (more or rewalked) and len(seen) < (answer.total or 0)
            short = rewalked and not more and len(seen) < (answer.total or 0)
            if (
                by_stamp
                and not filters
                and not buffering
                and self._shows_ties(resource, 0 < len(fresh) < len(batch) and not rewalked, short)
            ):
                async for whole in self._whole_list(target, per_page, descending, priority):
                    yield whole
                return
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

    def _shows_ties(self, resource: str, twice: bool, short: bool) -> bool:
        """Does this walk show the list's paging reordering ties? (`twice`: the same
        version of a record came twice; `short`: a second walk still fell short of the
        list's `total`.) If so the list is remembered as unstable."""
        if twice or short:
            log.info("%r: %s page unstably (ties on updated_at); reading whole", self, resource)
            self.stable_paging[resource] = False
        return twice or short

    async def _whole_list(
        self, target: Resource, per_page: int, descending: bool, priority: Priority
    ) -> AsyncGenerator[Page, None]:
        """Every record of a list read in id order (a total order, stable under OFFSET
        paging), then handed out in pages sorted by `updatedAt`."""
        normalise = records.NORMALISERS[target.name]
        params: dict[str, Any] = {"per_page": MAX_PER_PAGE, "sort_by": "id", "sort_order": "asc"}
        newest: dict[str, Record] = {}
        page_number, first_size, allowed = 1, 0, 0
        refused: tuple[str, ...] = ()
        while True:
            answer = read_list(
                await self._list(target, {**params, "page": page_number}, priority), target.name
            )
            if page_number == 1:
                allowed = pages_allowed(answer.total, answer.per_page or MAX_PER_PAGE)
            first_size = first_size or len(answer.records)
            before = len(newest)
            kept, left_out = refuse_long_ids(answer.records, target.title)
            refused += left_out
            for raw in kept:
                record = normalise(raw)
                if record["id"] is None:
                    raise malformed(f"The server's list of {target.title} has a record without id")
                known = newest.get(record["id"])
                if known is None or (record["updatedAt"] or "") >= (known["updatedAt"] or ""):
                    newest[record["id"]] = record
            # (A page of nothing new: the server ignored `page`, so nothing more will come.)
            if len(newest) == before or not self._more(
                answer, page_number, MAX_PER_PAGE, first_size
            ):
                break
            if page_number >= allowed:
                raise malformed(too_many_pages(target.title, page_number, answer.total))
            page_number += 1
        held = sorted(newest.values(), key=lambda r: r["updatedAt"] or "", reverse=descending)
        when = self.session.server_now()
        for start in range(0, max(1, len(held)), per_page):
            chunk = held[start : start + per_page]
            more = start + per_page < len(held)
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
        filters = {"search": wanted} if self.features.lookup_by_search else {field: wanted}
        params: dict[str, Any] = {**filters, "per_page": MAX_PER_PAGE}
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

    def _currency(self) -> str:
        return str(self.features.organization.get("currency") or "")

    async def aging_report(self) -> dict[str, Any]:
        """`GET /reports/aging` in the one shape the app reads (arvalox_reports)."""
        answer = await self.session.request("GET", "/reports/aging")
        return report_shapes.aging(answer, self._currency())

    async def dashboard(self) -> dict[str, Any]:
        """`GET /reports/dashboard` in the one shape the app reads (arvalox_reports)."""
        answer = await self.session.request("GET", "/reports/dashboard")
        return report_shapes.dashboard(answer, self._currency())

    async def both_reports(self) -> report_shapes.Reports:
        """Both reports, each on its own: one failing does not hide the other."""
        both = report_shapes.Reports()
        try:
            both.aging = await self.aging_report()
        except ApiError as error:
            both.failures["aging"] = error.message
        try:
            both.dashboard = await self.dashboard()
        except ApiError as error:
            both.failures["dashboard"] = error.message
        return both

    # --- writing --------------------------------------------------------------------------

    async def send(
        self,
        command: Command,
        *,
        idempotency_key: str | None,
        priority: Priority = Priority.OUTBOX,
    ) -> Any:
        """A command carried out the Arvalox way (see arvalox_commands).

        Creates and customer updates are translated; posting an invoice moves it to "sent"
        where the server has a status endpoint, and is otherwise (and for a payment) a
        no-op that answers the current record. The answer is the Arkan-shaped record;
        field errors come back under Arkan names.
        """
        write = arvalox_request(command, self.features)
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
            if write.method == "PATCH" and error.is_rejection:
                # Posting refused ("Cannot change status from sent to sent"): an earlier
                # attempt whose answer was lost, or someone else, posted it already.
                current = await self._posted_already(write.resource, write.record_id)
                if current is not None:
                    return current
            if not error.field_errors:
                raise
            renamed = ApiError(
                error.kind,
                error.message,
                status=error.status,
                field_errors=bodies.arkan_field_errors(error.field_errors),
                body=error.body,
                ambiguous=error.ambiguous,
            )
        else:
            if not isinstance(answer, Mapping):
                return answer
            return records.NORMALISERS[write.resource](answer)
        raise renamed

    async def _posted_already(self, resource: str, record_id: str | None) -> Record | None:
        """The record, if it is posted (or further) on the server already; else None."""
        if record_id is None:
            return None
        try:
            current = await self.get(resource, record_id)
        except ApiError:
            return None
        return current if current.get("state") in ("posted", "paid") else None

    def events(
        self, on_invalidate: InvalidateHandler, on_reconnect: ReconnectHandler
    ) -> EventSource:
        """No socket: a poller that stands in for one (see arvalox_poll)."""
        return ArvaloxPoller(self, on_invalidate, on_reconnect)
