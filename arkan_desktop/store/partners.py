"""Who an invoice is with: the cached partner of an invoice's record.

Arkan keeps its customers as partners of role "client"; an Arvalox server calls them
customers ("customer"). Both are the people a customer invoice is billed to, so every
reader that needs "the customers" asks for `CUSTOMER_ROLES`.
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
