"""The clients and products a new invoice can name, read from the cache on the worker."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from arkan_desktop.domain.money import MoneyError, to_decimal
from arkan_desktop.gui.invoices.invoice_lines import Product
from arkan_desktop.store.cache import Cache
from arkan_desktop.store.models import Partner
from arkan_desktop.store.models import Product as ProductRow
from arkan_desktop.store.partners import CUSTOMER_ROLES
from arkan_desktop.store.records import load_json


@dataclass(frozen=True)
class Client:
    id: str
    name: str
    terms_days: int


def _text_number(value: object) -> str:
    try:
        return str(to_decimal(value))
    except MoneyError:
        return ""


def load_clients(cache: Cache) -> list[Client]:
    query = (
        select(Partner.id, Partner.name, Partner.raw)
        .where(Partner.role.in_(CUSTOMER_ROLES))
        .order_by(Partner.name)
    )
    out = []
    with cache.reading() as session:
        for record_id, name, raw in session.execute(query):
            terms = load_json(raw).get("paymentTermsDays") if raw else None
            days = terms if isinstance(terms, int) and not isinstance(terms, bool) else 0
            out.append(Client(str(record_id), str(name or record_id), days))
    return out


def load_products(cache: Cache) -> list[Product]:
    query = select(ProductRow.id, ProductRow.sku, ProductRow.name, ProductRow.raw).order_by(
        ProductRow.sku
    )
    out = []
    with cache.reading() as session:
        for record_id, sku, name, raw in session.execute(query):
            record = load_json(raw) if raw else {}
            if record.get("isActive") is False:
                continue
            out.append(
                Product(
                    str(record_id),
                    str(sku or ""),
                    str(name or ""),
                    _text_number(record.get("salePrice")),
                    _text_number(record.get("taxRate"))
                    if record.get("taxRate") is not None
                    else "",
                )
            )
    return out
