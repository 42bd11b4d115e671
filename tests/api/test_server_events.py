"""What a server says to the user, read into plain values: typed, plain text, bounded."""

from __future__ import annotations

from typing import Any

from arkan_desktop.api.server_events import notification_from, server_event
from arkan_desktop.domain.notifications import (
    MAX_BODY,
    MAX_TITLE,
    Colleague,
    ColleagueLeft,
    Notification,
    document_resource,
)

WIRE: dict[str, Any] = {
    "id": "n-1",
    "type": "purchase_order_approval",
    "title": "Purchase order PO-0042 awaits approval",
    "body": "Gulf Supplies: 1,050.00 AED",
    "documentType": "purchase_order",
    "documentId": "po-42",
    "createdAt": "2026-11-24T09:15:00.000000Z",
    "read": False,
    "companyId": "c-1",
}


def test_a_notification_is_read_with_its_document() -> None:
    notice = server_event("notification", WIRE)
    assert notice == Notification(
        id="n-1",
        type="purchase_order_approval",
        title="Purchase order PO-0042 awaits approval",
        body="Gulf Supplies: 1,050.00 AED",
        document_type="purchase_order",
        document_id="po-42",
        created_at="2026-11-24T09:15:00.000000Z",
        read=False,
    )
    assert document_resource(notice) == "purchase_orders"


def test_server_text_is_plain_one_line_and_bounded() -> None:
    notice = notification_from(
        WIRE
        | {
            "title": "Invoice\x1b[31m INV-1\u202e\u2067 is\n\toverdue\x07" + "!" * 500,
            "body": "<b>owes</b> " + "ر" * 5000,
            "documentType": "invoice",
            "read": "yes",  # not true: unread
        }
    )
    assert notice is not None
    assert notice.title.startswith("Invoice INV-1 is overdue!")
    assert len(notice.title) == MAX_TITLE and notice.title.endswith("…")
    assert not any(ch in notice.title for ch in "\x1b\u202e\u2067\n\t\x07")
    assert notice.body.startswith("<b>owes</b> ر")  # shown as text, never as markup
    assert len(notice.body) == MAX_BODY
    assert notice.read is False


def test_what_is_not_a_notification_is_dropped() -> None:
    assert notification_from({"title": "no id"}) is None
    assert notification_from(WIRE | {"id": {"nested": 1}}) is None
    assert notification_from(WIRE | {"id": "x" * 1000}) is None
    odd = notification_from(WIRE | {"createdAt": "yesterday", "documentType": None})
    assert odd is not None and odd.created_at.startswith("20") and odd.created_at.endswith("Z")
    assert odd.document_id is None and document_resource(odd) is None
    assert server_event("dm:typing", {"userId": "u-1"}) is None


def test_colleagues_come_and_go() -> None:
    assert server_event(
        "user_joined", {"userId": "u-2", "fullName": "Demo\u202e Accountant", "state": "online"}
    ) == Colleague("u-2", "Demo Accountant", "online")
    assert server_event("user_joined", {"userId": "u-3"}) == Colleague("u-3", "u-3", "online")
    assert server_event("user_left", {"userId": "u-2"}) == ColleagueLeft("u-2")
    assert server_event("user_left", {}) is None
