"""Respecting a server's rate limit: a token bucket per server and tenant, by priority.

The bucket learns the limit from `X-RateLimit-Limit/Remaining/Reset` on each answer,
refills at limit/60 tokens a second up to the largest burst the server has shown, and
hands tokens to waiters in priority order (a person waiting before the outbox before
background pulls). A 429 pauses everyone until `Retry-After` (or the reset time). It
sends nothing itself and never sleeps on a fixed schedule: waiters wake on a timer set
for the moment the next token exists.

Several clients may share one tenant's budget (a warehouse of stations, an office of
desks), and each one's bucket would refill at the whole limit. So the refill rate is this
client's *share* of the limit: a 429 halves it, each answer that is not a 429 gives back
a little (additive increase, multiplicative decrease, as TCP shares a link); alone, a
client is soon back at the full rate.
"""

from __future__ import annotations

import asyncio
import enum
import heapq
import itertools
import math
import random
import time
from collections.abc import Callable, Mapping
from typing import Protocol

# Reset values above this are Unix times; below it, seconds from now.
_EPOCH_THRESHOLD = 1_000_000_000
_SLACK = 1e-9
_MAX_PAUSE = 3600.0
_MIN_SHARE = 1 / 16  # the smallest share of the limit a client keeps after 429s
_SHARE_STEP = 1 / 64  # the share an answer that was not a 429 gives back


class Priority(enum.IntEnum):
    """Who is waiting for the request; lower goes first."""

    INTERACTIVE = 0
    OUTBOX = 1
    BACKGROUND = 2


class TimerHandle(Protocol):
    def cancel(self) -> None: ...


CallLater = Callable[[float, Callable[[], None]], TimerHandle]


def _number(headers: Mapping[str, str], name: str) -> float | None:
    raw = headers.get(name)
    if raw is None:
        return None
    try:
        value = float(raw.strip())
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _lower(headers: Mapping[str, str]) -> dict[str, str]:
    return {str(k).lower(): str(v) for k, v in headers.items()}


class RateLimiter:
    """One tenant's bucket on one server. Share one instance per server and tenant."""

    def __init__(
        self,
        *,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
        call_later: CallLater | None = None,
        jitter: Callable[[], float] = random.random,
    ) -> None:
        self._clock = clock
        self._wall_clock = wall_clock
        self._call_later = call_later
        self._limit: int | None = None
        self._capacity: float | None = None  # unknown until the server says
        self._rate = 0.0  # tokens per second
        self._share = 1.0  # of the limit, see the module docstring
        self._tokens = 0.0
        self._updated = clock()
        self._paused_until = 0.0
        self._waiters: list[tuple[int, int, asyncio.Future[None]]] = []
        self._order = itertools.count()
        self._timer: TimerHandle | None = None
        self._jitter = jitter

    # --- what callers see ---------------------------------------------------------------

    @property
    def limit(self) -> int | None:
        """Requests per minute as the server last reported them (None: not yet known)."""
        return self._limit

    @property
    def capacity(self) -> float | None:
        return self._capacity

    @property
    def tokens(self) -> float:
        self._refill(self._clock())
        return self._tokens

    @property
    def waiting(self) -> int:
        return sum(1 for *_, future in self._waiters if not future.done())

    def paused_for(self) -> float:
        """Seconds left of a pause a 429 imposed (0 when not paused)."""
        return max(0.0, self._paused_until - self._clock())

    async def acquire(self, priority: Priority = Priority.INTERACTIVE) -> None:
        """Wait for a token; a higher priority waiter is always served first."""
        now = self._clock()
        self._refill(now)
        if not self._has_waiters() and now >= self._paused_until and self._take():
            return
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        heapq.heappush(self._waiters, (int(priority), next(self._order), future))
        self._grant()
        try:
            await future
        except asyncio.CancelledError:
            if future.done() and not future.cancelled():
                self._give_back()  # granted just as the caller gave up
            raise

    def observe(self, headers: Mapping[str, str]) -> None:
        """Learn from an answer's X-RateLimit-* headers (any status)."""
        h = _lower(headers)
        limit = _number(h, "x-ratelimit-limit")
        remaining = _number(h, "x-ratelimit-remaining")
        if limit is None or remaining is None or limit <= 0:
            return
        now = self._clock()
        self._refill(now)
        self._limit = int(limit)
        self._rate = limit / 60.0 * self._share
        remaining = max(0.0, remaining)
        # An answer reports what is left after taking its own token: the bucket holds at
        # least remaining + 1. Never more than a minute's worth.
        seen = min(float(limit), remaining + 1)
        if self._capacity is None:
            self._capacity = seen
            self._tokens = remaining
        else:
            self._capacity = max(self._capacity, seen)
            # Answers to requests still in flight may report more than we have locally.
            self._tokens = min(self._tokens, remaining)
        self._grant()

    @property
    def share(self) -> float:
        """The share of the server's limit this client currently refills at."""
        return self._share

    def answered(self) -> None:
        """An answer that was not a 429: take back a little of the limit."""
        self._set_share(self._share + _SHARE_STEP)

    def _set_share(self, share: float) -> None:
        self._share = min(1.0, max(_MIN_SHARE, share))
        if self._limit:
            self._rate = self._limit / 60.0 * self._share

    def rate_limited(self, headers: Mapping[str, str]) -> float:
        """A 429 arrived: pause every waiter until the server says; returns the pause."""
        h = _lower(headers)
        if self._clock() >= self._paused_until:  # once per episode, not per answer in it
            self._set_share(self._share / 2)  # others use this budget too
        self.observe(h)
        now = self._clock()
        wait = _number(h, "retry-after")
        if wait is None:
            reset = _number(h, "x-ratelimit-reset")
            if reset is not None:
                wait = reset - self._wall_clock() if reset > _EPOCH_THRESHOLD else reset
        if wait is None or wait <= 0:
            wait = 1.0 / self._rate if self._rate > 0 else 1.0
        wait = min(wait, _MAX_PAUSE)
        # Everyone sharing the budget was told the same moment: spread the restart by up to
        # half the pause so they do not all come back at once.
        wait *= 1 + self._jitter() * 0.5
        self._paused_until = max(self._paused_until, now + wait)
        self._refill(now)
        self._tokens = 0.0
        self._grant()
        return wait

    # --- the bucket -----------------------------------------------------------------------

    def _refill(self, now: float) -> None:
        if self._capacity is not None and now > self._updated:
            # the burst a client may save up shrinks with its share, like its rate
            cap = max(1.0, self._capacity * self._share)
            self._tokens = min(cap, self._tokens + (now - self._updated) * self._rate)
        self._updated = max(self._updated, now)

    def _take(self) -> bool:
        if self._capacity is None:
            return True  # no limit known yet: the first answers will tell
        if self._tokens >= 1 - _SLACK:
            self._tokens -= 1
            return True
        return False

    def give_back(self) -> None:
        """Return a token whose request never reached the server (connection refused)."""
        self._give_back()

    def _give_back(self) -> None:
        if self._capacity is not None:
            self._tokens = min(self._capacity, self._tokens + 1)
        self._grant()

    def _has_waiters(self) -> bool:
        while self._waiters and self._waiters[0][2].done():
            heapq.heappop(self._waiters)
        return bool(self._waiters)

    def _grant(self) -> None:
        """Hand tokens to waiters in priority order; set a timer for the next token."""
        now = self._clock()
        self._refill(now)
        if now < self._paused_until:
            if self._has_waiters():
                self._schedule(self._paused_until - now)
            return
        while self._has_waiters():
            if not self._take():
                break
            _, _, future = heapq.heappop(self._waiters)
            future.set_result(None)
        if self._has_waiters():
            missing = max(0.0, 1 - self._tokens)
            self._schedule(missing / self._rate if self._rate > 0 else 1.0)

    def _schedule(self, delay: float) -> None:
        if self._timer is not None:
            self._timer.cancel()
        call_later = self._call_later or asyncio.get_running_loop().call_later
        self._timer = call_later(max(delay, 0.0), self._on_timer)

    def _on_timer(self) -> None:
        self._timer = None
        self._grant()
