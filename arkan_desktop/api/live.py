"""What every `EventSource` shares: its handlers, the modules it follows, its state, its task.

The events socket (events.py) and the Arvalox poller (arvalox_poll.py) differ only in
how they learn of changes (`_run`); joining and leaving modules, reporting the state to
`on_state`, counting connects and reconnects, and starting and stopping the background
task are here, once. It opens nothing itself.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random

from arkan_desktop.api.connector import (
    ConnectionState,
    EventHandler,
    InvalidateHandler,
    ReconnectHandler,
    StateHandler,
)

log = logging.getLogger(__name__)


class LiveConnection:
    """The shared part of an event source; subclasses give `_run` (and may hear joins)."""

    task_name = "arkan-events"

    def __init__(
        self,
        on_invalidate: InvalidateHandler,
        on_reconnect: ReconnectHandler,
        *,
        on_state: StateHandler | None = None,
        rng: random.Random | None = None,
    ) -> None:
        self.on_invalidate = on_invalidate
        self.on_reconnect = on_reconnect
        self.on_state = on_state
        self.on_event: EventHandler | None = None  # what the server says to the user
        self.attempts = 0  # tries to reach the server, successful or not
        self.connects = 0
        self.reconnects = 0
        self._modules: set[str] = set()
        self._rng = rng or random.Random()
        self._state = ConnectionState.OFFLINE
        self._task: asyncio.Task[None] | None = None

    @property
    def state(self) -> ConnectionState:
        return self._state

    @property
    def connected(self) -> bool:
        return self._state is ConnectionState.ONLINE

    @property
    def modules(self) -> frozenset[str]:
        return frozenset(self._modules)

    def join(self, module: str) -> None:
        """Hear about `module` (now if connected, and after every reconnect)."""
        self._modules.add(module)
        self._joined(module)

    def leave(self, module: str) -> None:
        self._modules.discard(module)
        self._left(module)

    def _joined(self, module: str) -> None:
        """A module was joined (a socket tells the server; a poller needs nothing)."""

    def _left(self, module: str) -> None:
        """A module was left."""

    def start(self) -> None:
        """Start in the background (call from the running event loop)."""
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(self._run(), name=self.task_name)

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._set_state(ConnectionState.OFFLINE)

    async def _run(self) -> None:
        raise NotImplementedError

    def _set_state(self, state: ConnectionState) -> None:
        if state is self._state:
            return
        self._state = state
        if self.on_state is not None:
            try:
                self.on_state(state)
            except Exception:
                log.exception("%r: the state listener failed", self)
