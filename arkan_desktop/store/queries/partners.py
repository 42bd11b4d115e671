"""The Partners tab's reads: a customer's or vendor's contact persons.

Contacts name their partner by `partnerId` (and customers' also by `clientId`, which
older servers send alone); both are read from the cached record.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, or_, select

from arkan_desktop.store.cache import Cache
from arkan_desktop.store.models import Contact


@dataclass(frozen=True)
class ContactRow:
    id: str
    name: str
    position: str
    email: str
    phone: str
    local: bool  # made on this computer, not confirmed by the server yet


def contacts_of(cache: Cache, partner_id: str) -> list[ContactRow]:
    """The partner's contact persons, by name."""
    partner = func.json_extract(Contact.raw, "$.partnerId")
    query = (
        select(
            Contact.id,
            Contact.name,
            Contact.position,
            Contact.email,
            Contact.phone,
            Contact.local_pending,
        )
        .where(or_(partner == partner_id, Contact.client_id == partner_id))
        .order_by(Contact.name)
    )
    with cache.reading() as session:
        return [
            ContactRow(str(i), name or "", position or "", email or "", phone or "", bool(local))
            for i, name, position, email, phone, local in session.execute(query)
        ]
