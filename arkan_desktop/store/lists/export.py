"""A cached list as a file's rows: every matching row, in list order, as plain text.

Runs on the database worker, in one read transaction (one consistent snapshot), and hands
the rows over in chunks as it reads them, so that the file is written on another thread
meanwhile (gui/models/csv_export.py): no file is written on the database thread. Amounts
are written plainly (no thousands separators, the currency's decimals), codes as the
server sends them (the window words them on the file thread), so the file reads back
into a spreadsheet or another program exactly. `export_values` reads the rows as values
instead, up to a limit, for a file made from the whole list at once (PDF, XLSX).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from arkan_desktop.store.cache import Cache
from arkan_desktop.store.lists.columns import ListQuery, ListSpec
from arkan_desktop.store.lists.queries import export_query
from arkan_desktop.store.lists.values import RowValues, display_text, read_row

CHUNK_ROWS = 1000

# Takes one chunk of rows; False when the rest is not wanted (the file could not be written).
Deliver = Callable[[list[list[str]]], bool]


def export_rows(
    cache: Cache,
    spec: ListSpec,
    query: ListQuery,
    columns: Sequence[int],
    deliver: Deliver,
    chunk: int = CHUNK_ROWS,
) -> int:
    """On the worker: the `columns` of every row `query` shows, in chunks to `deliver`;
    returns the number of rows delivered."""
    count = 0
    rows: list[list[str]] = []
    with cache.reading() as session:
        result = session.execute(export_query(spec, query).execution_options(yield_per=chunk))
        for row in result:
            values = read_row(spec, row)
            rows.append(
                [
                    display_text(
                        spec.columns[i], values.values[i], values.currencies[i], grouping=False
                    )
                    for i in columns
                ]
            )
            if len(rows) >= chunk:
                if not deliver(rows):
                    return count
                count += len(rows)
                rows = []
    if rows and deliver(rows):
        count += len(rows)
    return count


def export_values(cache: Cache, spec: ListSpec, query: ListQuery, limit: int) -> list[RowValues]:
    """On the worker: up to `limit` rows that `query` shows, in list order, with their
    values (one more than `limit` when there are more, so the caller can say so)."""
    with cache.reading() as session:
        result = session.execute(export_query(spec, query).limit(limit + 1))
        return [read_row(spec, row) for row in result]
