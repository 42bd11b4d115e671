"""One user's account on one server: who is signed in, and signing in, back in and out.

`AccountSession` is the HTTP core (http.py) with the ways a person signs in: email and
password (tokens, the refresh token kept in the keyring), or an API key where the kind
has keys (checked with one request, kept in the keyring under a label, never in a file).
`resume` signs in again from what the keyring keeps. Each kind's session (session.py,
arvalox_session.py) is one of these; api/kinds.py says which. It never logs a secret.

People type the address they were given, not always the API root: signing in tries the
address as typed, then the kind's usual roots under it (`/api/v1`, or `/v1` as the
Arvalox reference publishes it) while the answer says "not here" (404, 405, a web page),
and keeps the root that answered. When none did, the message says what was missing. A
refusal of the password or email as typed (a 422) is said as the server's rule.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
from collections.abc import Awaitable, Callable
from typing import Any, ClassVar, TypeVar
from urllib.parse import urlsplit

from arkan_desktop.api.auth import AuthMode
from arkan_desktop.api.credentials import KeyringUnavailable
from arkan_desktop.api.errors import ApiError, ApiErrorKind, FieldError, origin_of
from arkan_desktop.api.http import HttpSession

log = logging.getLogger(__name__)

NO_KEYS = "This kind of server signs in with an email and a password"
T = TypeVar("T")
_AT_LEAST = re.compile(r"at least (\d+) characters?")


def _not_here(error: ApiError) -> bool:
    """An answer that says "no such endpoint at this address": try another root."""
    if error.kind is ApiErrorKind.NOT_FOUND or error.status == 405:
        return True
    return error.kind is ApiErrorKind.MALFORMED and "web page" in error.message


def refused_as_typed(error: ApiError) -> ApiError:
    """A sign-in the server refused for the email or password as typed (400/422 with a
    field error), said as the server's rule: "Passwords on this server have at least 8
    characters". Any other error is returned as it is."""
    if error.status not in (400, 422):
        return error
    for problem in error.field_errors:
        name = problem.field.rsplit(".", 1)[-1].lower()
        if name == "password":
            found = _AT_LEAST.search(problem.message)
            message = (
                f"Passwords on this server have at least {found.group(1)} characters"
                if found
                else f"The server does not accept this password ({problem.message})"
            )
        elif name == "email":
            message = f"The server does not accept this email address ({problem.message})"
        else:
            continue
        return ApiError(
            ApiErrorKind.REJECTED,
            message,
            status=error.status,
            field_errors=[FieldError(name, message)],
            body=error.body,
        )
    return error


def other_kind_said(error: ApiError) -> bool:
    """A sign-in failure that may mean the server is of another kind: no sign-in there,
    or an answer this kind cannot read."""
    return error.kind in (ApiErrorKind.NOT_FOUND, ApiErrorKind.MALFORMED) or error.status == 405


class ServerOfAnotherKind(ApiError):
    """Signing in found a server of another kind than the one asked for; `kind_name` is
    the kind to choose."""

    def __init__(self, kind_name: str, kind_display: str, asked_display: str) -> None:
        super().__init__(
            ApiErrorKind.REJECTED,
            f"This server is an {kind_display} server, not {asked_display}: "
            f"choose {kind_display} as the kind of server",
        )
        self.kind_name = kind_name
        self.kind_display = kind_display


class AccountSession(HttpSession):
    """A session a person signs in to (the session of every kind of server)."""

    # Where this kind's API root usually is below the address a person types, most usual
    # first: signing in tries the typed address, then these under it.
    api_roots: ClassVar[tuple[str, ...]] = ("/api/v1",)

    def root_candidates(self) -> list[str]:
        """The addresses the API root may be at: as typed, then the kind's usual roots
        under the typed address (with a usual root taken off its end first)."""
        typed = self.server_url
        base = self.address_base()
        found: list[str] = []
        for candidate in (typed, *(base + root for root in self.api_roots)):
            if candidate not in found:
                found.append(candidate)
        return found

    def address_base(self) -> str:
        """The server address without a usual API root at its end (`https://host/x`)."""
        parts = urlsplit(self.server_url)
        path = parts.path
        for root in sorted(self.api_roots, key=len, reverse=True):
            if path.endswith(root):
                path = path[: -len(root)]
                break
        return f"{parts.scheme}://{parts.netloc}{path}"

    def move_to(self, root: str) -> None:
        """Use `root` as the API root from now on (found when signing in)."""
        self.server_url = root
        self.tokens.server_url = root
        self._http.base_url = root + "/"

    async def _at_api_root(self, attempt: Callable[[], Awaitable[T]], path: str) -> T:
        """`attempt` at each possible API root until one is not a "not here"; the root
        that answered stays. None did: say what is missing where."""
        typed = self.server_url
        candidates = self.root_candidates()
        for root in candidates:
            self.move_to(root)
            try:
                return await attempt()
            except ApiError as error:
                if not _not_here(error):
                    raise
        self.move_to(typed)
        tried = " or ".join(urlsplit(c).path + path for c in candidates)
        raise ApiError(
            ApiErrorKind.NOT_FOUND,
            f"{origin_of(typed)} has no {path} (tried {tried}): is the address the "
            f"server's API root ({self.api_root_hint})?",
            status=404,
        )

    async def _signed_in(self, key_check: Any = None) -> None:
        """Called once signed in (`key_check`: the answer to an API key's check, if one
        was made): a kind may ask the server what it offers here."""

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
        try:
            await self._at_api_root(lambda: self.tokens.sign_in(email, password), "/auth/login")
        except ApiError as error:
            refused = refused_as_typed(error)
            if refused is error:
                raise
        else:
            await self._signed_in()
            return
        raise refused

    async def restore(self, email: str | None = None) -> None:
        """Sign in again from the refresh token kept in the keyring (no password)."""
        await self.tokens.restore(email)
        await self._signed_in()

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
        missing: ApiError | None = None
        try:
            answer = await self._at_api_root(
                lambda: self.request("GET", self.key_check_path), self.key_check_path
            )
        except ApiError as error:
            self.auth.api_key = previous
            if error.kind is not ApiErrorKind.NOT_FOUND:
                raise
            missing = ApiError(
                ApiErrorKind.NOT_FOUND,
                f"{origin_of(self.server_url)} has no {self.key_check_path} to check an API "
                "key; sign in with your email and password instead",
                status=404,
            )
        except BaseException:
            self.auth.api_key = previous
            raise
        if missing is not None:
            raise missing  # outside the except block: no context to carry along
        self.auth.key_label = label
        if remember:
            try:
                await asyncio.to_thread(self.credentials.save_api_key, self.server_url, label, key)
            except KeyringUnavailable as exc:
                self.tokens.persistent = False
                self.tokens.persistence_message = exc.message
                log.warning("%s", exc.message)
        log.info("using an API key on %s", origin_of(self.server_url))
        await self._signed_in(answer)
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
