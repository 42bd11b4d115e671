"""Journal entry writes (create a draft, post it) as outbox entries with their local effect.

Like `sync.writes`: a create carries a temporary `local-…` id and, unless the user gave
one, the outbox row's id as its reference; nothing here touches the network or the cache.
"""

from __future__ import annotations

import copy
import uuid
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from arkan_desktop.domain.money import format_amount, round_to_currency, to_decimal
from arkan_desktop.store.outbox import OutboxEntry, new_temp_id
from arkan_desktop.sync.writes import Write


def _money(amount: Decimal, currency: str) -> str:
    return str(round_to_currency(amount, currency))


def create_journal_entry(draft: dict[str, Any], currency: str) -> Write:
    """A new draft entry: {date, memo, reference?, lines: [{accountId, debit, credit, …}]}."""
    row_id = str(uuid.uuid4())
    temp_id = new_temp_id()
    body = copy.deepcopy(draft)
    body["reference"] = body.get("reference") or row_id
    debit = sum((to_decimal(x.get("debit") or 0, "debit") for x in body["lines"]), Decimal(0))
    credit = sum((to_decimal(x.get("credit") or 0, "credit") for x in body["lines"]), Decimal(0))
    stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    record = {
        **body,
        "id": temp_id,
        "number": "",
        "date": body.get("date") or datetime.now().astimezone().date().isoformat(),
        "currency": currency,
        "state": "draft",
        "sourceType": "manual",
        "lines": [{**line, "id": new_temp_id()} for line in body["lines"]],
        "totalDebit": _money(debit, currency),
        "totalCredit": _money(credit, currency),
        "postedAt": None,
        "createdAt": stamp,
        "updatedAt": stamp,
    }
    memo = f" — {body['memo']}" if body.get("memo") else ""
    entry = OutboxEntry(
        resource="journal_entries",
        action="create",
        method="POST",
        path="/accounting/journal-entries",
        body=body,
        description=f"New journal entry, {format_amount(debit, currency)} {currency}{memo}",
        temp_id=temp_id,
        id=row_id,
    )
    return Write(entry, {"journal_entries": [record]})


def post_journal_entry(journal_entry: dict[str, Any]) -> Write:
    """Post a draft entry; the list shows it posted at once (account balances follow the
    server's answer)."""
    record = copy.deepcopy(journal_entry)
    record["state"] = "posted"
    label = journal_entry.get("number") or "new journal entry"
    entry = OutboxEntry(
        resource="journal_entries",
        action="post",
        method="POST",
        path=f"/accounting/journal-entries/{journal_entry['id']}/post",
        description=f"Post {label}",
        records={"journal_entries": [journal_entry["id"]]},
    )
    return Write(entry, {"journal_entries": [record]})
