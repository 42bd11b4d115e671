"""Opening a document: may it be corrected, how, and which document a journal entry came from.

A document is one cached record of `invoices` (invoices, credit notes, bills),
`journal_entries`, `payments` or `purchase_orders`, shaped as the server sends it. Only a
draft is corrected; a journal entry that another document made (an invoice's, a
payment's) is corrected through that document. A draft the server has never seen (its id
is still a temporary `local-…` one) is corrected in the outbox, where its create waits;
any other draft is changed on the server. Every answer is an enum; the window words it.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from arkan_desktop.domain.commands import is_temporary_id

INVOICES, JOURNAL_ENTRIES, PAYMENTS, PURCHASE_ORDERS = (
    "invoices",
    "journal_entries",
    "payments",
    "purchase_orders",
)
DOCUMENTS = frozenset({INVOICES, JOURNAL_ENTRIES, PAYMENTS, PURCHASE_ORDERS})
MANUAL = "manual"

# A journal entry's `sourceType` -> the cached resource its `sourceId` names. Entries of
# other sources (a delivery, a stock adjustment, a scrap: stock valuation entries) are
# their own document: opening the source shows the entry with its lines.
SOURCE_RESOURCES: Mapping[str, str] = {
    "invoice": INVOICES,
    "payment": PAYMENTS,
    "purchase_order": PURCHASE_ORDERS,
    "purchase_receipt": PURCHASE_ORDERS,
}


class EditRefusal(enum.Enum):
    """Why an opened document shows read-only."""

    NOT_A_DRAFT = "not_a_draft"  # posted, paid, cancelled, approved …: its actions remain
    MADE_BY_DOCUMENT = "made_by_document"  # an entry an invoice or payment made
    SERVER_CANNOT = "server_cannot"  # the server answered that it changes no drafts
    BEING_SENT = "being_sent"  # a new draft the sender has tried: it may be on the server


class EditWay(enum.Enum):
    """How a draft's correction travels."""

    IN_OUTBOX = "in_outbox"  # never sent: the queued create is rewritten in place
    ON_SERVER = "on_server"  # a change the server applies (PATCH)


@dataclass(frozen=True)
class DocumentRef:
    """One document by its resource and id."""

    resource: str
    id: str


def edit_refusal(
    resource: str,
    record: Mapping[str, Any],
    server_edits: bool | None = None,
    waiting: bool = True,
) -> EditRefusal | None:
    """Why this document cannot be corrected (None: it can).

    `server_edits` is what the server is known to do with a changed draft: None while
    unknown (it is tried), False once it answered that it cannot. A draft never sent
    does not ask the server; `waiting` says whether its create still waits untried in the
    outbox (False: the sender has tried it, it may already be on the server).
    """
    if record.get("state") != "draft":
        return EditRefusal.NOT_A_DRAFT
    if resource == JOURNAL_ENTRIES and (record.get("sourceType") or MANUAL) != MANUAL:
        return EditRefusal.MADE_BY_DOCUMENT
    if is_temporary_id(record.get("id")):
        return None if waiting else EditRefusal.BEING_SENT
    if server_edits is False:
        return EditRefusal.SERVER_CANNOT
    return None


def edit_way(record: Mapping[str, Any]) -> EditWay:
    """A draft with a temporary id waits in the outbox; any other is on the server."""
    return EditWay.IN_OUTBOX if is_temporary_id(record.get("id")) else EditWay.ON_SERVER


def source_document(entry: Mapping[str, Any]) -> DocumentRef:
    """The document a journal entry came from: the invoice, payment or purchase order its
    source names, else (a manual entry, a stock valuation entry) the entry itself."""
    resource = SOURCE_RESOURCES.get(str(entry.get("sourceType") or MANUAL))
    source_id = entry.get("sourceId")
    if resource is not None and source_id:
        return DocumentRef(resource, str(source_id))
    return DocumentRef(JOURNAL_ENTRIES, str(entry.get("id") or ""))
