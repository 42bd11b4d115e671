"""Rows of a big list: read in blocks by position, and found again after a change.

Part of `RecordTableModel` (a mixin, for the size of one file): a block of `WINDOW` rows
is read inline when it is one seek from an anchor or from the end of the list, otherwise
on the list reader thread and announced with `dataChanged` when it arrives; anchors (the
key of every `WINDOW`-th row) are found in the background, a few per reader job. After
a change, the rows the view holds are found again by id (`_relayout`).
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict

from PySide6.QtCore import QAbstractTableModel, QModelIndex

from arkan_desktop.gui.models.columns import ListQuery, ListSpec, RowValues
from arkan_desktop.gui.models.keyset import Key
from arkan_desktop.gui.models.list_loads import (
    Block,
    Loaded,
    read_anchors,
    read_block,
    read_block_on_reader,
)
from arkan_desktop.gui.models.reader import read
from arkan_desktop.gui.tasks import spawn
from arkan_desktop.store.cache import Cache


class BlockRows(QAbstractTableModel):
    """The big-list half of RecordTableModel (which sets every attribute below)."""

    WINDOW = 100
    CACHE_ROWS = 2000
    INLINE_SKIP = 1_000  # rows a block read inline may step over; farther reads go off-thread
    ANCHORS_PER_READ = 20  # anchors found per reader job (the reader stays free for loads)
    ANCHORS_AFTER_S = 0.3  # anchors are looked for once the list has been shown this long

    spec: ListSpec
    _cache: Cache
    _query: ListQuery
    _count: int
    _closed: bool
    _resizing: bool
    _generation: int
    _blocks: OrderedDict[int, Block]
    _anchors: list[Key]
    _wanted: set[int]

    def _take(self, loaded: Loaded) -> None:
        raise NotImplementedError

    def _id_at(self, row: int) -> str | None:
        raise NotImplementedError

    def _relayout(self, loaded: Loaded) -> None:
        """The same list read again: rows the view holds are found by id, the count is
        adjusted at the end, and the view keeps its scroll position."""
        old, new = self._count, loaded.count
        root = QModelIndex()
        if new > old:
            self.beginInsertRows(root, old, new - 1)
            self._count = new  # rows past the old list show nothing until the layout below
            self.endInsertRows()
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [self._id_at(p.row()) if p.isValid() else None for p in persistent]
        self._take(loaded)
        self._count = max(old, new)
        self._resizing = True
        if loaded.ids is not None:
            found: dict[str, int | None] = {i: row for row, i in enumerate(loaded.ids)}
        else:
            found = loaded.moved
        moved = []
        for index, record_id in zip(persistent, held, strict=True):
            if not index.isValid():
                moved.append(QModelIndex())
                continue
            if record_id is not None and record_id in found:
                row = found[record_id]
            else:  # a row whose id was not read (or held since the load began) stays put
                row = min(index.row(), new - 1)
            moved.append(
                QModelIndex() if row is None or row < 0 else self.index(row, index.column())
            )
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()
        self._resizing = False
        if new < old:
            self.beginRemoveRows(root, new, old - 1)
            self._count = new
            self.endRemoveRows()

    def _block_row(self, row: int, wait: bool) -> RowValues | None:
        number, offset = divmod(row, self.WINDOW)
        block = self._blocks.get(number)
        if block is None and not self._closed and not self._resizing:
            block = self._read_block_inline(number, None if wait else self.INLINE_SKIP)
            if block is None:
                self._want(number)
        if block is None:
            return None
        self._blocks.move_to_end(number)
        return block[offset][0] if offset < len(block) else None

    def _block_bounds(self, number: int) -> tuple[int, int, tuple[int, Key]]:
        first = number * self.WINDOW
        size = max(0, min(self.WINDOW, self._count - first))
        known = min(number, len(self._anchors) - 1)
        return first, size, (known * self.WINDOW, self._anchors[known])

    def _read_block_inline(self, number: int, max_skip: int | None) -> Block | None:
        first, size, anchor = self._block_bounds(number)
        with self._cache.reading() as session:
            block = read_block(
                session.connection(),
                self.spec,
                self._query,
                first,
                size,
                self._count,
                anchor,
                max_skip,
            )
        if block is not None:
            self._store(number, block)
        return block

    def _store(self, number: int, block: Block) -> None:
        self._blocks[number] = block
        if number == len(self._anchors) and block:
            self._anchors.append(block[0][1])  # a block read in order is the next anchor too
        while len(self._blocks) > max(2, self.CACHE_ROWS // self.WINDOW):
            self._blocks.popitem(last=False)

    def _want(self, number: int) -> None:
        if number in self._wanted:
            return
        self._wanted.add(number)
        spawn(self._read_far(number, self._generation), f"block-{self.spec.key}")

    async def _read_far(self, number: int, generation: int) -> None:
        first, size, anchor = self._block_bounds(number)
        try:
            block = await read(
                read_block_on_reader,
                self._cache,
                self.spec,
                self._query,
                first,
                size,
                self._count,
                anchor,
                lambda: generation == self._generation and not self._closed,
            )
        except Exception:
            if self._closed:  # the cache closed under it: nothing to show any more
                return
            raise
        finally:
            self._wanted.discard(number)
        if self._closed or generation != self._generation or not block:
            return
        self._store(number, block)
        last_column = len(self.spec.columns) - 1
        self.dataChanged.emit(self.index(first, 0), self.index(first + len(block) - 1, last_column))

    async def _find_anchors(self, generation: int) -> None:
        """Find the key of every WINDOW-th row, a few at a time, so far blocks are seeks."""
        await asyncio.sleep(self.ANCHORS_AFTER_S)  # a user who types on is served first
        done = False
        while not done and not self._closed and generation == self._generation:
            base = len(self._anchors) - 1
            try:
                found, done = await read(
                    read_anchors,
                    self._cache,
                    self.spec,
                    self._query,
                    self._anchors[base],
                    self.WINDOW,
                    self.ANCHORS_PER_READ,
                    lambda: generation == self._generation and not self._closed,
                )
            except Exception:
                if self._closed:  # the cache closed under it
                    return
                raise
            if self._closed or generation != self._generation:
                return
            self._anchors[base + 1 : base + 1 + len(found)] = found
