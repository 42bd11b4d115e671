"""Arvalox rate limits: fixed windows per key or user (50/min, 1,000/h, 10,000/day by default).

Every answer carries `X-RateLimit-Limit/Remaining/Reset` for the minute window (the reset
as a Unix time) and the same three for each window with a suffix (`-Minute`, `-Hour`,
`-Day`). A request over any window's limit gets 429, `Retry-After`, the exhausted
window in the unsuffixed headers, and the Arvalox error body.
"""

from __future__ import annotations

import math
import threading
import time
from dataclasses import dataclass
from urllib.parse import parse_qsl

from arkan_desktop.sandbox.arvalox.auth import identify, presented
from arkan_desktop.sandbox.arvalox.errors import error_body
from arkan_desktop.sandbox.arvalox.store import ArvaloxStore
from arkan_desktop.sandbox.ratelimit import ASGIApp, Message, Receive, Scope, Send

# (requests, seconds) per window, shortest first: the published defaults.
DEFAULT_WINDOWS: tuple[tuple[int, float], ...] = ((50, 60.0), (1000, 3600.0), (10000, 86400.0))
_NAMES = ("Minute", "Hour", "Day")
_UNLIMITED = 1_000_000


@dataclass(frozen=True)
class WindowState:
    name: str
    limit: int
    remaining: int
    reset: float


class WindowLimiter:
    """Counts per principal and window; `take` answers allowed or not, and the windows."""

    def __init__(self, windows: tuple[tuple[int, float], ...]) -> None:
        self.windows = windows
        self._counts: dict[tuple[str, int, int], int] = {}
        self._lock = threading.Lock()
        self.rejected = 0

    def take(self, principal: str) -> tuple[bool, list[WindowState]]:
        now = time.time()
        if not self.windows:
            return True, [WindowState("Minute", _UNLIMITED, _UNLIMITED, math.ceil(now + 60))]
        with self._lock:
            slots = []
            for index, (limit, seconds) in enumerate(self.windows):
                slot = int(now // seconds)
                slots.append((index, slot, limit, (slot + 1) * seconds))
            allowed = all(self._counts.get((principal, i, s), 0) < lim for i, s, lim, _ in slots)
            if allowed:
                for index, slot, _, _ in slots:
                    key = (principal, index, slot)
                    self._counts[key] = self._counts.get(key, 0) + 1
            else:
                self.rejected += 1
            states = [
                WindowState(
                    _NAMES[i] if i < len(_NAMES) else f"W{i}",
                    limit,
                    max(0, limit - self._counts.get((principal, i, slot), 0)),
                    reset,
                )
                for i, slot, limit, reset in slots
            ]
            if len(self._counts) > 100_000:
                self._counts = {k: v for k, v in self._counts.items() if k[2] >= slots[0][1] - 1}
        return allowed, states


def _headers(states: list[WindowState], allowed: bool) -> list[tuple[bytes, bytes]]:
    primary = states[0]
    if not allowed:
        primary = next((s for s in reversed(states) if s.remaining == 0), primary)
    out = [
        (b"x-ratelimit-limit", str(primary.limit).encode()),
        (b"x-ratelimit-remaining", str(primary.remaining).encode()),
        (b"x-ratelimit-reset", str(math.ceil(primary.reset)).encode()),
    ]
    for state in states:
        suffix = state.name.encode()
        out += [
            (b"x-ratelimit-limit-" + suffix.lower(), str(state.limit).encode()),
            (b"x-ratelimit-remaining-" + suffix.lower(), str(state.remaining).encode()),
            (b"x-ratelimit-reset-" + suffix.lower(), str(math.ceil(state.reset)).encode()),
        ]
    if not allowed:
        wait = max(1, math.ceil(primary.reset - time.time()))
        out.append((b"retry-after", str(wait).encode()))
    return out


class WindowLimitMiddleware:
    def __init__(self, app: ASGIApp, limiter: WindowLimiter, store: ArvaloxStore) -> None:
        self.app = app
        self.limiter = limiter
        self.store = store

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        query = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1")))
        principal = identify(self.store, presented(headers, query))
        if principal is None:
            principal = f"addr:{(scope.get('client') or ('?', 0))[0]}"
        allowed, states = self.limiter.take(principal)
        extra = _headers(states, allowed)
        if not allowed:
            body = error_body(429, "Rate limit exceeded", "RATE_LIMIT_EXCEEDED")
            await send(
                {
                    "type": "http.response.start",
                    "status": 429,
                    "headers": [
                        (b"content-type", b"application/json"),
                        (b"content-length", str(len(body)).encode()),
                        *extra,
                    ],
                }
            )
            await send({"type": "http.response.body", "body": body})
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        await self.app(scope, receive, send_with_headers)
