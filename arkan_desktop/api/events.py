"""The server's events socket: module rooms, invalidation pokes, reconnecting by itself.

`EventsClient` keeps one WebSocket to `/ws` open, joins the module rooms it was asked to
(again after every reconnect), and hands each `module.invalidate` to `on_invalidate`.
After a reconnect it calls `on_reconnect`, because events may have been missed. The URL
carries the access token, so it is rebuilt on every attempt (refreshing the token first
when it is due) and only ever logged as `token=***`. An event is a poke, never data: this
module passes on names only and reads no records. A message it cannot read (not JSON,
or nested deeper than `MAX_JSON_DEPTH`) is dropped and logged once; the socket stays.
What the server says to the user (`notification`, `user_joined`, `user_left`) goes to
`on_event` as plain values, its text made plain and bounded (server_events.py).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import random
import ssl
import time
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from typing import Any, Protocol
from urllib.parse import urlencode, urlsplit, urlunsplit

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidStatus

from arkan_desktop import __version__
from arkan_desktop.api.backoff import backoff
from arkan_desktop.api.connector import (
    ConnectionState,
    InvalidateHandler,
    ReconnectHandler,
    StateHandler,
)
from arkan_desktop.api.errors import ApiError, redact
from arkan_desktop.api.limits import MAX_JSON_DEPTH
from arkan_desktop.api.live import LiveConnection
from arkan_desktop.api.server_events import SERVER_EVENTS, server_event
from arkan_desktop.api.wire import TOO_DEEP, json_depth

__all__ = ["CLOSE_TOKEN_EXPIRED", "ConnectionState", "EventsClient", "SocketSession", "events_url"]

log = logging.getLogger(__name__)

CLOSE_TOKEN_EXPIRED = 4401
_TOKEN_REFUSED_STATUS = (401, 403)


class SocketSession(Protocol):
    """What the socket needs of a signed-in session (an `ApiSession`)."""

    server_url: str
    ssl_context: ssl.SSLContext

    @property
    def company_id(self) -> str | None: ...

    async def access_token(self) -> str: ...

    async def refresh(self, stale_token: str | None = None) -> None: ...


class _RedactingLogger(logging.LoggerAdapter[logging.Logger]):
    """websockets logs the request line, token and all; this rewrites it before it lands."""

    def log(self, level: int, msg: object, *args: object, **kwargs: Any) -> None:
        if self.isEnabledFor(level):
            text = str(msg) % args if args else str(msg)
            self.logger.log(level, "%s", redact(text), **kwargs)

    def process(self, msg: Any, kwargs: MutableMapping[str, Any]) -> tuple[Any, Any]:
        return msg, kwargs


_wire_log = _RedactingLogger(logging.getLogger("arkan_desktop.api.events.wire"), {})


def events_url(server_url: str, token: str, company_id: str | None) -> str:
    """`ws(s)://host/ws?token=…&companyId=…` for a server's API root."""
    parts = urlsplit(server_url)
    scheme = "wss" if parts.scheme == "https" else "ws"
    query = {"token": token, **({"companyId": company_id} if company_id else {})}
    return urlunsplit((scheme, parts.netloc, "/ws", urlencode(query), ""))


def _message(event: str, module: str) -> str:
    return json.dumps({"event": event, "data": {"moduleKey": module}})


@dataclass
class _Attempt:
    """How one connection attempt ended."""

    up_for: float | None = None  # seconds it stayed open; None if it never opened
    token: str | None = None
    token_refused: bool = False


class EventsClient(LiveConnection):
    """Keeps the events socket of one session open until `stop()` (an `EventSource`)."""

    def __init__(
        self,
        session: SocketSession,
        on_invalidate: InvalidateHandler,
        on_reconnect: ReconnectHandler,
        *,
        on_state: StateHandler | None = None,
        stable_after: float = 10.0,
        backoff_base: float = 0.5,
        backoff_cap: float = 30.0,
        open_timeout: float = 10.0,
        rng: random.Random | None = None,
    ) -> None:
        super().__init__(on_invalidate, on_reconnect, on_state=on_state, rng=rng)
        self.session = session
        self.stable_after = stable_after
        self.backoff_base = backoff_base
        self.backoff_cap = backoff_cap
        self.open_timeout = open_timeout
        self.joined_modules: set[str] = set()  # rooms the server confirmed on this socket
        self._dropped: set[str] = set()  # kinds of unreadable message already logged
        self._outgoing: asyncio.Queue[str] | None = None

    def __repr__(self) -> str:
        return f"EventsClient({self.session.server_url!r}, state={self.state.value!r})"

    def _joined(self, module: str) -> None:
        if self._outgoing is not None:
            self._outgoing.put_nowait(_message("join_module", module))

    def _left(self, module: str) -> None:
        self.joined_modules.discard(module)
        if self._outgoing is not None:
            self._outgoing.put_nowait(_message("leave_module", module))

    # --- the connection loop ------------------------------------------------------------

    async def _run(self) -> None:
        failures = 0
        try:
            while True:
                attempt = await self._connect_once()
                if attempt.token_refused:
                    await self._refresh(attempt.token)
                up_for = attempt.up_for
                if up_for is not None:
                    # Back off afresh only once a socket has proved itself; a token expiry
                    # on a socket that worked is not the server failing.
                    stayed = up_for >= self.stable_after
                    if stayed or (attempt.token_refused and up_for >= 1.0):
                        failures = 0
                    self._set_state(ConnectionState.RECONNECTING)
                else:
                    self._set_state(ConnectionState.OFFLINE)
                delay = backoff(
                    failures + 1, base=self.backoff_base, cap=self.backoff_cap, rng=self._rng
                )
                failures = min(failures + 1, 30)
                log.debug("events: reconnecting in %.2f s", delay)
                await asyncio.sleep(delay)
        finally:
            self._outgoing = None
            self.joined_modules.clear()
            self._set_state(ConnectionState.OFFLINE)

    async def _refresh(self, stale_token: str | None) -> None:
        try:
            await self.session.refresh(stale_token=stale_token)
        except ApiError as exc:
            log.warning("events: could not renew the sign-in: %s", exc.message)

    async def _connect_once(self) -> _Attempt:
        attempt = _Attempt()
        self.attempts += 1
        try:
            attempt.token = await self.session.access_token()
        except ApiError as exc:
            log.warning("events: no sign-in to connect with: %s", exc.message)
            return attempt
        url = events_url(self.session.server_url, attempt.token, self.session.company_id)
        shown = redact(url)
        opened_at: float | None = None
        close_code: int | None = None
        try:
            async with connect(
                url,
                open_timeout=self.open_timeout,
                close_timeout=2,
                ssl=self.session.ssl_context if url.startswith("wss:") else None,
                logger=_wire_log,
                user_agent_header=f"arkan-desktop/{__version__}",
            ) as socket:
                opened_at = time.monotonic()
                await self._serve(socket, shown)
                close_code = socket.close_code
        except InvalidStatus as exc:
            status = exc.response.status_code
            attempt.token_refused = status in _TOKEN_REFUSED_STATUS
            log.info("events: %s refused the socket (HTTP %d)", shown, status)
        except ConnectionClosed as exc:
            close_code = exc.rcvd.code if exc.rcvd is not None else None
        except (OSError, TimeoutError, EOFError) as exc:
            log.info("events: cannot reach %s: %s", shown, redact(str(exc)) or type(exc).__name__)
        except Exception as exc:  # a socket library failure must not end the reconnect loop
            log.warning("events: connection to %s failed: %s", shown, type(exc).__name__)
        finally:
            self._outgoing = None
            self.joined_modules.clear()
        if opened_at is not None:
            attempt.up_for = time.monotonic() - opened_at
            if close_code == CLOSE_TOKEN_EXPIRED:
                attempt.token_refused = True
            log.info("events: socket closed (code %s) after %.1f s", close_code, attempt.up_for)
        return attempt

    async def _serve(self, socket: ClientConnection, shown: str) -> None:
        outgoing: asyncio.Queue[str] = asyncio.Queue()
        for module in sorted(self._modules):
            outgoing.put_nowait(_message("join_module", module))
        self._outgoing = outgoing
        reconnected = self.connects > 0
        self.connects += 1
        self._set_state(ConnectionState.ONLINE)
        log.info("events: connected to %s", shown)
        sender = asyncio.create_task(self._send_loop(socket, outgoing), name="arkan-events-send")
        try:
            if reconnected:
                self.reconnects += 1
                await self._call(self.on_reconnect)
            async for raw in socket:
                await self._handle(raw)
        finally:
            sender.cancel()
            with contextlib.suppress(asyncio.CancelledError, ConnectionClosed):
                await sender

    @staticmethod
    async def _send_loop(socket: ClientConnection, outgoing: asyncio.Queue[str]) -> None:
        while True:
            await socket.send(await outgoing.get())

    async def _handle(self, raw: str | bytes) -> None:
        try:
            text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
            if json_depth(text) > MAX_JSON_DEPTH:
                raise ValueError(TOO_DEEP)
            message = json.loads(text)
        except (ValueError, RecursionError) as exc:
            # One bad message is dropped, not a reason to drop the connection; said once.
            deep = isinstance(exc, RecursionError) or str(exc) == TOO_DEEP
            reason = f"nested more than {MAX_JSON_DEPTH} levels deep" if deep else "not JSON"
            if reason not in self._dropped:
                self._dropped.add(reason)
                log.warning("events: ignored a message from the server: %s", reason)
            return
        if not isinstance(message, dict):
            return
        event = message.get("event")
        data = message.get("data")
        if not isinstance(data, dict):
            data = {}
        module = data.get("moduleKey")
        if event == "module.invalidate" and isinstance(module, str):
            await self._call(self.on_invalidate, module, str(data.get("eventName") or ""))
        elif event == "joined_module" and module in self._modules:
            self.joined_modules.add(module)
        elif event == "left_module" and isinstance(module, str):
            self.joined_modules.discard(module)
        elif event in SERVER_EVENTS and self.on_event is not None:
            told = server_event(str(event), data)
            if told is not None:
                await self._call(self.on_event, told)
        elif event == "error":
            log.warning("events: the server said: %s", redact(str(data.get("message")))[:300])
        # heartbeat, pong and events this client does not use are ignored on purpose

    async def _call(self, handler: Callable[..., Awaitable[None]], *args: object) -> None:
        try:
            await handler(*args)
        except ApiError as exc:
            log.warning("events: a handler failed: %s", exc.message)
        except Exception:
            log.exception("events: a handler failed")
