"""Opening a company for the window: sign-in, company choice, resume, offline start.

What the window works on is a `sync.company.Company`, handed out here: opened from a
fresh sign-in, from the keyring (`resume`), or from the last cache alone when there is no
network (`open_offline`, marked `online=False`: nothing is sent until the user signs in).
Blocking steps (opening and migrating the cache file, writing settings, the keyring) run
on the app's files thread (`Threads`, made in gui/app.py), never on the UI thread;
`Workspace.open` does them, for the window as for the command line. Closing stops the
sync and closes the cache on the database thread. Sign-ins of both server kinds are here;
the Company is the same whatever the kind. No widgets here.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from arkan_desktop.api.credentials import CredentialStore, KeyringUnavailable
from arkan_desktop.api.errors import ApiErrorKind
from arkan_desktop.api.http import WaitHandler
from arkan_desktop.api.kinds import DEFAULT_KIND, connector_for, sign_in_session
from arkan_desktop.store.cache import Cache
from arkan_desktop.store.paths import settings_path
from arkan_desktop.store.settings import Settings, load_settings
from arkan_desktop.sync.company import Company
from arkan_desktop.sync.service import SyncService
from arkan_desktop.sync.threads import Threads
from arkan_desktop.sync.workspace import (
    Session,
    Workspace,
    in_thread,
    open_last_cache,
    session_for,
)

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
    threads: Threads | None = None,
) -> Session:
    """A signed-in session of this server kind, by API key or by email and password.

    A 429 is waited out (`on_wait` hears how long) unless the wait is longer than a person
    should stare at a sign-in window; then it fails with a message that says when to retry.
    With "remember me" off nothing is left in the keyring (a key saved earlier goes too,
    on the files thread of `threads`).
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
        await in_thread(threads.files if threads else None, session.forget_saved_api_key)
    return session


async def list_companies(session: Session) -> list[dict[str, Any]]:
    return await connector_for(session).companies()


async def _opened(
    threads: Threads | None, opening: Callable[[Threads], Awaitable[Workspace]]
) -> Company:
    """A Company on the app's threads, or on threads of its own (a tool, a test)."""
    own = threads is None
    used = threads or Threads.start()
    try:
        workspace = await opening(used)
    except BaseException:
        if own:
            used.shutdown()
        raise
    return Company(workspace, used, owns_threads=own)


async def open_company(
    home: Path, session: Session, company: dict[str, Any], threads: Threads | None = None
) -> Company:
    """The company's cache and sync service on a signed-in session (not started yet)."""
    return await _opened(
        threads,
        lambda t: Workspace.open(home, session, company, worker=t.database, files=t.files),
    )


async def resume(home: Path, threads: Threads | None = None) -> Company:
    """The last company, signed in again from the keyring (WorkspaceError/ApiError if not)."""
    return await _opened(
        threads, lambda t: Workspace.resume(home, worker=t.database, files=t.files)
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


async def open_offline(home: Path, threads: Threads | None = None) -> Company | None:
    """The last company's cache with no network, or None when there is none yet."""
    own = threads is None
    used = threads or Threads.start()
    parts = await used.in_files(_offline_parts, home)
    if parts is None:
        if own:
            used.shutdown()
        return None
    settings, cache, company = parts
    session = session_for(settings)  # of the remembered kind: the same tabs as online
    connector = connector_for(session)
    service = SyncService(connector, cache, used.database)
    workspace = Workspace(home, session, connector, company, cache, service)
    return Company(workspace, used, online=False, owns_threads=own)


async def close_company(company: Company) -> Session:
    """Stop syncing and close the cache; the session stays signed in (a company switch)."""
    await company.close()
    return company.workspace.session


async def close_all(company: Company) -> None:
    """Close the company and sign its session's connection off (not out: it is remembered)."""
    session = await close_company(company)
    await session.aclose()
