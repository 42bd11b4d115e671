"""Per-tenant rate limits from the published plan table, as ASGI middleware.

A token bucket per tenant (burst = capacity, requests/minute = refill rate). Every HTTP
response carries `X-RateLimit-Limit/Remaining/Reset`; a request over the limit gets 429
with `Retry-After` and the standard error body. Requests without a valid token (sign-in,
the OpenAPI document) are limited per client address with the enterprise plan so that
signing in is never what a small plan starves.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from typing import Any

import jwt

from arkan_desktop.sandbox.config import PLANS, Plan
from arkan_desktop.sandbox.errors import error_body

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

_UNLIMITED_HEADER = 1_000_000


async def answer(
    send: Send, status: int, body: bytes, headers: list[tuple[bytes, bytes]] | None = None
) -> None:
    """Send a whole JSON answer from middleware (an error, before the application ran)."""
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                *(headers or []),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


@dataclass
class Bucket:
    tokens: float
    updated: float


@dataclass(frozen=True)
class Decision:
    allowed: bool
    limit: int
    remaining: int
    reset: int
    retry_after: int = 0

    def headers(self) -> list[tuple[bytes, bytes]]:
        out = [
            (b"x-ratelimit-limit", str(self.limit).encode()),
            (b"x-ratelimit-remaining", str(self.remaining).encode()),
            (b"x-ratelimit-reset", str(self.reset).encode()),
        ]
        if not self.allowed:
            out.append((b"retry-after", str(self.retry_after).encode()))
        return out


class RateLimiter:
    """Token buckets keyed by tenant (or client address), under one plan at a time."""

    def __init__(self, plan_of: Callable[[], Plan], clock: Callable[[], float] = time.time) -> None:
        self._plan_of = plan_of
        self._clock = clock
        self._buckets: dict[str, Bucket] = {}
        self._lock = threading.Lock()
        self.rejected = 0

    def take(self, key: str, plan: Plan | None = None) -> Decision:
        plan = plan or self._plan_of()
        now = self._clock()
        if plan.unlimited:
            return Decision(True, _UNLIMITED_HEADER, _UNLIMITED_HEADER, int(now))
        rate = plan.per_minute / 60.0
        with self._lock:
            bucket = self._buckets.get(key)
            if bucket is None:
                bucket = self._buckets[key] = Bucket(float(plan.burst), now)
            bucket.tokens = min(float(plan.burst), bucket.tokens + (now - bucket.updated) * rate)
            bucket.updated = now
            if bucket.tokens >= 1:
                bucket.tokens -= 1
                full_in = (plan.burst - bucket.tokens) / rate
                return Decision(True, plan.per_minute, int(bucket.tokens), math.ceil(now + full_in))
            self.rejected += 1
            wait = (1 - bucket.tokens) / rate
            return Decision(
                False, plan.per_minute, 0, math.ceil(now + wait), max(1, math.ceil(wait))
            )


def _tenant_of(scope: Scope, signing_key: bytes) -> str | None:
    for name, value in scope.get("headers", ()):
        if name == b"authorization":
            scheme, _, token = value.decode("latin-1").partition(" ")
            if scheme.lower() != "bearer":
                return None
            try:
                claims = jwt.decode(
                    token.strip(), signing_key, algorithms=["HS256"], options={"verify_exp": False}
                )
            except jwt.PyJWTError:
                return None
            return str(claims.get("tid")) if claims.get("tid") else None
    return None


class RateLimitMiddleware:
    def __init__(self, app: ASGIApp, limiter: RateLimiter, signing_key: bytes) -> None:
        self.app = app
        self.limiter = limiter
        self.signing_key = signing_key

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        tenant = _tenant_of(scope, self.signing_key)
        if tenant:
            decision = self.limiter.take(f"tenant:{tenant}")
        else:
            client = scope.get("client") or ("?", 0)
            decision = self.limiter.take(f"addr:{client[0]}", PLANS["enterprise"])
        if not decision.allowed:
            message = f"Rate limit exceeded; retry in {decision.retry_after} s"
            await answer(send, 429, error_body(429, message), decision.headers())
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *decision.headers()]
            await send(message)

        await self.app(scope, receive, send_with_headers)
