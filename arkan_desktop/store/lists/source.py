"""A list's rows as the Qt model holds them: a small list by its ids, a big one by position.

`RowSource` is what the list model (gui/models/record_table_model.py) asks for a row, an
id or a position; the model holds one at a time and makes a new one from each load
(`source_for`). Both read through a `CachedList`.

- `SmallList` (a list loaded whole as its ids): row values are read by id in windows of
  `window` rows and kept in a small LRU that carries over from one load to the next
  (a row's values do not depend on the order). The model applies a planned change
  (id_diff) step by step (`remove`, `reorder`, `insert`), telling the view each step.
- `BigList` (held as its row count): rows are read in blocks of `window` by position, as
  keyset seeks from the nearest anchor (the key of every `window`-th row, found in the
  background a few per reader job) or from the end of the list. A block one index seek
  away (`inline_skip` rows at most) is read at once on the calling thread; a farther one
  on the list reader, and the owner hears when it arrives (`Hooks.arrived`).

No Qt: the owner runs the background reads it is handed (`Hooks.start`).
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from collections.abc import Callable, Collection, Coroutine
from dataclasses import dataclass
from typing import Any, Protocol

from arkan_desktop.store.lists.cached_list import CachedList
from arkan_desktop.store.lists.columns import ListQuery
from arkan_desktop.store.lists.keyset import Key
from arkan_desktop.store.lists.loads import Block, Loaded
from arkan_desktop.store.lists.values import RowValues, blank_row


@dataclass(frozen=True)
class ListSizes:
    window: int = 100  # rows read at once: a window by id, a block by position
    cache_rows: int = 2000  # rows kept once read
    inline_skip: int = 1_000  # rows a block read at once may step over; farther: the reader
    anchors_per_read: int = 20  # anchors found per reader job (the reader stays free for loads)
    anchors_after_s: float = 0.3  # anchors are looked for once the list has been shown this long


@dataclass(frozen=True)
class Hooks:
    """What a big list asks of its owner: run a coroutine in the background (and report
    its errors), and hear that rows `first` .. `last` it could not show are read now."""

    start: Callable[[Coroutine[Any, Any, None], str], object]
    arrived: Callable[[int, int], None]


class RowSource(Protocol):
    @property
    def windowed(self) -> bool:
        """Whether this is a big list: held as its count and read by position."""

    @property
    def count(self) -> int: ...

    def row(self, position: int, *, wait: bool = False, read: bool = True) -> RowValues | None:
        """The row at `position`; None while it is being read (or with `read` False, when
        not read yet). `wait`: read it now however far it is (the caller acts on it)."""

    def id_at(self, position: int) -> str | None:
        """The id at `position` if known without reading."""

    def record_id(self, position: int, *, read: bool = True) -> str | None:
        """The id at `position`, read now if need be."""

    def row_of(self, record_id: str) -> int | None: ...

    def id_list(self) -> list[str] | None:
        """A copy of a small list's ids; None for a big list."""

    def all_ids(self) -> list[str]:
        """Every id in order (a big list is read whole for this: tests, small lists)."""

    def forget(self, ids: Collection[str] | None = None) -> None:
        """Read these rows (every row: None) again when next asked for."""

    def shown(self) -> None:
        """The list was loaded and shown: start reading ahead (a big list's anchors)."""

    def close(self) -> None:
        """Replaced or closing: read nothing more, drop what arrives late."""


class SmallList:
    windowed = False

    def __init__(
        self,
        rows: CachedList,
        ids: list[str],
        sizes: ListSizes,
        read: OrderedDict[str, RowValues] | None = None,
    ) -> None:
        self._list = rows
        self._ids = ids
        self._sizes = sizes
        self.read = OrderedDict[str, RowValues]() if read is None else read  # LRU, by id

    @property
    def count(self) -> int:
        return len(self._ids)

    def row(self, position: int, *, wait: bool = False, read: bool = True) -> RowValues | None:
        if not 0 <= position < len(self._ids):
            return None
        record_id = self._ids[position]
        found = self.read.get(record_id)
        if found is not None:
            self.read.move_to_end(record_id)
            return found
        if not read:
            return None
        self._read_window(position)
        return self.read.get(record_id)

    def _read_window(self, position: int) -> None:
        start = position - position % self._sizes.window
        wanted = [i for i in self._ids[start : start + self._sizes.window] if i not in self.read]
        for values in self._list.read_window(wanted):
            self.read[values.record_id] = values
        for record_id in wanted:
            if record_id not in self.read:  # gone since the ids were read: a reload follows
                self.read[record_id] = blank_row(self._list.spec, record_id)
        while len(self.read) > self._sizes.cache_rows:
            self.read.popitem(last=False)

    def id_at(self, position: int) -> str | None:
        return self._ids[position] if 0 <= position < len(self._ids) else None

    def record_id(self, position: int, *, read: bool = True) -> str | None:
        return self.id_at(position)

    def row_of(self, record_id: str) -> int | None:
        try:
            return self._ids.index(record_id)
        except ValueError:
            return None

    def id_list(self) -> list[str]:
        return list(self._ids)

    def all_ids(self) -> list[str]:
        return list(self._ids)

    def forget(self, ids: Collection[str] | None = None) -> None:
        if ids is None:
            self.read.clear()
            return
        for record_id in ids:
            self.read.pop(record_id, None)

    def shown(self) -> None:
        pass

    def close(self) -> None:
        pass  # nothing runs in the background; the rows read carry over to the next list

    # --- the steps of a planned change (id_diff), applied by the model one by one ---------

    def remove(self, first: int, last: int) -> None:
        del self._ids[first : last + 1]

    def insert(self, first: int, ids: list[str]) -> None:
        self._ids[first:first] = ids

    def reorder(self, order: list[str]) -> list[str]:
        """The survivors in their new order; returns the old order."""
        before, self._ids = self._ids, list(order)
        return before


class BigList:
    windowed = True

    def __init__(
        self,
        rows: CachedList,
        query: ListQuery,
        count: int,
        first: Block,
        sizes: ListSizes,
        hooks: Hooks,
    ) -> None:
        self._list = rows
        self._query = query
        self._count = count
        self._sizes = sizes
        self._hooks = hooks
        self._closed = False
        self._blocks: OrderedDict[int, Block] = OrderedDict()  # by block number, LRU
        self._anchors: list[Key] = [first[0][1]]  # key of row i * window
        self._wanted: set[int] = set()  # blocks being read on the reader
        self._store(0, first)

    @property
    def count(self) -> int:
        return self._count

    def row(self, position: int, *, wait: bool = False, read: bool = True) -> RowValues | None:
        number, offset = divmod(position, self._sizes.window)
        block = self._blocks.get(number)
        if block is None and read and not self._closed:
            block = self._read_inline(number, None if wait else self._sizes.inline_skip)
            if block is None:
                self._want(number)
        if block is None:
            return None
        self._blocks.move_to_end(number)
        return block[offset][0] if offset < len(block) else None

    def id_at(self, position: int) -> str | None:
        number, offset = divmod(position, self._sizes.window)
        block = self._blocks.get(number)
        return block[offset][0].record_id if block is not None and offset < len(block) else None

    def record_id(self, position: int, *, read: bool = True) -> str | None:
        found = self.row(position, wait=True, read=read)
        return None if found is None else found.record_id

    def row_of(self, record_id: str) -> int | None:
        return self._list.position_of(self._query, record_id)

    def id_list(self) -> None:
        return None

    def all_ids(self) -> list[str]:
        return self._list.ids(self._query)

    def forget(self, ids: Collection[str] | None = None) -> None:
        if ids is None:  # a changed row is read again with its block, on the reload
            self._blocks.clear()

    def shown(self) -> None:
        self._hooks.start(self._find_anchors(), f"anchors-{self._list.spec.key}")

    def close(self) -> None:
        self._closed = True

    def _still_wanted(self) -> bool:
        return not self._closed

    # --- blocks ------------------------------------------------------------------------

    def _bounds(self, number: int) -> tuple[int, int, tuple[int, Key]]:
        window = self._sizes.window
        first = number * window
        size = max(0, min(window, self._count - first))
        known = min(number, len(self._anchors) - 1)
        return first, size, (known * window, self._anchors[known])

    def _read_inline(self, number: int, max_skip: int | None) -> Block | None:
        first, size, anchor = self._bounds(number)
        block = self._list.read_block(self._query, first, size, self._count, anchor, max_skip)
        if block is not None:
            self._store(number, block)
        return block

    def _store(self, number: int, block: Block) -> None:
        self._blocks[number] = block
        if number == len(self._anchors) and block:
            self._anchors.append(block[0][1])  # a block read in order is the next anchor too
        while len(self._blocks) > max(2, self._sizes.cache_rows // self._sizes.window):
            self._blocks.popitem(last=False)

    def _want(self, number: int) -> None:
        if number in self._wanted:
            return
        self._wanted.add(number)
        self._hooks.start(self._read_far(number), f"block-{self._list.spec.key}")

    async def _read_far(self, number: int) -> None:
        first, size, anchor = self._bounds(number)
        try:
            block = await self._list.read_far_block(
                self._query, first, size, self._count, anchor, self._still_wanted
            )
        except Exception:
            if self._closed:  # the cache closed under it, or the list is gone
                return
            raise
        finally:
            self._wanted.discard(number)
        if self._closed or not block:
            return
        self._store(number, block)
        self._hooks.arrived(first, first + len(block) - 1)

    async def _find_anchors(self) -> None:
        """Find the key of every window-th row, a few at a time, so far blocks are seeks."""
        await asyncio.sleep(self._sizes.anchors_after_s)  # a user who types on is served first
        done = False
        while not done and not self._closed:
            base = len(self._anchors) - 1
            try:
                found, done = await self._list.read_anchors(
                    self._query,
                    self._anchors[base],
                    self._sizes.window,
                    self._sizes.anchors_per_read,
                    self._still_wanted,
                )
            except Exception:
                if self._closed:  # the cache closed under it
                    return
                raise
            if self._closed:
                return
            self._anchors[base + 1 : base + 1 + len(found)] = found


def source_for(
    loaded: Loaded,
    query: ListQuery,
    rows: CachedList,
    sizes: ListSizes,
    hooks: Hooks,
    previous: RowSource | None = None,
) -> RowSource:
    """The row source holding `loaded` (the result of a load for `query`); a small list
    keeps the rows `previous` read, when that was a small list too."""
    if loaded.ids is not None:
        kept = previous.read if isinstance(previous, SmallList) else None
        return SmallList(rows, loaded.ids, sizes, kept)
    return BigList(rows, query, loaded.count, loaded.first, sizes, hooks)
