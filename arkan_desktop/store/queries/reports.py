"""The period reports kept for offline viewing: the last answer of each, with its period
and when it was fetched, in the cache's metadata as JSON (amounts come back as Decimal).

One copy per report (the last one fetched, whatever its period): the Reports tab shows
it offline and says as of when and for which period.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from arkan_desktop.store.cache import Cache

KEY_PREFIX = "report/"


def kept_report(cache: Cache, name: str) -> dict[str, Any] | None:
    """The report `name` as last kept ({fetchedAt, from, to, answer}), or None."""
    text = cache.meta(KEY_PREFIX + name)
    if not text:
        return None
    try:
        found = json.loads(text, parse_float=Decimal)
    except ValueError:
        return None
    if not isinstance(found, dict) or not isinstance(found.get("answer"), dict):
        return None
    return found


def keep_report(cache: Cache, name: str, kept: Mapping[str, Any]) -> None:
    """Keep the report's last answer, replacing the one before."""
    cache.set_meta(KEY_PREFIX + name, json.dumps(kept, default=str, ensure_ascii=False))
