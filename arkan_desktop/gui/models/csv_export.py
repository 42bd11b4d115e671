"""Writing a cached list to CSV: every matching row, in list order, streamed.

Runs on the database worker (never the UI thread). Amounts are written plainly (no
thousands separators, the currency's decimals), codes as the server sends them, so the
file reads back into a spreadsheet or another program exactly.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from arkan_desktop.gui.models.columns import (
    ListQuery,
    ListSpec,
    display_text,
    export_query,
    read_row,
)
from arkan_desktop.store.cache import Cache


def write_csv(
    cache: Cache, spec: ListSpec, query: ListQuery, columns: Sequence[int], path: Path
) -> int:
    """On the worker: every matching row to `path`, streamed; returns the number of rows."""
    count = 0
    with (
        path.open("w", newline="", encoding="utf-8-sig") as handle,
        cache.reading() as session,
    ):
        writer = csv.writer(handle)
        writer.writerow([spec.columns[i].title for i in columns])
        result = session.execute(export_query(spec, query).execution_options(yield_per=1000))
        for row in result:
            values = read_row(spec, row)
            writer.writerow(
                [
                    display_text(
                        spec.columns[i], values.values[i], values.currencies[i], grouping=False
                    )
                    for i in columns
                ]
            )
            count += 1
    return count
