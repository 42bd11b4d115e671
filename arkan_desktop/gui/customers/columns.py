"""The columns of the customer list: the cached customer, and what each one owes.

Fields the cache keeps only in a record's JSON (code, terms, credit limit) are read with
`json_extract`; the amount outstanding is a correlated SUM over the cached invoices, so
the list is concerned by invoices too. No widgets here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from sqlalchemy import func, literal, select

from arkan_desktop.gui.models.columns import Column, Kind, ListSpec
from arkan_desktop.store.models import Invoice, Partner

translate = QCoreApplication.translate
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
    columns = (
        Column("code", translate("CustomerList", "Code"), code, searchable=True, width=110),
        Column("name", translate("CustomerList", "Name"), Partner.name, searchable=True, width=240),
        Column(
            "email", translate("CustomerList", "Email"), Partner.email, searchable=True, width=260
        ),
        Column("phone", translate("CustomerList", "Phone"), Partner.phone, searchable=True),
        Column("tax", translate("CustomerList", "Tax number"), Partner.tax_id, searchable=True),
        Column(
            "terms",
            translate("CustomerList", "Terms (days)"),
            func.json_extract(Partner.raw, "$.paymentTerms"),
            width=100,
        ),
        Column(
            "limit",
            translate("CustomerList", "Credit limit"),
            func.json_extract(Partner.raw, "$.creditLimit"),
            hidden=True,
        ),
        Column(
            "outstanding",
            translate("CustomerList", "Outstanding"),
            outstanding,
            Kind.MONEY,
            cur,
            width=130,
        ),
        Column(
            "address",
            translate("CustomerList", "Address"),
            func.json_extract(Partner.raw, "$.address"),
            searchable=True,
            hidden=True,
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
