"""One connection to an Arvalox server: API key or email sign-in, retries, the three rate windows.

Why not `ApiSession`: that one is Arkan's (company scope on every call, camelCase token
answers, one per-minute window). This session keeps its request/retry behaviour — the
same `RateLimiter`, `TokenKeeper`, error mapping and retry rules — and adds what Arvalox
needs: the key in the `x-arvalox-api-key` header or, when a proxy strips headers, in the
`x_arvalox_api_key` query parameter; snake_case token answers; and the hour and day
windows read from `X-RateLimit-*-Hour/-Day` (background work leaves a reserve of each).
The key is added to the URL below httpx's logging (in the transport), so it never shows
in a log line, and any echo of it in an error answer is scrubbed.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import random
import time
from collections.abc import Callable, Mapping
from typing import Any

import httpx

from arkan_desktop import __version__
from arkan_desktop.api.address import normalize_server_url, tls_context
from arkan_desktop.api.arvalox_windows import EPOCH, RateWindows
from arkan_desktop.api.arvalox_windows import number as _number
from arkan_desktop.api.credentials import CredentialStore, KeyringUnavailable
from arkan_desktop.api.errors import ApiError, ApiErrorKind, error_from_exception, origin_of
from arkan_desktop.api.errors import error_from_response as _error_from_response
from arkan_desktop.api.ratelimit import Priority, RateLimiter
from arkan_desktop.api.session import DEFAULT_TIMEOUT, SessionStats
from arkan_desktop.api.tokens import TokenKeeper
from arkan_desktop.api.wire import dumps, malformed, parse_json

log = logging.getLogger(__name__)

KEY_HEADER = "x-arvalox-api-key"
KEY_PARAMETER = "x_arvalox_api_key"
_RETRY_KINDS = frozenset({ApiErrorKind.NETWORK, ApiErrorKind.TIMEOUT, ApiErrorKind.SERVER})
_MAX_RATE_LIMITED_IN_A_ROW = 30
BAD_KEY = "The server did not accept this API key; check the key (and that it is still active)"
# Told how many seconds a 429 makes the session wait (a sign-in window says so).
WaitHandler = Callable[[float], None]


class _KeyInQuery(httpx.AsyncBaseTransport):
    """Adds the API key as a query parameter on the way out, below httpx's request log."""

    def __init__(self, inner: httpx.AsyncBaseTransport, key: Callable[[], str | None]) -> None:
        self._inner = inner
        self._key = key

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        key = self._key()
        if key:
            request = httpx.Request(
                request.method,
                request.url.copy_merge_params({KEY_PARAMETER: key}),
                headers=request.headers,
                stream=request.stream,
                extensions=request.extensions,
            )
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()


class ArvaloxSession:
    """A signed-in connection to one Arvalox server. Create it in the loop that uses it."""

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
        self.key_in_query = key_in_query
        self.timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        self.credentials = credentials or CredentialStore()
        self.limiter = limiter or RateLimiter()
        self.rate_windows = RateWindows(self.limiter, wall_clock)
        self.stats = SessionStats()
        self.max_attempts = max(1, max_attempts)
        self.backoff_base, self.backoff_cap = backoff_base, backoff_cap
        self._wall = wall_clock
        self._rng = rng or random.Random()
        self._api_key = (api_key or "").strip() or None  # unchecked: use_api_key checks
        self.key_label: str | None = None
        # A person waiting (sign-in) hears about 429 waits, and longer ones fail instead.
        self.on_wait: WaitHandler | None = None
        self.max_wait: float | None = None
        # Whether the last request reached the server (None before the first): the
        # poller standing in for an events socket goes offline as soon as one did not.
        self.reachable: bool | None = None
        # Arvalox has no companies; kept for code written against ApiSession (never sent).
        self.company_id: str | None = None
        self.tokens = TokenKeeper(self.server_url, self.credentials, self._post_auth, clock)
        ssl_context = tls_context(verify, ca_bundle)
        inner = transport or httpx.AsyncHTTPTransport(verify=ssl_context)
        self._http = httpx.AsyncClient(
            base_url=self.server_url + "/",
            timeout=self.timeout,
            transport=_KeyInQuery(inner, self._query_key),
            follow_redirects=False,
            headers={"User-Agent": f"arkan-desktop/{__version__}", "Accept": "application/json"},
        )

    def __repr__(self) -> str:
        return f"ArvaloxSession({self.server_url!r}, auth={self.auth_mode!r})"

    async def __aenter__(self) -> ArvaloxSession:
        return self

    async def __aexit__(self, *_exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        self.tokens.close()
        await self._http.aclose()

    # --- who is signed in -----------------------------------------------------------------

    @property
    def auth_mode(self) -> str | None:
        """ "api_key", "bearer" (email sign-in) or None."""
        if self._api_key:
            return "api_key"
        return "bearer" if self.tokens.signed_in else None

    @property
    def signed_in(self) -> bool:
        return self.auth_mode is not None

    @property
    def email(self) -> str | None:
        return self.tokens.email

    @property
    def persistent(self) -> bool:
        return self.tokens.persistent

    @property
    def persistence_message(self) -> str | None:
        return self.tokens.persistence_message

    def _query_key(self) -> str | None:
        return self._api_key if self.key_in_query else None

    async def use_api_key(self, key: str, *, label: str = "default", remember: bool = True) -> Any:
        """Check a key with `GET /ping`, use it, and keep it in the keyring; returns the ping."""
        key = key.strip()
        if not key:
            raise ApiError(ApiErrorKind.REJECTED, "Enter the API key")
        previous, self._api_key = self._api_key, key
        try:
            answer = await self.request("GET", "/ping")
        except BaseException:
            self._api_key = previous
            raise
        self.key_label = label
        if remember:
            try:
                await asyncio.to_thread(self.credentials.save_api_key, self.server_url, label, key)
            except KeyringUnavailable as exc:
                self.tokens.persistent = False
                self.tokens.persistence_message = exc.message
                log.warning("%s", exc.message)
        log.info("using an API key on %s", origin_of(self.server_url))
        return answer

    async def restore_api_key(self, label: str = "default") -> Any:
        """Use the key the keyring keeps for this server (checked with `GET /ping`)."""
        try:
            key = await asyncio.to_thread(self.credentials.load_api_key, self.server_url, label)
        except KeyringUnavailable as exc:
            raise ApiError(ApiErrorKind.UNAUTHORIZED, f"{exc.message}; enter the API key") from None
        if not key:
            raise ApiError(
                ApiErrorKind.UNAUTHORIZED,
                f"There is no saved API key for {origin_of(self.server_url)}; enter it again",
            )
        return await self.use_api_key(key, label=label, remember=False)

    async def sign_in(self, email: str, password: str) -> None:
        """Email and password (`POST /auth/login`); the refresh token goes to the keyring."""
        self._api_key = None
        await self.tokens.sign_in(email, password)

    async def restore(self, email: str | None = None) -> None:
        await self.tokens.restore(email)

    async def sign_out(self, *, forget_key: bool = True) -> None:
        """Forget the key (and, with `forget_key`, its keyring entry) or the tokens."""
        if self._api_key and forget_key and self.key_label:
            with contextlib.suppress(KeyringUnavailable):
                await asyncio.to_thread(
                    self.credentials.delete_api_key, self.server_url, self.key_label
                )
        self._api_key = self.key_label = None
        await self.tokens.sign_out()

    async def _post_auth(self, path: str, body: dict[str, Any], may_be_ambiguous: bool) -> Any:
        """TokenKeeper speaks camelCase; Arvalox answers `{access_token, refresh_token, …}`."""
        sent_refresh = body.get("refreshToken")
        wire = {"refresh_token": sent_refresh} if sent_refresh else body
        answer = await self._send(
            "POST", path, body=wire, retry=may_be_ambiguous, authenticated=False
        )
        if not isinstance(answer, Mapping):
            raise malformed("The server's sign-in answer is not an object")
        return {
            "accessToken": answer.get("access_token") or answer.get("accessToken"),
            "refreshToken": answer.get("refresh_token")
            or answer.get("refreshToken")
            or sent_refresh,
            "expiresIn": answer.get("expires_in") or answer.get("expiresIn") or 3600,
        }

    # --- rate windows -----------------------------------------------------------------

    def limit_of(self, window: str) -> int:
        """Requests a window allows, as last reported (the published default before that)."""
        return self.rate_windows.limit_of(window)

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
            retry=safe,
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
        retry: bool,
        authenticated: bool,
    ) -> Any:
        if not path.startswith("/") or "://" in path:
            raise ValueError("path must be relative to the API root and start with '/'")
        fixed: dict[str, str] = {}
        if body is not None:
            fixed["Content-Type"] = "application/json"
        if idempotency_key:
            fixed["Idempotency-Key"] = idempotency_key
        content = dumps(body) if body is not None else None
        query = {k: str(v) for k, v in (params or {}).items() if v is not None}
        attempt, refreshed, limited_in_a_row, reached = 1, False, 0, False
        while True:
            if authenticated:
                await self.rate_windows.respect(priority)
                await self.limiter.acquire(priority)
            headers, token = dict(fixed), None
            if authenticated and self._api_key and not self.key_in_query:
                headers[KEY_HEADER] = self._api_key
            elif authenticated and not self._api_key:
                token = await self.tokens.access_token()
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
                self.reachable = failure.kind not in (ApiErrorKind.NETWORK, ApiErrorKind.TIMEOUT)
                if authenticated and isinstance(exc, httpx.ConnectError):
                    # Never reached the server, so it counted nothing: while the server is
                    # down, the poller's pings must not spend the minute's budget.
                    self.limiter.give_back()
                elif authenticated:
                    self.limiter.unanswered()
            if response is not None:
                self.reachable = True
                status = response.status_code
                log.debug("%s %s -> %d", method, path, status)
                self.rate_windows.observe(response.headers)
                if status == 429 and limited_in_a_row < _MAX_RATE_LIMITED_IN_A_ROW:
                    limited_in_a_row += 1
                    self.stats.rate_limited += 1
                    await self._wait_out(response.headers, authenticated)
                    continue
                if status == 401 and token is not None and not refreshed:
                    refreshed = True
                    self.stats.refreshes += 1
                    await self.tokens.refresh(stale_token=token)
                    continue
                if status < 400:
                    return self._decode(response)
                failure = self._error(status, response)
            assert failure is not None
            reached = reached or failure.ambiguous
            if attempt < self.max_attempts and retry and failure.kind in _RETRY_KINDS:
                delay = self._rng.uniform(
                    0, min(self.backoff_cap, self.backoff_base * 2 ** (attempt - 1))
                )
                log.info("%s %s failed (%s); retrying in %.2f s", method, path, failure.kind, delay)
                attempt += 1
                self.stats.retries += 1
                await asyncio.sleep(delay)
                continue
            failure.ambiguous = reached
            raise failure

    def _error(self, status: int, response: httpx.Response) -> ApiError:
        failure = _error_from_response(
            status, response.content, response.headers.get("content-type", "")
        )
        if status == 401 and self._api_key:
            failure = ApiError(ApiErrorKind.UNAUTHORIZED, BAD_KEY, status=401, body=failure.body)
        elif status == 401 and self.tokens.signed_in:
            failure = ApiError(
                ApiErrorKind.UNAUTHORIZED,
                "The server no longer accepts this sign-in; please sign in again",
                status=401,
                body=failure.body,
            )
        return self._scrubbed(failure)

    def _scrubbed(self, failure: ApiError) -> ApiError:
        """The error with any echo of the API key taken out (a server may quote it back)."""
        key = self._api_key
        if not key or (key not in failure.message and key not in repr(failure.body)):
            return failure
        scrubbed = ApiError(
            failure.kind,
            failure.message.replace(key, "***"),
            status=failure.status,
            field_errors=[
                type(f)(f.field, f.message.replace(key, "***")) for f in failure.field_errors
            ],
            body=None,
            ambiguous=failure.ambiguous,
        )
        return scrubbed

    async def _wait_out(self, headers: httpx.Headers, authenticated: bool) -> None:
        retry_after = _number({k.lower(): v for k, v in headers.items()}, "retry-after")
        if retry_after is None:
            reset = _number({k.lower(): v for k, v in headers.items()}, "x-ratelimit-reset")
            if reset is not None:
                retry_after = reset - self._wall() if reset > EPOCH else reset
        wait_for = max(retry_after or 1.0, 0.1)
        if self.max_wait is not None and wait_for > self.max_wait:
            minutes = math.ceil(wait_for / 60)
            raise ApiError(
                ApiErrorKind.RATE_LIMITED,
                f"The server's request limit for this key is used up; try again in {minutes} min",
                status=429,
            )
        if self.on_wait is not None:
            self.on_wait(wait_for)
        wait_headers = {"retry-after": str(wait_for)}
        if authenticated:
            wait = self.limiter.rate_limited(wait_headers)
            log.info("rate limited by %s; waiting %.1f s", origin_of(self.server_url), wait)
        else:
            await asyncio.sleep(min(max(retry_after or 1.0, 0.1), 60.0))

    @staticmethod
    def _decode(response: httpx.Response) -> Any:
        if response.status_code == 204 or not response.content.strip():
            return None
        kind = response.headers.get("content-type", "").lower()
        if "html" in kind:
            raise malformed(
                "The server sent a web page instead of data; check that the address is "
                "the API root (…/v1)",
                status=response.status_code,
            )
        return parse_json(response.content, status=response.status_code)
