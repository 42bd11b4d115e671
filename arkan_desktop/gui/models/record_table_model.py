"""`RecordTableModel`: a table model over one cached resource that never holds a big list.

A list of up to `IDS_LIMIT` rows is held as its ids (in sort order, filtered): row values
are read lazily in windows of `WINDOW` rows by id and kept in a small LRU. A bigger list
is held as its row count only: rows are read in blocks of `WINDOW` by position, as keyset
seeks from the nearest anchor (the key of every `WINDOW`-th row, found in the background)
or from the end of the list. A block read that is one index seek runs inline in `data()`
(a few milliseconds); a block far from any anchor is read on the list reader thread and
shown when it arrives. Everything that scans the table (counts, id lists, anchors, CSV
export) runs off the UI thread.

When a ChangeSet concerning the list arrives, reloads coalesce (one per `COALESCE_MS`).
A small list is compared with the previous one on the reader (`id_diff`): rows that only
changed get `dataChanged`; removed and added rows get `rowsRemoved`/`rowsInserted`;
survivors that moved get one `layoutChanged` with their persistent indexes carried over
by id. A big list (or a small one whose change is scattered over more than
`list_loads.MAX_RUNS` runs) is laid out again in one step: the rows the view holds
(selection, current row) are found again by id, in one `layoutChanged`, plus rows added
or removed at the end for the new count. Either way the view keeps its selection and
scroll position. A new sort or filter is a model reset (a big list's first rows show
before it is counted: `sig_first_rows`).
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from sqlalchemy import ColumnElement

from arkan_desktop.gui.models.cells import (
    LOCAL_ROLE,
    RECORD_ID_ROLE,
    RIGHT,
    ROW_ROLES,
    VALUE_ROLE,
    cell_data,
)
from arkan_desktop.gui.models.columns import (
    ListQuery,
    ListSpec,
    RowValues,
    id_query,
)
from arkan_desktop.gui.models.csv_export import write_csv
from arkan_desktop.gui.models.id_rows import IdRows
from arkan_desktop.gui.models.keyset import Key
from arkan_desktop.gui.models.list_loads import (
    Block,
    Loaded,
    load_list,
    position_of,
    probe_list,
)
from arkan_desktop.gui.models.reader import read
from arkan_desktop.gui.tasks import spawn
from arkan_desktop.store.cache import Cache
from arkan_desktop.store.changes import OUTBOX, ChangeSet
from arkan_desktop.sync.worker import DatabaseWorker

__all__ = ["LOCAL_ROLE", "RECORD_ID_ROLE", "VALUE_ROLE", "RecordTableModel"]

AnyIndex = QModelIndex | QPersistentModelIndex
_MAX_CHANGED_RUNS = 50
_MAX_HELD = 200  # rows the view holds (selection ...) that a big list's reload finds again


class RecordTableModel(IdRows):
    sig_reloaded = Signal(int)
    """The list was (re)loaded and applied; the argument is the number of rows."""
    sig_first_rows = Signal()
    """A new sort or filter of a big list shows its first rows; the count follows."""

    COALESCE_MS = 150
    IDS_LIMIT = 20_000  # lists up to this size hold their ids; bigger ones only their count

    def __init__(
        self,
        spec: ListSpec,
        cache: Cache,
        worker: DatabaseWorker,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        self._cache = cache
        self._worker = worker
        self._count = 0
        self._ids: list[str] | None = []  # None: a big list, read by position
        self._rows: OrderedDict[str, RowValues] = OrderedDict()  # by id (id list)
        self._blocks: OrderedDict[int, Block] = OrderedDict()  # by block number (big list)
        self._anchors: list[Key] = []  # key of row i * WINDOW (big list)
        self._wanted: set[int] = set()  # blocks being read on the reader
        self._generation = 0  # bumped whenever the rows change: late block reads are dropped
        self._resizing = False  # the count is being adjusted: read nothing meanwhile
        self._query = ListQuery(
            sort_column=spec.column_index(spec.sort_key), descending=spec.descending
        )
        self._version = 0  # bumped on every query change; a stale reload is redone
        self._shown_version = -1  # the query version of the rows shown
        self._changed: set[str] = set()
        self._refresh_all = False
        self._again = False
        self._closed = False
        self._live = True
        self._stale = False
        self._task: asyncio.Task[None] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.COALESCE_MS)
        self._timer.timeout.connect(self._start_reload)
        self.loads = 0  # list loads done, for tests and benchmarks

    # --- Qt's model interface ----------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.spec.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._count:
            return None
        if role == RECORD_ID_ROLE:
            if self._ids is not None:
                return self._ids[index.row()] if index.row() < len(self._ids) else None
            found = self._row(index.row(), wait=True)  # callers act on it: read it now
            return None if found is None else found.record_id
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if self.spec.columns[index.column()].numeric else None
        if role not in ROW_ROLES:
            return None
        row = self._row(index.row())
        return None if row is None else cell_data(row, index.column(), role)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.spec.columns):
            return None
        column = self.spec.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return RIGHT
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        descending = order == Qt.SortOrder.DescendingOrder
        if column == self._query.sort_column and descending == self._query.descending:
            return
        self._set_query(ListQuery(self._query.conditions, self._query.text, column, descending))

    # --- what the list shows -----------------------------------------------------------

    @property
    def query(self) -> ListQuery:
        return self._query

    @property
    def windowed(self) -> bool:
        """Whether the list is big: held as its count and read by position."""
        return self._ids is None

    def record_id(self, row: int) -> str:
        if self._ids is not None:
            return self._ids[row]
        found = self._row(row, wait=True)
        if found is None:
            raise IndexError(row)
        return found.record_id

    def row_of(self, record_id: str) -> int | None:
        if self._ids is not None:
            try:
                return self._ids.index(record_id)
            except ValueError:
                return None
        with self._cache.reading() as session:  # a count of the rows before it, on an index
            return position_of(session.connection(), self.spec, self._query, record_id)

    def ids(self) -> list[str]:
        """The ids in display order (a big list is read whole for this: tests, small lists)."""
        if self._ids is not None:
            return list(self._ids)
        with self._cache.reading() as session:
            return [str(i) for i in session.execute(id_query(self.spec, self._query)).scalars()]

    def set_conditions(self, conditions: Sequence[ColumnElement[bool]]) -> None:
        """Extra SQL conditions (a state filter); the list reloads at once."""
        self._set_query(
            ListQuery(
                tuple(conditions), self._query.text, self._query.sort_column, self._query.descending
            )
        )

    def set_filter_text(self, text: str) -> None:
        """Words that must each appear in one of the searchable columns."""
        text = " ".join(text.split())
        if text == self._query.text:
            return
        self._set_query(
            ListQuery(self._query.conditions, text, self._query.sort_column, self._query.descending)
        )

    def _set_query(self, query: ListQuery) -> None:
        self._query = query
        self._version += 1  # a load in flight sees the new version and loads again
        self._timer.stop()
        self._start_reload(again=False)

    def reload(self) -> None:
        """Load the list again now (after the load in flight, if any)."""
        self._timer.stop()
        self._start_reload()

    def ensure_loaded(self) -> None:
        """Load the list if it has never been loaded and no load is under way."""
        if not self.loads:
            self._start_reload(again=False)

    @property
    def loading(self) -> bool:
        return self._task is not None and not self._task.done()

    def note_changes(self, changes: ChangeSet) -> None:
        """A ChangeSet arrived: if it concerns this list, reload soon (bursts coalesce)."""
        if self._closed:
            return
        if changes.concerns(OUTBOX) and self._count:
            # A write was refused or resolved: which rows show as refused may have changed.
            self._rows.clear()
            self._blocks.clear()
            last = self.index(self._count - 1, len(self.spec.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
        if not self.spec.concerned_by(list(changes.resources)):
            return
        changed = changes.resources.get(self.spec.resource, ())
        if self._ids is None or len(self._changed) + len(changed) > self.IDS_LIMIT:
            self._refresh_all = True  # a big list reads every row again anyway
        else:
            self._changed.update(changed)
        if self.spec.also_concerns & set(changes.resources):
            self._refresh_all = True  # a joined value (a product's SKU) may show anywhere
        if not self._timer.isActive():
            self._timer.start()

    def set_live(self, live: bool) -> None:
        """A hidden list does not reload on every change; it catches up when shown again."""
        self._live = live
        if live and self._stale:
            self._stale = False
            self.reload()

    def close(self) -> None:
        """Stop reloading and reading (the cache is about to close)."""
        self._closed = True
        self._timer.stop()
        if self._task is not None and not self._task.done():
            self._task.cancel()

    async def export_csv(self, path: Path, columns: Sequence[int]) -> int:
        """Every row of the current list to a CSV file, on the worker; returns the row count."""
        return await self._worker.run(
            write_csv, self._cache, self.spec, self._query, list(columns), path
        )

    # --- loading -----------------------------------------------------------------------

    def _start_reload(self, again: bool = True) -> None:
        if self._closed:
            return
        if not self._live and self.loads:
            self._stale = True
            return
        if self._task is not None and not self._task.done():
            self._again = self._again or again
            return
        self._task = spawn(self._reload(), name=f"reload-{self.spec.key}")

    async def _reload(self) -> None:
        while True:
            self._again = False
            version, query = self._version, self._query
            changed, self._changed = self._changed, set()
            probed: Block | None = None
            if self._ids is None and version != self._shown_version:
                probe = await read(probe_list, self._cache, self.spec, query, self.WINDOW)
                if self._closed:
                    return
                if version != self._version:
                    self._changed |= changed
                    continue
                if probe is not None:
                    self.beginResetModel()
                    self._take(probe)
                    self.endResetModel()
                    self._shown_version = version
                    if probe.ids is not None:  # the whole list
                        self._finish_load()
                        if not self._again:
                            return
                        continue
                    probed = probe.first
                    self.sig_first_rows.emit()
            held = [i for i in self._held_ids() if i is not None][:_MAX_HELD]
            old = None if self._ids is None else list(self._ids)
            loaded = await read(
                load_list,
                self._cache,
                self.spec,
                query,
                old,
                changed,
                held,
                self.IDS_LIMIT,
                self.WINDOW,
                probed,
            )
            if self._closed:
                return
            if version != self._version:
                self._changed |= changed
                continue
            self._apply_loaded(loaded, changed, version == self._shown_version)
            self._shown_version = version
            self._finish_load()
            if not self._again:
                return

    def _finish_load(self) -> None:
        self.loads += 1
        self.sig_reloaded.emit(self._count)
        if self._ids is None:
            spawn(self._find_anchors(self._generation), f"anchors-{self.spec.key}")

    def _apply_loaded(self, loaded: Loaded, changed: set[str], same_query: bool) -> None:
        for record_id in changed:
            self._rows.pop(record_id, None)
        positions = loaded.positions
        if self._refresh_all:
            self._refresh_all = False
            self._rows.clear()
            positions = list(range(loaded.count)) if loaded.ids is not None else []
        if (
            loaded.ids is not None
            and loaded.update is not None
            and self._ids is not None
            and not (loaded.update.reset and same_query)
        ):
            self._apply(loaded.update, loaded.ids)
            self._announce_changed(positions)
        elif same_query and self._count:  # rows the view may hold: found again by id
            self._relayout(loaded)
        else:
            self.beginResetModel()
            self._take(loaded)
            self.endResetModel()

    def _take(self, loaded: Loaded) -> None:
        """Hold `loaded` (no signals; the caller says what changed)."""
        self._generation += 1
        self._wanted.clear()
        self._blocks.clear()
        self._count = loaded.count
        if loaded.ids is not None:
            self._ids = loaded.ids
            self._anchors = []
            return
        self._ids = None
        self._rows.clear()
        self._anchors = [loaded.first[0][1]]
        self._store(0, loaded.first)

    # --- rows --------------------------------------------------------------------------

    def _held_ids(self) -> list[str | None]:
        """Ids of the rows the view holds (selection, current row), where already read."""
        return [self._id_at(p.row()) if p.isValid() else None for p in self.persistentIndexList()]

    def _id_at(self, row: int) -> str | None:
        if self._ids is not None:
            return self._ids[row] if 0 <= row < len(self._ids) else None
        block = self._blocks.get(row // self.WINDOW)
        offset = row % self.WINDOW
        return block[offset][0].record_id if block is not None and offset < len(block) else None

    def _row(self, row: int, wait: bool = False) -> RowValues | None:
        if self._ids is None:
            return self._block_row(row, wait)
        if row >= len(self._ids):
            return None
        record_id = self._ids[row]
        found = self._rows.get(record_id)
        if found is not None:
            self._rows.move_to_end(record_id)
            return found
        if self._closed:
            return None
        self._fetch_window(row)
        return self._rows.get(record_id)
