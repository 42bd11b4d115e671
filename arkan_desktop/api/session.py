"""One signed-in connection to one server: HTTP, retries, rate limits, company scope, stats.

`ApiSession` owns the shared `httpx.AsyncClient` and a `TokenKeeper` (sign-in, keyring,
single-flight refresh). It sets `Authorization` and `X-Company-Id`, refreshes on a 401,
retries only what is safe to retry, waits out 429s and turns everything else into
`ApiError`. It knows nothing of records or resources (that is the connector's job) and
never logs or raises anything that contains a token or password.
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
from typing import Any

import httpx

from arkan_desktop import __version__
from arkan_desktop.api.address import normalize_server_url, tls_context
from arkan_desktop.api.credentials import CredentialStore
from arkan_desktop.api.errors import (
    ApiError,
    ApiErrorKind,
    error_from_exception,
    error_from_response,
    origin_of,
)
from arkan_desktop.api.ratelimit import Priority, RateLimiter
from arkan_desktop.api.tokens import TokenKeeper
from arkan_desktop.api.wire import dumps, malformed, parse_json

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
_UNSCOPED = ("/auth", "/companies")
_RETRY_KINDS = frozenset({ApiErrorKind.NETWORK, ApiErrorKind.TIMEOUT, ApiErrorKind.SERVER})
_NOT_RETRIED_STATUS = frozenset({501, 505})
_MAX_RATE_LIMITED_IN_A_ROW = 30
# Bodies larger than this are parsed on a worker thread (about a page of 20 invoices).
_DECODE_IN_THREAD_BYTES = 16_384


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


def _is_unscoped(path: str) -> bool:
    return any(path == p or path.startswith(p + "/") for p in _UNSCOPED)


class ApiSession:
    """A user's session with one server. Create it in the event loop that will use it."""

    def __init__(
        self,
        server_url: str,
        *,
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
        rng: random.Random | None = None,
    ) -> None:
        self.server_url = normalize_server_url(server_url)
        self.ssl_context = tls_context(verify, ca_bundle)
        self.timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        self.credentials = credentials or CredentialStore()
        self.limiter = limiter or RateLimiter()
        self.stats = SessionStats()
        self.max_attempts = max(1, max_attempts)
        self.backoff_base = backoff_base
        self.backoff_cap = backoff_cap
        self._company_id: str | None = None
        self._rng = rng or random.Random()
        self.tokens = TokenKeeper(
            self.server_url, self.credentials, self._post_auth, clock, self._count_refresh
        )
        self._http = httpx.AsyncClient(
            base_url=self.server_url + "/",
            timeout=self.timeout,
            verify=self.ssl_context,
            transport=transport,
            follow_redirects=False,
            headers={"User-Agent": f"arkan-desktop/{__version__}", "Accept": "application/json"},
        )

    def __repr__(self) -> str:
        return f"ApiSession({self.server_url!r}, email={self.email!r}, signed_in={self.signed_in})"

    async def __aenter__(self) -> ApiSession:
        return self

    async def __aexit__(self, *_exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        self.tokens.close()
        await self._http.aclose()

    # --- who is signed in -----------------------------------------------------------------

    @property
    def signed_in(self) -> bool:
        return self.tokens.signed_in

    @property
    def email(self) -> str | None:
        return self.tokens.email

    @property
    def persistent(self) -> bool:
        """False when there is no usable keyring: the sign-in ends with the process."""
        return self.tokens.persistent

    @property
    def persistence_message(self) -> str | None:
        return self.tokens.persistence_message

    @property
    def company_id(self) -> str | None:
        return self._company_id

    @company_id.setter
    def company_id(self, value: str | None) -> None:
        self._company_id = value or None

    def access_expires_in(self) -> float | None:
        """Seconds until the access token expires by our clock (None: not signed in)."""
        return self.tokens.expires_in()

    async def sign_in(self, email: str, password: str) -> None:
        """Sign in with a password; the refresh token goes to the keyring when there is one."""
        await self.tokens.sign_in(email, password)

    async def restore(self, email: str | None = None) -> None:
        """Sign in again from the refresh token kept in the keyring (no password)."""
        await self.tokens.restore(email)

    async def sign_out(self) -> None:
        """Forget both tokens, here and in the keyring."""
        self._company_id = None
        await self.tokens.sign_out()

    async def access_token(self) -> str:
        """A current access token, refreshed first when it is about to expire."""
        return await self.tokens.access_token()

    async def refresh(self, stale_token: str | None = None) -> None:
        """A new access token, one refresh shared by all callers (see TokenKeeper)."""
        await self.tokens.refresh(stale_token)

    async def _post_auth(self, path: str, body: dict[str, Any], may_be_ambiguous: bool) -> Any:
        retry = _Retry.ALWAYS if may_be_ambiguous else _Retry.UNAMBIGUOUS
        return await self._send("POST", path, body=body, retry=retry, authenticated=False)

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
    ) -> Any:
        """Send one request (path relative to the API root) and return the parsed answer."""
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
    ) -> Any:
        if not path.startswith("/") or "://" in path:
            raise ValueError("path must be relative to the API root and start with '/'")
        fixed: dict[str, str] = {}
        if body is not None:
            fixed["Content-Type"] = "application/json"
        if not _is_unscoped(path):
            if not self._company_id:
                raise ApiError(ApiErrorKind.REJECTED, "Choose a company first")
            fixed["X-Company-Id"] = self._company_id
        if idempotency_key:
            fixed["Idempotency-Key"] = idempotency_key
        tenant_limited = authenticated  # sign-in and refresh count against another budget
        content = dumps(body) if body is not None else None
        query = {k: str(v) for k, v in (params or {}).items() if v is not None}
        attempt, refreshed, limited_in_a_row = 1, False, 0
        reached = False  # an earlier attempt may have reached the server
        while True:
            if tenant_limited:
                await self.limiter.acquire(priority)
            headers = dict(fixed)
            token = None
            if authenticated:
                token = await self.access_token()
                headers["Authorization"] = f"Bearer {token}"
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
                if tenant_limited and isinstance(exc, httpx.ConnectError):
                    self.limiter.give_back()  # never reached the server: nothing counted
                elif tenant_limited:
                    self.limiter.unanswered()
            if response is not None:
                status = response.status_code
                log.debug("%s %s -> %d", method, path, status)
                if tenant_limited and status != 429:  # a 429 is learnt from below
                    self.limiter.observe(response.headers, status)
                if status == 429 and limited_in_a_row < _MAX_RATE_LIMITED_IN_A_ROW:
                    limited_in_a_row += 1
                    self.stats.rate_limited += 1
                    await self._wait_out_rate_limit(response.headers, tenant_limited)
                    continue
                if status == 401 and authenticated and not refreshed:
                    refreshed = True
                    await self.refresh(stale_token=token)
                    continue
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
                    failure = ApiError(
                        ApiErrorKind.UNAUTHORIZED,
                        "The server no longer accepts this sign-in; please sign in again",
                        status=401,
                        body=failure.body,
                    )
            assert failure is not None
            reached = reached or failure.ambiguous
            if attempt < self.max_attempts and self._may_retry(failure, retry):
                delay = self._rng.uniform(
                    0, min(self.backoff_cap, self.backoff_base * 2 ** (attempt - 1))
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

    async def _wait_out_rate_limit(self, headers: httpx.Headers, tenant_limited: bool) -> None:
        if tenant_limited:
            wait = self.limiter.rate_limited(headers)  # the next acquire() waits it out
            log.info("rate limited by %s; waiting %.1f s", origin_of(self.server_url), wait)
            return
        # Sign-in is limited separately from the tenant's bucket: just wait here.
        try:
            wait = float(headers.get("retry-after", "1"))
        except ValueError:
            wait = 1.0
        await asyncio.sleep(min(max(wait, 0.1), 60.0) if math.isfinite(wait) else 1.0)

    @staticmethod
    def _decode(response: httpx.Response) -> Any:
        if response.status_code == 204 or not response.content.strip():
            return None
        kind = response.headers.get("content-type", "").lower()
        if "html" in kind:
            raise malformed(
                "The server sent a web page instead of data; check that the address is "
                "the API root (…/api/v1)",
                status=response.status_code,
            )
        if not kind or "json" in kind or kind.startswith("text/plain"):
            return parse_json(response.content, status=response.status_code)
        return response.content  # a file (CSV, PDF export): the caller knows what it is
