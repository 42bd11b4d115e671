"""What a cached list shows: its columns as SQL expressions, its sort, its conditions.

A `ListSpec` names the resource, its columns (typed: text, money, quantity, date, code)
and the default sort. A column has a stable `key` (settings, titles, tests) but no title:
the window looks titles up by (list key, column key) in its own language
(gui/models/titles.py). Columns from other tables come in as correlated subqueries (a
move's product SKU), which is why a list can be concerned by more than its own resource.
A `ListQuery` is which rows, in which order: extra conditions, filter text and the sort.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement
from sqlalchemy.orm import QueryableAttribute

from arkan_desktop.store.resources import ResourceTable, resource_table

# A column of a cached table, or any SQL expression over it (a subquery, json_extract).
Expression = ColumnElement[Any] | QueryableAttribute[Any]
# An extra condition on a list's rows (a state filter, one customer's invoices).
Condition = ColumnElement[bool]


class Kind(enum.Enum):
    TEXT = "text"
    MONEY = "money"  # integer minor units, with a currency expression
    QUANTITY = "quantity"  # Decimal
    DATE = "date"
    CODE = "code"  # a server code, shown in the window's words (gui.labels.code_label)


@dataclass(frozen=True)
class Column:
    key: str  # stable name: settings, the window's title for it
    expr: Expression
    kind: Kind = Kind.TEXT
    currency: Expression | None = None
    searchable: bool = False  # the filter box looks in this column
    hidden: bool = False  # hidden until the user shows it
    width: int = 0  # initial width in pixels (0: by kind)

    @property
    def numeric(self) -> bool:
        return self.kind in (Kind.MONEY, Kind.QUANTITY)


@dataclass(frozen=True)
class ListSpec:
    key: str  # settings group "lists/<key>", and the window's titles for the list
    resource: str
    columns: tuple[Column, ...]
    sort_key: str
    descending: bool = True
    also_concerns: frozenset[str] = frozenset()
    # An FTS5 trigram table over exactly the searchable columns, with this list's table as
    # its content (a migration keeps it current): the filter box reads it (search.py).
    text_index: str | None = None

    @property
    def table(self) -> ResourceTable:
        return resource_table(self.resource)

    def column_index(self, key: str) -> int:
        for index, column in enumerate(self.columns):
            if column.key == key:
                return index
        raise KeyError(key)

    def concerned_by(self, resources: Sequence[str]) -> bool:
        return self.resource in resources or bool(self.also_concerns & set(resources))


@dataclass(frozen=True)
class ListQuery:
    """Which rows, in which order: the extra conditions, the filter text and the sort."""

    conditions: tuple[Condition, ...] = ()
    text: str = ""
    sort_column: int = 0
    descending: bool = True
