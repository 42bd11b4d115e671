"""One signed-in company: its session, connector, cache and sync service, opened together.

The CLI and the GUI both start here. Signing in picks the company, remembers the server,
email and company in the (non-secret) settings file, and leaves the refresh token in the
keyring (api/credentials). `Workspace.resume` signs in again from the keyring.
`Workspace.open` is the one way a company is opened on a signed-in session (the CLI's
sign-ins and the window's): it records the server kind, the connector's resources and the
company in the cache and the settings, with the blocking file work in a worker thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from arkan_desktop.api.arkan import ArkanConnector
from arkan_desktop.api.arvalox import ArvaloxConnector
from arkan_desktop.api.arvalox_session import ArvaloxSession
from arkan_desktop.api.connector import Connector
from arkan_desktop.api.credentials import CredentialStore, KeyringUnavailable
from arkan_desktop.api.errors import ApiError, ApiErrorKind
from arkan_desktop.api.session import ApiSession
from arkan_desktop.store.cache import Cache
from arkan_desktop.store.paths import cache_path, ensure_home, settings_path
from arkan_desktop.store.settings import Settings, load_settings, save_settings
from arkan_desktop.sync.service import SyncService


class WorkspaceError(Exception):
    """Why a workspace cannot be opened, in one sentence for the user."""


def choose_company(
    companies: list[dict[str, Any]], wanted: str | None, previous: str | None = None
) -> dict[str, Any]:
    """The company named by id or name (any case); else the previous one; else the first."""
    if not companies:
        raise WorkspaceError("This account has no companies on this server")
    if wanted:
        needle = wanted.strip().lower()
        for company in companies:
            if needle in (str(company.get("id", "")).lower(), str(company.get("name", "")).lower()):
                return company
        names = ", ".join(f"{c.get('name')} ({c.get('id')})" for c in companies)
        raise WorkspaceError(f"No company '{wanted}' for this account; choose one of: {names}")
    for company in companies:
        if previous and company.get("id") == previous:
            return company
    return companies[0]


Session = ApiSession | ArvaloxSession
SERVER_KINDS = ("arkan", "arvalox")
# How each kind of server signs people in: "password" (email and password), "api_key".
SIGN_IN_METHODS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {"arkan": ("password",), "arvalox": ("api_key", "password")}
)


def new_session(
    kind: str, server_url: str, *, credentials: CredentialStore | None = None
) -> Session:
    """A session (not signed in yet) that speaks this kind of server."""
    if kind not in SERVER_KINDS:
        raise WorkspaceError(f"Unknown kind of server '{kind}'; use one of {SERVER_KINDS}")
    if kind == "arvalox":
        return ArvaloxSession(server_url, credentials=credentials)
    return ApiSession(server_url, credentials=credentials)


async def sign_in_session(
    kind: str,
    server_url: str,
    *,
    email: str = "",
    password: str = "",
    api_key: str = "",
    remember: bool = True,
    credentials: CredentialStore | None = None,
    on_wait: Callable[[float], None] | None = None,
    max_wait: float | None = None,
) -> Session:
    """A signed-in session: by API key when one is given (a server kind that has them),
    else by email and password. A remembered key goes to the keyring, never to a file.

    `on_wait` hears about 429 waits, and a wait longer than `max_wait` fails instead (a
    person is looking at a sign-in window); both only last for the sign-in itself.
    """
    session = new_session(kind, server_url, credentials=credentials)
    try:
        if api_key.strip() and not isinstance(session, ArvaloxSession):
            raise WorkspaceError("This kind of server signs in with an email and a password")
        if isinstance(session, ArvaloxSession):
            session.on_wait, session.max_wait = on_wait, max_wait
            try:
                if api_key.strip():
                    await session.use_api_key(api_key, remember=remember)
                else:
                    await session.sign_in(email, password)
            finally:
                session.on_wait, session.max_wait = None, None
        else:
            await session.sign_in(email, password)
    except BaseException:
        await session.aclose()
        raise
    return session


def connector_for(session: Session) -> Connector:
    """The connector that speaks this session's server kind (nothing else branches on it)."""
    if isinstance(session, ArvaloxSession):
        return ArvaloxConnector(session)
    return ArkanConnector(session)


@dataclass
class Workspace:
    home: Path
    session: Session
    connector: Connector
    company: dict[str, Any]
    cache: Cache
    service: SyncService

    @property
    def company_id(self) -> str:
        return str(self.company["id"])

    @classmethod
    async def sign_in(
        cls,
        home: Path,
        server_url: str,
        email: str,
        password: str,
        company: str | None = None,
        *,
        ca_bundle: str | None = None,
    ) -> Workspace:
        session = ApiSession(server_url, ca_bundle=ca_bundle)
        try:
            await session.sign_in(email, password)
            return await cls.open(home, session, company)
        except BaseException:
            await session.aclose()
            raise

    @classmethod
    async def sign_in_with_api_key(
        cls,
        home: Path,
        server_url: str,
        api_key: str,
        company: str | None = None,
        *,
        key_in_query: bool = False,
        ca_bundle: str | None = None,
    ) -> Workspace:
        """An Arvalox server signed in with an API key (kept in the keyring, never on disk)."""
        session = ArvaloxSession(server_url, key_in_query=key_in_query, ca_bundle=ca_bundle)
        try:
            await session.use_api_key(api_key, label="default")
            return await cls.open(home, session, company)
        except BaseException:
            await session.aclose()
            raise

    @classmethod
    async def sign_in_arvalox(
        cls, home: Path, server_url: str, email: str, password: str, company: str | None = None
    ) -> Workspace:
        """An Arvalox deployment that signs users in with email and password."""
        session = ArvaloxSession(server_url)
        try:
            await session.sign_in(email, password)
            return await cls.open(home, session, company)
        except BaseException:
            await session.aclose()
            raise

    @classmethod
    async def resume(cls, home: Path, company: str | None = None) -> Workspace:
        """Sign in again with the refresh token the keyring keeps for the last account."""
        settings = load_settings(settings_path(home))
        if not settings.server_url or not (settings.email or settings.credential_label):
            raise WorkspaceError("Not signed in: run `arkan-desktop login` first")
        session = session_for(settings)
        try:
            if isinstance(session, ArvaloxSession) and settings.credential_label:
                await session.restore_api_key(settings.credential_label)
            else:
                await session.restore(settings.email)
            return await cls.open(home, session, company or settings.company_id or None)
        except ApiError as error:
            await session.aclose()
            if error.kind is ApiErrorKind.UNAUTHORIZED:
                raise WorkspaceError(
                    f"{error.message} (run `arkan-desktop login`, or give --server, --email "
                    "and --password-stdin)"
                ) from None
            raise
        except BaseException:
            await session.aclose()
            raise

    @classmethod
    async def open(
        cls,
        home: Path,
        session: Session,
        company: dict[str, Any] | str | None = None,
        *,
        connector: Connector | None = None,
    ) -> Workspace:
        """The company's workspace on a signed-in session (its sync service not started).

        `company` is the chosen company's dict, or an id or name to look for (None: the
        last one used, else the first). Opening and migrating the cache file and writing
        the settings run in a worker thread, so a GUI event loop is never blocked.
        """
        connector = connector or connector_for(session)
        if not isinstance(company, dict):
            settings = await asyncio.to_thread(load_settings, settings_path(home))
            companies = await connector.companies()
            company = choose_company(companies, company, settings.company_id or None)
        cache = await asyncio.to_thread(_open_cache, home, session, connector, company)
        session.company_id = str(company["id"])
        poll = getattr(connector, "poll_interval", 60.0)
        service = SyncService(connector, cache, poll_interval=float(poll))
        return cls(home, session, connector, company, cache, service)

    async def close(self) -> None:
        await self.service.stop()
        self.cache.close()
        await self.session.aclose()


def server_kind(session: Session) -> str:
    return "arvalox" if isinstance(session, ArvaloxSession) else "arkan"


def _open_cache(
    home: Path, session: Session, connector: Connector, company: dict[str, Any]
) -> Cache:
    """Open the company's cache and remember the account (blocking: run it in a thread)."""
    ensure_home(home)
    cache = Cache.open(cache_path(home, session.server_url, str(company["id"])))
    try:
        cache.set_meta("server", session.server_url)
        cache.set_meta("company", json.dumps(company, ensure_ascii=False))
        cache.set_meta("resources", json.dumps(sorted(connector.resources)))
        if company.get("currency"):
            cache.set_meta("currency", str(company["currency"]))
        uses_key = isinstance(session, ArvaloxSession) and session.auth_mode == "api_key"
        label = (getattr(session, "key_label", None) or "default") if uses_key else ""
        save_settings(
            settings_path(home),
            Settings(
                server_url=session.server_url,
                email=session.email or "",
                company_id=str(company["id"]),
                server_kind=server_kind(session),
                credential_label=label,
            ),
        )
    except BaseException:
        cache.close()
        raise
    return cache


def session_for(settings: Settings) -> Session:
    """A session (not signed in) of the kind the settings remember, for their server."""
    kind = settings.server_kind if settings.server_kind in SERVER_KINDS else "arkan"
    return new_session(kind, settings.server_url)


def open_last_cache(home: Path) -> tuple[Settings, Cache | None]:
    """The cache of the last company used, with no network (status, outbox, printing)."""
    settings = load_settings(settings_path(home))
    if not settings.server_url or not settings.company_id:
        return settings, None
    path = cache_path(home, settings.server_url, settings.company_id)
    if not path.exists():
        return settings, None
    return settings, Cache.open(path)


def forget_api_key(session: Session) -> None:
    """Remove the API key an earlier sign-in left in the keyring for this server (blocking)."""
    if isinstance(session, ArvaloxSession):
        with contextlib.suppress(KeyringUnavailable):
            session.credentials.delete_api_key(session.server_url, session.key_label or "default")
