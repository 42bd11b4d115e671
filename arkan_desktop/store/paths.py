"""Where the client keeps its files: the data home, one cache file per server and company.

Only names and directories are decided here; nothing is opened or written except the
data directory itself (created private, 0700).
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
    """The SQLite cache of one company on one server: `<home>/caches/<server>/<company>.sqlite3`."""
    return home / "caches" / server_key(server_url) / f"{_safe(company_id)}.sqlite3"


def settings_path(home: Path) -> Path:
    return home / "settings.json"
