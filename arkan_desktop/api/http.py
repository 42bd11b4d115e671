"""One connection to one server, whatever its kind: the request loop every session runs.

`HttpSession` owns the shared `httpx.AsyncClient`, and sends each request through small
parts: `Authentication` (bearer token from the `TokenKeeper`, or an API key where the kind
has keys), `CompanyScope` (`X-Company-Id` where the kind has companies), a
`RequestBudget` (the shared `RateLimiter`, and Arvalox's hour and day windows) and the
error mapping of errors.py. The loop retries only what is safe to retry (never a 501 or
505), backs off with `backoff()`, waits out 429s (telling `on_wait`; failing past
`max_wait`), refreshes the access token once on a 401 (single flight), gives the budget
back when a request never reached the server, keeps `reachable` up to date, and parses
large answers off the event loop. Signing in is account.py's; each kind's session
(session.py, arvalox_session.py) only sets the parts, and api/kinds.py says which session
a kind gets. It knows nothing of records or resources, and never logs or raises anything
that contains a token, password or key.
"""

from __future__ import annotations

import asyncio
import enum
import logging
import math
import random
import time
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Self

import httpx

from arkan_desktop import __version__
from arkan_desktop.api.address import normalize_server_url, tls_context
from arkan_desktop.api.auth import Authentication, KeyPlacement
from arkan_desktop.api.backoff import backoff
from arkan_desktop.api.budget import RequestBudget, server_wait
from arkan_desktop.api.credentials import CredentialStore
from arkan_desktop.api.errors import (
    ApiError,
    ApiErrorKind,
    error_from_exception,
    error_from_response,
    origin_of,
)
from arkan_desktop.api.ratelimit import Priority, RateLimiter
from arkan_desktop.api.scope import CompanyScope
from arkan_desktop.api.tokens import TokenKeeper
from arkan_desktop.api.wire import (
    FILE_HEADERS,
    FileAnswer,
    dumps,
    file_name,
    malformed,
    parse_json,
)

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
_RETRY_KINDS = frozenset({ApiErrorKind.NETWORK, ApiErrorKind.TIMEOUT, ApiErrorKind.SERVER})
_NOT_RETRIED_STATUS = frozenset({501, 505})  # "not implemented": asking again will not help
_UNREACHABLE = (ApiErrorKind.NETWORK, ApiErrorKind.TIMEOUT)
_MAX_RATE_LIMITED_IN_A_ROW = 30
# Bodies larger than this are parsed on a worker thread (about a page of 20 invoices).
_DECODE_IN_THREAD_BYTES = 16_384
# Told how many seconds a 429 makes the session wait (a sign-in window says so).
WaitHandler = Callable[[float], None]


class _Retry(enum.Enum):
    ALWAYS = "always"  # reads, writes with an Idempotency-Key, sign-in
    UNAMBIGUOUS = "unambiguous"  # token refresh: a lost answer may have rotated the token
    NEVER = "never"  # writes without a key: a second effect is worse than an error


@dataclass
class SessionStats:
    """Counters for tests, benchmarks and the status bar; `reset()` to start over."""

    requests: int = 0
    retries: int = 0
    rate_limited: int = 0
    refreshes: int = 0
    by_endpoint: Counter[str] = field(default_factory=Counter)

    def reset(self) -> None:
        self.requests = self.retries = self.rate_limited = self.refreshes = 0
        self.by_endpoint.clear()


class HttpSession:
    """A user's session with one server. Create it in the event loop that will use it."""

    kind: ClassVar[str]
    # Where the API root usually is, for the message when an address serves web pages.
    api_root_hint: ClassVar[str] = "…/api/v1"
    # Where the kind reads API keys (None: it has none) and the request that checks one.
    key_placement: ClassVar[KeyPlacement | None] = None
    key_check_path: ClassVar[str] = "/ping"
    sends_company: ClassVar[bool] = True

    def __init__(
        self,
        server_url: str,
        *,
        api_key: str | None = None,
        key_in_query: bool = False,
        ca_bundle: str | None = None,
        verify: bool = True,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        credentials: CredentialStore | None = None,
        limiter: RateLimiter | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        max_attempts: int = 5,
        backoff_base: float = 0.2,
        backoff_cap: float = 5.0,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
        rng: random.Random | None = None,
    ) -> None:
        self.server_url = normalize_server_url(server_url)
        self.ssl_context = tls_context(verify, ca_bundle)
        self.timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        self.credentials = credentials or CredentialStore()
        self.limiter = limiter or RateLimiter()
        self.budget = self._new_budget(self.limiter, wall_clock)
        self.scope = CompanyScope(sent=self.sends_company)
        self.stats = SessionStats()
        self.max_attempts = max(1, max_attempts)
        self.backoff_base = backoff_base
        self.backoff_cap = backoff_cap
        # A person waiting (sign-in) hears about 429 waits, and longer ones fail instead.
        self.on_wait: WaitHandler | None = None
        self.max_wait: float | None = None
        # Whether the last request reached the server (None before the first): a poller
        # standing in for an events socket goes offline as soon as one did not.
        self.reachable: bool | None = None
        self._wall = wall_clock
        self._rng = rng or random.Random()
        self.tokens = TokenKeeper(
            self.server_url, self.credentials, self._post_auth, clock, self._count_refresh
        )
        self.auth = Authentication(
            self.tokens, self.key_placement, api_key=api_key, key_in_query=key_in_query
        )
        if transport is None and self.auth.key_in_query:
            transport = httpx.AsyncHTTPTransport(verify=self.ssl_context)
        self._http = httpx.AsyncClient(
            base_url=self.server_url + "/",
            timeout=self.timeout,
            verify=self.ssl_context,
            transport=None if transport is None else self.auth.transport(transport),
            follow_redirects=False,
            headers={"User-Agent": f"arkan-desktop/{__version__}", "Accept": "application/json"},
        )

    def _new_budget(self, limiter: RateLimiter, wall_clock: Callable[[], float]) -> RequestBudget:
        return RequestBudget(limiter)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}({self.server_url!r}, email={self.tokens.email!r}, "
            f"auth={self.auth.mode!r})"
        )

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *_exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        self.tokens.close()
        await self._http.aclose()

    @property
    def company_id(self) -> str | None:
        return self.scope.company_id

    @company_id.setter
    def company_id(self, value: str | None) -> None:
        self.scope.company_id = value

    # --- tokens ---------------------------------------------------------------------------

    async def access_token(self) -> str:
        """A current access token, refreshed first when it is about to expire."""
        return await self.tokens.access_token()

    async def refresh(self, stale_token: str | None = None) -> None:
        """A new access token, one refresh shared by all callers (see TokenKeeper)."""
        await self.tokens.refresh(stale_token)

    async def _post_auth(self, path: str, body: dict[str, Any], may_be_ambiguous: bool) -> Any:
        """An unauthenticated POST for the `TokenKeeper`, which speaks camelCase."""
        retry = _Retry.ALWAYS if may_be_ambiguous else _Retry.UNAMBIGUOUS
        wire = self._token_request(body)
        answer = await self._send("POST", path, body=wire, retry=retry, authenticated=False)
        return self._token_answer(answer, body)

    def _token_request(self, body: dict[str, Any]) -> dict[str, Any]:
        """A sign-in or refresh body as the kind's server reads it (camelCase here)."""
        return body

    def _token_answer(self, answer: Any, sent: Mapping[str, Any]) -> Any:
        """A sign-in or refresh answer as the `TokenKeeper` reads it (camelCase)."""
        return answer

    def _count_refresh(self) -> None:
        self.stats.refreshes += 1

    # --- requests -------------------------------------------------------------------------

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        idempotency_key: str | None = None,
        priority: Priority = Priority.INTERACTIVE,
        as_file: bool = False,
    ) -> Any:
        """Send one request (path relative to the API root) and return the parsed answer
        (`as_file`: the answer is a file, returned as a `FileAnswer` whatever its type)."""
        method = method.upper()
        safe = method in ("GET", "HEAD", "OPTIONS") or idempotency_key is not None
        return await self._send(
            method,
            path,
            params=params,
            body=json,
            idempotency_key=idempotency_key,
            priority=priority,
            retry=_Retry.ALWAYS if safe else _Retry.NEVER,
            authenticated=True,
            as_file=as_file,
        )

    async def _send(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        body: Any = None,
        idempotency_key: str | None = None,
        priority: Priority = Priority.INTERACTIVE,
        retry: _Retry,
        authenticated: bool,
        as_file: bool = False,
    ) -> Any:
        if not path.startswith("/") or "://" in path:
            raise ValueError("path must be relative to the API root and start with '/'")
        fixed: dict[str, str] = {}
        if body is not None:
            fixed["Content-Type"] = "application/json"
        fixed.update(self.scope.headers(path))
        if idempotency_key:
            fixed["Idempotency-Key"] = idempotency_key
        # Sign-in and refresh (unauthenticated) count against another budget.
        content = dumps(body) if body is not None else None
        query = {k: str(v) for k, v in (params or {}).items() if v is not None}
        attempt, refreshed, limited_in_a_row = 1, False, 0
        reached = False  # an earlier attempt may have reached the server
        while True:
            if authenticated:
                await self.budget.acquire(priority)
            headers, token = dict(fixed), None
            if authenticated:
                credentials, token = await self.auth.headers()
                headers.update(credentials)
            self.stats.requests += 1
            self.stats.by_endpoint[f"{method} {path}"] += 1
            response: httpx.Response | None = None
            failure: ApiError | None = None
            try:
                response = await self._http.request(
                    method, path, params=query, content=content, headers=headers
                )
            except httpx.HTTPError as exc:
                failure = error_from_exception(exc, self.server_url, self.timeout.read)
                self.reachable = failure.kind not in _UNREACHABLE
                if authenticated and isinstance(exc, httpx.ConnectError):
                    # Never reached the server, so it counted nothing: while the server is
                    # down, a poller's pings must not spend the minute's budget.
                    self.budget.give_back()
                elif authenticated:
                    self.budget.unanswered()
            if response is not None:
                self.reachable = True
                status = response.status_code
                log.debug("%s %s -> %d", method, path, status)
                self.budget.observe(response.headers, status, counted=authenticated)
                if status == 429 and limited_in_a_row < _MAX_RATE_LIMITED_IN_A_ROW:
                    limited_in_a_row += 1
                    self.stats.rate_limited += 1
                    await self._wait_out_rate_limit(response.headers, authenticated)
                    continue
                if status == 401 and token is not None and not refreshed:
                    refreshed = True
                    await self.refresh(stale_token=token)
                    continue
                if status < 400 and as_file:
                    return _file_answer(response)
                if status < 400:
                    if len(response.content) > _DECODE_IN_THREAD_BYTES:
                        # A list page: parsing it (amounts as Decimal) takes milliseconds
                        # the event loop, which is the window's UI thread, must not lose.
                        return await asyncio.to_thread(self._decode, response)
                    return self._decode(response)
                failure = error_from_response(
                    status, response.content, response.headers.get("content-type", "")
                )
                if status == 401 and authenticated:
                    failure = self.auth.refused(failure)
            assert failure is not None
            failure = self.auth.scrub(failure)
            reached = reached or failure.ambiguous
            if attempt < self.max_attempts and self._may_retry(failure, retry):
                delay = backoff(
                    attempt, base=self.backoff_base, cap=self.backoff_cap, rng=self._rng
                )
                log.info("%s %s failed (%s); retrying in %.2f s", method, path, failure.kind, delay)
                attempt += 1
                self.stats.retries += 1
                await asyncio.sleep(delay)
                continue
            # A retry refused outright ("connection refused") does not undo an earlier
            # attempt that may have arrived: the caller must still treat it as ambiguous.
            failure.ambiguous = reached
            raise failure

    @staticmethod
    def _may_retry(failure: ApiError, retry: _Retry) -> bool:
        if failure.kind not in _RETRY_KINDS or failure.status in _NOT_RETRIED_STATUS:
            return False
        if retry is _Retry.UNAMBIGUOUS:
            return not failure.ambiguous
        return retry is _Retry.ALWAYS

    async def _wait_out_rate_limit(self, headers: httpx.Headers, counted: bool) -> None:
        wait = server_wait(headers, self._wall())
        if self.max_wait is not None and wait > self.max_wait:
            whose = " for this key" if self.auth.mode == "api_key" else ""
            raise ApiError(
                ApiErrorKind.RATE_LIMITED,
                f"The server's request limit{whose} is used up; "
                f"try again in {math.ceil(wait / 60)} min",
                status=429,
            )
        if self.on_wait is not None:
            self.on_wait(wait)
        if counted:
            paused = self.budget.rate_limited(headers, wait)  # the next acquire() waits
            log.info("rate limited by %s; waiting %.1f s", origin_of(self.server_url), paused)
            return
        # Sign-in is limited separately from the tenant's bucket: just wait here.
        await asyncio.sleep(min(wait, 60.0))

    def _decode(self, response: httpx.Response) -> Any:
        if response.status_code == 204 or not response.content.strip():
            return None
        kind = response.headers.get("content-type", "").lower()
        if "html" in kind:
            raise malformed(
                "The server sent a web page instead of data; check that the address is "
                f"the API root ({self.api_root_hint})",
                status=response.status_code,
            )
        if not kind or "json" in kind or kind.startswith("text/plain"):
            return parse_json(response.content, status=response.status_code)
        return response.content  # a file (CSV, PDF export): the caller knows what it is


def _file_answer(response: httpx.Response) -> FileAnswer:
    headers = response.headers
    return FileAnswer(
        name=file_name(headers.get("content-disposition", "")),
        content=response.content,
        content_type=headers.get("content-type", ""),
        headers={key: headers[name] for name, key in FILE_HEADERS.items() if name in headers},
    )
