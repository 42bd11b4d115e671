"""Non-secret preferences kept between runs: last server URL, email, company.

A small JSON file replaced atomically. Tokens, passwords and API keys never go here
(they live in the OS keyring, handled by api/credentials).
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from arkan_desktop.store.paths import private_dir


@dataclass
class Settings:
    server_url: str = ""
    email: str = ""
    company_id: str = ""
    server_kind: str = "arkan"  # "arkan" or "arvalox"
    credential_label: str = ""  # Arvalox: which keyring entry holds the API key


def load_settings(path: Path) -> Settings:
    """The saved settings, or defaults when the file is missing or unreadable."""
    try:
        data: Any = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    if not isinstance(data, dict):
        return Settings()
    known = {f.name for f in fields(Settings)}
    return Settings(**{k: str(v) for k, v in data.items() if k in known and v is not None})


def save_settings(path: Path, settings: Settings) -> None:
    """Write all settings at once: a temporary file beside the target, then `os.replace`."""
    data = asdict(settings)
    private_dir(path.parent)
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=".settings-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False, indent=2)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
