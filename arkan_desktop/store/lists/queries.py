"""The SQL that reads a list in its order: its ids, one window of rows by id, every row.

A list is ordered by (sort value, rowid), so that the rows of equal sort value keep one
order that an index on the sort column serves as it is. The queries select ids in order
(a small list's id list), one window of rows by id (for display) and every row in order
(for CSV export); keyset.py reads big lists by position.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Integer, Select, exists, literal_column, select

from arkan_desktop.store.lists.columns import Expression, Kind, ListQuery, ListSpec
from arkan_desktop.store.lists.search import where_clause
from arkan_desktop.store.models import OutboxRecord, OutboxRow
from arkan_desktop.store.models.outbox import CONFLICT, REJECTED


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
    """The ids of every matching row, in display order: what a small list holds."""
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
    """The displayed values of the given rows (any order; the caller places them)."""
    table = spec.table.table
    return select(*selected_values(spec)).where(spec.table.where(), table.c.id.in_(list(ids)))


def export_query(spec: ListSpec, query: ListQuery) -> Select[Any]:
    """Every matching row with its values, in display order, for streaming to a file."""
    return (
        select(*selected_values(spec))
        .where(where_clause(spec, query))
        .order_by(*_order(spec, query))
    )
