"""What one cached record takes from another when the server leaves it out or behind.

- A payment whose server names neither its customer nor its invoice's number (the
  open-source Arvalox backend's answers) gets `partnerId`, `partnerName` and each
  allocation's `invoiceNumber` from the cached invoice it is allocated to, when it is
  stored. Only what is missing is filled: what the server says always wins.
- An invoice is stored with its partner's name as the cached partner has it: a server
  may embed the name the customer had when the invoice was made (the published
  reference does), and the customer record is the authority on its own name.
- A customer (or client) stored under a new name renames it where other cached records
  embed it: an invoice's or payment's `partnerName` and `partner_name` column, and any
  object nested in them that is that partner (same id, the old name), since the server
  may not move those records' `updatedAt` (so an ordinary pull never brings them back).

Both run inside the caller's write transaction (upserts.py calls them); the raw JSON
keeps every exact value the server sent.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from arkan_desktop.store.models import Invoice, Partner, Payment
from arkan_desktop.store.partners import partner_roles
from arkan_desktop.store.records import dump_raw, load_json

_PARTNER_RESOURCES = ("customers", "clients")
_CHUNK = 900


def _invoice_id(allocation: Any) -> str | None:
    if not isinstance(allocation, Mapping) or allocation.get("invoiceId") is None:
        return None
    return str(allocation["invoiceId"])


def _wanting(record: Any) -> bool:
    if not isinstance(record, Mapping) or not isinstance(record.get("allocations"), list):
        return False
    allocations = record["allocations"]
    missing_number = any(
        _invoice_id(a) and not a.get("invoiceNumber") for a in allocations if isinstance(a, Mapping)
    )
    return missing_number or (not record.get("partnerId") and bool(allocations))


def fill_payment_parties(session: Session, records: Iterable[Any]) -> list[Any]:
    """Payments with what their server left out taken from the cached invoices."""
    payments = list(records)
    wanted = {
        invoice_id
        for record in payments
        if _wanting(record)
        for invoice_id in map(_invoice_id, record["allocations"])
        if invoice_id
    }
    if not wanted:
        return payments
    invoices: dict[str, tuple[str | None, str | None, str | None]] = {}
    ids = sorted(wanted)
    for start in range(0, len(ids), _CHUNK):
        query = select(Invoice.id, Invoice.partner_id, Invoice.partner_name, Invoice.number)
        for row in session.execute(query.where(Invoice.id.in_(ids[start : start + _CHUNK]))):
            invoices[row.id] = (row.partner_id, row.partner_name, row.number)
    out = []
    for record in payments:
        if not _wanting(record):
            out.append(record)
            continue
        filled = dict(record)
        allocations = []
        for allocation in record["allocations"]:
            found = invoices.get(_invoice_id(allocation) or "")
            if found is None or not isinstance(allocation, Mapping):
                allocations.append(allocation)
                continue
            allocations.append(
                {**allocation, "invoiceNumber": allocation.get("invoiceNumber") or found[2]}
            )
            if not filled.get("partnerId") and found[0]:
                filled["partnerId"] = found[0]
                filled["partnerName"] = filled.get("partnerName") or found[1]
        filled["allocations"] = allocations
        out.append(filled)
    return out


def current_partner_names(session: Session, records: Iterable[Any]) -> list[Any]:
    """Invoices with `partnerName` as their cached partner is named now."""
    invoices = list(records)
    ids = sorted(
        {str(r["partnerId"]) for r in invoices if isinstance(r, Mapping) and r.get("partnerId")}
    )
    names: dict[tuple[str, str], str] = {}
    for start in range(0, len(ids), _CHUNK):
        query = select(Partner.id, Partner.role, Partner.name)
        for row in session.execute(query.where(Partner.id.in_(ids[start : start + _CHUNK]))):
            if row.name:
                names[(row.id, row.role)] = row.name
    if not names:
        return invoices
    out = []
    for record in invoices:
        current = _current_name(names, record)
        if current is None or record.get("partnerName") == current:
            out.append(record)
        else:
            out.append({**record, "partnerName": current})
    return out


def _current_name(names: Mapping[tuple[str, str], str], record: Any) -> str | None:
    if not isinstance(record, Mapping) or not record.get("partnerId"):
        return None
    partner = str(record["partnerId"])
    for role in partner_roles(dict(record)):
        if (partner, role) in names:
            return names[(partner, role)]
    return None


def _renamed(value: Any, partner_id: str, old: str | None, new: str) -> Any:
    """`value` with every nested object that is this partner under its old name renamed."""
    if isinstance(value, list):
        return [_renamed(v, partner_id, old, new) for v in value]
    if not isinstance(value, Mapping):
        return value
    out = {k: _renamed(v, partner_id, old, new) for k, v in value.items()}
    if str(out.get("id")) == partner_id and "name" in out and out["name"] == old:
        out["name"] = new
    return out


def refresh_partner_names(session: Session, resource: str, records: Iterable[Any]) -> set[str]:
    """After customers (or clients) were stored: their current names on the cached invoices
    and payments that embed them. Returns the ids of the invoices renamed."""
    if resource not in _PARTNER_RESOURCES:
        return set()
    names = {
        str(r["id"]): r["name"]
        for r in records
        if isinstance(r, Mapping) and r.get("id") is not None and isinstance(r.get("name"), str)
    }
    renamed: set[str] = set()
    ids = sorted(names)
    for model in (Invoice, Payment):
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            query = select(model.id, model.partner_id, model.partner_name, model.raw)
            stale = [
                row
                for row in session.execute(query.where(model.partner_id.in_(chunk)))
                if row.partner_name != names[row.partner_id]
            ]
            for row in stale:
                new = names[row.partner_id]
                record = _renamed(load_json(row.raw), row.partner_id, row.partner_name, new)
                record["partnerName"] = new
                session.execute(
                    update(model)
                    .where(model.id == row.id)
                    .values(partner_name=new, raw=dump_raw(record))
                )
                if model is Invoice:
                    renamed.add(row.id)
    return renamed
