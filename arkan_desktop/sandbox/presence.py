"""Who is online in which company, and messages addressed to one user's sockets.

A socket belongs to a company once it names it (`?companyId=` of a company of the user)
or joins one of its module rooms. When a user's first socket of a company arrives, the
company's other connected users get `user_joined {userId, fullName, state}`; when their
last one goes, `user_left {userId}`. `send` (any thread) delivers an event — a
`notification` — to every socket of one user in one company. Everything else runs on
the event loop's thread, where the hub lives.
"""

from __future__ import annotations

import contextlib
import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from arkan_desktop.sandbox.events import EventHub, Subscriber

ONLINE = "online"


class Presence:
    def __init__(self, hub: EventHub) -> None:
        self.hub = hub
        # company id -> user id -> that user's sockets in the company
        self.sockets: dict[str, dict[str, set[Subscriber]]] = {}
        self.names: dict[str, str] = {}  # user id -> full name

    def register(self, user_id: str, full_name: str) -> None:
        self.names[user_id] = full_name

    def attach(self, sub: Subscriber, company_id: str) -> None:
        users = self.sockets.setdefault(company_id, {})
        mine = users.setdefault(sub.user_id, set())
        if sub in mine:
            return
        first = not mine
        mine.add(sub)
        if first:
            self._tell_others(company_id, sub.user_id, "user_joined", self._entry(sub.user_id))

    def detach(self, sub: Subscriber) -> None:
        for company_id, users in list(self.sockets.items()):
            mine = users.get(sub.user_id)
            if not mine or sub not in mine:
                continue
            mine.discard(sub)
            if not mine:
                del users[sub.user_id]
                self._tell_others(company_id, sub.user_id, "user_left", {"userId": sub.user_id})

    def online(self, company_id: str) -> list[dict[str, Any]]:
        users = self.sockets.get(company_id, {})
        return sorted(
            (self._entry(user_id) for user_id, subs in users.items() if subs),
            key=lambda e: e["fullName"],
        )

    def send(self, company_id: str, user_id: str, event: str, data: dict[str, Any]) -> None:
        """Deliver `event` to the user's sockets in the company (safe from any thread)."""
        loop = self.hub.loop
        if loop is None or loop.is_closed():
            return
        message = json.dumps({"event": event, "data": data}, ensure_ascii=False)
        with contextlib.suppress(RuntimeError):  # the loop is shutting down
            loop.call_soon_threadsafe(self._deliver, company_id, user_id, message)

    def _deliver(self, company_id: str, user_id: str, message: str) -> None:
        for sub in self.sockets.get(company_id, {}).get(user_id, ()):
            sub.queue.put_nowait(message)

    def _entry(self, user_id: str) -> dict[str, Any]:
        return {"userId": user_id, "fullName": self.names.get(user_id, ""), "state": ONLINE}

    def _tell_others(self, company_id: str, user_id: str, event: str, data: dict[str, Any]) -> None:
        message = json.dumps({"event": event, "data": data}, ensure_ascii=False)
        for other, subs in self.sockets.get(company_id, {}).items():
            if other == user_id:
                continue
            for sub in subs:
                sub.queue.put_nowait(message)
