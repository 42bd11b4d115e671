"""The customer list: the cached customer, and what each one owes.

Fields the cache keeps only in a record's JSON (code, terms, credit limit) are read with
`json_extract`; the amount outstanding is a correlated SUM over the cached invoices, so
the list is concerned by invoices too.
"""

from __future__ import annotations

from sqlalchemy import func, literal, select

from arkan_desktop.store.lists.columns import Column, Kind, ListSpec
from arkan_desktop.store.models import Invoice, Partner

OPEN_STATES = ("posted",)


def customer_list_spec(currency: str) -> ListSpec:
    """Customers (resource "customers"); `currency`: the company's, for customers with none."""
    code = func.json_extract(Partner.raw, "$.code")
    outstanding = (
        select(func.coalesce(func.sum(Invoice.amount_due_minor), 0))
        .where(Invoice.partner_id == Partner.id, Invoice.state.in_(OPEN_STATES))
        .scalar_subquery()
    )
    cur = func.coalesce(Partner.currency, literal(currency))
    # Arvalox keeps active, inactive or suspended; a server that says nothing: active.
    status = func.coalesce(func.json_extract(Partner.raw, "$.status"), literal("active"))
    columns = (
        Column("code", code, searchable=True, width=110),
        Column("name", Partner.name, searchable=True, width=240),
        Column("email", Partner.email, searchable=True, width=260),
        Column("phone", Partner.phone, searchable=True),
        Column("tax", Partner.tax_id, searchable=True),
        Column("terms", func.json_extract(Partner.raw, "$.paymentTerms"), width=100),
        Column("limit", func.json_extract(Partner.raw, "$.creditLimit"), hidden=True),
        Column("status", status, Kind.CODE, width=100),
        Column("outstanding", outstanding, Kind.MONEY, cur, width=130),
        Column(
            "address", func.json_extract(Partner.raw, "$.address"), searchable=True, hidden=True
        ),
    )
    return ListSpec(
        "customers",
        "customers",
        columns,
        sort_key="name",
        descending=False,
        also_concerns=frozenset({"invoices"}),
    )
