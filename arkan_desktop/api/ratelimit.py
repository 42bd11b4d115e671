"""Respecting a server's rate limit: a token bucket per server and tenant, by priority.

The bucket learns the limit from `X-RateLimit-Limit/Remaining/Reset` on each answer,
refills at limit/60 tokens a second up to the largest burst the server has shown, and
hands tokens to waiters in priority order (a person waiting before the outbox before
background pulls). A 429 pauses everyone until `Retry-After` (or the reset time). It
sends nothing itself and never sleeps on a fixed schedule: waiters wake on a timer set
for the moment the next token exists.

Several clients may share one tenant's budget (a warehouse of stations, an office of
desks), and each one's bucket would refill at the whole limit. So the refill rate, the
burst and the tokens kept are this client's *share* of the limit, and the share follows
what `X-RateLimit-Remaining` says of the bucket everyone draws from — before it is empty,
not after a 429 (as TCP's ECN marks a queue filling up instead of waiting for a loss):
- left below `_LOW` of the capacity, or draining fast enough to be empty within
  `_HORIZON` seconds: the share shrinks, halving when nothing is left;
- left above `_HIGH` while this client had callers waiting: the share grows by `_GROWTH`
  a second (a client with nothing to send does not grow, so that twenty idle desks do not
  all hold the whole budget when a reconnect makes them pull at once);
- a 429 all the same: halved, once per episode.
Each answer also says whether anyone else draws from the bucket: if for `_ALONE_AFTER`
seconds it never held less than this client's own use (and its requests in flight)
explains, the client is alone, its bucket mirrors the server's, and its share grows fast
while callers wait. A client starts at a quarter of the limit, after a first window of
`_FIRST_WINDOW` requests sent before any answer has said the limits.

A server that sends no `X-RateLimit-*` headers says nothing to follow. By default the
client then does not hold back at all; a kind with a published plan (Arvalox: 50 a
minute) has the limiter `assume` that plan instead: the whole plan at first (a burst of
a minute's worth), doubling every `_DOUBLING` seconds that callers waited and no 429
came (a server that limits without saying so answers 429 soon enough), halved by a 429,
after which it grows by `_GROWTH` of the pace it was halved from a second. Headers, once
an answer carries them, take over.

`tests/api/test_shared_budget.py` runs twenty desks against the sandbox's own bucket on
virtual time (no 429, about 100 % of the limit used), and a desk alone (the whole limit);
`bench/soak.py` checks it for real: 20 processes, no 429.
"""

from __future__ import annotations

import asyncio
import enum
import heapq
import itertools
import logging
import math
import random
import time
from collections.abc import Callable, Mapping
from typing import Protocol

from arkan_desktop.api.limits import MAX_WAIT, MIN_RATE_LIMIT

log = logging.getLogger(__name__)

# Reset values above this are Unix times; below it, seconds from now.
_EPOCH_THRESHOLD = 1_000_000_000
_SLACK = 1e-9
_MAX_PAUSE = MAX_WAIT
_FIRST_WINDOW = 4  # requests sent before the server has said what its limits are...
_FIRST_PACE = 1.0  # ...and then one a second, until an answer says
_FIRST_SHARE = 1 / 4  # until the server's answers tell whether others share the budget
_MIN_SHARE = 1 / 128  # the smallest share of the limit a client keeps
_LOW = 0.4  # of the capacity: with less than this left on the server, slow down
_HIGH = 0.6  # of the capacity: with more than this left (and callers waiting), speed up
_SAMPLE = 0.02  # seconds at least between the two answers a drain rate is measured over
_HORIZON = 2.0  # seconds: a bucket that would be empty sooner at its drain rate is dry
_GROWTH = 0.1  # of the limit, a second, while there is plenty and callers wait
_ALONE_AFTER = 5.0  # seconds without a sign of another client: this one is alone
_ALONE_GROWTH = 0.5  # of the limit, a second, for a client alone whose callers wait
_DOUBLING = 1.0  # seconds: an assumed pace doubles this often while callers wait, no 429
_MAX_ASSUMED = 200.0  # requests a second: an assumed pace grows no further


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
        share: float = _FIRST_SHARE,
    ) -> None:
        self._clock = clock
        self._wall_clock = wall_clock
        self._call_later = call_later
        self._limit: int | None = None
        self._capacity: float | None = None  # unknown until the server says
        self._rate = 0.0  # tokens per second
        self._share = share  # of the limit, see the module docstring
        self._held_back = False  # a caller had to wait for a token since the last answer
        self._last_answer: float | None = None
        self._sample: tuple[float, float] | None = None  # (when, remaining) of an answer
        # What the server's bucket would hold if this client were alone on it, and when
        # the server last showed less than that (another client drew from it).
        self._alone_model: float | None = None
        self._others_seen = clock()  # not known to be alone until answers show it
        self._in_flight = 0
        self._tokens = float(_FIRST_WINDOW)  # until the server says
        self._unpublished = False  # an answer came without X-RateLimit-* headers
        self._updated = clock()
        self._paused_until = 0.0
        # A pace assumed while the server says nothing (requests a second; see `assume`).
        self._assumed: float | None = None
        self._assumed_burst = 0.0
        self._assumed_halved_from: float | None = None  # the pace a 429 halved
        self._assumed_answer: float | None = None
        self._waiters: list[tuple[int, int, asyncio.Future[None]]] = []
        self._order = itertools.count()
        self._timer: TimerHandle | None = None
        self._jitter = jitter
        # The last limit a server gave that was too small to believe (see `_absurd`).
        self.doubted: float | None = None

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
        self._held_back = True
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        heapq.heappush(self._waiters, (int(priority), next(self._order), future))
        self._grant()
        try:
            await future
        except asyncio.CancelledError:
            if future.done() and not future.cancelled():
                self._give_back()  # granted just as the caller gave up
            raise

    def assume(self, per_minute: float) -> None:
        """Until an answer says the limits, pace at a published plan of `per_minute`
        requests (a burst of as many), growing while no 429 comes (module docstring)."""
        self._assumed = per_minute / 60.0
        self._assumed_burst = float(per_minute)
        self._tokens = float(per_minute)
        self._updated = self._clock()

    @property
    def assumed_pace(self) -> float | None:
        """Requests a second assumed while the server says no limits (None: it says)."""
        return self._assumed if self._capacity is None else None

    def observe(self, headers: Mapping[str, str], status: int = 200) -> None:
        """Learn from an answer's X-RateLimit-* headers (any status but 429)."""
        self._answered()
        h = _lower(headers)
        if self._absurd(h):
            self._grant()
            return
        remaining = self._learn(h)
        if remaining is not None:
            self._adjust_share(remaining, self._clock())
        elif status < 400 and self._capacity is None:
            self._unpublished = True  # a server that does not limit, or does not say
            self._grow_assumed(self._clock())
        self._grant()

    def _grow_assumed(self, now: float) -> None:
        """No headers and no 429: an assumed pace grows while callers had to wait."""
        if self._assumed is None:
            return
        since = 0.0 if self._assumed_answer is None else min(1.0, now - self._assumed_answer)
        self._assumed_answer = now
        held_back, self._held_back = self._held_back or self._has_waiters(), False
        if not held_back or since <= 0:
            return
        if self._assumed_halved_from is None:
            grown = self._assumed * 2 ** (since / _DOUBLING)
        else:
            grown = self._assumed + _GROWTH * self._assumed_halved_from * since
        self._assumed = min(_MAX_ASSUMED, grown)

    def _absurd(self, h: Mapping[str, str]) -> bool:
        """A limit below `MIN_RATE_LIMIT` a minute is not believed (a server that says it
        allows one request a minute would have the client wait minutes between pages):
        such an answer teaches the bucket nothing. A 429 is still waited out."""
        limit = _number(h, "x-ratelimit-limit")
        if limit is None or not 0 < limit < MIN_RATE_LIMIT:
            return False
        if self.doubted != limit:
            self.doubted = limit
            log.warning(
                "the server says it allows %g requests a minute; not believed (fewer than "
                "%d): the client paces as if it had not said",
                limit,
                MIN_RATE_LIMIT,
            )
        return True

    def _learn(self, h: Mapping[str, str]) -> float | None:
        """The limit, the capacity and the tokens from the headers; what is left, if said."""
        limit = _number(h, "x-ratelimit-limit")
        remaining = _number(h, "x-ratelimit-remaining")
        if limit is None or remaining is None or limit <= 0:
            return None
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
        return remaining

    def _adjust_share(self, remaining: float, now: float) -> None:
        """Follow what is left in the bucket everyone draws from (see the module docstring)."""
        capacity = self._capacity or 1.0
        elapsed = 0.0 if self._last_answer is None else now - self._last_answer
        since = min(1.0, elapsed)
        self._last_answer = now
        held_back = self._held_back or self._has_waiters()
        self._held_back = False
        draining = self._draining(remaining, now)  # measured on every answer
        model = self._alone_model_after(remaining, now, elapsed, capacity)
        if now - self._others_seen > _ALONE_AFTER:
            # Nobody else draws from the bucket: this client's own bucket mirrors it.
            if held_back:
                self._set_share(self._share + _ALONE_GROWTH * since)
            cap = max(1.0, capacity * self._share)
            self._tokens = max(self._tokens, min(cap, model - self._in_flight))
            return
        low = capacity * _LOW
        if draining:
            self._set_share(self._share * 0.5)
        elif remaining < low:
            self._set_share(self._share * (0.5 + 0.5 * remaining / low))
        elif remaining >= capacity * _HIGH and held_back:
            self._set_share(self._share + _GROWTH * since)
        # What is left is shared too: keep no more of it than this client's part.
        self._tokens = min(self._tokens, remaining * self._share)

    def _alone_model_after(
        self, remaining: float, now: float, elapsed: float, capacity: float
    ) -> float:
        """What the server's bucket holds if this client is alone on it. Notes another
        client when the server held less than this client's own use explains, up to the
        requests still in flight (their answers may come in any order)."""
        expected = remaining
        if self._alone_model is not None:
            expected = min(capacity, self._alone_model + elapsed * (self._limit or 0) / 60.0)
            if expected - remaining > 2 + self._in_flight:
                self._others_seen = now
        # Never more than its own use leaves: an answer to an earlier request may report
        # more than is left now.
        self._alone_model = min(expected, remaining)
        return self._alone_model

    def _draining(self, remaining: float, now: float) -> bool:
        """Would the bucket be empty within `_HORIZON` at the rate it fell since the last
        sample? (Measured over at least `_SAMPLE` seconds: answers close together say
        little.)"""
        if self._sample is not None and now - self._sample[0] < _SAMPLE:
            return False
        before, self._sample = self._sample, (now, remaining)
        if before is None or remaining >= before[1]:
            return False
        drain = (before[1] - remaining) / (now - before[0])
        return remaining < drain * _HORIZON

    @property
    def share(self) -> float:
        """The share of the server's limit this client currently refills at."""
        return self._share

    def _set_share(self, share: float) -> None:
        self._share = min(1.0, max(_MIN_SHARE, share))
        if self._limit:
            self._rate = self._limit / 60.0 * self._share

    def rate_limited(self, headers: Mapping[str, str]) -> float:
        """A 429 arrived: pause every waiter until the server says; returns the pause."""
        h = _lower(headers)
        self._answered()
        if self._clock() >= self._paused_until:  # once per episode, not per answer in it
            self._set_share(self._share / 2)  # others use this budget too
            self._others_seen = self._clock()
            if self._assumed is not None and self._capacity is None:
                self._assumed_halved_from = self._assumed
                self._assumed = max(self._assumed / 2, 1 / 60)
        if not self._absurd(h):
            self._learn(h)
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
        if now > self._updated:
            if self._capacity is not None:
                # the burst a client may save up shrinks with its share, like its rate
                cap = max(1.0, self._capacity * self._share)
                self._tokens = min(cap, self._tokens + (now - self._updated) * self._rate)
            elif self._assumed is not None:
                refill = (now - self._updated) * self._assumed
                self._tokens = min(self._assumed_burst, self._tokens + refill)
            elif not self._unpublished:
                pace = (now - self._updated) * _FIRST_PACE
                self._tokens = min(_FIRST_WINDOW, self._tokens + pace)
        self._updated = max(self._updated, now)

    def _take(self) -> bool:
        if self._capacity is None and self._unpublished and self._assumed is None:
            self._in_flight += 1
            return True  # this server does not say its limits: nothing to keep to
        if self._tokens >= 1 - _SLACK:
            self._tokens -= 1
            self._in_flight += 1
            if self._alone_model is not None:
                self._alone_model -= 1
            return True
        return False

    def give_back(self) -> None:
        """Return a token whose request never reached the server (connection refused)."""
        self._answered()
        self._give_back()

    def unanswered(self) -> None:
        """A request this limiter let through got no answer (timeout, dropped connection)."""
        self._answered()

    def _answered(self) -> None:
        self._in_flight = max(0, self._in_flight - 1)

    def _give_back(self) -> None:
        ceiling = self._capacity or (self._assumed_burst if self._assumed else _FIRST_WINDOW)
        self._tokens = min(ceiling, self._tokens + 1)
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
            rate = self._rate if self._capacity is not None else (self._assumed or _FIRST_PACE)
            self._schedule(missing / rate if rate > 0 else 1.0)

    def _schedule(self, delay: float) -> None:
        if self._timer is not None:
            self._timer.cancel()
        call_later = self._call_later or asyncio.get_running_loop().call_later
        self._timer = call_later(max(delay, 0.0), self._on_timer)

    def _on_timer(self) -> None:
        self._timer = None
        self._grant()
