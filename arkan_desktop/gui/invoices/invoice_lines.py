"""`InvoiceLinesModel`: the editable lines of a new invoice, checked and totalled as typed.

Cells hold what the user typed; each is read as the user's language writes numbers
(gui.amount_field: never a float, never a guessed separator) and checked locally (positive
quantity, price not negative, percentages 0–100, a line amount the cache can store).
A cell that fails shows red with the reason; so does a cell the server refused (its field
error, until the cell is edited). Blank lines at the end are left out (Enter adds one).
Totals come from domain.totals.document_totals, exactly as the server computes them: per
line, rounded half-up to the currency.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from arkan_desktop.domain.money import MoneyError, exponent
from arkan_desktop.domain.totals import Totals, document_totals, line_amounts
from arkan_desktop.domain.typed_amount import MAX_INTEGER_DIGITS, TypedAmountError
from arkan_desktop.gui import theme
from arkan_desktop.gui.amount_field import (
    amount_text,
    read_amount,
    refusal,
    wire_amount_text,
    wire_number,
)
from arkan_desktop.store.queries.invoices import Product

AnyIndex = QModelIndex | QPersistentModelIndex
PRODUCT, DESCRIPTION, QUANTITY, UNIT_PRICE, DISCOUNT, TAX, AMOUNT = range(7)
# The server's names for the line fields, by column (for its field errors).
WIRE_FIELDS = {
    PRODUCT: "productId",
    DESCRIPTION: "description",
    QUANTITY: "quantity",
    UNIT_PRICE: "unitPrice",
    DISCOUNT: "discountPercent",
    TAX: "taxRate",
}
COLUMN_OF_FIELD = {name: column for column, name in WIRE_FIELDS.items()}
HUNDRED = Decimal(100)


@dataclass
class DraftLine:
    product: Product | None = None
    description: str = ""
    quantity: str = "1"
    unit_price: str = ""
    discount: str = "0"
    tax_rate: str = ""
    account_id: str = ""  # "" lets the server choose (by product)
    order_line_id: str = ""  # the purchase order line a bill's line bills
    server_errors: dict[int, str] = field(default_factory=dict)
    touched: bool = False  # edited by the user: its problems show at once


class InvoiceLinesModel(QAbstractTableModel):
    sig_totals_changed = Signal()
    """A line changed: the totals (and the local checks) may have changed."""

    def __init__(self, currency: str, default_tax_rate: str, parent: QObject | None = None):
        super().__init__(parent)
        self.currency = currency
        self.default_tax_rate = default_tax_rate
        self._lines: list[DraftLine] = []
        # What a new line holds, in the user's writing of numbers ("١" in Arabic digits).
        self._blank = DraftLine(
            quantity=amount_text(Decimal(1)),
            discount=amount_text(Decimal(0)),
            tax_rate=wire_amount_text(default_tax_rate),
        )
        # Problems of untouched lines show only after a save was tried (a new empty line
        # is not an error yet).
        self.checking = False
        self.dataChanged.connect(lambda *_: self.sig_totals_changed.emit())
        self.rowsInserted.connect(lambda *_: self.sig_totals_changed.emit())
        self.rowsRemoved.connect(lambda *_: self.sig_totals_changed.emit())
        self.modelReset.connect(self.sig_totals_changed.emit)

    def headers(self) -> list[str]:
        return [
            self.tr("Product"),
            self.tr("Description"),
            self.tr("Quantity"),
            self.tr("Unit price"),
            self.tr("Discount %"),
            self.tr("Tax %"),
            self.tr("Amount"),
        ]

    # --- Qt's model interface ----------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else AMOUNT + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section <= AMOUNT:
            return self.headers()[section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._lines):
            return str(section + 1)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base if index.column() == AMOUNT else base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._lines):
            return None
        line, column = self._lines[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(line, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= QUANTITY:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        shown = self.checking or line.touched or column in line.server_errors
        problem = self.cell_error(index.row(), column) if shown else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return problem or None
        if role == Qt.ItemDataRole.BackgroundRole and problem:
            color = QColor(theme.error_color())
            color.setAlpha(60)
            return QBrush(color)
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or index.column() == AMOUNT:
            return False
        line, column = self._lines[index.row()], index.column()
        if column == PRODUCT:
            if value is not None and not isinstance(value, Product):
                return False
            self.set_product(index.row(), value)
            return True
        text = "" if value is None else str(value).strip()
        if column == DESCRIPTION:
            line.description = text
        elif column == QUANTITY:
            line.quantity = text
        elif column == UNIT_PRICE:
            line.unit_price = text
        elif column == DISCOUNT:
            line.discount = text
        elif column == TAX:
            line.tax_rate = text
        line.server_errors.pop(column, None)
        line.touched = True
        self.dataChanged.emit(self.index(index.row(), column), self.index(index.row(), AMOUNT))
        return True

    # --- editing -----------------------------------------------------------------------

    def lines(self) -> list[DraftLine]:
        return list(self._lines)

    def add_line(self) -> int:
        row = len(self._lines)
        blank = self._blank
        self.beginInsertRows(QModelIndex(), row, row)
        self._lines.append(
            DraftLine(quantity=blank.quantity, discount=blank.discount, tax_rate=blank.tax_rate)
        )
        self.endInsertRows()
        return row

    def _blank_numbers(self) -> tuple[str, str, str, str]:
        blank = self._blank
        return blank.quantity, blank.unit_price, blank.discount, blank.tax_rate

    def is_blank(self, line: DraftLine) -> bool:
        """Nothing chosen or typed (the prefilled quantity, discount and tax aside)."""
        numbers = (line.quantity, line.unit_price, line.discount, line.tax_rate)
        untouched = zip(numbers, self._blank_numbers(), strict=True)
        return (
            line.product is None
            and not line.description.strip()
            and all(n.strip() in ("", blank) for n, blank in untouched)
        )

    def filled_rows(self) -> int:
        """How many lines count: blank lines at the end are left out."""
        rows = len(self._lines)
        while rows and self.is_blank(self._lines[rows - 1]):
            rows -= 1
        return rows

    def remove_line(self, row: int) -> None:
        if 0 <= row < len(self._lines):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._lines[row]
            self.endRemoveRows()

    def set_lines(self, lines: list[DraftLine]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self.endResetModel()

    def set_product(self, row: int, product: Product | None) -> None:
        """Choose the line's product: its name, price and tax rate fill in."""
        line = self._lines[row]
        line.product = product
        line.touched = True
        if product is not None:
            line.description = product.name
            if product.price:
                line.unit_price = wire_amount_text(product.price)
            line.tax_rate = wire_amount_text(product.tax_rate or self.default_tax_rate)
        line.server_errors.pop(PRODUCT, None)
        self.dataChanged.emit(self.index(row, PRODUCT), self.index(row, AMOUNT))

    def set_server_errors(self, errors: dict[tuple[int, str], str]) -> list[str]:
        """Field errors by (line, wire field); returns the ones that name no cell."""
        leftover = []
        for line in self._lines:
            line.server_errors.clear()
        for (row, name), message in errors.items():
            column = COLUMN_OF_FIELD.get(name)
            if column is None or not 0 <= row < len(self._lines):
                leftover.append(message)
                continue
            self._lines[row].server_errors[column] = message
        if self._lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._lines) - 1, AMOUNT))
        return leftover

    # --- checking and totalling --------------------------------------------------------

    def cell_error(self, row: int, column: int) -> str:
        line = self._lines[row]
        if column in line.server_errors:
            return line.server_errors[column]
        if row >= self.filled_rows():
            return ""
        if column == QUANTITY:
            return self._number_error(line.quantity, positive=True)
        if column == UNIT_PRICE:
            if not line.unit_price:
                return self.tr("Enter a unit price")
            return self._number_error(line.unit_price) or self._amount_error(line)
        if column in (DISCOUNT, TAX):
            text = line.discount if column == DISCOUNT else line.tax_rate
            return self._number_error(text or "0", at_most=HUNDRED)
        if column == DESCRIPTION and not line.description and not line.product:
            return self.tr("Choose a product or describe the line")
        return ""

    def _number_error(
        self, text: str, *, positive: bool = False, at_most: Decimal | None = None
    ) -> str:
        try:
            value = read_amount(text)
        except TypedAmountError as error:
            return refusal(error)
        if positive and value <= 0:
            return self.tr("Must be greater than zero")
        if value < 0:
            return self.tr("Cannot be negative")
        if at_most is not None and value > at_most:
            return self.tr("Must be between 0 and 100")
        return ""

    def _amount_error(self, line: DraftLine) -> str:
        """A line whose amount the cache could not store (quantity × price too large)."""
        wire = self._wire(line)
        try:
            amounts = line_amounts(
                wire["quantity"], wire["unitPrice"], self.currency,
                wire["discountPercent"], wire["taxRate"],
            )  # fmt: skip
        except MoneyError:
            return ""  # the quantity or a percentage says what is wrong
        if amounts.total.adjusted() >= MAX_INTEGER_DIGITS:
            return self.tr("The line amount is too large to store")
        return ""

    def show_all_problems(self) -> None:
        self.checking = True
        if self._lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._lines) - 1, AMOUNT))

    def local_errors(self) -> list[tuple[int, int, str]]:
        """(line, column, message) for every cell that fails a local check."""
        found = []
        for row in range(self.filled_rows()):
            for column in (DESCRIPTION, QUANTITY, UNIT_PRICE, DISCOUNT, TAX):
                line = self._lines[row]
                saved = line.server_errors.pop(column, None)
                message = self.cell_error(row, column)
                if saved is not None:
                    line.server_errors[column] = saved
                if message:
                    found.append((row, column, message))
        return found

    def wire_lines(self) -> list[dict[str, Any]]:
        """The lines as the API takes them (only meaningful when local_errors() is empty)."""
        out = []
        for line in self._lines[: self.filled_rows()]:
            body: dict[str, Any] = {"description": line.description, **self._wire(line)}
            if line.product is not None:
                body["productId"] = line.product.id
            if line.account_id:
                body["accountId"] = line.account_id
            if line.order_line_id:
                body["purchaseOrderLineId"] = line.order_line_id
            out.append(body)
        return out

    def _wire(self, line: DraftLine) -> dict[str, str]:
        """The line's numbers as decimal strings ("12.5"); a cell that is no number as typed."""

        def number(text: str) -> str:
            try:
                return wire_number(text)
            except TypedAmountError:
                return text

        return {
            "quantity": number(line.quantity),
            "unitPrice": number(line.unit_price),
            "discountPercent": number(line.discount or "0"),
            "taxRate": number(line.tax_rate or "0"),
        }

    def totals(self) -> Totals:
        """Totals of the lines that pass the local checks."""
        valid = {row for row in range(len(self._lines))} - {r for r, _c, _m in self.local_errors()}
        lines = [w for row, w in enumerate(self.wire_lines()) if row in valid]
        return document_totals(lines, self.currency)

    def _text(self, line: DraftLine, column: int) -> str:
        if column == PRODUCT:
            return line.product.label if line.product else ""
        if column == DESCRIPTION:
            return line.description
        if column == QUANTITY:
            return line.quantity
        if column == UNIT_PRICE:
            return line.unit_price
        if column == DISCOUNT:
            return line.discount
        if column == TAX:
            return line.tax_rate
        wire = self._wire(line)
        try:
            amounts = line_amounts(
                wire["quantity"],
                wire["unitPrice"],
                self.currency,
                wire["discountPercent"],
                wire["taxRate"],
            )
        except MoneyError:
            return ""
        return amount_text(amounts.net, exponent(self.currency))
