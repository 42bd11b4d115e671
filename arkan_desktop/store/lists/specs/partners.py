"""The Partners tab's lists: an Arkan server's customers ("clients") or vendors, with
what is open with each (customers owe it, vendors are owed it).

Fields the cache keeps only in a partner's JSON (Arabic name, city, country, terms,
credit limit) are read with `json_extract`; what is open is a correlated SUM over the
cached posted documents of that side, so the list is concerned by invoices too.
"""

from __future__ import annotations

from sqlalchemy import func, literal, select

from arkan_desktop.store.lists.columns import Column, Kind, ListSpec
from arkan_desktop.store.models import Invoice, Partner

# role -> (resource, the documents whose amount due is open with the partner)
_SIDES = {"client": ("clients", "out_invoice"), "vendor": ("vendors", "in_invoice")}


def partner_list_spec(role: str, currency: str) -> ListSpec:
    """Customers (`role` "client") or vendors; `currency`: the company's."""
    resource, document = _SIDES[role]
    raw = Partner.raw
    open_amount = (
        select(func.coalesce(func.sum(Invoice.amount_due_minor), 0))
        .where(
            Invoice.partner_id == Partner.id, Invoice.type == document, Invoice.state == "posted"
        )
        .scalar_subquery()
    )
    cur = func.coalesce(Partner.currency, literal(currency))
    columns = (
        Column("name", Partner.name, searchable=True, width=240),
        Column("name_ar", func.json_extract(raw, "$.nameAr"), searchable=True, hidden=True),
        Column("tax", Partner.tax_id, searchable=True, width=150),
        Column("email", Partner.email, searchable=True, width=220),
        Column("phone", Partner.phone, searchable=True),
        Column("city", func.json_extract(raw, "$.address.city"), searchable=True),
        Column("country", func.json_extract(raw, "$.address.country"), width=70),
        Column("terms", func.json_extract(raw, "$.paymentTermsDays"), width=90),
        Column("limit", func.json_extract(raw, "$.creditLimit"), hidden=True),
        Column("open", open_amount, Kind.MONEY, cur, width=130),
    )
    return ListSpec(
        f"partners_{resource}",
        resource,
        columns,
        sort_key="name",
        descending=False,
        also_concerns=frozenset({"invoices"}),
    )
