"""One user's account on one server: who is signed in, and signing in, back in and out.

`AccountSession` is the HTTP core (http.py) with the ways a person signs in: email and
password (tokens, the refresh token kept in the keyring), or an API key where the kind
has keys (checked with one request, kept in the keyring under a label, never in a file).
`resume` signs in again from what the keyring keeps. Each kind's session (session.py,
arvalox_session.py) is one of these; api/kinds.py says which. It never logs a secret.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

from arkan_desktop.api.auth import AuthMode
from arkan_desktop.api.credentials import KeyringUnavailable
from arkan_desktop.api.errors import ApiError, ApiErrorKind, origin_of
from arkan_desktop.api.http import HttpSession

log = logging.getLogger(__name__)

NO_KEYS = "This kind of server signs in with an email and a password"


class AccountSession(HttpSession):
    """A session a person signs in to (the session of every kind of server)."""

    @property
    def auth_mode(self) -> AuthMode | None:
        """ "api_key", "bearer" (email sign-in) or None."""
        return self.auth.mode

    @property
    def signed_in(self) -> bool:
        return self.auth.mode is not None

    @property
    def email(self) -> str | None:
        return self.tokens.email

    @property
    def key_label(self) -> str | None:
        return self.auth.key_label

    @property
    def key_in_query(self) -> bool:
        return self.auth.key_in_query

    @property
    def credential_label(self) -> str:
        """The keyring label of the API key in use ("" when signed in with a password)."""
        return (self.auth.key_label or "default") if self.auth.mode == "api_key" else ""

    @property
    def persistent(self) -> bool:
        """False when there is no usable keyring: the sign-in ends with the process."""
        return self.tokens.persistent

    @property
    def persistence_message(self) -> str | None:
        return self.tokens.persistence_message

    def access_expires_in(self) -> float | None:
        """Seconds until the access token expires by our clock (None: not signed in)."""
        return self.tokens.expires_in()

    async def sign_in(self, email: str, password: str) -> None:
        """Sign in with a password; the refresh token goes to the keyring when there is one."""
        self.auth.api_key = None
        await self.tokens.sign_in(email, password)

    async def restore(self, email: str | None = None) -> None:
        """Sign in again from the refresh token kept in the keyring (no password)."""
        await self.tokens.restore(email)

    async def resume(self, email: str | None, credential_label: str = "") -> None:
        """Sign in again from the keyring: the API key kept under `credential_label` (a kind
        with keys), else the refresh token kept for `email`."""
        if credential_label and self.key_placement is not None:
            await self.restore_api_key(credential_label)
        else:
            await self.restore(email)

    async def use_api_key(self, key: str, *, label: str = "default", remember: bool = True) -> Any:
        """Check a key (`GET /ping`), use it, and keep it in the keyring; returns the answer."""
        if self.key_placement is None:
            raise ApiError(ApiErrorKind.REJECTED, NO_KEYS)
        key = key.strip()
        if not key:
            raise ApiError(ApiErrorKind.REJECTED, "Enter the API key")
        previous, self.auth.api_key = self.auth.api_key, key
        try:
            answer = await self.request("GET", self.key_check_path)
        except BaseException:
            self.auth.api_key = previous
            raise
        self.auth.key_label = label
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

    def forget_saved_api_key(self) -> None:
        """Remove the API key a sign-in left in the keyring for this server (blocking)."""
        if self.key_placement is not None:
            with contextlib.suppress(KeyringUnavailable):
                self.credentials.delete_api_key(self.server_url, self.auth.key_label or "default")

    async def sign_out(self, *, forget_key: bool = True) -> None:
        """Forget the tokens (here and in the keyring), and the key (with `forget_key`, its
        keyring entry too)."""
        if self.auth.api_key and forget_key and self.auth.key_label:
            await asyncio.to_thread(self.forget_saved_api_key)
        self.auth.api_key = self.auth.key_label = None
        self.scope.company_id = None
        await self.tokens.sign_out()
