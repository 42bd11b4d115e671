"""Opening a company for the window: sign-in, company choice, resume, offline start.

A `CompanyContext` is what the main window works on: one company's cache, its sync
service and the session they share. It is opened from a fresh sign-in, from the keyring
(`resume`), or from the last cache alone when there is no network (`open_offline`,
marked `online=False`: nothing is sent until the user signs in). Blocking steps (opening
and migrating the cache file, writing settings) run in a thread, never on the UI thread:
`Workspace.open` does them, for the window as for the command line. Sign-ins of both
server kinds are here; the context is the same whatever the kind. No widgets here.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from arkan_desktop.api.connector import Connector
from arkan_desktop.api.credentials import CredentialStore, KeyringUnavailable
from arkan_desktop.api.errors import ApiErrorKind
from arkan_desktop.api.http import WaitHandler
from arkan_desktop.api.kinds import DEFAULT_KIND, connector_for, sign_in_session
from arkan_desktop.store.cache import Cache
from arkan_desktop.store.paths import settings_path
from arkan_desktop.store.settings import Settings, load_settings
from arkan_desktop.sync.service import SyncService
from arkan_desktop.sync.worker import DatabaseWorker
from arkan_desktop.sync.workspace import Session, Workspace, open_last_cache, session_for

# Failures that mean "the server cannot be reached from here", as opposed to "it refused".
UNREACHABLE = frozenset({ApiErrorKind.NETWORK, ApiErrorKind.TIMEOUT, ApiErrorKind.SERVER})
# A 429 at sign-in is waited out when the server's window resets this soon (seconds).
SIGN_IN_MAX_WAIT = 60.0


class SessionOnlyCredentials(CredentialStore):
    """'Remember me' off: the refresh token is never written to the keyring, and one a
    previous sign-in left there for this account is removed."""

    def save_refresh_token(self, server_url: str, email: str, token: str) -> None:
        with contextlib.suppress(KeyringUnavailable):
            super().delete_refresh_token(server_url, email)

    def load_refresh_token(self, server_url: str, email: str) -> str | None:
        return None


@dataclass
class CompanyContext:
    home: Path
    session: Session
    connector: Connector
    company: dict[str, Any]
    cache: Cache
    service: SyncService
    online: bool = True

    @property
    def company_id(self) -> str:
        return str(self.company["id"])

    @property
    def name(self) -> str:
        return str(self.company.get("name") or self.company_id)

    @property
    def currency(self) -> str:
        return str(self.company.get("currency") or self.cache.default_currency)

    @property
    def worker(self) -> DatabaseWorker:
        return self.service.worker

    def offers(self, resource: str) -> bool:
        """Whether the server offers this resource (and this user may read it, once known)."""
        return resource in self.connector.resources and resource not in self.service.unavailable


def _credentials(remember: bool) -> CredentialStore:
    return CredentialStore() if remember else SessionOnlyCredentials()


async def sign_in(server_url: str, email: str, password: str, *, remember: bool) -> Session:
    """A session signed in with a password on the usual kind of server (ApiError /
    InvalidServerUrl say why not, in plain words)."""
    return await sign_in_with(
        DEFAULT_KIND, server_url, email=email, password=password, remember=remember
    )


async def sign_in_with(
    kind: str,
    server_url: str,
    *,
    email: str = "",
    password: str = "",
    api_key: str = "",
    remember: bool,
    on_wait: WaitHandler | None = None,
) -> Session:
    """A signed-in session of this server kind, by API key or by email and password.

    A 429 is waited out (`on_wait` hears how long) unless the wait is longer than a person
    should stare at a sign-in window; then it fails with a message that says when to retry.
    With "remember me" off nothing is left in the keyring (a key saved earlier goes too).
    """
    session = await sign_in_session(
        kind,
        server_url,
        email=email,
        password=password,
        api_key=api_key,
        remember=remember,
        credentials=_credentials(remember),
        on_wait=on_wait,
        max_wait=SIGN_IN_MAX_WAIT,
    )
    if api_key.strip() and not remember:
        await asyncio.to_thread(session.forget_saved_api_key)
    return session


async def list_companies(session: Session) -> list[dict[str, Any]]:
    return await connector_for(session).companies()


def _context(workspace: Workspace, *, online: bool = True) -> CompanyContext:
    return CompanyContext(
        workspace.home,
        workspace.session,
        workspace.connector,
        workspace.company,
        workspace.cache,
        workspace.service,
        online,
    )


async def open_company(home: Path, session: Session, company: dict[str, Any]) -> CompanyContext:
    """The company's cache and sync service on a signed-in session (not started yet)."""
    return _context(await Workspace.open(home, session, company))


async def resume(home: Path) -> CompanyContext:
    """The last company, signed in again from the keyring (WorkspaceError/ApiError if not)."""
    return _context(await Workspace.resume(home))


def remembered_account(home: Path) -> Settings:
    return load_settings(settings_path(home))


def _offline_parts(home: Path) -> tuple[Settings, Cache, dict[str, Any]] | None:
    settings, cache = open_last_cache(home)
    if cache is None:
        return None
    try:
        company = json.loads(cache.meta("company") or "{}")
    except ValueError:
        company = {}
    company.setdefault("id", settings.company_id)
    company.setdefault("name", settings.company_id)
    return settings, cache, company


async def open_offline(home: Path) -> CompanyContext | None:
    """The last company's cache with no network, or None when there is none yet."""
    parts = await asyncio.to_thread(_offline_parts, home)
    if parts is None:
        return None
    settings, cache, company = parts
    session = session_for(settings)  # of the remembered kind: the same tabs as online
    connector = connector_for(session)
    service = SyncService(connector, cache)
    return CompanyContext(home, session, connector, company, cache, service, online=False)


async def close_company(context: CompanyContext) -> None:
    """Stop syncing and close the cache; the session stays signed in (company switch)."""
    await context.service.stop()
    await asyncio.to_thread(context.cache.close)


async def close_all(context: CompanyContext) -> None:
    await close_company(context)
    await context.session.aclose()
