"""Reading a cached list by position without holding its ids: counts, keyset windows, anchors.

A list's order is (sort value, rowid), ascending or descending, so every row has a unique
key and "the n rows after this key" is one index seek when an index on the sort column
exists (an SQLite index on `x` holds `(x, rowid)`). NULL sort values sit first in
ascending and last in descending order, as SQLite sorts them; they are read as their own
segment so that each query stays an index range. The list's conditions are wrapped in a
unary `+` for these reads, which keeps SQLite from choosing an index for a condition (and
then sorting every matching row) over the sort index.

No Qt here: these run on the list reader thread, or inline for one block that is one seek.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import (
    Boolean,
    ColumnElement,
    Connection,
    Select,
    and_,
    func,
    select,
    tuple_,
)
from sqlalchemy.exc import OperationalError
from sqlalchemy.sql.elements import UnaryExpression
from sqlalchemy.sql.operators import custom_op

from arkan_desktop.store.lists.columns import Expression, ListQuery, ListSpec
from arkan_desktop.store.lists.queries import rowid, selected_values, sort_expression
from arkan_desktop.store.lists.search import TRIGRAM, where_clause

Key = tuple[Any, int]  # (sort value, rowid): where a row sits in the list's order
_VALUE, _NULL = "value", "null"
# A text-filtered read in the list's order first scans with LIKE for a fixed amount of
# work (VM instructions, not time, so a loaded machine decides the same way): when the
# matches are dense (a customer's name on one invoice in eight) it finds its rows sooner
# than the full-text index gathers every match; when they are sparse, the index answers,
# driving the query (its matches sorted), not checked row by row along the sort index.
SCAN_STEPS = 1_000  # SQLite calls the progress handler every this many VM instructions
SCAN_BUDGET = 300  # calls: about 6,500 invoices scanned (~46 instructions each), on any load


def _plain(condition: ColumnElement[bool]) -> ColumnElement[bool]:
    """`+(condition)`: the same truth, but no index is chosen for it."""
    return UnaryExpression(condition.self_group(), operator=custom_op("+"), type_=Boolean())


def count_rows(conn: Connection, spec: ListSpec, query: ListQuery) -> int:
    statement = select(func.count()).select_from(spec.table.table)
    return int(conn.execute(statement.where(where_clause(spec, query))).scalar_one())


def _segments(descending: bool) -> tuple[str, str]:
    return (_VALUE, _NULL) if descending else (_NULL, _VALUE)


def _segment_condition(
    spec: ListSpec,
    key: Expression,
    segment: str,
    descending: bool,
    start: Key | None,
    inclusive: bool,
    before: bool = False,
) -> ColumnElement[bool]:
    """Rows of one segment, after `start` (or before it with `before`) in the list's order."""
    rid = rowid(spec)
    later = descending != before  # comparing "later in order" means < when descending
    if segment == _NULL:
        condition: ColumnElement[bool] = key.is_(None)
        if start is not None:
            bound = start[1]
            if later:
                step = rid <= bound if inclusive else rid < bound
            else:
                step = rid >= bound if inclusive else rid > bound
            condition = and_(condition, step)
        return condition
    condition = key.is_not(None)
    if start is not None:
        pair, bound_pair = tuple_(key, rid), tuple_(start[0], start[1])
        if later:
            step = pair <= bound_pair if inclusive else pair < bound_pair
        else:
            step = pair >= bound_pair if inclusive else pair > bound_pair
        condition = and_(condition, step)
    return condition


def _segment_of(start: Key | None, descending: bool) -> str:
    if start is None:
        return _segments(descending)[0]
    return _NULL if start[0] is None else _VALUE


def _ordered(
    statement: Select[Any], key: Expression, spec: ListSpec, descending: bool
) -> Select[Any]:
    rid = rowid(spec)
    if descending:
        return statement.order_by(key.desc(), rid.desc())
    return statement.order_by(key.asc(), rid.asc())


def _indexed(spec: ListSpec, query: ListQuery) -> bool:
    """Whether the list's full-text index takes part in this query's text filter."""
    return spec.text_index is not None and any(len(w) >= TRIGRAM for w in query.text.split())


def _scan_first(query: ListQuery) -> bool:
    """Whether a short scan may beat the index: not for a non-ASCII word (LIKE and the
    index fold its case differently, and the rows must be the same either way)."""
    return query.text.isascii()


def read_after(
    conn: Connection,
    spec: ListSpec,
    query: ListQuery,
    count: int,
    *,
    start: Key | None = None,
    inclusive: bool = False,
    skip: int = 0,
    reverse: bool = False,
    values: Sequence[Expression] | None = None,
) -> list[Sequence[Any]]:
    """Up to `count` rows after `start` (from the top when None), skipping `skip` first, in
    the list's order (or its reverse). Each row is `values` (default: the displayed values),
    then the sort value and the rowid. A text filter the full-text index serves is tried
    as a scan for `SCAN_BUDGET` progress steps, then read through the index (the same rows
    either way)."""
    arguments = (query, count, start, inclusive, skip, reverse, values)
    if not _indexed(spec, query):
        return _read_after(conn, spec, *arguments)
    if _scan_first(query):
        driver = conn.connection.driver_connection
        assert driver is not None
        steps = itertools.count()
        driver.set_progress_handler(lambda: next(steps) >= SCAN_BUDGET, SCAN_STEPS)
        try:
            return _read_after(conn, replace(spec, text_index=None), *arguments)
        except OperationalError as error:
            if "interrupted" not in str(error.orig):
                raise
        finally:
            driver.set_progress_handler(None, 0)
    return _read_after(conn, spec, *arguments, plain=False)


def _read_after(
    conn: Connection,
    spec: ListSpec,
    query: ListQuery,
    count: int,
    start: Key | None,
    inclusive: bool,
    skip: int,
    reverse: bool,
    values: Sequence[Expression] | None,
    *,
    plain: bool = True,
) -> list[Sequence[Any]]:
    key = sort_expression(spec, query)
    descending = query.descending != reverse
    selected = [*(selected_values(spec) if values is None else values), key, rowid(spec)]
    conditions = where_clause(spec, query)
    if plain:
        conditions = _plain(conditions)
    segments = _segments(descending)
    first = segments.index(_segment_of(start, descending))
    out: list[Sequence[Any]] = []
    for position in range(first, len(segments)):
        segment = segments[position]
        bound = start if position == first else None
        where = and_(
            conditions, _segment_condition(spec, key, segment, descending, bound, inclusive)
        )
        statement = _ordered(select(*selected).where(where), key, spec, descending)
        statement = statement.limit(count - len(out)).offset(skip)
        if not plain:  # the index drives: sort the matches' keys, read values for these only
            found = _ordered(select(rowid(spec)).where(where), key, spec, descending)
            found = found.limit(count - len(out)).offset(skip)
            statement = _ordered(
                select(*selected).where(rowid(spec).in_(found.scalar_subquery())),
                key,
                spec,
                descending,
            )
        rows = list(conn.execute(statement))
        out += rows
        if len(out) >= count or position == len(segments) - 1:
            break
        if skip:  # the rest of the skip goes on into the next segment
            total = select(func.count()).select_from(spec.table.table).where(where)
            skip = max(0, skip - int(conn.execute(total).scalar_one()))
    return out


def count_before(conn: Connection, spec: ListSpec, query: ListQuery, key_of: Key) -> int:
    """How many rows of the list come before the row at `key_of` (its position)."""
    key = sort_expression(spec, query)
    conditions = _plain(where_clause(spec, query))
    segments = _segments(query.descending)
    own = segments.index(_segment_of(key_of, query.descending))
    total = 0
    for position in range(own + 1):
        bound = key_of if position == own else None
        condition = _segment_condition(
            spec, key, segments[position], query.descending, bound, False, before=True
        )
        statement = select(func.count()).select_from(spec.table.table)
        total += int(conn.execute(statement.where(and_(conditions, condition))).scalar_one())
    return total


def key_of_record(conn: Connection, spec: ListSpec, query: ListQuery, record_id: str) -> Key | None:
    """The key of one record if the list shows it."""
    table = spec.table.table
    statement = select(sort_expression(spec, query), rowid(spec)).where(
        where_clause(spec, query), table.c.id == record_id
    )
    found = conn.execute(statement).first()
    return None if found is None else (found[0], int(found[1]))


def seekable(conn: Connection, spec: ListSpec, query: ListQuery) -> bool:
    """Whether SQLite reads this order from an index (no sort of every row per window)."""
    key = sort_expression(spec, query)
    where = and_(_plain(where_clause(spec, query)), key.is_not(None))
    statement = _ordered(select(rowid(spec)).where(where), key, spec, query.descending).limit(1)
    compiled = statement.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
    parameters = tuple(None for _ in compiled.positiontup or ())
    plan = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled.string}", parameters).fetchall()
    return not any("TEMP B-TREE" in str(step[-1]) for step in plan)
