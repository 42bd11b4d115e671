"""The `/ws` events socket: module rooms and `module.invalidate` after each commit.

A client connects with `/ws?token=ACCESS_TOKEN[&companyId=ID]`, sends
`{"event": "join_module", "data": {"moduleKey": "accounting"}}` and from then on gets
`{"event": "module.invalidate", "data": {"moduleKey", "eventName"}}` whenever a change
to that company's module commits. The company is the message's `companyId`, else the
socket's (`companyId` query parameter or `X-Company-Id` header), else — the published
form, which names none — every company of the user whose role may read the module, so
that no change the user could see goes unannounced. The server sends
`{"event": "heartbeat"}` so idle sockets survive proxies, and closes the socket (code
4401) when the token expires.
Handlers run in worker threads; `EventHub.publish` is the thread-safe way in.
The hub's `presence` says who is online per company and carries per-user
`notification` events.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from fastapi import APIRouter, WebSocket, WebSocketDisconnect
from sqlalchemy import select

from arkan_desktop.sandbox.presence import Presence
from arkan_desktop.sandbox.storage import users

if TYPE_CHECKING:
    from arkan_desktop.sandbox.auth import Identity
    from arkan_desktop.sandbox.state import SandboxState

log = logging.getLogger("arkan_desktop.sandbox.events")

MODULE_PERMISSIONS = {
    "accounting": "accounting.read",
    "inventory": "inventory.read",
    "crm": "crm.read",
    "sales": "sales.read",
    "projects": "projects.read",
}
CLOSE_TOKEN_EXPIRED = 4401
CLOSE_DROPPED = 1012  # "service restart": what a dropped socket looks like to a client


@dataclass(eq=False)
class Subscriber:
    socket: WebSocket
    user_id: str
    queue: asyncio.Queue[str] = field(default_factory=asyncio.Queue)
    rooms: set[tuple[str, str]] = field(default_factory=set)


class EventHub:
    def __init__(self) -> None:
        self.loop: asyncio.AbstractEventLoop | None = None
        self.rooms: dict[tuple[str, str], set[Subscriber]] = {}
        self.subscribers: set[Subscriber] = set()
        self.published = 0
        self.presence = Presence(self)

    def bind(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop

    def publish(self, company_id: str, module: str, event_name: str) -> None:
        """Tell the company's module room that something changed (any thread)."""
        loop = self.loop
        if loop is None or loop.is_closed():
            return
        message = json.dumps(
            {"event": "module.invalidate", "data": {"moduleKey": module, "eventName": event_name}}
        )
        with contextlib.suppress(RuntimeError):  # the loop is shutting down
            loop.call_soon_threadsafe(self._deliver, (company_id, module), message)

    def _deliver(self, room: tuple[str, str], message: str) -> None:
        for sub in self.rooms.get(room, ()):
            sub.queue.put_nowait(message)
        self.published += 1

    def join(self, sub: Subscriber, company_id: str, module: str) -> None:
        self.rooms.setdefault((company_id, module), set()).add(sub)
        sub.rooms.add((company_id, module))
        self.presence.attach(sub, company_id)

    def leave(self, sub: Subscriber, company_id: str, module: str) -> None:
        self.rooms.get((company_id, module), set()).discard(sub)
        sub.rooms.discard((company_id, module))

    def remove(self, sub: Subscriber) -> None:
        for room in list(sub.rooms):
            self.leave(sub, *room)
        self.subscribers.discard(sub)
        self.presence.detach(sub)

    async def drop_all(self) -> int:
        """Close every socket at once (the chaos `ws-drop` fault)."""
        subs = list(self.subscribers)
        for sub in subs:
            with contextlib.suppress(Exception):
                await sub.socket.close(code=CLOSE_DROPPED)
        return len(subs)


router = APIRouter()


def _state(socket: WebSocket) -> SandboxState:
    return socket.app.state.sandbox


@router.websocket("/ws")
async def events_socket(socket: WebSocket) -> None:
    from arkan_desktop.sandbox.auth import allowed, identity_from_token
    from arkan_desktop.sandbox.context import company_role
    from arkan_desktop.sandbox.errors import ApiError

    state = _state(socket)
    token = socket.query_params.get("token", "")
    try:
        identity = identity_from_token(state, token)
        expires_at = _token_expiry(state, token)
    except ApiError:
        await socket.close(code=CLOSE_TOKEN_EXPIRED)  # before accept: the handshake is refused
        return
    await socket.accept()
    sub = Subscriber(socket, identity.user_id)
    state.hub.subscribers.add(sub)
    default_company = (
        socket.query_params.get("companyId") or socket.headers.get("x-company-id") or ""
    ).strip()
    await announce_online(state, sub, identity, default_company)

    async def reply(event: str, data: dict[str, Any]) -> None:
        await sub.queue.put(json.dumps({"event": event, "data": data}))

    async def read_loop() -> None:
        while True:
            raw = await socket.receive_text()
            try:
                message = json.loads(raw)
                event = message["event"]
                data = message.get("data") or {}
            except (ValueError, KeyError, TypeError, AttributeError):
                await reply("error", {"message": "Messages must be JSON {event, data}"})
                continue
            if event == "ping":
                await reply("pong", {"time": time.time()})
                continue
            if event not in ("join_module", "leave_module"):
                await reply("error", {"message": f"Unknown event '{event}'"})
                continue
            module = str(data.get("moduleKey", ""))
            company_id = str(data.get("companyId") or default_company)
            if module not in MODULE_PERMISSIONS:
                known = ", ".join(MODULE_PERMISSIONS)
                await reply("error", {"message": f"Unknown moduleKey '{module}' (known: {known})"})
                continue
            if event == "leave_module":
                rooms = [(company_id, module)] if company_id else _rooms_of(sub, module)
                for room in rooms:
                    state.hub.leave(sub, *room)
                    await reply("left_module", {"moduleKey": module, "companyId": room[0]})
                if not rooms:  # in no room of that module: still answered
                    await reply("left_module", {"moduleKey": module})
                continue
            if company_id:
                role = await asyncio.to_thread(company_role, state, identity, company_id)
                readable = (
                    [company_id] if role and allowed(role, MODULE_PERMISSIONS[module]) else []
                )
                where = f"company '{company_id}'"
            else:
                readable = await asyncio.to_thread(_companies_reading, state, identity, module)
                where = "any of your companies"
            if not readable:
                await reply(
                    "error",
                    {"message": f"No access to module '{module}' of {where}", "moduleKey": module},
                )
                continue
            for company in readable:
                state.hub.join(sub, company, module)
                await reply("joined_module", {"moduleKey": module, "companyId": company})

    async def send_loop() -> None:
        while True:
            await socket.send_text(await sub.queue.get())

    async def heartbeat() -> None:
        while True:
            await asyncio.sleep(state.config.heartbeat_seconds)
            await sub.queue.put(json.dumps({"event": "heartbeat", "data": {"time": time.time()}}))

    async def expiry() -> None:
        await asyncio.sleep(max(0.0, expires_at - time.time()))
        await socket.close(code=CLOSE_TOKEN_EXPIRED, reason="token expired")

    tasks = [asyncio.create_task(t()) for t in (read_loop, send_loop, heartbeat, expiry)]
    try:
        await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    except WebSocketDisconnect:
        pass
    finally:
        for t in tasks:
            t.cancel()
        for t in tasks:
            with contextlib.suppress(BaseException):
                await t
        state.hub.remove(sub)
        with contextlib.suppress(Exception):
            await socket.close()


def _rooms_of(sub: Subscriber, module: str) -> list[tuple[str, str]]:
    return [room for room in sub.rooms if room[1] == module]


def _companies_reading(state: SandboxState, identity: Identity, module: str) -> list[str]:
    """The user's companies (in their own tenant) whose role may read `module`."""
    from arkan_desktop.sandbox.auth import allowed
    from arkan_desktop.sandbox.storage import companies, memberships

    with state.engine.connect() as conn:
        rows = conn.execute(
            select(memberships.c.company_id, memberships.c.role)
            .join(companies, companies.c.id == memberships.c.company_id)
            .where(
                memberships.c.user_id == identity.user_id,
                companies.c.tenant_id == identity.tenant_id,
            )
            .order_by(memberships.c.company_id)
        ).all()
    return [company for company, role in rows if allowed(role, MODULE_PERMISSIONS[module])]


async def announce_online(
    state: SandboxState, sub: Subscriber, identity: Identity, company_id: str
) -> None:
    """Name the socket's user, and put it in the company it connected for (if theirs)."""
    from arkan_desktop.sandbox.context import company_role

    def look_up() -> tuple[str, str | None]:
        with state.engine.connect() as conn:
            row = conn.execute(
                select(users.c.full_name).where(users.c.id == identity.user_id)
            ).first()
        role = company_role(state, identity, company_id) if company_id else None
        return (row[0] if row else ""), role

    full_name, role = await asyncio.to_thread(look_up)
    state.hub.presence.register(identity.user_id, full_name)
    if role is not None:
        state.hub.presence.attach(sub, company_id)


def _token_expiry(state: SandboxState, token: str) -> float:
    import jwt

    claims = jwt.decode(token, state.signing_key, algorithms=["HS256"])
    return float(claims["exp"])
