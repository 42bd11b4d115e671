"""`RecordTableModel`: a table model over one cached list that never holds a big list.

A list of up to `IDS_LIMIT` rows is held as its ids (in sort order, filtered): row values
are read lazily in windows of `WINDOW` rows by id and kept in a small LRU. A bigger list
is held as its row count only: rows are read in blocks of `WINDOW` by position, as keyset
seeks from the nearest anchor (the key of every `WINDOW`-th row, found in the background)
or from the end of the list. A block read that is one index seek runs inline in `data()`
(a few milliseconds); a block far from any anchor is read on the list reader thread and
shown when it arrives. Everything that scans the table (counts, id lists, anchors, CSV
export) runs off the UI thread. The rows are held by one row source (store/lists/
source.py) and shown by `SourceTableModel` (source_table.py); this module decides when
the list loads and for which query.

When a ChangeSet concerning the list arrives, reloads coalesce (one per `COALESCE_MS`).
A small list is compared with the previous one on the reader (`id_diff`): rows that only
changed get `dataChanged`; removed and added rows get `rowsRemoved`/`rowsInserted`;
survivors that moved get one `layoutChanged` with their persistent indexes carried over
by id. A big list (or a small one whose change is scattered over more than
`loads.MAX_RUNS` runs) is laid out again in one step: the rows the view holds
(selection, current row) are found again by id. Either way the view keeps its selection
and scroll position. A new sort or filter is a model reset (a big list's first rows show
before it is counted: `sig_first_rows`).
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from arkan_desktop.gui.labels import WORDS, code_label
from arkan_desktop.gui.models.cells import LOCAL_ROLE, RECORD_ID_ROLE, VALUE_ROLE
from arkan_desktop.gui.models.csv_export import CsvCells, write_csv
from arkan_desktop.gui.models.source_table import SourceTableModel
from arkan_desktop.gui.tasks import spawn
from arkan_desktop.store.changes import OUTBOX, ChangeSet
from arkan_desktop.store.lists.columns import Condition, Kind, ListQuery
from arkan_desktop.store.lists.loads import Block, Loaded
from arkan_desktop.store.lists.values import RowValues
from arkan_desktop.sync.list_rows import ListRows

__all__ = ["LOCAL_ROLE", "RECORD_ID_ROLE", "VALUE_ROLE", "RecordTableModel"]

_MAX_HELD = 200  # rows the view holds (selection ...) that a big list's reload finds again


class RecordTableModel(SourceTableModel):
    sig_reloaded = Signal(int)
    """The list was (re)loaded and applied; the argument is the number of rows."""
    sig_first_rows = Signal()
    """A new sort or filter of a big list shows its first rows; the count follows."""

    COALESCE_MS = 150
    IDS_LIMIT = 20_000  # lists up to this size hold their ids; bigger ones only their count

    def __init__(
        self,
        rows: ListRows,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(rows.cached, parent)
        spec = rows.cached.spec
        self._worker = rows.worker
        self._query = ListQuery(
            sort_column=spec.column_index(spec.sort_key), descending=spec.descending
        )
        self._version = 0  # bumped on every query change; a stale reload is redone
        self._shown_version = -1  # the query version of the rows shown
        self._changed: set[str] = set()
        self._refresh_all = False
        self._again = False
        self._live = True
        self._stale = False
        self._task: asyncio.Task[None] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.COALESCE_MS)
        self._timer.timeout.connect(self._start_reload)
        self.loads = 0  # list loads done, for tests and benchmarks

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        descending = order == Qt.SortOrder.DescendingOrder
        if column == self._query.sort_column and descending == self._query.descending:
            return
        self._set_query(ListQuery(self._query.conditions, self._query.text, column, descending))

    # --- what the list shows -----------------------------------------------------------

    @property
    def query(self) -> ListQuery:
        return self._query

    def set_conditions(self, conditions: Sequence[Condition]) -> None:
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
            self._source.forget()
            last = self.index(self._count - 1, len(self.spec.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
        if not self.spec.concerned_by(list(changes.resources)):
            return
        changed = changes.resources.get(self.spec.resource, ())
        if self._source.windowed or len(self._changed) + len(changed) > self.IDS_LIMIT:
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
        self._source.close()
        if self._task is not None and not self._task.done():
            self._task.cancel()

    async def export_csv(self, path: Path, columns: Sequence[int]) -> int:
        """Every row of the current list to a CSV file (read on the worker, written on a
        file thread); returns the row count."""
        header = [self.titles[i] for i in columns]
        kinds = [self.spec.columns[i].kind for i in columns]
        words = {code: code_label(code) for code in WORDS}  # read here, in the window's language
        cells = CsvCells(
            words=[words if kind is Kind.CODE else None for kind in kinds],
            texts=[kind in (Kind.TEXT, Kind.CODE) for kind in kinds],
        )
        return await write_csv(self._worker, self._list, self._query, columns, header, path, cells)

    async def export_values(self, limit: int) -> list[RowValues]:
        """Up to `limit` rows of the current list as values (one more when there are
        more), read on the database worker: what a PDF or XLSX of the list is made from."""
        return await self._worker.run(self._list.export_values, self._query, limit)

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
            if self._source.windowed and version != self._shown_version:
                probe = await self._list.probe(query, self.WINDOW)
                if self._closed:
                    return
                if version != self._version:
                    self._changed |= changed
                    continue
                if probe is not None:
                    self._reset_to(probe, query)
                    self._shown_version = version
                    if probe.ids is not None:  # the whole list
                        self._finish_load()
                        if not self._again:
                            return
                        continue
                    probed = probe.first
                    self.sig_first_rows.emit()
            held = [i for i in self._held_ids() if i is not None][:_MAX_HELD]
            loaded = await self._list.load(
                query,
                self._source.id_list(),
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
            self._apply_loaded(loaded, query, changed, version == self._shown_version)
            self._shown_version = version
            self._finish_load()
            if not self._again:
                return

    def _finish_load(self) -> None:
        self.loads += 1
        self.sig_reloaded.emit(self._count)
        self._source.shown()

    def _apply_loaded(
        self, loaded: Loaded, query: ListQuery, changed: set[str], same_query: bool
    ) -> None:
        refresh_all, self._refresh_all = self._refresh_all, False
        if not self._source.windowed:  # a big list's next source reads every row anew
            self._source.forget(None if refresh_all else changed)
        positions = loaded.positions
        if refresh_all:
            positions = list(range(loaded.count)) if loaded.ids is not None else []
        if (
            loaded.ids is not None
            and loaded.update is not None
            and not self._source.windowed
            and not (loaded.update.reset and same_query)
        ):
            self._apply(loaded.update, loaded.ids, query)
            self._announce_changed(positions)
        elif same_query and self._count:  # rows the view may hold: found again by id
            self._relayout(loaded, query)
        else:
            self._reset_to(loaded, query)
