"""One signed-in company: its session, connector, cache and sync service, opened together.

The CLI and the GUI both start here. Signing in picks the company, remembers the server,
email and company in the (non-secret) settings file, and leaves the refresh token in the
keyring (api/credentials). `Workspace.resume` signs in again from the keyring.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from arkan_desktop.api.arkan import ArkanConnector
from arkan_desktop.api.arvalox import ArvaloxConnector
from arkan_desktop.api.arvalox_session import ArvaloxSession
from arkan_desktop.api.connector import Connector
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
            return await cls._open(home, session, company)
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
            return await cls._open(home, session, company)
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
            return await cls._open(home, session, company)
        except BaseException:
            await session.aclose()
            raise

    @classmethod
    async def resume(cls, home: Path, company: str | None = None) -> Workspace:
        """Sign in again with the refresh token the keyring keeps for the last account."""
        settings = load_settings(settings_path(home))
        if not settings.server_url or not (settings.email or settings.credential_label):
            raise WorkspaceError("Not signed in: run `arkan-desktop login` first")
        session: Session = (
            ArvaloxSession(settings.server_url)
            if settings.server_kind == "arvalox"
            else ApiSession(settings.server_url)
        )
        try:
            if isinstance(session, ArvaloxSession) and settings.credential_label:
                await session.restore_api_key(settings.credential_label)
            else:
                await session.restore(settings.email)
            return await cls._open(home, session, company or settings.company_id or None)
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
    async def _open(cls, home: Path, session: Session, wanted: str | None) -> Workspace:
        ensure_home(home)
        settings = load_settings(settings_path(home))
        connector = connector_for(session)
        companies = await connector.companies()
        company = choose_company(companies, wanted, settings.company_id or None)
        session.company_id = str(company["id"])
        cache = Cache.open(cache_path(home, session.server_url, str(company["id"])))
        cache.set_meta("server", session.server_url)
        cache.set_meta("company", json.dumps(company, ensure_ascii=False))
        cache.set_meta("resources", json.dumps(sorted(connector.resources)))
        if company.get("currency"):
            cache.set_meta("currency", str(company["currency"]))
        kind = "arvalox" if isinstance(session, ArvaloxSession) else "arkan"
        uses_key = isinstance(session, ArvaloxSession) and session.auth_mode == "api_key"
        label = "default" if uses_key else ""
        save_settings(
            settings_path(home),
            Settings(
                server_url=session.server_url,
                email=session.email or "",
                company_id=str(company["id"]),
                server_kind=kind,
                credential_label=label,
            ),
        )
        poll = getattr(connector, "poll_interval", 60.0)
        service = SyncService(connector, cache, poll_interval=float(poll))
        return cls(home, session, connector, company, cache, service)

    async def close(self) -> None:
        await self.service.stop()
        self.cache.close()
        await self.session.aclose()


def open_last_cache(home: Path) -> tuple[Settings, Cache | None]:
    """The cache of the last company used, with no network (status, outbox, printing)."""
    settings = load_settings(settings_path(home))
    if not settings.server_url or not settings.company_id:
        return settings, None
    path = cache_path(home, settings.server_url, settings.company_id)
    if not path.exists():
        return settings, None
    return settings, Cache.open(path)
