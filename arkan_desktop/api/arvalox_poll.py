"""Polling in place of an events socket: what an Arvalox server's "live" connection is.

Arvalox has no events socket, so `ArvaloxConnector.events()` hands the sync service this
stand-in, an `EventSource` like `EventsClient`: every `poll_interval` it checks the
server with one cheap `GET /ping` and, when it answers, asks for a pull of the joined
modules (a pull costs one request per resource when nothing changed). The connection
state it reports is what the status bar shows: online while the server answers, offline
while it cannot be reached. While offline it checks every `retry_interval` seconds
instead, so that queued writes leave soon after the server is back (`on_reconnect`); a
pull or a send that finds the server gone turns it offline at once (the session says so).
It opens no socket and never reads data itself.
"""

from __future__ import annotations

import asyncio
import logging
import random
from typing import Any, Protocol

from arkan_desktop.api.connector import ConnectionState, InvalidateHandler, ReconnectHandler
from arkan_desktop.api.errors import ApiError, ApiErrorKind
from arkan_desktop.api.live import LiveConnection
from arkan_desktop.api.ratelimit import Priority

log = logging.getLogger(__name__)

_UNREACHABLE = frozenset({ApiErrorKind.NETWORK, ApiErrorKind.TIMEOUT, ApiErrorKind.SERVER})
CHECK_EVERY = 1.0  # seconds: how soon a failed pull or send turns the state offline


class PolledSession(Protocol):
    server_url: str
    # Whether the last request reached the server (None before the first).
    reachable: bool | None


class PolledServer(Protocol):
    """What the poller needs of a connector (an `ArvaloxConnector`)."""

    retry_interval: float

    @property
    def session(self) -> PolledSession: ...

    @property
    def poll_interval(self) -> float: ...

    async def ping(self, *, priority: Priority = Priority.INTERACTIVE) -> Any: ...


class ArvaloxPoller(LiveConnection):
    """Polls one Arvalox server politely and reports whether it answers (an `EventSource`)."""

    task_name = "arvalox-poll"

    def __init__(
        self,
        connector: PolledServer,
        on_invalidate: InvalidateHandler,
        on_reconnect: ReconnectHandler,
        rng: random.Random | None = None,
    ) -> None:
        super().__init__(on_invalidate, on_reconnect, rng=rng)
        self.connector = connector
        self.polls = 0

    def __repr__(self) -> str:
        return f"ArvaloxPoller({self.connector.session.server_url!r}, state={self.state.value!r})"

    async def _reachable(self) -> bool:
        try:
            await self.connector.ping(priority=Priority.BACKGROUND)
        except ApiError as error:
            if error.kind in _UNREACHABLE:
                log.info("%r: the server cannot be reached (%s)", self, error.message)
                return False
            # It answered (a spent budget, a refused key): reachable; the pull says more.
            log.info("%r: the server answered the poll with %s", self, error.message)
        return True

    async def _pause(self, seconds: float) -> None:
        """Wait until the next poll, or less once another request found the server gone."""
        loop = asyncio.get_running_loop()
        end = loop.time() + seconds
        while (left := end - loop.time()) > 0:
            if self.connected and self.connector.session.reachable is False:
                return
            await asyncio.sleep(min(CHECK_EVERY, left))

    async def _run(self) -> None:
        was_online = False
        try:
            while True:
                self.attempts += 1
                reachable = await self._reachable()
                if reachable:
                    self._set_state(ConnectionState.ONLINE)
                    if was_online:
                        self.polls += 1
                        for module in sorted(self.modules):
                            await self.on_invalidate(module, "poll")
                    elif self.connects:
                        # Back after being unreachable: pull everything and send the outbox.
                        self.reconnects += 1
                        await self.on_reconnect()
                    self.connects += not was_online
                    was_online = True
                    delay = self.connector.poll_interval
                else:
                    self._set_state(ConnectionState.OFFLINE)
                    was_online = False
                    delay = self.connector.retry_interval
                await self._pause(delay * self._rng.uniform(0.9, 1.1))
        finally:
            self._set_state(ConnectionState.OFFLINE)
