"""Opening a company for the window: sign-in, company choice, resume, offline start.

A `CompanyContext` is what the main window works on: one company's cache, its sync
service and the session they share. It is opened from a fresh sign-in, from the keyring
(`resume`), or from the last cache alone when there is no network (`open_offline`,
marked `online=False`: nothing is sent until the user signs in). Blocking steps (opening
and migrating the cache file, writing settings) run in a thread, never on the UI thread.
No widgets here.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from arkan_desktop.api.arkan import ArkanConnector
from arkan_desktop.api.connector import Connector
from arkan_desktop.api.credentials import CredentialStore, KeyringUnavailable
from arkan_desktop.api.errors import ApiErrorKind
from arkan_desktop.api.session import ApiSession
from arkan_desktop.store.cache import Cache
from arkan_desktop.store.paths import cache_path, ensure_home, settings_path
from arkan_desktop.store.settings import Settings, load_settings, save_settings
from arkan_desktop.sync.service import SyncService
from arkan_desktop.sync.worker import DatabaseWorker
from arkan_desktop.sync.workspace import Session, Workspace, connector_for, open_last_cache

# Failures that mean "the server cannot be reached from here", as opposed to "it refused".
UNREACHABLE = frozenset({ApiErrorKind.NETWORK, ApiErrorKind.TIMEOUT, ApiErrorKind.SERVER})


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


async def sign_in(server_url: str, email: str, password: str, *, remember: bool) -> ApiSession:
    """A signed-in session (ApiError / InvalidServerUrl say why not, in plain words)."""
    credentials = CredentialStore() if remember else SessionOnlyCredentials()
    session = ApiSession(server_url, credentials=credentials)
    try:
        await session.sign_in(email, password)
    except BaseException:
        await session.aclose()
        raise
    return session


async def list_companies(session: Session) -> list[dict[str, Any]]:
    return await connector_for(session).companies()


def _open_cache(home: Path, server_url: str, email: str, company: dict[str, Any]) -> Cache:
    # The same bookkeeping as Workspace._open, here so that it runs in a thread.
    ensure_home(home)
    cache = Cache.open(cache_path(home, server_url, str(company["id"])))
    cache.set_meta("server", server_url)
    cache.set_meta("company", json.dumps(company, ensure_ascii=False))
    if company.get("currency"):
        cache.set_meta("currency", str(company["currency"]))
    save_settings(
        settings_path(home),
        Settings(server_url=server_url, email=email, company_id=str(company["id"])),
    )
    return cache


async def open_company(home: Path, session: Session, company: dict[str, Any]) -> CompanyContext:
    """The company's cache and sync service on a signed-in session (not started yet)."""
    cache = await asyncio.to_thread(
        _open_cache, home, session.server_url, session.email or "", company
    )
    session.company_id = str(company["id"])
    connector = connector_for(session)
    return CompanyContext(home, session, connector, company, cache, SyncService(connector, cache))


async def resume(home: Path) -> CompanyContext:
    """The last company, signed in again from the keyring (WorkspaceError/ApiError if not)."""
    workspace = await Workspace.resume(home)
    return CompanyContext(
        home,
        workspace.session,
        workspace.connector,
        workspace.company,
        workspace.cache,
        workspace.service,
    )


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
    session = ApiSession(settings.server_url)
    connector = ArkanConnector(session)
    service = SyncService(connector, cache)
    return CompanyContext(home, session, connector, company, cache, service, online=False)


async def close_company(context: CompanyContext) -> None:
    """Stop syncing and close the cache; the session stays signed in (company switch)."""
    await context.service.stop()
    await asyncio.to_thread(context.cache.close)


async def close_all(context: CompanyContext) -> None:
    await close_company(context)
    await context.session.aclose()
