"""`RecordTableModel`: a table model over one cached resource that holds only ids.

The id list (in sort order, filtered) comes from one SELECT of ids on the database
worker; row values are read lazily in windows of `WINDOW` rows when the view asks for
them, and kept in a small LRU. A window read is a primary-key lookup of a few hundred
rows (a few milliseconds), so it runs inline in `data()`; everything that scans the
table (ids, CSV export) runs on the worker and never on the UI thread.

When a ChangeSet concerning the list arrives, reloads coalesce (one per `COALESCE_MS`)
and the new id list is compared with the old one on the worker (`id_diff`): rows that
only changed get `dataChanged`; removed and added rows get `rowsRemoved`/`rowsInserted`;
survivors that moved get one `layoutChanged` with their persistent indexes carried over
by id. That keeps the view's selection and scroll position. A model reset is used only
when the change is too scattered for that (see id_diff.MAX_RUNS).
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont
from sqlalchemy import ColumnElement

from arkan_desktop.gui import theme
from arkan_desktop.gui.models.columns import (
    ListQuery,
    ListSpec,
    RowValues,
    id_query,
    read_row,
    window_query,
)
from arkan_desktop.gui.models.csv_export import write_csv
from arkan_desktop.gui.models.id_diff import IdListUpdate, plan_update, runs
from arkan_desktop.gui.tasks import spawn
from arkan_desktop.store.cache import Cache
from arkan_desktop.store.changes import OUTBOX, ChangeSet
from arkan_desktop.sync.worker import DatabaseWorker

RECORD_ID_ROLE = Qt.ItemDataRole.UserRole + 1
VALUE_ROLE = Qt.ItemDataRole.UserRole + 2
LOCAL_ROLE = Qt.ItemDataRole.UserRole + 3

AnyIndex = QModelIndex | QPersistentModelIndex
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_MAX_CHANGED_RUNS = 50
_ROW_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ForegroundRole,
        VALUE_ROLE,
        LOCAL_ROLE,
    }
)


def _load_ids(
    cache: Cache, spec: ListSpec, query: ListQuery, old: list[str], changed: set[str]
) -> tuple[list[str], IdListUpdate, list[int]]:
    """On the worker: the new id list, how to get there from `old`, where `changed` ids are."""
    with cache.reading() as session:
        new = [str(record_id) for record_id in session.execute(id_query(spec, query)).scalars()]
    update = plan_update(old, new)
    positions = [i for i, record_id in enumerate(new) if record_id in changed] if changed else []
    return new, update, positions


class RecordTableModel(QAbstractTableModel):
    sig_reloaded = Signal(int)
    """The id list was (re)loaded and applied; the argument is the number of rows."""

    WINDOW = 200
    CACHE_ROWS = 2000
    COALESCE_MS = 150

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
        self._ids: list[str] = []
        self._rows: OrderedDict[str, RowValues] = OrderedDict()
        self._query = ListQuery(
            sort_column=spec.column_index(spec.sort_key), descending=spec.descending
        )
        self._version = 0  # bumped on every query change; a stale reload is redone
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
        self.loads = 0  # id-list loads done, for tests and benchmarks

    # --- Qt's model interface ----------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.spec.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        if role == RECORD_ID_ROLE:
            return self._ids[index.row()]
        column = self.spec.columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column.numeric else None
        if role not in _ROW_ROLES:
            return None
        row = self._row(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            text = row.display[index.column()]
            if not text and index.column() == 0 and row.local:
                return self.tr("(not sent yet)")
            return text
        if role == VALUE_ROLE:
            return row.values[index.column()]
        if role == LOCAL_ROLE:
            return row.local
        if role == Qt.ItemDataRole.ForegroundRole:
            return theme.error_color() if row.refused else None
        if role == Qt.ItemDataRole.FontRole:
            if not row.local:
                return None
            font = QFont()
            font.setItalic(True)
            return font
        if row.refused:
            return self.tr("The server refused a change to this record: see the Outbox")
        if row.local:
            return self.tr("Not yet confirmed by the server (waiting in the outbox)")
        return None

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
            return _RIGHT
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

    def record_id(self, row: int) -> str:
        return self._ids[row]

    def row_of(self, record_id: str) -> int | None:
        try:
            return self._ids.index(record_id)
        except ValueError:
            return None

    def ids(self) -> list[str]:
        """A copy of the id list, in display order."""
        return list(self._ids)

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
        """Load the id list again now (after the load in flight, if any)."""
        self._timer.stop()
        self._start_reload()

    def ensure_loaded(self) -> None:
        """Load the id list if it has never been loaded and no load is under way."""
        if not self.loads:
            self._start_reload(again=False)

    @property
    def loading(self) -> bool:
        return self._task is not None and not self._task.done()

    def note_changes(self, changes: ChangeSet) -> None:
        """A ChangeSet arrived: if it concerns this list, reload soon (bursts coalesce)."""
        if self._closed:
            return
        if changes.concerns(OUTBOX) and self._ids:
            # A write was refused or resolved: which rows show as refused may have changed.
            self._rows.clear()
            last = self.index(len(self._ids) - 1, len(self.spec.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
        if not self.spec.concerned_by(list(changes.resources)):
            return
        self._changed.update(changes.resources.get(self.spec.resource, ()))
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
            new, update, positions = await self._worker.run(
                _load_ids, self._cache, self.spec, query, list(self._ids), changed
            )
            if self._closed:
                return
            if version != self._version:
                self._changed |= changed
                continue
            for record_id in changed:
                self._rows.pop(record_id, None)
            if self._refresh_all:
                self._refresh_all = False
                self._rows.clear()
                positions = list(range(len(new)))
            self._apply(update, new)
            self._announce_changed(positions)
            self.loads += 1
            self.sig_reloaded.emit(len(self._ids))
            if not self._again:
                return

    def _apply(self, update: IdListUpdate, new: list[str]) -> None:
        if update.unchanged:
            return
        if update.reset:
            self.beginResetModel()
            self._ids = new
            self.endResetModel()
            return
        root = QModelIndex()
        for first, last in update.removed:
            self.beginRemoveRows(root, first, last)
            del self._ids[first : last + 1]
            self.endRemoveRows()
        if update.reordered is not None:
            self._reorder(update.reordered)
        for first, last in update.inserted:
            self.beginInsertRows(root, first, last)
            self._ids[first:first] = new[first : last + 1]
            self.endInsertRows()

    def _reorder(self, order: list[str]) -> None:
        self.layoutAboutToBeChanged.emit()
        before = self._ids
        persistent = self.persistentIndexList()
        self._ids = list(order)
        if persistent:
            position = {record_id: row for row, record_id in enumerate(self._ids)}
            moved = [
                self.index(position[before[p.row()]], p.column()) if p.isValid() else QModelIndex()
                for p in persistent
            ]
            self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def _announce_changed(self, positions: list[int]) -> None:
        if not positions or not self._ids:
            return
        last_column = len(self.spec.columns) - 1
        changed_runs = runs(positions)
        if len(changed_runs) > _MAX_CHANGED_RUNS:
            changed_runs = [(0, len(self._ids) - 1)]
        for first, last in changed_runs:
            self.dataChanged.emit(self.index(first, 0), self.index(last, last_column))

    def _row(self, row: int) -> RowValues | None:
        record_id = self._ids[row]
        found = self._rows.get(record_id)
        if found is not None:
            self._rows.move_to_end(record_id)
            return found
        if self._closed:
            return None
        self._fetch_window(row)
        return self._rows.get(record_id)

    def _fetch_window(self, row: int) -> None:
        start = row - row % self.WINDOW
        wanted = [i for i in self._ids[start : start + self.WINDOW] if i not in self._rows]
        with self._cache.reading() as session:
            for result in session.execute(window_query(self.spec, wanted)):
                values = read_row(self.spec, result)
                self._rows[values.record_id] = values
        blank = ("",) * len(self.spec.columns)
        for record_id in wanted:
            if record_id not in self._rows:  # gone since the ids were read: a reload follows
                nothing = (None,) * len(self.spec.columns)
                self._rows[record_id] = RowValues(record_id, False, nothing, nothing, blank)
        while len(self._rows) > self.CACHE_ROWS:
            self._rows.popitem(last=False)
