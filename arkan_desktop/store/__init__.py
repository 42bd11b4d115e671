"""The local cache: SQLAlchemy models, migrations, outbox, sender lock, settings. No Qt.

Blocking code for the sync layer's database worker thread; it never talks to a server
and never stores a token, password or API key.
"""

from arkan_desktop.store.cache import Cache
from arkan_desktop.store.changes import ChangeSet
from arkan_desktop.store.lock import SenderLock
from arkan_desktop.store.models import OutboxRow
from arkan_desktop.store.outbox import OutboxEntry, OutboxStateError, new_temp_id
from arkan_desktop.store.paths import cache_path, data_home, settings_path
from arkan_desktop.store.records import RecordError
from arkan_desktop.store.resources import RESOURCE_TABLES

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
