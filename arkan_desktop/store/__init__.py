"""The local cache: SQLAlchemy models, migrations, outbox, sender lock, settings. No Qt.

Blocking code for the sync layer's database worker thread; it never talks to a server
and never stores a token, password or API key.

The names below load their module on first use (PEP 562): `store.paths` alone (the CLI's
`--help`) must not import SQLAlchemy.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from arkan_desktop.store.cache import Cache
    from arkan_desktop.store.changes import ChangeSet
    from arkan_desktop.store.lock import SenderLock
    from arkan_desktop.store.models import OutboxRow
    from arkan_desktop.store.outbox import OutboxEntry, OutboxStateError, new_temp_id
    from arkan_desktop.store.paths import cache_path, data_home, settings_path
    from arkan_desktop.store.records import RecordError
    from arkan_desktop.store.resources import RESOURCE_TABLES

_HOMES = {
    "Cache": "arkan_desktop.store.cache",
    "ChangeSet": "arkan_desktop.store.changes",
    "OutboxEntry": "arkan_desktop.store.outbox",
    "OutboxRow": "arkan_desktop.store.models",
    "OutboxStateError": "arkan_desktop.store.outbox",
    "RESOURCE_TABLES": "arkan_desktop.store.resources",
    "RecordError": "arkan_desktop.store.records",
    "SenderLock": "arkan_desktop.store.lock",
    "cache_path": "arkan_desktop.store.paths",
    "data_home": "arkan_desktop.store.paths",
    "new_temp_id": "arkan_desktop.store.outbox",
    "settings_path": "arkan_desktop.store.paths",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value


__all__ = [
    "RESOURCE_TABLES",
    "Cache",
    "ChangeSet",
    "OutboxEntry",
    "OutboxRow",
    "OutboxStateError",
    "RecordError",
    "SenderLock",
    "cache_path",
    "data_home",
    "new_temp_id",
    "settings_path",
]
