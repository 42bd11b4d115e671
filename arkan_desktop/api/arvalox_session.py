"""A signed-in connection to an Arvalox server: the HTTP core with Arvalox's parts.

Arvalox signs in with an API key — in the `x-arvalox-api-key` header or, when a proxy
strips headers, in the `x_arvalox_api_key` query parameter, added below httpx's request
log so it never shows in a log line — or with email and password, whose token answers
are snake_case. It has no companies (nothing is scoped), and it reports three rate
windows: the hour and day windows (`X-RateLimit-*-Hour/-Day`) are kept so that background
work leaves a reserve of each. The request loop, retries, 429 waits, refresh, error
mapping and scrubbing of the key are the core's (http.py).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import Any

import httpx

from arkan_desktop.api.account import AccountSession
from arkan_desktop.api.arvalox_features import PUBLISHED, ArvaloxFeatures, detect_features
from arkan_desktop.api.arvalox_windows import RateWindows
from arkan_desktop.api.auth import KeyPlacement
from arkan_desktop.api.budget import RequestBudget, WindowedBudget
from arkan_desktop.api.errors import ApiError, ApiErrorKind
from arkan_desktop.api.http import WaitHandler
from arkan_desktop.api.ratelimit import RateLimiter
from arkan_desktop.api.wire import malformed, parse_json

log = logging.getLogger(__name__)

__all__ = ["BAD_KEY", "KEY_HEADER", "KEY_PARAMETER", "ArvaloxSession", "WaitHandler"]

KEY_HEADER = "x-arvalox-api-key"
KEY_PARAMETER = "x_arvalox_api_key"
BAD_KEY = "The server did not accept this API key; check the key (and that it is still active)"
# An OpenAPI document larger than this is not read (the open-source backend's is ~25 KB).
_MAX_DOCUMENT = 4 << 20


class ArvaloxSession(AccountSession):
    """A signed-in connection to one Arvalox server. Create it in the loop that uses it."""

    kind = "arvalox"
    api_root_hint = "…/api/v1, or …/v1 as the reference publishes it"
    # The open-source backend serves /api/v1; the published reference /v1.
    api_roots = ("/api/v1", "/v1")
    # What the server offers (the published reference's until sign-in has asked).
    features: ArvaloxFeatures = PUBLISHED
    detected = False
    key_placement = KeyPlacement(KEY_HEADER, KEY_PARAMETER, BAD_KEY)
    key_check_path = "/ping"
    sends_company = False  # Arvalox has no companies: the id is kept, never sent

    async def _signed_in(self, key_check: Any = None) -> None:
        """Ask what the server offers. A server without `/ping` and `/auth/me` fails the
        sign-in (the address is not the API root); any other failure leaves the question
        for the first use (`ArvaloxConnector.companies` asks again)."""
        try:
            await self.learn_features(key_check)
        except ApiError as error:
            if error.kind is ApiErrorKind.NOT_FOUND:
                raise
            log.info("could not ask %s what it offers yet: %s", self, error.message)

    async def learn_features(self, pinged: Any = None) -> ArvaloxFeatures:
        """Ask the server what it offers (`/ping`, else `/auth/me`, and its OpenAPI
        document) and remember it in `features`; `pinged`: `/ping`'s answer, if known."""
        self.features = await detect_features(self.request, self.openapi_document, pinged)
        self.detected = True
        return self.features

    async def openapi_document(self) -> Any | None:
        """The server's OpenAPI document (FastAPI serves it beside the API root), or None
        when it publishes none. Read without credentials, outside the rate budget."""
        places = (f"{self.address_base()}/openapi.json", f"{self.server_url}/openapi.json")
        for url in dict.fromkeys(places):
            try:
                answer = await self._http.get(url)
            except httpx.HTTPError:
                return None
            kind = answer.headers.get("content-type", "")
            if answer.status_code != 200 or "json" not in kind:
                continue
            if len(answer.content) > _MAX_DOCUMENT:
                return None
            try:
                return parse_json(answer.content)
            except ApiError:
                return None
        return None

    def _new_budget(self, limiter: RateLimiter, wall_clock: Callable[[], float]) -> RequestBudget:
        self._windows = WindowedBudget(limiter, wall_clock)
        return self._windows

    @property
    def rate_windows(self) -> RateWindows:
        """The hour and day windows as last reported (`arvalox_windows.RateWindows`)."""
        return self._windows.windows

    def limit_of(self, window: str) -> int:
        """Requests a window allows, as last reported (the published default before that)."""
        return self._windows.windows.limit_of(window)

    def _token_request(self, body: dict[str, Any]) -> dict[str, Any]:
        sent_refresh = body.get("refreshToken")
        return {"refresh_token": sent_refresh} if sent_refresh else body

    def _token_answer(self, answer: Any, sent: Mapping[str, Any]) -> Any:
        """Arvalox answers `{access_token, refresh_token, expires_in}`."""
        if not isinstance(answer, Mapping):
            raise malformed("The server's sign-in answer is not an object")
        return {
            "accessToken": answer.get("access_token") or answer.get("accessToken"),
            "refreshToken": answer.get("refresh_token")
            or answer.get("refreshToken")
            or sent.get("refreshToken"),
            "expiresIn": answer.get("expires_in") or answer.get("expiresIn") or 3600,
        }
