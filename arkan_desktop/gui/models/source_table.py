"""`SourceTableModel`: a Qt table over one row source, telling the view what changed.

It holds one `RowSource` (store/lists/source.py) at a time — a small list or a big list —
and answers Qt from it: row count, cells (cells.py), titles (titles.py). A new load
becomes a new source, shown in the way that keeps the view's selection and scroll
position: a small list's planned change (id_diff) as `rowsRemoved`, one `layoutChanged`
with persistent indexes carried over by id, and `rowsInserted`, with `dataChanged` for
the rows that only changed; a list read again as a whole (`_relayout`) as one
`layoutChanged` with the rows the view holds found again by id, plus rows added or
removed at the end for the new count; anything else as a reset. When a new query loads
and how is `RecordTableModel`'s business.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from arkan_desktop.gui.models.cells import RECORD_ID_ROLE, RIGHT, ROW_ROLES, cell_data
from arkan_desktop.gui.models.titles import column_titles
from arkan_desktop.gui.tasks import spawn
from arkan_desktop.store.lists.cached_list import CachedList
from arkan_desktop.store.lists.columns import Kind, ListQuery
from arkan_desktop.store.lists.id_diff import IdListUpdate, runs
from arkan_desktop.store.lists.loads import Loaded
from arkan_desktop.store.lists.source import Hooks, ListSizes, RowSource, SmallList, source_for
from arkan_desktop.store.lists.values import RowValues

AnyIndex = QModelIndex | QPersistentModelIndex
_MAX_CHANGED_RUNS = 50
_DEFAULT = ListSizes()


class SourceTableModel(QAbstractTableModel):
    # How rows are read (store.lists.source.ListSizes); a subclass may tune them.
    WINDOW = _DEFAULT.window
    CACHE_ROWS = _DEFAULT.cache_rows
    INLINE_SKIP = _DEFAULT.inline_skip
    ANCHORS_PER_READ = _DEFAULT.anchors_per_read
    ANCHORS_AFTER_S = _DEFAULT.anchors_after_s

    def __init__(self, rows: CachedList, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.spec = rows.spec
        self.titles = column_titles(rows.spec)
        self._codes = tuple(column.kind is Kind.CODE for column in rows.spec.columns)
        self._list = rows
        self._sizes = ListSizes(
            self.WINDOW,
            self.CACHE_ROWS,
            self.INLINE_SKIP,
            self.ANCHORS_PER_READ,
            self.ANCHORS_AFTER_S,
        )
        self._hooks = Hooks(spawn, self._arrived)
        self._source: RowSource = SmallList(rows, [], self._sizes)
        self._count = 0  # the rows the view sees: the source's, except while it is adjusted
        self._resizing = False  # the count is being adjusted: read nothing meanwhile
        self._closed = False

    # --- Qt's model interface ----------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.spec.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._count:
            return None
        if role == RECORD_ID_ROLE:  # callers act on it: a big list reads it now
            return self._source.record_id(index.row(), read=self._reading)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if self.spec.columns[index.column()].numeric else None
        if role not in ROW_ROLES:
            return None
        row = self._row(index.row())
        if row is None:
            return None
        return cell_data(row, index.column(), role, code=self._codes[index.column()])

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.spec.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.titles[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and self.spec.columns[section].numeric:
            return RIGHT
        return None

    # --- rows --------------------------------------------------------------------------

    @property
    def windowed(self) -> bool:
        """Whether the list is big: held as its count and read by position."""
        return self._source.windowed

    def record_id(self, row: int) -> str:
        found = self._source.record_id(row, read=self._reading)
        if found is None:
            raise IndexError(row)
        return found

    def row_of(self, record_id: str) -> int | None:
        return self._source.row_of(record_id)

    def ids(self) -> list[str]:
        """The ids in display order (a big list is read whole for this: tests, small lists)."""
        return self._source.all_ids()

    @property
    def _reading(self) -> bool:
        """Whether a row not read yet may be read now."""
        return not self._closed and not self._resizing

    def _row(self, row: int) -> RowValues | None:
        return self._source.row(row, read=not self._closed and not self._resizing)

    def _held_ids(self) -> list[str | None]:
        """Ids of the rows the view holds (selection, current row), where already read."""
        return [
            self._source.id_at(p.row()) if p.isValid() else None for p in self.persistentIndexList()
        ]

    def _arrived(self, first: int, last: int) -> None:
        """A big list's block read on the reader arrived: its rows can show now."""
        last_column = len(self.spec.columns) - 1
        self.dataChanged.emit(self.index(first, 0), self.index(last, last_column))

    # --- showing a load ----------------------------------------------------------------

    def _take(self, loaded: Loaded, query: ListQuery) -> None:
        """Hold `loaded`, the list for `query` (no signals; the caller says what changed)."""
        previous = self._source
        previous.close()  # a big list's reads still under way are dropped
        self._source = source_for(loaded, query, self._list, self._sizes, self._hooks, previous)
        self._count = loaded.count

    def _reset_to(self, loaded: Loaded, query: ListQuery) -> None:
        self.beginResetModel()
        self._take(loaded, query)
        self.endResetModel()

    def _apply(self, update: IdListUpdate, new: list[str], query: ListQuery) -> None:
        """A small list's planned change, step by step."""
        if update.unchanged:
            return
        if update.reset:
            self._reset_to(Loaded(len(new), new), query)
            return
        source = self._source
        assert isinstance(source, SmallList)
        root = QModelIndex()
        for first, last in update.removed:
            self.beginRemoveRows(root, first, last)
            source.remove(first, last)
            self._count = source.count
            self.endRemoveRows()
        if update.reordered is not None:
            self._reorder(source, update.reordered)
        for first, last in update.inserted:
            self.beginInsertRows(root, first, last)
            source.insert(first, new[first : last + 1])
            self._count = source.count
            self.endInsertRows()

    def _reorder(self, source: SmallList, order: list[str]) -> None:
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        before = source.reorder(order)
        if persistent:
            position = {record_id: row for row, record_id in enumerate(order)}
            moved = [
                self.index(position[before[p.row()]], p.column()) if p.isValid() else QModelIndex()
                for p in persistent
            ]
            self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def _announce_changed(self, positions: list[int]) -> None:
        if not positions or not self._count:
            return
        last_column = len(self.spec.columns) - 1
        changed_runs = runs(positions)
        if len(changed_runs) > _MAX_CHANGED_RUNS:
            changed_runs = [(0, self._count - 1)]
        for first, last in changed_runs:
            self.dataChanged.emit(self.index(first, 0), self.index(last, last_column))

    def _relayout(self, loaded: Loaded, query: ListQuery) -> None:
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
        held = [self._source.id_at(p.row()) if p.isValid() else None for p in persistent]
        self._take(loaded, query)
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
