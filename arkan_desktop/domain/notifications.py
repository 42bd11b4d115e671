"""A user's notifications and the colleagues online, as values every layer shares.

A `Notification` is what a server told one user (a purchase order awaits approval, an
invoice fell overdue, a write of theirs was refused), with the document it is about; its
text has been made plain by the time it is one of these (api/server_events.py). A
`Colleague` is another user of the company whose window is connected; `ColleagueLeft`
says one went. `document_resource` says which cached resource a notification's document
is (the window opens it in the tab that lists that resource). No I/O.
"""

from __future__ import annotations

from dataclasses import dataclass

# How long the texts may be once read (longer ones are cut, with "…").
MAX_TITLE = 200
MAX_BODY = 1000
MAX_NAME = 120
MAX_CODE = 64  # a type, a document type, a state
MAX_ID = 128
# The notifications a cache keeps: every unread one (up to MAX_UNREAD) and the newest
# read ones (up to KEPT); older ones are the server's to list.
KEPT = 200
MAX_UNREAD = 1000

# A notification's `documentType` -> the resource that holds such documents.
DOCUMENT_RESOURCES = {
    "invoice": "invoices",
    "payment": "payments",
    "journal_entry": "journal_entries",
    "purchase_order": "purchase_orders",
    "client": "clients",
    "vendor": "vendors",
    "product": "products",
    "customer": "customers",
}


@dataclass(frozen=True)
class Notification:
    """One notification of the signed-in user (`createdAt` as the server wrote it)."""

    id: str
    type: str
    title: str
    body: str
    document_type: str | None
    document_id: str | None
    created_at: str
    read: bool = False


@dataclass(frozen=True)
class Colleague:
    """Another user of the company whose window is connected now."""

    user_id: str
    full_name: str
    state: str = "online"


@dataclass(frozen=True)
class ColleagueLeft:
    """A colleague's last window of the company closed."""

    user_id: str


def document_resource(notification: Notification) -> str | None:
    """The resource of the document a notification is about (None: no document)."""
    if not notification.document_id or not notification.document_type:
        return None
    return DOCUMENT_RESOURCES.get(notification.document_type)
