"""The waits a rate limit imposes on a session's requests: capped, told, cancellable.

A 429 asks the client to wait (`Retry-After`, else `X-RateLimit-Reset`). A wait longer
than `MAX_WAIT` (or, at sign-in, the window's `max_wait`) is not sat through: the request
fails at once with when to try again ("try again in 24 h"); all the waits of one request
stop at `WAIT_BUDGET`. A wait that is sat through is told to `on_wait` (a sign-in window)
and to every `wait_listeners` callable (the status bar, the command line), which hear 0
when it is over. Each wait is an awaitable (the budget's pause, or a sleep), so
cancelling the request (Ctrl+C, closing the window) ends it at once. `HttpSession` mixes
this in; it sends nothing itself.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

import httpx

from arkan_desktop.api.auth import Authentication
from arkan_desktop.api.budget import RequestBudget, server_wait
from arkan_desktop.api.errors import ApiError, ApiErrorKind, origin_of
from arkan_desktop.api.limits import MAX_WAIT, WAIT_BUDGET
from arkan_desktop.api.ratelimit import Priority, RateLimiter
from arkan_desktop.api.text import duration, later

log = logging.getLogger(__name__)

# Told how many seconds a 429 makes the session wait (a sign-in window says so); a wait
# listener also hears 0 when the wait is over.
WaitHandler = Callable[[float], None]


class RateLimitWaits:
    """A session's rate-limit waits (mixed into `HttpSession`, which sets these)."""

    server_url: str
    auth: Authentication
    budget: RequestBudget
    limiter: RateLimiter
    on_wait: WaitHandler | None
    max_wait: float | None
    wait_listeners: list[WaitHandler]
    _wall: Callable[[], float]

    async def _acquire(self, priority: Priority) -> None:
        """A token from the budget; the listeners hear of a pause (a 429's) while it lasts.

        The wait is an awaitable: cancelling the request (Ctrl+C, closing the window)
        ends it at once."""
        paused = self.limiter.paused_for()
        if paused <= 0:
            await self.budget.acquire(priority)
            return
        self._tell_listeners(paused)
        try:
            await self.budget.acquire(priority)
        finally:
            self._tell_listeners(0.0)

    def _tell_listeners(self, seconds: float) -> None:
        """`wait_listeners` (the status bar, the command line) hear of a wait; 0: it is over."""
        for listener in list(self.wait_listeners):
            try:
                listener(seconds)
            except Exception:
                log.exception("a wait listener failed")

    async def _wait_out_rate_limit(
        self, headers: httpx.Headers, counted: bool, waited: float
    ) -> float:
        """Wait as a 429 asks, within `MAX_WAIT` (or the sign-in's `max_wait`) each time and
        `WAIT_BUDGET` in all for one request; returns the wait. Past either: fail now."""
        wait = server_wait(headers, self._wall())
        cap = MAX_WAIT if self.max_wait is None else min(self.max_wait, MAX_WAIT)
        whose = " for this key" if self.auth.mode == "api_key" else ""
        if wait > cap:
            raise ApiError(
                ApiErrorKind.RATE_LIMITED,
                f"The server's request limit{whose} is used up; try again in {later(wait)}",
                status=429,
            )
        if waited + wait > WAIT_BUDGET:
            raise ApiError(
                ApiErrorKind.RATE_LIMITED,
                f"The server's request limit{whose} stayed used up through "
                f"{duration(waited)} of waiting; try again later",
                status=429,
            )
        if self.on_wait is not None:
            self.on_wait(wait)
        if counted:
            paused = self.budget.rate_limited(headers, wait)  # the next acquire() waits
            log.info("rate limited by %s; waiting %.1f s", origin_of(self.server_url), paused)
            return paused
        # Sign-in is limited separately from the tenant's bucket: just wait here.
        self._tell_listeners(wait)
        try:
            await asyncio.sleep(wait)
        finally:
            self._tell_listeners(0.0)
        return wait
