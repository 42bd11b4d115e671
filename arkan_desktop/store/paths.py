"""Where the client keeps its files: the data home, one cache file per server and company.

Only names and directories are decided here; nothing is written except the data
directory itself (created private, 0700) and, for a home that always talks to one server
whatever its address (the demo's), the name its caches are kept under (`name_server`).
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path
from urllib.parse import urlsplit

import platformdirs

APP_NAME = "arkan-desktop"
HOME_VARIABLE = "ARKAN_DESKTOP_HOME"
SERVER_NAME_FILE = "server-name"
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def data_home() -> Path:
    """`$ARKAN_DESKTOP_HOME` if set, else the platform's per-user data directory."""
    override = os.environ.get(HOME_VARIABLE, "").strip()
    return Path(override).expanduser() if override else Path(platformdirs.user_data_dir(APP_NAME))


def private_dir(path: Path) -> Path:
    """Create `path` and every missing parent readable by the user only (0700).

    `Path.mkdir(mode=..., parents=True)` gives the parents it creates the default mode
    (0755 with the usual umask), which left `caches/` listable by other users."""
    missing: list[Path] = []
    for candidate in (path, *path.parents):
        if candidate.exists():
            break
        missing.append(candidate)
    for directory in reversed(missing):
        directory.mkdir(mode=0o700, exist_ok=True)
    return path


def ensure_home(home: Path) -> Path:
    """Create the data directory (private to the user) if it does not exist yet."""
    return private_dir(home)


def _safe(text: str) -> str:
    return _UNSAFE.sub("_", text).strip("._") or "x"


def server_key(server_url: str) -> str:
    """A readable, filesystem-safe name for a server: `host_port-<8 hex of the full URL>`.

    The hash keeps two servers on one host (different paths or schemes) apart; the host and
    port keep the name recognisable in a file manager.
    """
    url = server_url.strip().rstrip("/")
    parts = urlsplit(url if "//" in url else f"//{url}")
    host = (parts.hostname or "server").lower()
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        port = 0
    # user:password@ never reaches the name, not even hashed
    identity = parts._replace(netloc=parts.netloc.rpartition("@")[2].lower()).geturl()
    digest = hashlib.sha256(identity.encode()).hexdigest()[:8]
    return f"{_safe(host)}_{port}-{digest}"


def cache_path(home: Path, server_url: str, company_id: str) -> Path:
    """The SQLite cache of one company on one server: `<home>/caches/<server>/<company>.sqlite3`.

    `<server>` is the home's server name when it has one (`name_server`), else the
    server's address (`server_key`)."""
    server = named_server(home) or server_key(server_url)
    return home / "caches" / server / f"{_safe(company_id)}.sqlite3"


def named_server(home: Path) -> str | None:
    """The name every cache under `home` is kept under, if the home has one."""
    try:
        name = (home / SERVER_NAME_FILE).read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return _safe(name) if name else None


def name_server(home: Path, name: str, previous_url: str = "") -> Path:
    """Keep every cache under `home` by `name`, not by its server's address; the folder.

    For a home that always talks to one server which may have to change its address: the
    demo's bundled server keeps its data but takes another port when its own is taken, and
    the writes queued in the cache must not be left behind in a cache of the old port.
    `previous_url`: the address the home's caches were kept under until now (the demo was
    keyed by its port before); that folder becomes the named one, so its cache is kept.
    """
    folder = home / "caches" / _safe(name)
    if named_server(home) == _safe(name):
        return folder
    private_dir(home / "caches")
    earlier = home / "caches" / server_key(previous_url) if previous_url else None
    if earlier is not None and earlier.is_dir() and not folder.exists():
        earlier.rename(folder)
    (home / SERVER_NAME_FILE).write_text(name + "\n", encoding="utf-8")
    return folder


def settings_path(home: Path) -> Path:
    return home / "settings.json"
