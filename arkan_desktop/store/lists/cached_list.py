"""One cached list as its views read it: its spec, the cache, and the list reader thread.

Everything a list model asks of the database, with no Qt: a new query of a big list
probed (its first rows before the count), a list loaded (its ids and the planned change,
or its count and first block), a window of rows by id or a block by position read at
once, a far block or the next anchors read on the reader, a position found, the rows
exported. The row sources that hold a load's result read through it (source.py).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from arkan_desktop.store.cache import Cache
from arkan_desktop.store.lists.columns import ListQuery, ListSpec
from arkan_desktop.store.lists.export import Deliver, export_rows, export_values
from arkan_desktop.store.lists.keyset import Key
from arkan_desktop.store.lists.loads import (
    Block,
    Loaded,
    load_list,
    position_of,
    probe_list,
    read_anchors,
    read_block,
    read_block_on_reader,
)
from arkan_desktop.store.lists.queries import id_query, window_query
from arkan_desktop.store.lists.reader import ListReader
from arkan_desktop.store.lists.values import RowValues, read_row


class CachedList:
    def __init__(self, spec: ListSpec, cache: Cache, reader: ListReader) -> None:
        self.spec = spec
        self.cache = cache
        self.reader = reader

    # --- on the list reader --------------------------------------------------------------

    async def probe(self, query: ListQuery, window: int) -> Loaded | None:
        """The first rows of a new query of a big list, before it is counted (loads.py)."""
        return await self.reader.read(probe_list, self.cache, self.spec, query, window)

    async def load(
        self,
        query: ListQuery,
        old_ids: list[str] | None,
        changed: Collection[str],
        held: Collection[str],
        ids_limit: int,
        window: int,
        probed: Block | None,
    ) -> Loaded:
        """The list for `query` (loads.load_list)."""
        return await self.reader.read(
            load_list,
            self.cache,
            self.spec,
            query,
            old_ids,
            changed,
            held,
            ids_limit,
            window,
            probed,
        )

    async def read_far_block(
        self,
        query: ListQuery,
        first: int,
        size: int,
        total: int,
        anchor: tuple[int, Key],
        wanted: Callable[[], bool],
    ) -> Block:
        return await self.reader.read(
            read_block_on_reader, self.cache, self.spec, query, first, size, total, anchor, wanted
        )

    async def read_anchors(
        self,
        query: ListQuery,
        start: Key,
        window: int,
        anchors: int,
        wanted: Callable[[], bool],
    ) -> tuple[list[Key], bool]:
        return await self.reader.read(
            read_anchors, self.cache, self.spec, query, start, window, anchors, wanted
        )

    # --- at once, on the calling thread: one index seek or one window by id ---------------

    def read_window(self, ids: Sequence[str]) -> list[RowValues]:
        with self.cache.reading() as session:
            return [
                read_row(self.spec, row) for row in session.execute(window_query(self.spec, ids))
            ]

    def read_block(
        self,
        query: ListQuery,
        first: int,
        size: int,
        total: int,
        anchor: tuple[int, Key],
        max_skip: int | None,
    ) -> Block | None:
        """Rows `first` .. `first + size - 1`; None when farther than `max_skip` rows from
        the anchor and from the end (the caller reads it on the reader instead)."""
        with self.cache.reading() as session:
            return read_block(
                session.connection(), self.spec, query, first, size, total, anchor, max_skip
            )

    def position_of(self, query: ListQuery, record_id: str) -> int | None:
        """The row of a record in the list (a count of the rows before it, on an index)."""
        with self.cache.reading() as session:
            return position_of(session.connection(), self.spec, query, record_id)

    def ids(self, query: ListQuery) -> list[str]:
        """Every id of the list in order (the whole list is read: tests, small lists)."""
        with self.cache.reading() as session:
            return [str(i) for i in session.execute(id_query(self.spec, query)).scalars()]

    # --- on the database worker ------------------------------------------------------------

    def export_rows(self, query: ListQuery, columns: Sequence[int], deliver: Deliver) -> int:
        """Every row as a file's text, in chunks to `deliver` (export.py); on the worker."""
        return export_rows(self.cache, self.spec, query, columns, deliver)

    def export_values(self, query: ListQuery, limit: int) -> list[RowValues]:
        """Up to `limit` (+1) rows as values, for a PDF or XLSX (export.py); on the worker."""
        return export_values(self.cache, self.spec, query, limit)
