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
import functools
import json
from collections.abc import Callable
from concurrent.futures import Executor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from arkan_desktop.api.account import AccountSession
from arkan_desktop.api.connector import Connector
from arkan_desktop.api.errors import ApiError, ApiErrorKind
from arkan_desktop.api.kinds import connector_for, remembered_kind, sign_in_session
from arkan_desktop.store.cache import Cache
from arkan_desktop.store.paths import cache_path, ensure_home, settings_path
from arkan_desktop.store.settings import Settings, load_settings, save_settings
from arkan_desktop.sync.service import SyncService
from arkan_desktop.sync.worker import DatabaseWorker

# A signed-in session of any kind of server (api/kinds.py makes the right one).
Session = AccountSession
T = TypeVar("T")


async def in_thread(files: Executor | None, fn: Callable[..., T], *args: Any) -> T:
    """Blocking file work off the event loop: on `files` (the app's), else asyncio's pool."""
    return await asyncio.get_running_loop().run_in_executor(files, functools.partial(fn, *args))


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
        email: str = "",
        password: str = "",
        company: str | None = None,
        *,
        kind: str | None = None,
        api_key: str = "",
        key_in_query: bool = False,
        ca_bundle: str | None = None,
    ) -> Workspace:
        """Sign in (with an API key when one is given, else email and password) and open the
        company. `kind` None: the first kind that signs in that way (api/kinds.py)."""
        session = await sign_in_session(
            kind,
            server_url,
            email=email,
            password=password,
            api_key=api_key,
            key_in_query=key_in_query,
            ca_bundle=ca_bundle,
        )
        try:
            return await cls.open(home, session, company)
        except BaseException:
            await session.aclose()
            raise

    @classmethod
    async def resume(
        cls,
        home: Path,
        company: str | None = None,
        *,
        worker: DatabaseWorker | None = None,
        files: Executor | None = None,
    ) -> Workspace:
        """Sign in again with the refresh token the keyring keeps for the last account
        (`worker`, `files`: as for `open`)."""
        settings = await in_thread(files, load_settings, settings_path(home))
        if not settings.server_url or not (settings.email or settings.credential_label):
            raise WorkspaceError("Not signed in: run `arkan-desktop login` first")
        session = session_for(settings)
        try:
            await session.resume(settings.email, settings.credential_label)
            return await cls.open(
                home, session, company or settings.company_id or None, worker=worker, files=files
            )
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
        worker: DatabaseWorker | None = None,
        files: Executor | None = None,
    ) -> Workspace:
        """The company's workspace on a signed-in session (its sync service not started).

        `company` is the chosen company's dict, or an id or name to look for (None: the
        last one used, else the first). Opening and migrating the cache file and writing
        the settings run in a thread (`files`: the window's, else asyncio's), so a GUI
        event loop is never blocked. `worker`: the window's database thread (None: the
        service makes its own and stops it with itself).
        """
        connector = connector or connector_for(session)
        if not isinstance(company, dict):
            settings = await in_thread(files, load_settings, settings_path(home))
            companies = await connector.companies()
            company = choose_company(companies, company, settings.company_id or None)
        cache = await in_thread(files, _open_cache, home, session, connector, company)
        session.company_id = str(company["id"])
        service = SyncService(connector, cache, worker, poll_interval=connector.poll_interval)
        return cls(home, session, connector, company, cache, service)

    async def close(self) -> None:
        await self.service.stop()
        self.cache.close()
        await self.session.aclose()


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
        save_settings(
            settings_path(home),
            Settings(
                server_url=session.server_url,
                email=session.email or "",
                company_id=str(company["id"]),
                server_kind=session.kind,
                credential_label=session.credential_label,
            ),
        )
    except BaseException:
        cache.close()
        raise
    return cache


def session_for(settings: Settings) -> Session:
    """A session (not signed in) of the kind the settings remember, for their server."""
    return remembered_kind(settings.server_kind).new_session(settings.server_url)


def open_last_cache(home: Path) -> tuple[Settings, Cache | None]:
    """The cache of the last company used, with no network (status, outbox, printing)."""
    settings = load_settings(settings_path(home))
    if not settings.server_url or not settings.company_id:
        return settings, None
    path = cache_path(home, settings.server_url, settings.company_id)
    if not path.exists():
        return settings, None
    return settings, Cache.open(path)
