"""Row sources without Qt: a small list read in windows by id, a big list read in blocks
by position (near blocks at once, far ones on the list reader thread, then at once once
its anchors are found), and the list reader's own life."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Coroutine, Iterator
from typing import Any

import pytest

from arkan_desktop.store.cache import Cache
from arkan_desktop.store.lists.cached_list import CachedList
from arkan_desktop.store.lists.columns import ListQuery
from arkan_desktop.store.lists.reader import ListReader, ListReaderStopped
from arkan_desktop.store.lists.source import (
    BigList,
    Hooks,
    ListSizes,
    RowSource,
    SmallList,
    source_for,
)
from arkan_desktop.store.lists.specs.invoices import invoice_list_spec
from tests.store.conftest import invoice

SPEC = invoice_list_spec()
QUERY = ListQuery(sort_column=SPEC.column_index("total"), descending=False)
SIZES = ListSizes(window=20, cache_rows=400, inline_skip=30, anchors_per_read=3, anchors_after_s=0)


@pytest.fixture
def reader() -> Iterator[ListReader]:
    started = ListReader()
    started.start()
    yield started
    started.stop()


@pytest.fixture
def rows(cache: Cache, reader: ListReader) -> CachedList:
    cache.upsert("invoices", [invoice(n, total=f"{n}.00") for n in range(1, 301)])
    return CachedList(SPEC, cache, reader)


def id_of(source: RowSource, row: int, *, read: bool = True) -> str | None:
    found = source.row(row, read=read)
    return None if found is None else found.record_id


def total_of(source: RowSource, row: int) -> str:
    found = source.row(row)
    assert found is not None
    return found.display[SPEC.column_index("total")]


class Owner:
    """What the Qt model is to a big list: runs its background reads, hears of arrivals."""

    def __init__(self) -> None:
        self.tasks: list[asyncio.Task[None]] = []
        self.arrived: list[tuple[int, int]] = []
        self.hooks = Hooks(self.start, lambda first, last: self.arrived.append((first, last)))

    def start(self, work: Coroutine[Any, Any, None], _name: str) -> None:
        self.tasks.append(asyncio.ensure_future(work))

    async def settle(self) -> None:
        async with asyncio.timeout(20):
            while not all(task.done() for task in self.tasks):
                await asyncio.gather(*self.tasks)
        for task in self.tasks:
            task.result()


def test_a_small_list_reads_rows_by_id_in_windows_and_reads_a_changed_one_again(
    rows: CachedList, cache: Cache
) -> None:
    ids = rows.ids(QUERY)
    source = SmallList(rows, list(ids), SIZES)
    assert source.row(45, read=False) is None  # nothing read yet
    assert id_of(source, 45) == ids[45] and total_of(source, 45) == "46.00"
    assert set(source.read) == set(ids[40:60])  # its window came with it
    cache.upsert("invoices", [invoice(46, total="99.00", updatedAt="2026-11-22T00:00:00Z")])
    assert total_of(source, 45) == "46.00"  # kept until told
    source.forget([ids[45]])
    assert total_of(source, 45) == "99.00"
    source.remove(0, 9)
    source.insert(0, ["gone"])  # an id the cache no longer has: a blank row until the reload
    assert source.count == 291 and source.id_at(0) == "gone" and source.row_of(ids[45]) == 36
    assert total_of(source, 0) == "" and id_of(source, 0) == "gone"


def test_a_big_list_reads_near_blocks_at_once_far_ones_on_the_reader_then_at_once(
    rows: CachedList,
) -> None:
    ids = rows.ids(QUERY)

    async def scenario() -> None:
        loaded = await rows.load(QUERY, None, (), (), 50, SIZES.window, None)
        owner = Owner()
        source = source_for(loaded, QUERY, rows, SIZES, owner.hooks)
        assert isinstance(source, BigList) and source.count == 300
        assert id_of(source, 5) == ids[5]  # the first block
        assert id_of(source, 299) == ids[299]  # one seek back from the end
        assert id_of(source, 150) is None and not owner.arrived  # far: asked of the reader
        await owner.settle()
        assert owner.arrived == [(140, 159)]
        assert id_of(source, 150) == ids[150]
        source.shown()  # the anchors: every 20th row's key, found in the background
        await owner.settle()
        assert id_of(source, 205, read=False) is None
        assert id_of(source, 205) == ids[205]  # one seek from an anchor now
        assert source.record_id(77) == ids[77] and source.row_of(ids[77]) == 77
        assert source.all_ids() == ids and source.id_list() is None

    asyncio.run(scenario())


def test_a_replaced_big_list_drops_the_block_it_was_reading(rows: CachedList) -> None:
    async def scenario() -> None:
        loaded = await rows.load(QUERY, None, (), (), 50, SIZES.window, None)
        owner = Owner()
        source = source_for(loaded, QUERY, rows, SIZES, owner.hooks)
        assert source.row(150) is None
        source.close()  # a new load replaced it before the block came
        await owner.settle()
        assert owner.arrived == [] and source.row(150) is None

    asyncio.run(scenario())


def test_the_list_reader_reads_on_its_own_thread_only_while_it_runs() -> None:
    reader = ListReader()

    async def thread_name() -> str:
        return await reader.read(lambda: threading.current_thread().name)

    with pytest.raises(ListReaderStopped):
        asyncio.run(thread_name())
    reader.start()
    reader.start()  # once is enough
    try:
        assert asyncio.run(thread_name()).startswith("arkan-lists")
    finally:
        reader.stop()
    assert not reader.running
    with pytest.raises(ListReaderStopped):
        asyncio.run(thread_name())
