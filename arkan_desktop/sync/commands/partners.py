"""Customer and vendor writes on an Arkan server: a new partner, a change to one, a new
contact person of one.

Customers are the server's "clients", vendors its "vendors"; both have the same shape
(name, Arabic name, email, phone, tax registration number, address, payment terms,
credit limit; vendors also their bank). Bodies are in that (camelCase) shape. A new
partner carries the row's id as its `reference`, so a lost answer can be looked up; a
change sends only the fields that differ (`null` clears an optional field). Each write
shows at once in the cache.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from arkan_desktop.domain.commands import Command
from arkan_desktop.domain.partners import normalise_tax_number
from arkan_desktop.store.outbox import OutboxEntry, new_temp_id
from arkan_desktop.sync.commands.descriptions import describe
from arkan_desktop.sync.commands.wire import Write, new_row_id, now_stamp

CUSTOMER, VENDOR = "client", "vendor"
RESOURCES = {CUSTOMER: "clients", VENDOR: "vendors"}
_NOUN = {CUSTOMER: "customer", VENDOR: "vendor"}  # of the outbox descriptions
# The fields the partner form edits; vendors also have their bank's.
FIELDS = ("name", "nameAr", "email", "phone", "taxId", "address", "paymentTermsDays", "creditLimit")
VENDOR_FIELDS = ("bankName", "iban")
# Fields a change may clear with null (the rest must keep a value).
CLEARABLE = ("nameAr", "email", "phone", "taxId", "creditLimit", "bankName", "iban")


def resource_of(role: str) -> str:
    return RESOURCES[role]


def _fields(role: str) -> tuple[str, ...]:
    return FIELDS + VENDOR_FIELDS if role == VENDOR else FIELDS


def _clean(fields: Mapping[str, Any]) -> dict[str, Any]:
    out = {k: (v.strip() if isinstance(v, str) else v) for k, v in fields.items()}
    if out.get("taxId"):
        out["taxId"] = normalise_tax_number(str(out["taxId"]))
    if out.get("iban"):
        out["iban"] = "".join(str(out["iban"]).split()).upper()
    return out


def create_partner(role: str, fields: Mapping[str, Any]) -> Write:
    """A new customer or vendor: {name, nameAr?, email?, phone?, taxId?, address?, …}."""
    resource = resource_of(role)
    row_id = new_row_id()
    temp_id = new_temp_id()
    body = {k: v for k, v in _clean(fields).items() if k in _fields(role) and v not in (None, "")}
    body["reference"] = row_id
    stamp = now_stamp()
    record = {**body, "id": temp_id, "isActive": True, "createdAt": stamp, "updatedAt": stamp}
    entry = OutboxEntry(
        Command(resource, "create", None, body),
        describe(f"{_NOUN[role]}.create", name=body.get("name") or ""),
        temp_id=temp_id,
        id=row_id,
    )
    return Write(entry, {resource: [record]})


def partner_changes(
    role: str, current: Mapping[str, Any], fields: Mapping[str, Any]
) -> dict[str, Any]:
    """The fields that differ from `current` (a cached partner); an emptied optional field
    is sent as null."""
    changes: dict[str, Any] = {}
    for key, value in _clean(fields).items():
        if key not in _fields(role):
            continue
        wanted = None if value == "" else value
        if key == "address" and isinstance(value, Mapping):
            was = {k: v for k, v in (current.get("address") or {}).items() if v not in (None, "")}
            now = {k: v for k, v in value.items() if v not in (None, "")}
            if was != now:
                changes[key] = dict(value)
        elif wanted != (current.get(key) if current.get(key) != "" else None):
            if wanted is None and key not in CLEARABLE:
                continue
            changes[key] = wanted
    return changes


def update_partner(role: str, current: Mapping[str, Any], changes: Mapping[str, Any]) -> Write:
    """Send `changes` (from `partner_changes`) to a cached partner."""
    resource = resource_of(role)
    record = copy.deepcopy(dict(current))
    record.update(changes)
    record["updatedAt"] = now_stamp()
    name = record.get("name") or current.get("id")
    entry = OutboxEntry(
        Command(resource, "update", str(current["id"]), dict(changes)),
        describe(f"{_NOUN[role]}.update", name=name),
        records={resource: [str(current["id"])]},
    )
    return Write(entry, {resource: [record]})


def create_contact(role: str, partner: Mapping[str, Any], fields: Mapping[str, Any]) -> Write:
    """A contact person of a customer or vendor: {name, email?, phone?, position?}."""
    temp_id = new_temp_id()
    given = {k: v for k, v in _clean(fields).items() if v not in (None, "")}
    body: dict[str, Any] = {
        "partnerId": str(partner["id"]),
        "partnerType": role,
        **{k: given[k] for k in ("name", "email", "phone", "position") if k in given},
    }
    stamp = now_stamp()
    record = {
        **body,
        "id": temp_id,
        "partnerName": partner.get("name") or "",
        "clientId": str(partner["id"]) if role == CUSTOMER else None,
        "createdAt": stamp,
        "updatedAt": stamp,
    }
    entry = OutboxEntry(
        Command("contacts", "create", None, body),
        describe("contact.create", name=body.get("name") or "", partner=record["partnerName"]),
        temp_id=temp_id,
    )
    return Write(entry, {"contacts": [record]})
