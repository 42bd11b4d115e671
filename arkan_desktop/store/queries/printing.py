"""What printing reads from the cache: an invoice with its partner and the company, the
branding kept for invoices, and the products, locations and orders labels name.

The window's print preview and batch print and the CLI's `print` command read the same
way, so a PDF from either is the same. Plain dicts of the server's records; the branding
as the dict `printing.Branding.from_dict` takes (store does not import printing).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from arkan_desktop.store.cache import Cache
from arkan_desktop.store.models.accounting import Invoice
from arkan_desktop.store.models.inventory import Location, Product, PurchaseOrder
from arkan_desktop.store.partners import invoice_partner

BRANDING_KEY = "branding"
Record = dict[str, Any]


def _record(raw: str) -> Record:
    # As the printed documents always read them (floats stay floats; the server sends
    # money as decimal strings).
    found: Record = json.loads(raw)
    return found


def branding(cache: Cache) -> Record:
    """The invoice branding the user set ({} for the defaults)."""
    found = json.loads(cache.meta(BRANDING_KEY) or "{}")
    return found if isinstance(found, dict) else {}


def keep_branding(cache: Cache, data: Record) -> None:
    cache.set_meta(BRANDING_KEY, json.dumps(data))


def company_record(cache: Cache) -> Record:
    """The company the cache belongs to, as the server described it."""
    found = json.loads(cache.meta("company") or "{}")
    return found if isinstance(found, dict) else {}


@dataclass(frozen=True)
class InvoicePrintInputs:
    """What one invoice's PDF is made from, besides the branding."""

    number: str
    invoice: Record
    partner: Record | None
    company: Record


def invoice_print_inputs(cache: Cache, invoice_ids: Iterable[str]) -> list[InvoicePrintInputs]:
    """Each cached invoice with its partner and the company (LookupError: one is missing)."""
    company = company_record(cache)
    found = []
    with cache.reading() as session:
        for invoice_id in invoice_ids:
            row = session.get(Invoice, invoice_id)
            if row is None:
                raise LookupError(f"invoice {invoice_id} is not in the local cache")
            invoice = _record(row.raw)
            partner = invoice_partner(session, invoice)
            number = str(invoice.get("number") or invoice_id)
            found.append(InvoicePrintInputs(number, invoice, partner, company))
    return found


def invoice_by_number(cache: Cache, number: str) -> InvoicePrintInputs | None:
    """The cached invoice with this number, with its partner and the company."""
    with cache.reading() as session:
        row = session.scalars(select(Invoice).where(Invoice.number == number)).first()
        if row is None:
            return None
        invoice = _record(row.raw)
        partner = invoice_partner(session, invoice)
    return InvoicePrintInputs(number, invoice, partner, company_record(cache))


def product_by_sku(cache: Cache, sku: str) -> Record | None:
    with cache.reading() as session:
        row = session.scalars(select(Product).where(Product.sku == sku)).first()
        return None if row is None else _record(row.raw)


def location_by_code(cache: Cache, code: str) -> Record | None:
    """The cached location with this code or barcode."""
    with cache.reading() as session:
        row = session.scalars(
            select(Location).where((Location.code == code) | (Location.barcode == code))
        ).first()
        return None if row is None else _record(row.raw)


def purchase_order_by_number(cache: Cache, number: str) -> Record | None:
    with cache.reading() as session:
        row = session.scalars(select(PurchaseOrder).where(PurchaseOrder.number == number)).first()
        return None if row is None else _record(row.raw)


def products_by_id(cache: Cache, ids: Iterable[object]) -> dict[str, Record]:
    wanted = [str(i) for i in ids if i]
    with cache.reading() as session:
        return {
            row.id: _record(row.raw)
            for row in session.scalars(select(Product).where(Product.id.in_(wanted)))
        }
