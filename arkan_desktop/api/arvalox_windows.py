"""Arvalox's three rate windows (minute, hour, day) as its `X-RateLimit-*` headers report them.

The minute window feeds the shared `RateLimiter` (a token bucket by priority); the hour
and day windows are kept here so that background work leaves a reserve of each for
people and the outbox. A plain `X-RateLimit-*` trio without a suffix is placed in the
window its reset time points to.
"""

from __future__ import annotations

import asyncio
import math
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from arkan_desktop.api.errors import ApiError, ApiErrorKind
from arkan_desktop.api.ratelimit import Priority, RateLimiter

DEFAULT_LIMITS = {"minute": 50, "hour": 1000, "day": 10000}
_WINDOW_SECONDS = {"minute": 60.0, "hour": 3600.0, "day": 86400.0}
EPOCH = 1_000_000_000
# Background work keeps this share of the hour and day windows for people and the outbox,
# and waits at most this long for a window to reset before saying so.
RESERVE_SHARE = 0.05
MAX_BACKGROUND_WAIT = 60.0


@dataclass
class Window:
    limit: int
    remaining: int
    resets_at: float  # Unix time


def number(headers: Mapping[str, str], name: str) -> float | None:
    try:
        value = float(headers[name])
    except (KeyError, ValueError):
        return None
    return value if math.isfinite(value) else None


def read_windows(headers: Mapping[str, str], now: float) -> dict[str, Window]:
    """The rate windows an answer reports: suffixed headers, else the plain ones by reset."""
    h = {k.lower(): v for k, v in headers.items()}
    out: dict[str, Window] = {}

    def window(suffix: str) -> Window | None:
        limit = number(h, f"x-ratelimit-limit{suffix}")
        remaining = number(h, f"x-ratelimit-remaining{suffix}")
        if limit is None or remaining is None or limit <= 0:
            return None
        reset = number(h, f"x-ratelimit-reset{suffix}")
        if reset is None:
            reset = 0.0
        resets_at = reset if reset > EPOCH else now + reset
        return Window(int(limit), max(0, int(remaining)), resets_at)

    for name in _WINDOW_SECONDS:
        found = window(f"-{name}")
        if found is not None:
            out[name] = found
    plain = window("")
    if plain is not None:
        left = plain.resets_at - now if plain.resets_at > now else 0.0
        name = next((n for n, s in _WINDOW_SECONDS.items() if left <= s + 1), "day")
        out.setdefault(name, plain)
    return out


class RateWindows:
    """What the server last said about each window, and the reserve background work keeps."""

    def __init__(self, limiter: RateLimiter, wall_clock: Callable[[], float] = time.time) -> None:
        self.limiter = limiter
        self.windows: dict[str, Window] = {}
        self._wall = wall_clock
        # Until an answer says otherwise: the published per-minute limit, all of it (a
        # server that sends no headers is paced from it and grows past it; ratelimit.py).
        limiter.assume(DEFAULT_LIMITS["minute"])

    def limit_of(self, window: str) -> int:
        found = self.windows.get(window)
        return found.limit if found else DEFAULT_LIMITS[window]

    def observe(self, headers: Mapping[str, str]) -> bool:
        """Learn the windows an answer reports; False when it reports none."""
        found = read_windows(headers, self._wall())
        self.windows.update(found)
        minute = self.windows.get("minute")
        if minute is not None:
            self.limiter.observe(
                {
                    "x-ratelimit-limit": str(minute.limit),
                    "x-ratelimit-remaining": str(minute.remaining),
                }
            )
        return bool(found)

    async def respect(self, priority: Priority) -> None:
        """Background work leaves the last few % of the hour and day windows to others."""
        if priority is not Priority.BACKGROUND:
            return
        for name in ("hour", "day"):
            window = self.windows.get(name)
            if window is None or window.remaining > window.limit * RESERVE_SHARE:
                continue
            wait = window.resets_at - self._wall()
            if wait <= 0:
                continue
            if wait > MAX_BACKGROUND_WAIT:
                raise ApiError(
                    ApiErrorKind.RATE_LIMITED,
                    f"The server's {name}ly request budget is nearly spent; background sync "
                    f"resumes in {math.ceil(wait / 60)} min",
                    status=429,
                )
            await asyncio.sleep(wait)
