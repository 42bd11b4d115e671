"""Who a request is from: a bearer token (TokenKeeper), or an API key where the kind has keys.

`Authentication` adds the credentials to an authenticated request: the key in its header
or, when a proxy strips headers, in a query parameter added below httpx's request log (in
the transport, so the key never shows in a log line); else `Authorization: Bearer`, from
the `TokenKeeper` (sign-in, keyring, single-flight refresh). It also words a refused
request's error and scrubs any echo of the key from errors. It sends nothing itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

import httpx

from arkan_desktop.api.errors import ApiError, ApiErrorKind
from arkan_desktop.api.tokens import TokenKeeper

SIGNED_OUT_ELSEWHERE = "The server no longer accepts this sign-in; please sign in again"
NOT_SIGNED_IN = "The server did not receive a sign-in with this request; please sign in again"
NO_KEYS_HERE = "This server does not take API keys; sign in with your email and password"
# FastAPI's HTTPBearer answers 403 with this when a request carries no bearer token.
_NOT_AUTHENTICATED = "not authenticated"
AuthMode = Literal["api_key", "bearer"]


@dataclass(frozen=True)
class KeyPlacement:
    """Where a kind of server reads an API key: a header, or a query parameter."""

    header: str
    parameter: str
    refused: str  # what to say when the server does not accept the key


class KeyInQuery(httpx.AsyncBaseTransport):
    """Adds the API key as a query parameter on the way out, below httpx's request log."""

    def __init__(
        self, inner: httpx.AsyncBaseTransport, parameter: str, key: Callable[[], str | None]
    ) -> None:
        self._inner = inner
        self._parameter = parameter
        self._key = key

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        key = self._key()
        if key:
            request = httpx.Request(
                request.method,
                request.url.copy_merge_params({self._parameter: key}),
                headers=request.headers,
                stream=request.stream,
                extensions=request.extensions,
            )
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()


class Authentication:
    """The credentials a session's requests carry; `keys` is None for a kind without keys."""

    def __init__(
        self,
        tokens: TokenKeeper,
        keys: KeyPlacement | None = None,
        *,
        api_key: str | None = None,
        key_in_query: bool = False,
    ) -> None:
        self.tokens = tokens
        self.keys = keys
        self.key_in_query = key_in_query and keys is not None
        # Unchecked here: the session checks a key with a request before it keeps it.
        self.api_key = ((api_key or "").strip() or None) if keys is not None else None
        self.key_label: str | None = None

    def __repr__(self) -> str:
        return f"Authentication(mode={self.mode!r})"

    @property
    def mode(self) -> AuthMode | None:
        """ "api_key", "bearer" (a sign-in with tokens) or None (signed out)."""
        if self.api_key:
            return "api_key"
        return "bearer" if self.tokens.signed_in else None

    def transport(self, inner: httpx.AsyncBaseTransport) -> httpx.AsyncBaseTransport:
        """The transport requests go through: with the key added below the log, if need be."""
        if self.keys is None or not self.key_in_query:
            return inner
        return KeyInQuery(inner, self.keys.parameter, self._query_key)

    def _query_key(self) -> str | None:
        return self.api_key if self.key_in_query else None

    async def headers(self) -> tuple[dict[str, str], str | None]:
        """The headers of an authenticated request, and the bearer token used (if one)."""
        if self.api_key and self.keys is not None:
            if self.key_in_query:
                return {}, None
            return {self.keys.header: self.api_key}, None
        token = await self.tokens.access_token()
        return {"Authorization": f"Bearer {token}"}, token

    def refused(self, failure: ApiError) -> ApiError:
        """A 401 to an authenticated request, said in plain words for the way one signed in;
        and a 403 "Not authenticated" (no credentials reached the server, e.g. an API key
        sent to a server without keys), said as the sign-in problem it is."""
        if failure.status == 403:
            if failure.message.strip().rstrip(".").lower() != _NOT_AUTHENTICATED:
                return failure  # a real "you may not do this"
            message = NO_KEYS_HERE if self.api_key else NOT_SIGNED_IN
            # As the 401 it means (not a rejection of the write: the outbox keeps it).
            return ApiError(ApiErrorKind.UNAUTHORIZED, message, status=401, body=failure.body)
        if self.api_key and self.keys is not None:
            message = self.keys.refused
        elif self.tokens.signed_in or self.keys is None:
            message = SIGNED_OUT_ELSEWHERE
        else:
            return failure
        return ApiError(ApiErrorKind.UNAUTHORIZED, message, status=401, body=failure.body)

    def scrub(self, failure: ApiError) -> ApiError:
        """The error with any echo of the API key taken out (a server may quote it back)."""
        key = self.api_key
        if not key or (key not in failure.message and key not in repr(failure.body)):
            return failure
        return ApiError(
            failure.kind,
            failure.message.replace(key, "***"),
            status=failure.status,
            field_errors=[
                type(f)(f.field, f.message.replace(key, "***")) for f in failure.field_errors
            ],
            body=None,
            ambiguous=failure.ambiguous,
        )
