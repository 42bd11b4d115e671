"""What the list reader thread does for a list's rows: load a list, read a block, extend
the anchors. No Qt; nothing here touches a model or a row source.

A list of up to `ids_limit` rows (or one whose order no index serves) is loaded whole as
its id list, and the change from the previous list is planned here (id_diff). A bigger
list is only counted and its first block read: its `BigList` then reads blocks of rows
by position, starting from the nearest anchor (the key of every `window`-th row, found in
the background) or from the end of the list, whichever is closer.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection

from arkan_desktop.store.cache import Cache
from arkan_desktop.store.lists.columns import ListQuery, ListSpec
from arkan_desktop.store.lists.id_diff import IdListUpdate, plan_update
from arkan_desktop.store.lists.keyset import (
    Key,
    count_before,
    count_rows,
    key_of_record,
    read_after,
    seekable,
)
from arkan_desktop.store.lists.queries import id_query
from arkan_desktop.store.lists.values import RowValues, read_row

Block = list[tuple[RowValues, Key]]
# More separate runs of rows added or removed than this, and the list is laid out again
# in one step (rows found by id) rather than told run by run: a view relays itself out on
# every rowsInserted, and a sync page scatters new rows all over a list sorted by date.
MAX_RUNS = 16


@dataclass(frozen=True)
class Loaded:
    """A freshly read list: its id list (small lists) or its count and first block."""

    count: int
    ids: list[str] | None = None
    update: IdListUpdate | None = None  # from the previous id list, when there was one
    positions: list[int] = field(default_factory=list)  # rows of the changed ids (id list)
    first: Block = field(default_factory=list)  # the first block (no id list)
    moved: dict[str, int | None] = field(default_factory=dict)  # where held rows are now


def _keyed(spec: ListSpec, rows: Sequence[Sequence[Any]]) -> Block:
    return [(read_row(spec, row), (row[-2], int(row[-1]))) for row in rows]


def load_list(
    cache: Cache,
    spec: ListSpec,
    query: ListQuery,
    old_ids: list[str] | None,
    changed: Collection[str],
    held: Collection[str],
    ids_limit: int,
    window: int,
    probed: Block | None = None,
) -> Loaded:
    """On the reader: the list for `query`; `held` are ids whose new position is wanted;
    `probed` is the first block `probe_list` just read for the same query, if it did."""
    with cache.reading() as session:
        conn = session.connection()
        count = count_rows(conn, spec, query)
        first: Block = []
        if count > ids_limit and probed:
            first = probed
        elif count > ids_limit and seekable(conn, spec, query):
            first = _keyed(spec, read_after(conn, spec, query, window))
        if not first:
            ids = [str(record_id) for record_id in conn.execute(id_query(spec, query)).scalars()]
            update = None if old_ids is None else plan_update(old_ids, ids, MAX_RUNS)
            positions = [i for i, record_id in enumerate(ids) if record_id in changed]
            return Loaded(len(ids), ids, update, positions if changed else [])
        moved = {record_id: position_of(conn, spec, query, record_id) for record_id in held}
        return Loaded(count, first=first, moved=moved)


def probe_list(cache: Cache, spec: ListSpec, query: ListQuery, window: int) -> Loaded | None:
    """On the reader: the first rows of a new query of a big list, before it is counted.

    A list that ends within them is complete (an id list); otherwise the count and the rest
    follow from `load_list`. None when no index serves the order (`load_list` decides)."""
    with cache.reading() as session:
        conn = session.connection()
        if not seekable(conn, spec, query):
            return None
        first = _keyed(spec, read_after(conn, spec, query, window + 1))
    if len(first) <= window:
        return Loaded(len(first), [row.record_id for row, _key in first])
    return Loaded(window, first=first[:window])


def position_of(conn: Connection, spec: ListSpec, query: ListQuery, record_id: str) -> int | None:
    key = key_of_record(conn, spec, query, record_id)
    return None if key is None else count_before(conn, spec, query, key)


def read_block(
    conn: Connection,
    spec: ListSpec,
    query: ListQuery,
    first: int,
    size: int,
    total: int,
    anchor: tuple[int, Key],
    max_skip: int | None = None,
) -> Block | None:
    """Rows `first` .. `first + size - 1` of a list of `total` rows, read forward from the
    anchor (its row, its key) or backward from the end, whichever skips fewer rows; None
    when that is more than `max_skip` (the caller reads it on the reader thread instead)."""
    anchor_row, anchor_key = anchor
    forward = first - anchor_row
    backward = total - (first + size)
    if max_skip is not None and min(forward, backward) > max_skip:
        return None
    if forward <= backward:
        rows = read_after(conn, spec, query, size, start=anchor_key, inclusive=True, skip=forward)
        return _keyed(spec, rows)
    rows = read_after(conn, spec, query, size, skip=backward, reverse=True)
    return _keyed(spec, rows[::-1])


def read_block_on_reader(
    cache: Cache,
    spec: ListSpec,
    query: ListQuery,
    first: int,
    size: int,
    total: int,
    anchor: tuple[int, Key],
    wanted: Callable[[], bool],
) -> Block:
    """`read_block` for the reader; nothing when the model no longer wants it."""
    if not wanted():
        return []
    with cache.reading() as session:
        block = read_block(session.connection(), spec, query, first, size, total, anchor)
    assert block is not None
    return block


def read_anchors(
    cache: Cache,
    spec: ListSpec,
    query: ListQuery,
    start: Key,
    window: int,
    anchors: int,
    still_wanted: Callable[[], bool],
) -> tuple[list[Key], bool]:
    """The keys of the next `anchors` rows `window` apart after the anchor `start`, and
    whether the list ends before them (no more to find).

    One query per anchor that skips `window` rows inside SQLite (OFFSET): only the anchor
    row comes back to Python, so this thread seldom holds the GIL that the UI thread needs.
    """
    found: list[Key] = []
    key = start
    with cache.reading() as session:
        conn = session.connection()
        while len(found) < anchors:
            if not still_wanted():  # a new load: the list this was for is gone
                return found, True
            rows = read_after(
                conn, spec, query, 1, start=key, inclusive=True, skip=window, values=()
            )
            if not rows:
                return found, True
            key = (rows[0][-2], int(rows[0][-1]))
            found.append(key)
    return found, False
