"""What a server says to the user, read from its wire shape into plain values.

`notification`, `user_joined` and `user_left` arrive on the events socket (and
notifications also in `GET /notifications` pages); this turns their `data` into a
`Notification`, a `Colleague` or a `ColleagueLeft`, or None when the payload is not one
(a missing id, the wrong types). Every text is made plain on the way in: control and
bidirectional-override characters gone, whitespace collapsed, cut to a bounded length
(domain/notifications.py) — a person reads these in the window and in the OS's
notifications, so nothing a server sends may restyle, reorder or flood them. No I/O.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from arkan_desktop.domain.notifications import (
    MAX_BODY,
    MAX_CODE,
    MAX_ID,
    MAX_NAME,
    MAX_TITLE,
    Colleague,
    ColleagueLeft,
    Notification,
)

NOTIFICATION, USER_JOINED, USER_LEFT = "notification", "user_joined", "user_left"
SERVER_EVENTS = frozenset({NOTIFICATION, USER_JOINED, USER_LEFT})

# Terminal escape sequences whole, then C0/C1 controls (a newline or tab becomes a space
# first), bidirectional embeddings, overrides and isolates, and the byte-order mark;
# letters, marks and joiners stay.
_UNSAFE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]?|[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff]"
)
_WHITESPACE = re.compile(r"\s+")


def plain(value: Any, limit: int) -> str:
    """A server's text as one plain line of at most `limit` characters ("…" when cut)."""
    if value is None or isinstance(value, dict | list):
        return ""
    text = _WHITESPACE.sub(" ", _UNSAFE.sub("", _WHITESPACE.sub(" ", str(value)))).strip()
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text


def _id(value: Any) -> str | None:
    """An id as text, or None when it is missing, not a scalar, or unreasonably long."""
    if isinstance(value, bool) or not isinstance(value, str | int):
        return None
    text = plain(value, MAX_ID + 1)
    return text if 0 < len(text) <= MAX_ID else None


def _moment(value: Any) -> str:
    """An ISO timestamp as the server wrote it, if it is one; else now (UTC)."""
    if isinstance(value, str) and len(value) <= 40:
        try:
            datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            pass
        else:
            return value
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def notification_from(data: Mapping[str, Any]) -> Notification | None:
    """A notification object (socket or list) as a `Notification`; None when it has no id."""
    notice_id = _id(data.get("id"))
    if notice_id is None:
        return None
    document_type = plain(data.get("documentType"), MAX_CODE) or None
    return Notification(
        id=notice_id,
        type=plain(data.get("type"), MAX_CODE) or "notice",
        title=plain(data.get("title"), MAX_TITLE),
        body=plain(data.get("body"), MAX_BODY),
        document_type=document_type,
        document_id=_id(data.get("documentId")) if document_type else None,
        created_at=_moment(data.get("createdAt")),
        read=data.get("read") is True,
    )


def colleague_from(data: Mapping[str, Any]) -> Colleague | None:
    user_id = _id(data.get("userId"))
    if user_id is None:
        return None
    state = plain(data.get("state"), MAX_CODE) or "online"
    return Colleague(user_id, plain(data.get("fullName"), MAX_NAME) or user_id, state)


def server_event(
    event: str, data: Mapping[str, Any]
) -> Notification | Colleague | ColleagueLeft | None:
    """The value an events-socket message carries, or None when it is not one we read."""
    if event == NOTIFICATION:
        return notification_from(data)
    if event == USER_JOINED:
        return colleague_from(data)
    if event == USER_LEFT:
        user_id = _id(data.get("userId"))
        return ColleagueLeft(user_id) if user_id else None
    return None
