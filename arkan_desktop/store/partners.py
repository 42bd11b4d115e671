"""Who an invoice is with: the cached partner of an invoice's record.

Arkan keeps its customers as partners of role "client"; an Arvalox server calls them
customers ("customer"). Both are the people a customer invoice is billed to, so every
reader that needs "the customers" asks for `CUSTOMER_ROLES`. A partner's status (active,
inactive, suspended) is read from its raw record (`partner_status`): inactive and
suspended partners are shown as such and not offered for new documents.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from arkan_desktop.store.models.crm import Partner

CUSTOMER_ROLES = ("client", "customer")
VENDOR_ROLES = ("vendor",)
_VENDOR_TYPES = ("in_invoice", "in_refund")


def partner_roles(invoice: dict[str, Any]) -> tuple[str, ...]:
    """The roles the partner of this invoice record may have in the cache."""
    return VENDOR_ROLES if invoice.get("type") in _VENDOR_TYPES else CUSTOMER_ROLES


def invoice_partner(session: Session, invoice: dict[str, Any]) -> dict[str, Any] | None:
    """The cached partner's raw record for an invoice's raw record, or None."""
    row = session.scalars(
        select(Partner).where(
            Partner.id == invoice.get("partnerId"), Partner.role.in_(partner_roles(invoice))
        )
    ).first()
    if row is None or not row.raw:
        return None
    data: dict[str, Any] = json.loads(row.raw)
    return data


NOT_OFFERED = ("inactive", "suspended")


def partner_status(partner: dict[str, Any]) -> str:
    """ "active", "inactive" or "suspended" (a record that says nothing is active)."""
    status = str(partner.get("status") or "").lower()
    if status:
        return status
    return "inactive" if partner.get("active") is False else "active"


def offered_for_new_documents(partner: dict[str, Any]) -> bool:
    """Whether a new invoice may be made out to this partner (not inactive or suspended)."""
    return partner_status(partner) not in NOT_OFFERED


def customer_statuses(session: Session) -> dict[str, str]:
    """Cached customer id -> status, for the customers not active (the rest are)."""
    rows = session.execute(select(Partner.id, Partner.raw).where(Partner.role.in_(CUSTOMER_ROLES)))
    out = {}
    for partner_id, raw in rows:
        status = partner_status(json.loads(raw)) if raw else "active"
        if status != "active":
            out[partner_id] = status
    return out
