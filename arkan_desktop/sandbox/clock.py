"""Timestamps for records: ISO 8601 UTC with microseconds, strictly increasing.

Strictly increasing `updatedAt` values (taken inside the write lock) are what make a
client's incremental pull by watermark safe: a later commit never carries an older stamp.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"
_lock = threading.Lock()
_last = datetime(2000, 1, 1, tzinfo=UTC)
# While the demo seeder replays history, "now" is the moment being replayed, so that
# seeded records carry the times they would have had; see `replaying_history`.
_replay: datetime | None = None
_replay_ceiling = datetime(2000, 1, 1, tzinfo=UTC)


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime(_FORMAT)


def parse_iso(text: str) -> datetime:
    return datetime.strptime(text, _FORMAT).replace(tzinfo=UTC)


def now() -> datetime:
    """The current time, never equal to or before the last value handed out."""
    global _last, _replay
    with _lock:
        if _replay is not None:
            _replay += timedelta(microseconds=1)
            return _replay
        moment = datetime.now(UTC)
        if moment <= _last:
            moment = _last + timedelta(microseconds=1)
        _last = moment
        return moment


@contextlib.contextmanager
def replaying_history() -> Iterator[None]:
    """Within the block, `now()` follows `replay_at()` instead of the wall clock.

    Only the seeder uses it, before the server takes requests, so no client can have
    seen a later stamp; afterwards the wall clock (always later) takes over again.
    """
    global _replay, _replay_ceiling
    _replay = datetime(2000, 1, 1, tzinfo=UTC)
    # Replayed stamps never reach the wall clock: every live change must stamp later.
    _replay_ceiling = datetime.now(UTC) - timedelta(seconds=1)
    try:
        yield
    finally:
        _replay = None


def replay_at(stamp: str) -> None:
    """Move the replayed "now" to a historical moment (no-op outside a replay)."""
    global _replay
    if _replay is not None:
        with _lock:
            _replay = min(parse_iso(stamp), _replay_ceiling)


def past(stamp: str) -> str:
    """A historical stamp the seeder gives, never later than the wall clock was when the
    replay began: history runs to "the seeding day", whose later hours have not happened
    yet when seeding runs early in the (UTC) day. A stamp in the future would put every
    client's watermark ahead of the live changes that follow, and they would never pull."""
    ceiling = _replay_ceiling if _replay is not None else datetime.now(UTC) - timedelta(seconds=1)
    return iso(min(parse_iso(stamp), ceiling))


def now_iso() -> str:
    return iso(now())


def today() -> str:
    return datetime.now(UTC).date().isoformat()
