"""One connection to one server, whatever its kind: the request loop every session runs.

`HttpSession` owns the shared `httpx.AsyncClient`, and sends each request through small
parts: `Authentication` (bearer token from the `TokenKeeper`, or an API key where the kind
has keys), `CompanyScope` (`X-Company-Id` where the kind has companies), a
`RequestBudget` (the shared `RateLimiter`, and Arvalox's hour and day windows) and the
error mapping of errors.py. The loop retries only what is safe to retry (never a 501 or
505), backs off with `backoff()`, waits out 429s (telling `on_wait`; failing past
`max_wait`), refreshes the access token once on a 401 (single flight), gives the budget
back when a request never reached the server, keeps `reachable` up to date, and parses
large answers off the event loop. It keeps to the limits of limits.py: an answer is
read as a stream and refused past 32 MB (received or unpacked), a request gives up
after its deadline (all attempts; the message says the real time), a 429's wait is
capped and shown to `wait_listeners`, and a redirect is reported, never followed.
Signing in is account.py's; each kind's session (session.py, arvalox_session.py) only
sets the parts, and api/kinds.py says which session a kind gets. It knows nothing of
records or resources, and never logs or raises anything that contains a token, password
or key.
"""

from __future__ import annotations

import asyncio
import enum
import logging
import random
import time
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Self

import httpx

from arkan_desktop import __version__
from arkan_desktop.api.address import normalize_server_url, tls_context
from arkan_desktop.api.answers import Answer, ServerClock, exchange
from arkan_desktop.api.auth import Authentication, KeyPlacement
from arkan_desktop.api.backoff import backoff
from arkan_desktop.api.budget import RequestBudget
from arkan_desktop.api.credentials import CredentialStore
from arkan_desktop.api.errors import (
    ApiError,
    ApiErrorKind,
    error_from_exception,
    error_from_response,
    no_answer,
)
from arkan_desktop.api.limits import REQUEST_DEADLINE
from arkan_desktop.api.ratelimit import Priority, RateLimiter
from arkan_desktop.api.scope import CompanyScope
from arkan_desktop.api.tokens import TokenKeeper
from arkan_desktop.api.waits import RateLimitWaits, WaitHandler
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
__all__ = ["DEFAULT_TIMEOUT", "HttpSession", "SessionStats", "WaitHandler"]


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


class HttpSession(RateLimitWaits):
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
        deadline: float = REQUEST_DEADLINE,
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
        # One request, all its attempts and backoffs (not its rate-limit waits), at most.
        self.deadline = deadline
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
        # The status bar and the command line hear of every wait a 429 imposes (and of 0
        # when it is over), to show it.
        self.wait_listeners: list[WaitHandler] = []
        # The server's clock, from the `Date` of its answers (to judge records' stamps).
        self.clock = ServerClock(wall_clock)
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

    def server_now(self) -> float:
        """Unix time by the server's clock (its last `Date` header), else by ours."""
        return self.clock.now()

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
        loop = asyncio.get_running_loop()
        attempt, refreshed, limited_in_a_row = 1, False, 0
        reached = False  # an earlier attempt may have reached the server
        spent = waited = 0.0  # seconds in attempts and backoffs; in rate-limit waits
        while True:
            if authenticated:
                await self._acquire(priority)
            headers, token = dict(fixed), None
            if authenticated:
                credentials, token = await self.auth.headers()
                headers.update(credentials)
            self.stats.requests += 1
            self.stats.by_endpoint[f"{method} {path}"] += 1
            answer: Answer | None = None
            failure: ApiError | None = None
            started = loop.time()
            try:
                async with asyncio.timeout(max(0.001, self.deadline - spent)):
                    request = self._http.build_request(
                        method, path, params=query, content=content, headers=headers
                    )
                    answer = await exchange(self._http, request, self.api_root_hint)
            except TimeoutError:
                # The request as a whole took too long (a drip, a silence): no retry.
                spent += loop.time() - started
                failure = no_answer(self.server_url, spent)
                spent = max(spent, self.deadline)
                self._unanswered(authenticated, reachable=False)
            except httpx.HTTPError as exc:
                spent += loop.time() - started
                failure = error_from_exception(exc, self.server_url, loop.time() - started)
                connect_failed = isinstance(exc, httpx.ConnectError)
                self._unanswered(
                    authenticated,
                    reachable=failure.kind not in _UNREACHABLE,
                    counted=not connect_failed,
                )
            except ApiError as exc:  # an answer refused while it was read (too big)
                spent += loop.time() - started
                failure = exc
                self._unanswered(authenticated, reachable=True)
            if answer is not None:
                spent += loop.time() - started
                self.reachable = True
                status = answer.status
                log.debug("%s %s -> %d", method, path, status)
                self.clock.observe(answer.headers)
                self.budget.observe(answer.headers, status, counted=authenticated)
                if status == 429 and limited_in_a_row < _MAX_RATE_LIMITED_IN_A_ROW:
                    limited_in_a_row += 1
                    self.stats.rate_limited += 1
                    waited += await self._wait_out_rate_limit(answer.headers, authenticated, waited)
                    continue
                if status == 401 and token is not None and not refreshed:
                    refreshed = True
                    await self.refresh(stale_token=token)
                    continue
                if answer.failure is not None:
                    failure = answer.failure
                elif status < 400 and as_file:
                    return _file_answer(answer)
                elif status < 400:
                    if len(answer.content) > _DECODE_IN_THREAD_BYTES:
                        # A list page: parsing it (amounts as Decimal) takes milliseconds
                        # the event loop, which is the window's UI thread, must not lose.
                        return await asyncio.to_thread(self._decode, answer)
                    return self._decode(answer)
                else:
                    failure = error_from_response(
                        status, answer.content, answer.headers.get("content-type", "")
                    )
                    if status in (401, 403) and authenticated:
                        failure = self.auth.refused(failure)
            assert failure is not None
            failure = self.auth.scrub(failure)
            reached = reached or failure.ambiguous
            delay = backoff(attempt, base=self.backoff_base, cap=self.backoff_cap, rng=self._rng)
            if (
                attempt < self.max_attempts
                and self._may_retry(failure, retry)
                and spent + delay < self.deadline
            ):
                log.info("%s %s failed (%s); retrying in %.2f s", method, path, failure.kind, delay)
                attempt += 1
                self.stats.retries += 1
                await asyncio.sleep(delay)
                spent += delay
                continue
            if failure.kind is ApiErrorKind.TIMEOUT and failure.ambiguous and attempt > 1:
                failure = no_answer(self.server_url, spent)  # the time it really took, in all
            # A retry refused outright ("connection refused") does not undo an earlier
            # attempt that may have arrived: the caller must still treat it as ambiguous.
            failure.ambiguous = reached
            raise failure

    def _unanswered(self, authenticated: bool, *, reachable: bool, counted: bool = True) -> None:
        """No usable answer came: note whether the server was reached, and tell the budget
        whether the request may have counted there."""
        self.reachable = reachable
        if not authenticated:
            return
        if counted:
            self.budget.unanswered()
        else:
            # Never reached the server, so it counted nothing: while the server is down, a
            # poller's pings must not spend the minute's budget.
            self.budget.give_back()

    @staticmethod
    def _may_retry(failure: ApiError, retry: _Retry) -> bool:
        if failure.kind not in _RETRY_KINDS or failure.status in _NOT_RETRIED_STATUS:
            return False
        if retry is _Retry.UNAMBIGUOUS:
            return not failure.ambiguous
        return retry is _Retry.ALWAYS

    def _decode(self, answer: Answer) -> Any:
        if answer.status == 204 or not answer.content.strip():
            return None
        kind = answer.headers.get("content-type", "").lower()
        if "html" in kind:
            raise malformed(
                "The server sent a web page instead of data; check that the address is "
                f"the API root ({self.api_root_hint})",
                status=answer.status,
            )
        if not kind or "json" in kind or kind.startswith("text/plain"):
            return parse_json(answer.content, status=answer.status)
        return answer.content  # a file (CSV, PDF export): the caller knows what it is


def _file_answer(answer: Answer) -> FileAnswer:
    headers = answer.headers
    return FileAnswer(
        name=file_name(headers.get("content-disposition", "")),
        content=answer.content,
        content_type=headers.get("content-type", ""),
        headers={key: headers[name] for name, key in FILE_HEADERS.items() if name in headers},
    )
