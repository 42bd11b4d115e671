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


@dataclass
class Workspace:
    home: Path
    session: ApiSession
    connector: ArkanConnector
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
    async def resume(cls, home: Path, company: str | None = None) -> Workspace:
        """Sign in again with the refresh token the keyring keeps for the last account."""
        settings = load_settings(settings_path(home))
        if not settings.server_url or not settings.email:
            raise WorkspaceError("Not signed in: run `arkan-desktop login` first")
        session = ApiSession(settings.server_url)
        try:
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
    async def _open(cls, home: Path, session: ApiSession, wanted: str | None) -> Workspace:
        ensure_home(home)
        settings = load_settings(settings_path(home))
        companies = await ArkanConnector(session).companies()
        company = choose_company(companies, wanted, settings.company_id or None)
        session.company_id = str(company["id"])
        connector = ArkanConnector(session)
        cache = Cache.open(cache_path(home, session.server_url, str(company["id"])))
        cache.set_meta("server", session.server_url)
        cache.set_meta("company", json.dumps(company, ensure_ascii=False))
        if company.get("currency"):
            cache.set_meta("currency", str(company["currency"]))
        save_settings(
            settings_path(home),
            Settings(
                server_url=session.server_url,
                email=session.email or "",
                company_id=str(company["id"]),
            ),
        )
        return cls(home, session, connector, company, cache, SyncService(connector, cache))

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
