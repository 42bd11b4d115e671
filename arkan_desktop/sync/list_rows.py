"""A cached list as a view holds it: the list (store/lists) and the database thread that
exports it. What `Company.rows(spec)` hands a list model; no Qt."""

from __future__ import annotations

from dataclasses import dataclass

from arkan_desktop.store.lists.cached_list import CachedList
from arkan_desktop.sync.worker import DatabaseWorker


@dataclass(frozen=True)
class ListRows:
    cached: CachedList
    worker: DatabaseWorker  # CSV export reads every row on it (the file is written elsewhere)
