"""The kinds of server the client speaks, and the one place that tells them apart.

Each `ServerKind` names its session, its connector, how people sign in there and what
the window calls it. The CLI, the sign-in window, the workspace and sync ask this
registry, or the session and connector it makes, and never branch on the kind themselves.
A new kind of server is a new entry here (with its session and connector in api/).

Importing this module is cheap (the command line's `--help` lists the kinds): sessions
and connectors are imported when the first one is made.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from arkan_desktop.api.account import AccountSession
    from arkan_desktop.api.connector import Connector
    from arkan_desktop.api.credentials import CredentialStore
    from arkan_desktop.api.http import WaitHandler

# How one signs in: email and password (tokens), or an API key.
PASSWORD, API_KEY = "password", "api_key"


class UnknownServerKind(ValueError):
    """A kind of server this client does not speak; the message names the ones it does."""


@dataclass(frozen=True)
class ServerKind:
    name: str  # as the settings and the command line say it
    display_name: str  # as the sign-in window shows it (translated there)
    sign_in_methods: tuple[str, ...]  # the first is the kind's usual way
    make_session: Callable[..., AccountSession]
    make_connector: Callable[[AccountSession], Connector]

    @property
    def uses_api_keys(self) -> bool:
        return API_KEY in self.sign_in_methods

    def new_session(
        self,
        server_url: str,
        *,
        credentials: CredentialStore | None = None,
        ca_bundle: str | None = None,
        key_in_query: bool = False,
    ) -> AccountSession:
        """A session of this kind, not signed in yet."""
        return self.make_session(
            server_url, credentials=credentials, ca_bundle=ca_bundle, key_in_query=key_in_query
        )

    def connector(self, session: AccountSession) -> Connector:
        return self.make_connector(session)


def _arkan_session(server_url: str, **options: Any) -> AccountSession:
    from arkan_desktop.api.session import ApiSession

    return ApiSession(server_url, **options)


def _arkan_connector(session: AccountSession) -> Connector:
    from arkan_desktop.api.arkan import ArkanConnector
    from arkan_desktop.api.session import ApiSession

    if not isinstance(session, ApiSession):
        raise TypeError(f"an Arkan connector needs an Arkan session, not {session!r}")
    return ArkanConnector(session)


def _arvalox_session(server_url: str, **options: Any) -> AccountSession:
    from arkan_desktop.api.arvalox_session import ArvaloxSession

    return ArvaloxSession(server_url, **options)


def _arvalox_connector(session: AccountSession) -> Connector:
    from arkan_desktop.api.arvalox import ArvaloxConnector
    from arkan_desktop.api.arvalox_session import ArvaloxSession

    if not isinstance(session, ArvaloxSession):
        raise TypeError(f"an Arvalox connector needs an Arvalox session, not {session!r}")
    return ArvaloxConnector(session)


KINDS: Mapping[str, ServerKind] = MappingProxyType(
    {
        "arkan": ServerKind("arkan", "Arkan ERP", (PASSWORD,), _arkan_session, _arkan_connector),
        "arvalox": ServerKind(
            "arvalox",
            "Arvalox receivables",
            (API_KEY, PASSWORD),
            _arvalox_session,
            _arvalox_connector,
        ),
    }
)
SERVER_KINDS = tuple(KINDS)
DEFAULT_KIND = SERVER_KINDS[0]
# How each kind of server signs people in: "password" (email and password), "api_key".
SIGN_IN_METHODS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {name: kind.sign_in_methods for name, kind in KINDS.items()}
)


def server_kind(name: str) -> ServerKind:
    """The kind of server called `name` (UnknownServerKind if this client has none)."""
    try:
        return KINDS[name]
    except KeyError:
        raise UnknownServerKind(
            f"Unknown kind of server '{name}'; use one of {', '.join(SERVER_KINDS)}"
        ) from None


def remembered_kind(name: str | None) -> ServerKind:
    """The kind the settings remember; the default one for a name from elsewhere (or none)."""
    return KINDS.get(name or "", KINDS[DEFAULT_KIND])


def kind_for(method: str, name: str | None = None) -> ServerKind:
    """The kind asked for by name, else the first kind that signs in by `method`."""
    if name:
        return server_kind(name)
    return next((k for k in KINDS.values() if method in k.sign_in_methods), KINDS[DEFAULT_KIND])


def kind_of(session: AccountSession) -> ServerKind:
    """The kind of server a session speaks."""
    return server_kind(session.kind)


def new_session(
    kind: str, server_url: str, *, credentials: CredentialStore | None = None
) -> AccountSession:
    """A session (not signed in yet) that speaks this kind of server."""
    return server_kind(kind).new_session(server_url, credentials=credentials)


def connector_for(session: AccountSession) -> Connector:
    """The connector that speaks this session's kind of server."""
    return kind_of(session).connector(session)


async def sign_in_session(
    kind: str | None,
    server_url: str,
    *,
    email: str = "",
    password: str = "",
    api_key: str = "",
    remember: bool = True,
    credentials: CredentialStore | None = None,
    on_wait: WaitHandler | None = None,
    max_wait: float | None = None,
    ca_bundle: str | None = None,
    key_in_query: bool = False,
) -> AccountSession:
    """A signed-in session: by API key when one is given (a kind that has them; else the
    session says how this kind signs in), else by email and password. A remembered key
    goes to the keyring, never to a file.

    `kind` None: the first kind that signs in that way. When that sign-in finds no
    sign-in or an answer it cannot read, and a sign-in of another kind works there, the
    error (`ServerOfAnotherKind`) names the kind to choose.

    `on_wait` hears about 429 waits, and a wait longer than `max_wait` fails instead (a
    person is looking at a sign-in window); both only last for the sign-in itself.
    """
    from arkan_desktop.api.account import ServerOfAnotherKind, other_kind_said
    from arkan_desktop.api.errors import ApiError

    chosen = server_kind(kind) if kind else kind_for(API_KEY if api_key.strip() else PASSWORD)
    options: dict[str, Any] = {
        "email": email,
        "password": password,
        "api_key": api_key,
        "credentials": credentials,
        "ca_bundle": ca_bundle,
        "key_in_query": key_in_query,
    }
    try:
        return await _signed_in(chosen, server_url, remember, on_wait, max_wait, **options)
    except ApiError as error:
        if kind or not other_kind_said(error):
            raise
        failure = error
    method = API_KEY if api_key.strip() else PASSWORD
    for other in KINDS.values():
        if other is chosen or method not in other.sign_in_methods:
            continue
        try:
            trial = await _signed_in(other, server_url, False, None, 0.0, trial=True, **options)
        except ApiError:
            continue
        await trial.aclose()
        raise ServerOfAnotherKind(other.name, other.display_name, chosen.display_name)
    raise failure


async def _signed_in(
    kind: ServerKind,
    server_url: str,
    remember: bool,
    on_wait: WaitHandler | None,
    max_wait: float | None,
    *,
    email: str,
    password: str,
    api_key: str,
    credentials: CredentialStore | None,
    ca_bundle: str | None,
    key_in_query: bool,
    trial: bool = False,
) -> AccountSession:
    session = kind.new_session(
        server_url, credentials=credentials, ca_bundle=ca_bundle, key_in_query=key_in_query
    )
    if trial:
        session.tokens.persistent = False  # a trial sign-in leaves nothing in the keyring
    try:
        session.on_wait, session.max_wait = on_wait, max_wait
        try:
            if api_key.strip():
                await session.use_api_key(api_key, remember=remember)
            else:
                await session.sign_in(email, password)
        finally:
            session.on_wait, session.max_wait = None, None
    except BaseException:
        await session.aclose()
        raise
    return session
