"""A session's request budget: the shared `RateLimiter`, and the windows a kind reports.

`RequestBudget` is one per-minute token bucket learnt from `X-RateLimit-*` (Arkan's one
window): every counted request takes a token, every counted answer but a 429 teaches it,
and a 429 pauses it. `WindowedBudget` adds Arvalox's hour and day windows (see
arvalox_windows): background work leaves a reserve of each, the minute window feeds the
bucket, and a 429 pauses the bucket for exactly the wait the session worked out. A server
that reports no windows at all is paced from the published plan, growing while no 429
comes (ratelimit.py `assume`).
Sign-in and token refresh are not counted (the server limits them apart).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping

from arkan_desktop.api.arvalox_windows import EPOCH, RateWindows, number
from arkan_desktop.api.ratelimit import Priority, RateLimiter


def server_wait(headers: Mapping[str, str], now: float) -> float:
    """Seconds a 429 asks to wait: `Retry-After`, else until `X-RateLimit-Reset` (a Unix
    time or seconds); 1 s when neither says, and never less than 0.1 s."""
    lower = {k.lower(): v for k, v in headers.items()}
    wait = number(lower, "retry-after")
    if wait is None:
        reset = number(lower, "x-ratelimit-reset")
        if reset is not None:
            wait = reset - now if reset > EPOCH else reset
    return max(wait or 1.0, 0.1)


class RequestBudget:
    """The per-minute bucket every counted request draws from."""

    def __init__(self, limiter: RateLimiter) -> None:
        self.limiter = limiter

    async def acquire(self, priority: Priority) -> None:
        await self.limiter.acquire(priority)

    def observe(self, headers: Mapping[str, str], status: int, *, counted: bool) -> None:
        """Learn from an answer (a 429 is learnt by `rate_limited`)."""
        if counted and status != 429:
            self.limiter.observe(headers, status)

    def rate_limited(self, headers: Mapping[str, str], wait: float) -> float:
        """A counted request got a 429: pause the bucket; returns the pause."""
        return self.limiter.rate_limited(headers)

    def give_back(self) -> None:
        """The request never reached the server, so it spent nothing there."""
        self.limiter.give_back()

    def unanswered(self) -> None:
        """The request may have arrived, but no answer (and no headers) came back."""
        self.limiter.unanswered()


class WindowedBudget(RequestBudget):
    """The bucket, plus hour and day windows of which background work leaves a reserve."""

    def __init__(self, limiter: RateLimiter, wall_clock: Callable[[], float] = time.time) -> None:
        super().__init__(limiter)
        self.windows = RateWindows(limiter, wall_clock)

    async def acquire(self, priority: Priority) -> None:
        await self.windows.respect(priority)
        await self.limiter.acquire(priority)

    def observe(self, headers: Mapping[str, str], status: int, *, counted: bool) -> None:
        # Every answer tells where the windows stand, sign-in and 429s included; an
        # answer that reports none lets the bucket pace on its own (the assumed plan).
        reported = self.windows.observe(headers)
        if counted and status != 429 and not reported:
            self.limiter.observe({}, status)

    def rate_limited(self, headers: Mapping[str, str], wait: float) -> float:
        # The plain X-RateLimit-* trio may be the hour's: the bucket hears only the wait.
        return self.limiter.rate_limited({"retry-after": str(wait)})
