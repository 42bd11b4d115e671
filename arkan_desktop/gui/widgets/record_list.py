"""`RecordList`: a cached list with an instant filter, a column chooser and an Export menu.

It shows a RecordTableModel in a table view, sorts on any column (in SQL), filters as
you type (debounced), lets the user choose columns, exports the current list with the
shared Export menu (gui/printing/export.py: PDF, CSV, Excel, Print; the columns shown,
in their order, with the window's words; CSV streams every row, read on the database
worker and written on a file thread), and remembers column widths, order, visibility
and sort in the preferences. It does not decide what is listed: the tab gives it the
model. A record is opened by Enter, a double-click or the context menu's *Open*
(`sig_activated`); the menu then lists the actions the tab added to the view.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QItemSelectionModel, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QHideEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from arkan_desktop.gui.models.record_table_model import RECORD_ID_ROLE, RecordTableModel
from arkan_desktop.gui.preferences import preferences
from arkan_desktop.gui.printing.export import ExportKind, ExportMenu, period_stem
from arkan_desktop.gui.printing.sheet import Sheet
from arkan_desktop.gui.shell.resource_names import resource_name
from arkan_desktop.sync.company import Company

FILTER_DELAY_MS = 200
SAVE_DELAY_MS = 500


def select_row(view: QAbstractItemView, row: int) -> None:
    """Make `row` the current, only selected row. (QTableView.selectRow selects nothing in
    a right-to-left window when the columns are narrower than the view: it asks for the
    column one past the view's edge.)"""
    index = view.model().index(row, 0)
    flags = QItemSelectionModel.SelectionFlag
    view.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)


class _FilterBox(QLineEdit):
    """The filter box: Escape clears it, Down moves into the list."""

    sig_down_pressed = Signal()
    """The user pressed Down: the list should take the focus."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        if event.key() == Qt.Key.Key_Down:
            self.sig_down_pressed.emit()
            return
        super().keyPressEvent(event)


class RecordList(QWidget):
    sig_current_changed = Signal(str)
    """The current record changed: its id, or "" when none."""
    sig_activated = Signal(str)
    """The user opened a record (double-click or Enter): its id."""
    sig_message = Signal(str)
    """A short message for the status bar (export finished ...)."""

    def __init__(self, model: RecordTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._settings_key = f"lists/{model.spec.key}/header"

        self.filter_box = _FilterBox(self)
        self.filter_box.setPlaceholderText(self.tr("Filter (Ctrl+F)"))
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.setMinimumWidth(220)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("listCount")
        self.columns_button = QToolButton(self)
        self.columns_button.setText(self.tr("Columns"))
        self.columns_button.setToolTip(self.tr("Choose the columns to show"))
        self.columns_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.exports = ExportMenu(
            self, self.export_sheet, self.export_stem, self._company, self._stream_csv
        )
        self.exports.sig_message.connect(self.sig_message)
        self.export_button = self.exports.button

        self.toolbar = QHBoxLayout()
        self.toolbar.setContentsMargins(0, 0, 0, 0)
        self.toolbar.addWidget(self.filter_box)
        self.toolbar.addStretch(1)
        self.toolbar.addWidget(self.count_label)
        self.toolbar.addWidget(self.columns_button)
        self.toolbar.addWidget(self.export_button)

        self.view = QTableView(self)
        self.view.setModel(model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.open_action = QAction(self.tr("&Open"), self)
        self.open_action.setToolTip(self.tr("Open the record (Enter or double-click)"))
        font = self.open_action.font()
        font.setBold(True)  # the menu's default: what Enter and a double-click do
        self.open_action.setFont(font)
        self.open_action.triggered.connect(self._open_current)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._show_context_menu)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.toolbar)
        layout.addWidget(self.view, 1)

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self._apply_filter)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_layout)

        self._restore_layout()
        self.view.setSortingEnabled(True)  # sorts by the (restored) indicator at once
        self.columns_button.setMenu(self._columns_menu())

        self.filter_box.textChanged.connect(lambda _text: self._filter_timer.start())
        self.filter_box.returnPressed.connect(self._apply_filter)
        self.filter_box.sig_down_pressed.connect(self._focus_list)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.view.selectionModel().selectionChanged.connect(
            lambda *_: self.sig_current_changed.emit(self.current_id() or "")
        )
        self.view.activated.connect(self._activated)
        model.sig_reloaded.connect(self._show_count)
        model.sig_first_rows.connect(lambda: self.count_label.setText(self.tr("Rows: counting…")))
        for signal in (header.sectionResized, header.sectionMoved, header.sortIndicatorChanged):
            signal.connect(self._save_timer.start)
        if model.loads:
            self._show_count(model.rowCount())
        model.ensure_loaded()

    # --- what the tab asks ---------------------------------------------------------------

    def current_id(self) -> str | None:
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().isRowSelected(index.row()):
            return None
        return str(index.data(RECORD_ID_ROLE))

    def selected_ids(self) -> list[str]:
        return [str(i.data(RECORD_ID_ROLE)) for i in self.view.selectionModel().selectedRows()]

    def select_id(self, record_id: str) -> bool:
        row = self.model.row_of(record_id)
        if row is None:
            return False
        select_row(self.view, row)
        self.view.scrollTo(self.model.index(row, 0))
        return True

    def focus_filter(self) -> None:
        self.filter_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_box.selectAll()

    def add_tool_widget(self, widget: QWidget) -> None:
        """Put a tab's own control (a state filter) next to the filter box."""
        self.toolbar.insertWidget(1, widget)

    # --- filter, export ------------------------------------------------------------------

    def _apply_filter(self) -> None:
        self._filter_timer.stop()
        self.model.set_filter_text(self.filter_box.text())

    def _focus_list(self) -> None:
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.view.currentIndex().isValid() and self.model.rowCount():
            select_row(self.view, 0)

    def _show_count(self, rows: int) -> None:
        self.count_label.setText(self.tr("Rows: %1").replace("%1", f"{rows:,}"))

    def visible_columns(self) -> list[int]:
        """Column indexes in the order shown, hidden ones left out (what CSV export writes)."""
        header = self.view.horizontalHeader()
        return [
            header.logicalIndex(visual)
            for visual in range(header.count())
            if not header.isSectionHidden(header.logicalIndex(visual))
        ]

    def choose_export_file(self, kind: ExportKind = ExportKind.CSV) -> None:
        self.exports.choose_file(kind)

    async def export_to(self, path: Path, kind: ExportKind = ExportKind.CSV) -> int:
        """Export the list to `path`; the rows written (0 when it could not, said why)."""
        return await self.exports.export_to(kind, path)

    async def _stream_csv(self, path: Path) -> int:
        return await self.model.export_csv(path, self.visible_columns())

    async def export_sheet(self) -> Sheet:
        from arkan_desktop.gui.printing.list_export import list_sheet

        return await list_sheet(self.model, self.visible_columns())

    def export_stem(self) -> str:
        return period_stem(resource_name(self.model.spec.resource), "", "")

    def _company(self) -> Company | None:
        """The company of the tab the list is on (its threads, branding and letterhead)."""
        widget = self.parentWidget()
        while widget is not None:
            company = getattr(widget, "company", None)
            if isinstance(company, Company):
                return company
            widget = widget.parentWidget()
        return None

    # --- columns and their memory --------------------------------------------------------

    def _columns_menu(self) -> QMenu:
        menu = QMenu(self)
        header = self.view.horizontalHeader()
        for index, title in enumerate(self.model.titles):
            action = QAction(title, menu)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(index))
            action.toggled.connect(lambda shown, i=index: self._show_column(i, shown))
            menu.addAction(action)
        menu.aboutToShow.connect(lambda: self._sync_menu(menu))
        return menu

    def _sync_menu(self, menu: QMenu) -> None:
        header = self.view.horizontalHeader()
        shown = [a for i, a in enumerate(menu.actions()) if not header.isSectionHidden(i)]
        for index, action in enumerate(menu.actions()):
            action.blockSignals(True)
            action.setChecked(not header.isSectionHidden(index))
            action.setEnabled(len(shown) > 1 or header.isSectionHidden(index))
            action.blockSignals(False)

    def _header_menu(self, point: QPoint) -> None:
        menu = self.columns_button.menu()
        if menu is not None:
            menu.popup(self.view.horizontalHeader().mapToGlobal(point))

    def _show_column(self, index: int, shown: bool) -> None:
        header = self.view.horizontalHeader()
        if not shown and header.count() - header.hiddenSectionCount() <= 1:
            return  # the last visible column stays
        header.setSectionHidden(index, not shown)
        self._save_timer.start()

    def _restore_layout(self) -> None:
        header = self.view.horizontalHeader()
        state = preferences().value(self._settings_key)
        if isinstance(state, QByteArray) and header.restoreState(state):
            return
        for index, column in enumerate(self.model.spec.columns):
            header.setSectionHidden(index, column.hidden)
            header.setSectionResizeMode(index, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(index, column.width or (120 if column.numeric else 140))
        query = self.model.query
        order = Qt.SortOrder.DescendingOrder if query.descending else Qt.SortOrder.AscendingOrder
        header.setSortIndicator(query.sort_column, order)

    def save_layout(self) -> None:
        self._save_timer.stop()
        settings = preferences()
        settings.setValue(self._settings_key, self.view.horizontalHeader().saveState())
        settings.sync()

    # --- live only while seen ------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        self.model.set_live(True)
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.model.set_live(False)
        if self._save_timer.isActive():
            self.save_layout()
        super().hideEvent(event)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.sig_current_changed.emit(
            str(current.data(RECORD_ID_ROLE)) if current.isValid() else ""
        )

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.sig_activated.emit(str(index.data(RECORD_ID_ROLE)))

    # --- opening, the context menu -------------------------------------------------------

    def _open_current(self) -> None:
        record_id = self.current_id()
        if record_id:
            self.sig_activated.emit(record_id)

    def context_menu(self) -> QMenu:
        """*Open*, then the actions the tab added to the view (its document's actions)."""
        menu = QMenu(self)
        self.open_action.setEnabled(bool(self.current_id()))
        menu.addAction(self.open_action)
        menu.setDefaultAction(self.open_action)
        actions = [a for a in self.view.actions() if a is not self.open_action]
        if actions:
            menu.addSeparator()
            menu.addActions(actions)
        return menu

    def _show_context_menu(self, point: QPoint) -> None:
        index = self.view.indexAt(point)
        if index.isValid() and not self.view.selectionModel().isRowSelected(index.row()):
            self.view.selectRow(index.row())
        menu = self.context_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.view.viewport().mapToGlobal(point))
