"""The Stock Moves tab: products with on-hand and available quantities, and stock moves.

Moves name their product and locations by id; the list shows SKUs and location codes
through subqueries on the cached products and locations, so it listens to those too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget
from sqlalchemy import select

from arkan_desktop.gui.models.columns import Column, Expression, Kind, ListSpec
from arkan_desktop.gui.models.record_table_model import RecordTableModel
from arkan_desktop.gui.session import CompanyContext
from arkan_desktop.gui.shell.live_sync import LiveSync
from arkan_desktop.gui.shell.module_tab import ModuleTab
from arkan_desktop.gui.widgets.record_list import RecordList
from arkan_desktop.store.models import Location, Product, StockMove

translate = QCoreApplication.translate


def product_list_spec() -> ListSpec:
    columns = (
        Column("sku", translate("StockLists", "SKU"), Product.sku, searchable=True, width=100),
        Column(
            "name", translate("StockLists", "Product"), Product.name, searchable=True, width=260
        ),
        Column("barcode", translate("StockLists", "Barcode"), Product.barcode, searchable=True),
        Column("category", translate("StockLists", "Category"), Product.category, searchable=True),
        Column("type", translate("StockLists", "Type"), Product.type, Kind.CODE, hidden=True),
        Column("on_hand", translate("StockLists", "On hand"), Product.on_hand, Kind.QUANTITY),
        Column("available", translate("StockLists", "Available"), Product.available, Kind.QUANTITY),
        Column("uom", translate("StockLists", "Unit"), Product.uom, width=70),
        Column(
            "price",
            translate("StockLists", "Sale price"),
            Product.sale_price_minor,
            Kind.MONEY,
            Product.currency,
        ),
    )
    return ListSpec("products", "products", columns, sort_key="sku", descending=False)


def _location_code(column: Expression) -> Expression:
    return select(Location.code).where(Location.id == column).limit(1).scalar_subquery()


def stock_move_list_spec() -> ListSpec:
    sku = select(Product.sku).where(Product.id == StockMove.product_id).limit(1).scalar_subquery()
    columns = (
        Column("number", translate("StockLists", "Number"), StockMove.number, searchable=True),
        Column("date", translate("StockLists", "Date"), StockMove.date, Kind.DATE, width=100),
        Column("type", translate("StockLists", "Type"), StockMove.type, Kind.CODE, width=100),
        Column("state", translate("StockLists", "State"), StockMove.state, Kind.CODE, width=80),
        Column("sku", translate("StockLists", "SKU"), sku, searchable=True, width=100),
        Column(
            "from",
            translate("StockLists", "From"),
            _location_code(StockMove.from_location_id),
            searchable=True,
        ),
        Column(
            "to",
            translate("StockLists", "To"),
            _location_code(StockMove.to_location_id),
            searchable=True,
        ),
        Column("quantity", translate("StockLists", "Quantity"), StockMove.quantity, Kind.QUANTITY),
        Column(
            "reference", translate("StockLists", "Reference"), StockMove.reference, searchable=True
        ),
    )
    return ListSpec(
        "stock_moves",
        "stock_moves",
        columns,
        sort_key="date",
        also_concerns=frozenset({"products", "locations"}),
    )


class StockTab(ModuleTab):
    key = "stock"
    resource = "products"

    def __init__(self, context: CompanyContext, live: LiveSync, parent: QWidget | None = None):
        super().__init__(context, live, parent)
        self.products = RecordTableModel(product_list_spec(), context.cache, context.worker, self)
        self.moves = RecordTableModel(stock_move_list_spec(), context.cache, context.worker, self)
        self.models += [self.products, self.moves]
        self.product_list = RecordList(self.products, self)
        self.move_list = RecordList(self.moves, self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        for title, body in (
            (self.tr("Products"), self.product_list),
            (self.tr("Stock moves"), self.move_list),
        ):
            box = QWidget(splitter)
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            box_layout.addWidget(QLabel(f"<b>{title}</b>", box))
            box_layout.addWidget(body, 1)
            splitter.addWidget(box)
            body.sig_message.connect(self.sig_message)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._last_list = self.product_list

    def title(self) -> str:
        return self.tr("Stock Moves")

    def focus_find(self) -> None:
        focused = self.focusWidget()
        if focused is not None and self.move_list.isAncestorOf(focused):
            self._last_list = self.move_list
        elif focused is not None and self.product_list.isAncestorOf(focused):
            self._last_list = self.product_list
        self._last_list.focus_filter()
