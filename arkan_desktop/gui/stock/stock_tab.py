"""The Stock Moves tab: products with on-hand, the chosen one's stock per location and its
move history; new move, transfer, adjustment and scrap queued through the outbox.

Moves name their product and locations by id; the list shows SKUs and location codes
through subqueries on the cached products and locations, so it listens to those too.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from arkan_desktop.gui.models.record_table_model import RecordTableModel
from arkan_desktop.gui.shell.live_sync import LiveSync
from arkan_desktop.gui.shell.module_tab import FIND, NEW, ModuleTab
from arkan_desktop.gui.stock.stock_actions import StockActions
from arkan_desktop.gui.widgets.record_list import RecordList
from arkan_desktop.store.changes import ChangeSet
from arkan_desktop.store.lists.specs.products import product_list_spec
from arkan_desktop.store.lists.specs.stock import stock_move_list_spec
from arkan_desktop.sync.company import Company


class StockTab(ModuleTab):
    key = "stock"
    resource = "products"

    def __init__(self, company: Company, live: LiveSync, parent: QWidget | None = None):
        super().__init__(company, live, parent)
        self.products = RecordTableModel(company.rows(product_list_spec()), self)
        self.moves = RecordTableModel(company.rows(stock_move_list_spec()), self)
        self.models += [self.products, self.moves]
        self.product_list = RecordList(self.products, self)
        self.move_list = RecordList(self.moves, self)
        self.levels = QTableWidget(0, 3, self)
        self.levels.setObjectName("stockPerLocation")
        self.levels.setHorizontalHeaderLabels(
            [self.tr("Location"), self.tr("Name"), self.tr("On hand")]
        )
        header = self.levels.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.levels.setWordWrap(False)
        self.levels.verticalHeader().hide()
        self.levels.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.levels_title = QLabel(f"<b>{self.tr('Stock per location')}</b>", self)
        self.moves_title = QLabel(f"<b>{self.tr('Stock moves')}</b>", self)
        self.product_id = ""
        self.stock_actions = StockActions(self)

        top = QSplitter(Qt.Orientation.Horizontal, self)
        top.addWidget(self._box(top, QLabel(f"<b>{self.tr('Products')}</b>"), self.product_list))
        top.addWidget(self._box(top, self.levels_title, self.levels))
        top.setStretchFactor(0, 3)
        top.setStretchFactor(1, 2)
        top.setSizes([850, 410])
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(self._box(splitter, self.moves_title, self.move_list))
        for body in (self.product_list, self.move_list):
            body.sig_message.connect(self.sig_message)

        buttons = QHBoxLayout()
        self.move_button = QPushButton(self.tr("&New move…"), self)
        self.move_button.setToolTip(self.tr("Move one product between locations (Ctrl+N)"))
        self.transfer_button = QPushButton(self.tr("&Transfer…"), self)
        self.adjust_button = QPushButton(self.tr("Ad&justment…"), self)
        self.scrap_button = QPushButton(self.tr("&Scrap…"), self)
        for button, slot in (
            (self.move_button, self.stock_actions.new_move),
            (self.transfer_button, self.stock_actions.new_transfer),
            (self.adjust_button, self.stock_actions.new_adjustment),
            (self.scrap_button, self.stock_actions.new_scrap),
        ):
            buttons.addWidget(button)
            button.clicked.connect(slot)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        self._last_list = self.product_list
        self.product_list.sig_current_changed.connect(self._product_chosen)
        self.moves.set_conditions(self.company.stock.move_history(self.product_id))

    @staticmethod
    def _box(parent: QWidget, title: QLabel, body: QWidget) -> QWidget:
        box = QWidget(parent)
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.addWidget(title)
        box_layout.addWidget(body, 1)
        return box

    def title(self) -> str:
        return self.tr("Stock Moves")

    def offers(self, action: str) -> bool:
        return action in (NEW, FIND)

    def new_record(self) -> None:
        self.stock_actions.new_move()

    def focus_find(self) -> None:
        focused = self.focusWidget()
        if focused is not None and self.move_list.isAncestorOf(focused):
            self._last_list = self.move_list
        elif focused is not None and self.product_list.isAncestorOf(focused):
            self._last_list = self.product_list
        self._last_list.focus_filter()

    def note_changes(self, changes: ChangeSet) -> None:
        super().note_changes(changes)
        if self.product_id and (changes.concerns("stock_levels") or changes.concerns("locations")):
            self.live.spawn(self.show_levels(), "stock-levels")

    def _product_chosen(self, product_id: str | None) -> None:
        self.product_id = product_id or ""
        self.moves.set_conditions(self.company.stock.move_history(self.product_id))
        self.live.spawn(self.show_levels(), "stock-levels")

    async def show_levels(self) -> None:
        """Fill the per-location table for the chosen product from the cached stock levels."""
        product_id = self.product_id
        rows = await self.company.stock.by_location(product_id) if product_id else []
        if product_id != self.product_id:
            return
        self.levels.setRowCount(len(rows))
        for row, (code, name, quantity) in enumerate(rows):
            for column, text in enumerate((code, name, format(quantity.normalize(), "f"))):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.levels.setItem(row, column, item)
        total = sum((quantity for _c, _n, quantity in rows), Decimal(0))
        sku = self._current_sku()
        self.levels_title.setText(
            "<b>"
            + self.tr("Stock per location: %1 (%2 in all)")
            .replace("%1", sku)
            .replace("%2", format(total.normalize(), "f"))
            + "</b>"
        )
        self.moves_title.setText("<b>" + self.tr("Stock moves of %1").replace("%1", sku) + "</b>")

    def _current_sku(self) -> str:
        row = self.products.row_of(self.product_id)
        if row is None:
            return ""
        return str(self.products.index(row, self.products.spec.column_index("sku")).data())

    def level_of(self, location_code: str) -> str | None:
        """The quantity the per-location table shows for a location code (for tests)."""
        for row in range(self.levels.rowCount()):
            item = self.levels.item(row, 0)
            if item is not None and item.text() == location_code:
                value = self.levels.item(row, 2)
                return value.text() if value is not None else None
        return None

    def shutdown(self) -> None:
        self.stock_actions.close_dialogs()
        super().shutdown()
