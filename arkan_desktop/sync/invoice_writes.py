"""Invoice writes beyond create/post/pay: cancelling a posted invoice with a credit note.

Like `sync.writes`, each function returns a `Write` (the request and its optimistic local
effect) and talks to neither the network nor the cache. The server makes the credit note;
the cache learns of it from the pull that follows (the note's number is the server's).
"""

from __future__ import annotations

import copy
from decimal import Decimal
from typing import Any

from arkan_desktop.domain.money import round_to_currency
from arkan_desktop.store.outbox import OutboxEntry
from arkan_desktop.sync.writes import Write

REASON_MAX = 500


def cancel_invoice(invoice: dict[str, Any], reason: str) -> Write:
    """Cancel a posted, unpaid invoice; the server issues the credit note that reverses it."""
    record = copy.deepcopy(invoice)
    currency = str(invoice.get("currency") or "AED")
    record["state"] = "cancelled"
    record["amountDue"] = str(round_to_currency(Decimal(0), currency))
    record["cancelReason"] = reason
    label = invoice.get("number") or "new invoice"
    entry = OutboxEntry(
        resource="invoices",
        action="cancel",
        method="POST",
        path=f"/accounting/invoices/{invoice['id']}/cancel",
        body={"reason": reason},
        description=f"Cancel {label} with a credit note",
        records={"invoices": [invoice["id"]]},
    )
    return Write(entry, {"invoices": [record]})
