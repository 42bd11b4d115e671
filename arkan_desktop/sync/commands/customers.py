"""Customer writes (a receivables server's customers): a new customer, a change to one.

The bodies are in the app's own (camelCase) shape; the connector turns them into the
server's. A new customer carries the row's id as its `reference`, so that after a lost
answer the sender can ask the server whether it already exists. The optimistic record
shows at once.
"""

from __future__ import annotations

import copy
from typing import Any

from arkan_desktop.domain.commands import Command
from arkan_desktop.store.outbox import OutboxEntry, new_temp_id
from arkan_desktop.sync.commands.descriptions import describe
from arkan_desktop.sync.commands.wire import Write, new_row_id, now_stamp

RESOURCE = "customers"
# The fields of a customer the form edits (the app's names; amounts are decimal strings).
FIELDS = ("code", "name", "email", "phone", "address", "taxId", "paymentTerms", "creditLimit")


def _given(fields: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in fields.items() if k in FIELDS and v not in (None, "")}


def create_customer(fields: dict[str, Any]) -> Write:
    """A new customer: {name, code?, email?, phone?, address?, taxId?, paymentTerms?, …}."""
    row_id = new_row_id()
    temp_id = new_temp_id()
    body = _given(fields)
    body["reference"] = row_id
    stamp = now_stamp()
    record = {**body, "id": temp_id, "active": True, "createdAt": stamp, "updatedAt": stamp}
    name = str(body.get("name") or "").strip()
    entry = OutboxEntry(
        Command(RESOURCE, "create", None, body),
        describe("customer.create", name=name) if name else describe("customer.create_unnamed"),
        temp_id=temp_id,
        id=row_id,
    )
    return Write(entry, {RESOURCE: [record]})


def update_customer(current: dict[str, Any], fields: dict[str, Any]) -> Write:
    """The fields that differ from `current` (a cached customer), sent as a change."""
    # An empty field and a missing one are the same: only real differences are sent.
    changed = {
        k: v
        for k, v in fields.items()
        if k in FIELDS and v is not None and (v if v != "" else None) != current.get(k)
    }
    record = copy.deepcopy(current)
    record.update(changed)
    record["updatedAt"] = now_stamp()
    name = record.get("name") or current.get("id")
    entry = OutboxEntry(
        Command(RESOURCE, "update", str(current["id"]), changed),
        describe("customer.update", name=name),
        records={RESOURCE: [str(current["id"])]},
    )
    return Write(entry, {RESOURCE: [record]})
