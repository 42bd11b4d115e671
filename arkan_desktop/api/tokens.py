"""A user's tokens for one server: sign-in, restore, single-flight refresh, sign-out.

The access token lives in memory only; the refresh token in the keyring (or, when there
is none, in memory for this process, and `persistent` says so). Many callers that find
the access token due share one refresh: the server rotates refresh tokens, so a second
refresh with the old one would fail. This module sends nothing itself (the session's
`post` does) and never lets a token into a message, repr or log.
"""

from __future__ import annotations

import asyncio
import logging
import math
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from arkan_desktop.api.credentials import CredentialStore, KeyringUnavailable
from arkan_desktop.api.errors import ApiError, ApiErrorKind, origin_of
from arkan_desktop.api.wire import malformed

log = logging.getLogger(__name__)

# post(path, body, may_be_ambiguous): send an unauthenticated POST to /auth/...; the flag
# says whether a retry is safe after an answer that may have been lost.
AuthPost = Callable[[str, dict[str, Any], bool], Awaitable[Any]]
_REFUSED = (400, 401, 403)


@dataclass(repr=False)
class Tokens:
    access: str
    refresh: str
    expires_at: float  # by the keeper's clock
    lifetime: float

    def __repr__(self) -> str:
        return "Tokens(***)"


def _signed_out() -> ApiError:
    return ApiError(ApiErrorKind.UNAUTHORIZED, "Sign in first")


class TokenKeeper:
    """Holds one user's tokens; `ApiSession` asks it for a current access token."""

    def __init__(
        self,
        server_url: str,
        credentials: CredentialStore,
        post: AuthPost,
        clock: Callable[[], float],
        on_refresh: Callable[[], None] = lambda: None,
    ) -> None:
        self.server_url = server_url
        self.credentials = credentials
        self.email: str | None = None
        self.persistent = True
        self.persistence_message: str | None = None
        self._post = post
        self._clock = clock
        self._on_refresh = on_refresh
        self._tokens: Tokens | None = None
        self._refresh_task: asyncio.Task[None] | None = None

    def __repr__(self) -> str:
        return f"TokenKeeper(email={self.email!r}, signed_in={self.signed_in})"

    @property
    def signed_in(self) -> bool:
        return self._tokens is not None

    def expires_in(self) -> float | None:
        return None if self._tokens is None else self._tokens.expires_at - self._clock()

    async def sign_in(self, email: str, password: str) -> None:
        email = email.strip()
        if not email or not password:
            raise ApiError(ApiErrorKind.REJECTED, "Enter your email and password")
        wrong: ApiError | None = None
        try:
            body = await self._post("/auth/login", {"email": email, "password": password}, True)
        except ApiError as exc:
            if exc.status != 401:
                raise
            wrong = ApiError(ApiErrorKind.UNAUTHORIZED, "Wrong email or password", status=401)
        if wrong is not None:
            raise wrong  # raised here, not in the except block: no context to carry along
        self._cancel_refresh()
        self._accept(email, body)
        await self._keep()
        log.info("signed in to %s as %s", origin_of(self.server_url), email)

    async def restore(self, email: str | None) -> None:
        email = (email or self.email or "").strip()
        if not email:
            raise ApiError(ApiErrorKind.UNAUTHORIZED, "Sign in first: no user was given")
        try:
            stored = await asyncio.to_thread(
                self.credentials.load_refresh_token, self.server_url, email
            )
        except KeyringUnavailable as exc:
            self._not_persistent(exc.message)
            stored, reason = None, f"{exc.message}. Please sign in with your password"
        else:
            reason = (
                f"There is no saved sign-in for {email} on {origin_of(self.server_url)}; "
                "please sign in with your password"
            )
        if not stored:
            raise ApiError(ApiErrorKind.UNAUTHORIZED, reason)
        self._cancel_refresh()
        self.email = email
        self._tokens = Tokens(access="", refresh=stored, expires_at=-math.inf, lifetime=0.0)
        await self.refresh()

    async def sign_out(self) -> None:
        self._cancel_refresh()
        self._tokens = None
        email, self.email = self.email, None
        if email:
            await self._forget(email)

    async def access_token(self) -> str:
        """A current access token, refreshed first when it is about to expire."""
        tokens = self._tokens
        if tokens is None:
            raise _signed_out()
        margin = min(60.0, tokens.lifetime / 10)
        if tokens.access and self._clock() < tokens.expires_at - margin:
            return tokens.access
        await self.refresh(stale_token=tokens.access)
        if self._tokens is None:
            raise _signed_out()
        return self._tokens.access

    async def refresh(self, stale_token: str | None = None) -> None:
        """Get a new access token; concurrent callers share one refresh.

        `stale_token` is the token the caller found wanting: if it has been replaced
        meanwhile, nothing more is needed.
        """
        task = self._refresh_task
        if task is None or task.done():
            tokens = self._tokens
            if tokens is None:
                raise _signed_out()
            if stale_token is not None and tokens.access and tokens.access != stale_token:
                return
            task = self._refresh_task = asyncio.create_task(self._refresh_once(tokens))
            task.add_done_callback(lambda t: t.cancelled() or t.exception())
        await asyncio.shield(task)

    def close(self) -> None:
        self._cancel_refresh()

    def _cancel_refresh(self) -> None:
        if self._refresh_task is not None and not self._refresh_task.done():
            self._refresh_task.cancel()
        self._refresh_task = None

    async def _refresh_once(self, used: Tokens) -> None:
        refused = await self._exchange(used, used.refresh)
        if refused is not None:
            # Another copy of the app may have rotated it: the keyring has the newest.
            stored = await self._stored()
            if stored and stored != used.refresh:
                refused = await self._exchange(used, stored)
        if refused is None:
            return
        self._tokens = None
        if self.email:
            await self._forget(self.email)
        raise ApiError(
            ApiErrorKind.UNAUTHORIZED,
            "Your session has expired; please sign in again",
            status=refused,
        )

    async def _exchange(self, used: Tokens, refresh_token: str) -> int | None:
        """One POST /auth/refresh; returns the status when the server refused the token."""
        self._on_refresh()
        try:
            body = await self._post("/auth/refresh", {"refreshToken": refresh_token}, False)
        except ApiError as exc:
            if exc.status in _REFUSED:
                return exc.status
            raise
        if self._tokens is used:  # not signed out, or in again, meanwhile
            self._accept(self.email or "", body)
            await self._keep()
        return None

    def _accept(self, email: str, body: Any) -> None:
        if not isinstance(body, Mapping):
            raise malformed("The server's sign-in answer is not an object")
        access, refresh = body.get("accessToken"), body.get("refreshToken")
        if not isinstance(access, str) or not access or not isinstance(refresh, str) or not refresh:
            raise malformed("The server's sign-in answer has no tokens")
        lifetime = body.get("expiresIn", 3600)
        if isinstance(lifetime, bool) or not isinstance(lifetime, int | Decimal):
            raise malformed("The server's sign-in answer has no valid expiresIn")
        seconds = float(min(max(lifetime, 1), 366 * 86400))
        self.email = email
        self._tokens = Tokens(access, refresh, self._clock() + seconds, seconds)

    async def _keep(self) -> None:
        tokens, email = self._tokens, self.email
        if tokens is None or not email or not self.persistent:
            return
        try:
            await asyncio.to_thread(
                self.credentials.save_refresh_token, self.server_url, email, tokens.refresh
            )
        except KeyringUnavailable as exc:
            self._not_persistent(exc.message)

    async def _stored(self) -> str | None:
        if not self.email or not self.persistent:
            return None
        try:
            return await asyncio.to_thread(
                self.credentials.load_refresh_token, self.server_url, self.email
            )
        except KeyringUnavailable:
            return None

    async def _forget(self, email: str) -> None:
        if not self.persistent:
            return
        try:
            await asyncio.to_thread(self.credentials.delete_refresh_token, self.server_url, email)
        except KeyringUnavailable as exc:
            self._not_persistent(exc.message)

    def _not_persistent(self, message: str) -> None:
        if self.persistent:
            log.warning("%s", message)
        self.persistent = False
        self.persistence_message = message
