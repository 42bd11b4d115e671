"""Failed sign-ins slowed per account and per client address, as ASGI middleware.

After a few failures in a row an account (and, separately, a client address) is locked for
a while, doubling up to a cap; a sign-in while either is locked answers 429 with
`Retry-After` before the password is looked at. A success resets both. Unknown accounts
are counted exactly like known ones, so a lock says nothing about who exists.

Parallel guesses: an attempt still in flight when another one locked its account or its
address is answered 429 too, whatever its outcome (a right password included), so a burst
of parallel guesses learns no more than the same guesses made one after another. Correct
sign-ins in parallel (a room of desks signing in at once) are never held back.

The client address is the socket's peer; the server believes `X-Forwarded-For` only from
the proxies it was told to trust (see server.py).
"""

from __future__ import annotations

import json
import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from fastapi import FastAPI

from arkan_desktop.sandbox.body_limit import BodyLimitMiddleware, BodyTooLarge, ErrorBody
from arkan_desktop.sandbox.config import SandboxConfig, SignInLimits
from arkan_desktop.sandbox.ratelimit import ASGIApp, Message, Receive, Scope, Send, answer

# A sign-in body is an email (254) and a password (1,024) at most; far below this.
SIGN_IN_BODY_BYTES = 16 * 1024
_FORGET_ABOVE = 10_000  # doors kept before forgotten ones are pruned
_KEEP_AT_MOST = 100_000  # beyond this even unlocked doors are dropped
_MAX_DOUBLINGS = 30


@dataclass
class _Door:
    """What is known about one account or one address."""

    failures: int = 0
    last_failure: float = 0.0
    locked_until: float = 0.0
    locks: int = 0  # how often a lock was set: an attempt that saw a smaller number was overtaken


@dataclass(frozen=True)
class Ticket:
    """One admitted attempt: its doors (key and lock cap) and the locks each had then."""

    doors: tuple[tuple[str, float], ...]
    locks_seen: tuple[int, ...]


class SignInThrottle:
    """The bookkeeping: `admit` before the password is checked, `settle` after."""

    def __init__(self, limits: SignInLimits, clock: Callable[[], float] = time.monotonic) -> None:
        self.limits = limits
        self._clock = clock
        self._doors: dict[str, _Door] = {}
        self._lock = threading.Lock()
        self.refused = 0

    def _doors_of(self, account: str, address: str) -> tuple[tuple[str, float], ...]:
        limits = self.limits
        doors = [(f"address:{address}", limits.address_lock_cap_seconds)]
        if account:
            doors.append((f"account:{account}", limits.account_lock_cap_seconds))
        return tuple(doors)

    def _door(self, key: str, now: float) -> _Door:
        door = self._doors.get(key)
        if door is None:
            if len(self._doors) >= _FORGET_ABOVE:
                self._prune(now)
            door = self._doors[key] = _Door()
        elif (
            door.failures
            and now >= door.locked_until
            and now - door.last_failure > self.limits.forget_after_seconds
        ):
            door.failures = 0
        return door

    def _prune(self, now: float) -> None:
        forget = self.limits.forget_after_seconds
        self._doors = {
            k: d
            for k, d in self._doors.items()
            if now < d.locked_until or now - d.last_failure <= forget
        }
        if len(self._doors) >= _KEEP_AT_MOST:
            self._doors = {k: d for k, d in self._doors.items() if now < d.locked_until}

    def _wait(self, doors: tuple[tuple[str, float], ...], now: float) -> int:
        until = max(self._doors[key].locked_until for key, _ in doors if key in self._doors)
        return max(1, math.ceil(until - now))

    def admit(self, account: str, address: str) -> Ticket | int:
        """A ticket for one attempt, or the seconds to wait while its doors are locked."""
        with self._lock:
            now = self._clock()
            doors = self._doors_of(account, address)
            states = [self._door(key, now) for key, _ in doors]
            if any(now < door.locked_until for door in states):
                self.refused += 1
                return self._wait(doors, now)
            return Ticket(doors, tuple(door.locks for door in states))

    def settle(self, ticket: Ticket, status: int) -> int:
        """Record how an attempt ended: 0 to deliver its answer, else seconds for a 429."""
        with self._lock:
            now = self._clock()
            states = [self._door(key, now) for key, _ in ticket.doors]
            seen = zip(states, ticket.locks_seen, strict=True)
            overtaken = any(door.locks != locks for door, locks in seen)
            if status == 401:
                for door, (_, cap) in zip(states, ticket.doors, strict=True):
                    self._fail(door, cap, now)
            elif 200 <= status < 300 and not overtaken:
                for key, _ in ticket.doors:
                    self._doors.pop(key, None)
            elif not 200 <= status < 300:
                return 0  # a malformed request or a server error says nothing about the password
            if overtaken:
                self.refused += 1
                return self._wait(ticket.doors, now)
            return 0

    def _fail(self, door: _Door, cap: float, now: float) -> None:
        limits = self.limits
        door.failures += 1
        door.last_failure = now
        beyond = door.failures - limits.free_failures
        if beyond >= 0:
            seconds = min(limits.first_lock_seconds * 2 ** min(beyond, _MAX_DOUBLINGS), cap)
            door.locked_until = max(door.locked_until, now + seconds)
            door.locks += 1


def client_address(scope: Scope) -> str:
    client = scope.get("client")
    return str(client[0]) if client else "unknown"


def _route_path(scope: Scope) -> str:
    path, root = str(scope.get("path", "")), str(scope.get("root_path", ""))
    return path[len(root) :] if root and path.startswith(root) else path


def _account_of(body: bytes) -> str:
    try:
        email = json.loads(body).get("email")
    except (ValueError, AttributeError, RecursionError):
        return ""
    return email.strip().lower()[:254] if isinstance(email, str) else ""


async def _read_body(receive: Receive) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return b"".join(chunks)
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > SIGN_IN_BODY_BYTES:
            raise BodyTooLarge(SIGN_IN_BODY_BYTES)
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


class SignInThrottleMiddleware:
    """Throttles `POST path` (the flavour's sign-in) with a `SignInThrottle`."""

    def __init__(
        self, app: ASGIApp, throttle: SignInThrottle, path: str, error_body: ErrorBody
    ) -> None:
        self.app = app
        self.throttle = throttle
        self.path = path
        self.error_body = error_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or scope.get("method") != "POST"
            or _route_path(scope) != self.path
        ):
            await self.app(scope, receive, send)
            return
        body = await _read_body(receive)
        ticket = self.throttle.admit(_account_of(body), client_address(scope))
        if isinstance(ticket, int):
            await self._refuse(send, ticket)
            return
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}

        held: list[Message] = []

        async def hold(message: Message) -> None:
            held.append(message)

        await self.app(scope, replay, hold)
        status = next((m["status"] for m in held if m["type"] == "http.response.start"), 500)
        wait = self.throttle.settle(ticket, int(status))
        if wait:
            await self._refuse(send, wait)
            return
        for message in held:
            await send(message)

    async def _refuse(self, send: Send, wait: int) -> None:
        message = f"Too many failed sign-ins; try again in {wait} s"
        await answer(
            send, 429, self.error_body(429, message), [(b"retry-after", str(wait).encode())]
        )


def add_network_limits(
    app: FastAPI, config: SandboxConfig, sign_in_path: str, error_body: ErrorBody
) -> None:
    """Wrap what `app` has so far in the sign-in throttle, then the body limit around it."""
    app.state.sign_in_throttle = throttle = SignInThrottle(config.sign_in_limits)
    app.add_middleware(
        SignInThrottleMiddleware, throttle=throttle, path=sign_in_path, error_body=error_body
    )
    app.add_middleware(BodyLimitMiddleware, max_bytes=config.max_body_bytes, error_body=error_body)
