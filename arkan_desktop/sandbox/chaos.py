"""Faults on purpose, for reliability tests: latency, errors, lost responses, dropped sockets.

Deterministic for a seed: the same sequence of requests meets the same faults.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import random

from arkan_desktop.sandbox.config import Chaos
from arkan_desktop.sandbox.events import EventHub
from arkan_desktop.sandbox.ratelimit import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger("arkan_desktop.sandbox.chaos")

_WRITE_METHODS = {"POST", "PATCH", "PUT", "DELETE"}


class LostResponse(Exception):
    """Raised after a committed write's response has started, to cut the connection."""


class ChaosMiddleware:
    def __init__(self, app: ASGIApp, chaos: Chaos) -> None:
        self.app = app
        self.chaos = chaos
        self.random = random.Random(chaos.seed)
        self.injected_errors = 0
        self.lost_responses = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not self.chaos.active:
            await self.app(scope, receive, send)
            return
        low, high = self.chaos.latency_ms
        delay = self.random.uniform(low, high) / 1000 if high else 0.0
        fail = self.random.random() < self.chaos.error_rate
        lose = (
            scope.get("method") in _WRITE_METHODS
            and "/auth/" not in scope.get("path", "")
            and self.random.random() < self.chaos.lost_rate
        )
        if delay:
            await asyncio.sleep(delay)
        if fail:
            self.injected_errors += 1
            body = json.dumps(
                {"statusCode": 500, "message": "Injected fault (sandbox chaos mode)", "errors": []}
            ).encode()
            await send(
                {
                    "type": "http.response.start",
                    "status": 500,
                    "headers": [
                        (b"content-type", b"application/json"),
                        (b"content-length", str(len(body)).encode()),
                    ],
                }
            )
            await send({"type": "http.response.body", "body": body})
            return
        if not lose:
            await self.app(scope, receive, send)
            return

        async def cut_after_start(message: Message) -> None:
            if message["type"] == "http.response.start" and message["status"] < 400:
                await send(message)
                self.lost_responses += 1
                raise LostResponse("response cut off after commit (sandbox chaos mode)")
            await send(message)

        # On LostResponse the server closes the connection: the client never sees the body.
        with contextlib.suppress(LostResponse):
            await self.app(scope, receive, cut_after_start)


async def drop_sockets_periodically(hub: EventHub, every: float) -> None:
    while True:
        await asyncio.sleep(every)
        dropped = await hub.drop_all()
        if dropped:
            log.info("chaos: dropped %d event sockets", dropped)
