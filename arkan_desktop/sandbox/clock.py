"""Timestamps for records: ISO 8601 UTC with microseconds, strictly increasing.

Strictly increasing `updatedAt` values (taken inside the write lock) are what make a
client's incremental pull by watermark safe: a later commit never carries an older stamp.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"
_lock = threading.Lock()
_last = datetime(2000, 1, 1, tzinfo=UTC)


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime(_FORMAT)


def parse_iso(text: str) -> datetime:
    return datetime.strptime(text, _FORMAT).replace(tzinfo=UTC)


def now() -> datetime:
    """The current time, never equal to or before the last value handed out."""
    global _last
    with _lock:
        moment = datetime.now(UTC)
        if moment <= _last:
            moment = _last + timedelta(microseconds=1)
        _last = moment
        return moment


def now_iso() -> str:
    return iso(now())


def today() -> str:
    return datetime.now(UTC).date().isoformat()
