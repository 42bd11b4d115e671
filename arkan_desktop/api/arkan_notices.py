"""Arkan's notifications and presence over HTTP (endpoints the reference does not publish).

`GET /notifications` (newest first, `meta.unreadCount`), `POST /notifications/:id/read`,
`POST /notifications/read-all`, `GET /presence` (who of the company is connected) and
`GET /auth/me` (to leave the signed-in user out of the colleagues). All are "assumed":
a server that answers 404 does not offer them, which the caller hears as a NOT_FOUND
`ApiError`. Pages are read tolerantly and bounded (`parse_page`); an entry that is not a
notification is skipped. Nothing above `api/` names these paths.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol
from urllib.parse import quote

from arkan_desktop.api.connector import Colleague, NotificationPage
from arkan_desktop.api.ratelimit import Priority
from arkan_desktop.api.server_events import colleague_from, notification_from
from arkan_desktop.api.wire import parse_page

PAGE = 100
MAX_COLLEAGUES = 500


class Requests(Protocol):
    """What these calls need of a session."""

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        priority: Priority = Priority.INTERACTIVE,
    ) -> Any: ...


async def notification_page(
    session: Requests, cursor: str | None = None, unread_only: bool = False
) -> NotificationPage:
    """One page of the user's notifications (or only the unread ones), newest first."""
    params: dict[str, Any] = {"limit": PAGE, "sort": "createdAt", "order": "desc"}
    if unread_only:
        params["unread"] = "true"
    if cursor:
        params["cursor"] = cursor
    body = await session.request(
        "GET", "/notifications", params=params, priority=Priority.BACKGROUND
    )
    page = parse_page(body)
    found = (notification_from(r) for r in page.records[:PAGE] if isinstance(r, Mapping))
    meta = body.get("meta") if isinstance(body, Mapping) else None
    unread = meta.get("unreadCount") if isinstance(meta, Mapping) else None
    return NotificationPage(
        notifications=tuple(n for n in found if n is not None),
        unread=unread if isinstance(unread, int) and not isinstance(unread, bool) else None,
        has_more=page.has_more,
        cursor=page.cursor,
    )


async def mark_read(session: Requests, notification_id: str) -> None:
    path = f"/notifications/{quote(notification_id, safe='')}/read"
    await session.request("POST", path)


async def mark_all_read(session: Requests) -> None:
    await session.request("POST", "/notifications/read-all")


async def my_user_id(session: Requests) -> str | None:
    """The signed-in user's id (`GET /auth/me`), None when the answer has none."""
    body = await session.request("GET", "/auth/me", priority=Priority.BACKGROUND)
    me = body.get("id") if isinstance(body, Mapping) else None
    return str(me) if isinstance(me, str | int) and not isinstance(me, bool) else None


async def colleagues_online(session: Requests, me: str | None) -> tuple[Colleague, ...]:
    """Who of the company is connected now, the user `me` left out, by name."""
    body = await session.request("GET", "/presence", priority=Priority.BACKGROUND)
    data = body.get("data") if isinstance(body, Mapping) else body
    if not isinstance(data, list):
        return ()
    found = (colleague_from(e) for e in data[:MAX_COLLEAGUES] if isinstance(e, Mapping))
    colleagues = {c.user_id: c for c in found if c is not None and c.user_id != me}
    return tuple(sorted(colleagues.values(), key=lambda c: (c.full_name.casefold(), c.user_id)))
