"""What a cached list shows: its columns as SQL expressions, and the queries built from them.

A `ListSpec` names the resource, its columns (typed: text, money, quantity, date, code)
and the default sort. A list is ordered by (sort value, rowid), so that the rows of equal
sort value keep one order that an index on the sort column serves as it is. The queries
select ids in order (for the model's id list of a small list), one window of rows by id
(for display) and every row in order (for CSV export); keyset.py reads big lists by
position. Columns from
other tables come in as correlated subqueries (a move's product SKU), which is why a
list can be concerned by more than its own resource. No widgets here.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Integer, Select, and_, exists, literal_column, or_, select
from sqlalchemy.orm import QueryableAttribute

from arkan_desktop.domain.money import format_amount, from_minor
from arkan_desktop.gui.labels import code_label
from arkan_desktop.store.models import OutboxRecord, OutboxRow
from arkan_desktop.store.models.outbox import CONFLICT, REJECTED
from arkan_desktop.store.resources import ResourceTable, resource_table

# A column of a cached table, or any SQL expression over it (a subquery, json_extract).
Expression = ColumnElement[Any] | QueryableAttribute[Any]


class Kind(enum.Enum):
    TEXT = "text"
    MONEY = "money"  # integer minor units, with a currency expression
    QUANTITY = "quantity"  # Decimal
    DATE = "date"
    CODE = "code"  # a server code shown through labels.code_label


@dataclass(frozen=True)
class Column:
    key: str  # stable name, for settings
    title: str  # translated header
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
    key: str  # settings group: "lists/<key>"
    resource: str
    columns: tuple[Column, ...]
    sort_key: str
    descending: bool = True
    also_concerns: frozenset[str] = frozenset()

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

    conditions: tuple[ColumnElement[bool], ...] = ()
    text: str = ""
    sort_column: int = 0
    descending: bool = True


def _escape_like(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def where_clause(spec: ListSpec, query: ListQuery) -> ColumnElement[bool]:
    conditions: list[ColumnElement[bool]] = [spec.table.where(), *query.conditions]
    searchable = [c.expr for c in spec.columns if c.searchable]
    for word in query.text.split():
        pattern = f"%{_escape_like(word)}%"
        conditions.append(or_(*(expr.like(pattern, escape="\\") for expr in searchable)))
    return and_(*conditions)


def rowid(spec: ListSpec) -> ColumnElement[int]:
    """The row's SQLite rowid: the tie-breaker of every list order (see the module doc)."""
    return literal_column(f"{spec.table.table.name}.rowid", Integer)


def sort_expression(spec: ListSpec, query: ListQuery) -> Expression:
    return spec.columns[min(max(query.sort_column, 0), len(spec.columns) - 1)].expr


def _order(spec: ListSpec, query: ListQuery) -> list[Expression]:
    column = sort_expression(spec, query)
    if query.descending:
        return [column.desc(), rowid(spec).desc()]
    return [column.asc(), rowid(spec).asc()]


def id_query(spec: ListSpec, query: ListQuery) -> Select[Any]:
    """The ids of every matching row, in display order: what the model holds."""
    table = spec.table.table
    return select(table.c.id).where(where_clause(spec, query)).order_by(*_order(spec, query))


def _refused(spec: ListSpec) -> ColumnElement[bool]:
    """Whether a write the server refused (or a conflict) holds the row."""
    table = spec.table.table
    return exists().where(
        OutboxRecord.resource == spec.resource,
        OutboxRecord.record_id == table.c.id,
        OutboxRow.id == OutboxRecord.row_id,
        OutboxRow.status.in_((REJECTED, CONFLICT)),
    )


def selected_values(spec: ListSpec) -> list[Expression]:
    """What a displayed row reads: id, local flag, refused flag, then each column's values."""
    table = spec.table.table
    values: list[Expression] = [table.c.id, table.c.local_pending, _refused(spec)]
    for column in spec.columns:
        values.append(column.expr)
        if column.kind is Kind.MONEY:
            assert column.currency is not None, f"money column {column.key} needs a currency"
            values.append(column.currency)
    return values


def window_query(spec: ListSpec, ids: Sequence[str]) -> Select[Any]:
    """The displayed values of the given rows (any order; the model places them)."""
    table = spec.table.table
    return select(*selected_values(spec)).where(spec.table.where(), table.c.id.in_(list(ids)))


def export_query(spec: ListSpec, query: ListQuery) -> Select[Any]:
    """Every matching row with its values, in display order, for streaming to a file."""
    return (
        select(*selected_values(spec))
        .where(where_clause(spec, query))
        .order_by(*_order(spec, query))
    )


@dataclass(frozen=True)
class RowValues:
    """One fetched row: raw values per column, their display text, and whether it is local
    (an optimistic version) or held by a write the server refused."""

    record_id: str
    local: bool
    values: tuple[Any, ...]
    currencies: tuple[str | None, ...]
    display: tuple[str, ...]
    refused: bool = False


def display_text(column: Column, value: Any, currency: str | None, *, grouping: bool = True) -> str:
    if value is None:
        return ""
    if column.kind is Kind.MONEY:
        code = currency or ""
        return format_amount(from_minor(int(value), code), code, grouping=grouping)
    if column.kind is Kind.QUANTITY:
        return format(value, ",") if grouping else str(value)
    if column.kind is Kind.CODE:
        return code_label(str(value)) if grouping else str(value)
    return str(value)


def read_row(spec: ListSpec, row: Sequence[Any]) -> RowValues:
    """A `RowValues` from one result row of `window_query`/`export_query`."""
    record_id, local, refused = str(row[0]), bool(row[1]), bool(row[2])
    position = 3
    values: list[Any] = []
    currencies: list[str | None] = []
    for column in spec.columns:
        values.append(row[position])
        position += 1
        if column.kind is Kind.MONEY:
            currencies.append(None if row[position] is None else str(row[position]))
            position += 1
        else:
            currencies.append(None)
    display = tuple(
        display_text(c, v, cur) for c, v, cur in zip(spec.columns, values, currencies, strict=True)
    )
    return RowValues(record_id, local, tuple(values), tuple(currencies), display, refused)
