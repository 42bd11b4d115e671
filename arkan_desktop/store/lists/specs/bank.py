"""The lists of the Bank tab: fixed assets, and bank statements."""

from __future__ import annotations

from arkan_desktop.store.lists.columns import Column, Kind, ListSpec
from arkan_desktop.store.models import Asset, BankStatement


def asset_list_spec() -> ListSpec:
    a = Asset
    columns = (
        Column("number", a.number, searchable=True),
        Column("name", a.name, searchable=True, width=260),
        Column("category", a.category, searchable=True),
        Column("acquired", a.date, Kind.DATE),
        Column("method", a.method, Kind.CODE),
        Column("life", a.useful_life_months),
        Column("cost", a.cost_minor, Kind.MONEY, a.currency),
        Column("book_value", a.book_value_minor, Kind.MONEY, a.currency),
        Column("depreciated_to", a.last_period),
        Column("state", a.state, Kind.CODE),
    )
    return ListSpec("assets", "assets", columns, sort_key="acquired")


def statement_list_spec() -> ListSpec:
    s = BankStatement
    columns = (
        Column("number", s.number, searchable=True),
        Column("reference", s.reference, searchable=True),
        Column("account", s.bank_account_code, searchable=True),
        Column("from", s.date_from, Kind.DATE),
        Column("to", s.date_to, Kind.DATE),
        Column("opening", s.opening_minor, Kind.MONEY, s.currency),
        Column("closing", s.closing_minor, Kind.MONEY, s.currency),
        Column("reconciled", s.reconciled_minor, Kind.MONEY, s.currency),
        Column("state", s.state, Kind.CODE),
    )
    return ListSpec("bank_statements", "bank_statements", columns, sort_key="to")
