"""Rows of a small list: held as its ids, updated by the steps id_diff plans.

Part of `RecordTableModel` (a mixin, for the size of one file): the changes of an id list
become `rowsRemoved`, one `layoutChanged` with persistent indexes carried over by id, and
`rowsInserted`; changed rows get `dataChanged`; row values are read by id in windows.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QModelIndex

from arkan_desktop.gui.models.big_list import BlockRows
from arkan_desktop.gui.models.columns import RowValues, read_row, window_query
from arkan_desktop.gui.models.id_diff import IdListUpdate, runs
from arkan_desktop.gui.models.list_loads import Loaded

_MAX_CHANGED_RUNS = 50


class IdRows(BlockRows):
    """The small-list half of RecordTableModel (which sets every attribute below)."""

    _ids: list[str] | None
    _rows: OrderedDict[str, RowValues]

    def _apply(self, update: IdListUpdate, new: list[str]) -> None:
        if update.unchanged:
            return
        if update.reset:
            self.beginResetModel()
            self._take(Loaded(len(new), new))
            self.endResetModel()
            return
        assert self._ids is not None
        root = QModelIndex()
        for first, last in update.removed:
            self.beginRemoveRows(root, first, last)
            del self._ids[first : last + 1]
            self._count = len(self._ids)
            self.endRemoveRows()
        if update.reordered is not None:
            self._reorder(update.reordered)
        for first, last in update.inserted:
            self.beginInsertRows(root, first, last)
            self._ids[first:first] = new[first : last + 1]
            self._count = len(self._ids)
            self.endInsertRows()

    def _reorder(self, order: list[str]) -> None:
        assert self._ids is not None
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
        if not positions or not self._count:
            return
        last_column = len(self.spec.columns) - 1
        changed_runs = runs(positions)
        if len(changed_runs) > _MAX_CHANGED_RUNS:
            changed_runs = [(0, self._count - 1)]
        for first, last in changed_runs:
            self.dataChanged.emit(self.index(first, 0), self.index(last, last_column))

    def _fetch_window(self, row: int) -> None:
        assert self._ids is not None
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
