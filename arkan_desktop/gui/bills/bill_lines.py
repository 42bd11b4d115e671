"""`BillLinesModel`: a bill's lines, the invoice editor's line table with what a bill adds.

Each line may book to an account the user chooses (an expense, or stock and assets kept;
empty lets the server choose by product). A bill made from a purchase order shows, per
line, the three-way match (`domain.payables`): ordered, received, billed by the order's
other bills, and what differs. Billing more than was received and not yet billed is
refused in the quantity cell with the reason; goods still to come, received goods left
unbilled and a price other than the order's are flagged in the Match column. The
columns after the invoice's own are placed by the view (gui/bills/bill_editor.py).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt

from arkan_desktop.domain.payables import MatchFlag, OrderLineMatch, line_flags
from arkan_desktop.domain.typed_amount import TypedAmountError
from arkan_desktop.gui import theme
from arkan_desktop.gui.amount_field import amount_text, read_amount, wire_amount_text
from arkan_desktop.gui.invoices.invoice_lines import (
    AMOUNT,
    QUANTITY,
    UNIT_PRICE,
    AnyIndex,
    DraftLine,
    InvoiceLinesModel,
)
from arkan_desktop.store.queries.invoices import Product
from arkan_desktop.store.queries.ledger import AccountChoice

ACCOUNT, ORDERED, RECEIVED, BILLED, MATCH = range(AMOUNT + 1, AMOUNT + 6)
MATCH_COLUMNS = (ORDERED, RECEIVED, BILLED, MATCH)


def quantity_text(value: Decimal) -> str:
    return amount_text(value.normalize(), grouping=False)


class BillLinesModel(InvoiceLinesModel):
    def __init__(self, currency: str, default_tax_rate: str, parent: QObject | None = None):
        super().__init__(currency, default_tax_rate, parent)
        self.accounts: list[AccountChoice] = []
        self.order_number = ""
        self.matches: dict[str, OrderLineMatch] = {}  # purchase order line id -> match

    def headers(self) -> list[str]:
        return [
            *super().headers(),
            self.tr("Account"),
            self.tr("Ordered"),
            self.tr("Received"),
            self.tr("Billed before"),
            self.tr("Match"),
        ]

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else MATCH + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        wanted = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
        if wanted and AMOUNT < section <= MATCH:
            return self.headers()[section]
        return super().headerData(section, orientation, role)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid() or index.column() <= AMOUNT:
            return super().flags(index)
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == ACCOUNT else base

    # --- the account ----------------------------------------------------------------------

    def account_label(self, account_id: str) -> str:
        found = next((a for a in self.accounts if a.id == account_id), None)
        return found.label if found is not None else account_id

    def set_account(self, row: int, account_id: str) -> None:
        line = self._lines[row]
        line.account_id = account_id
        line.touched = True
        line.server_errors.pop(ACCOUNT, None)
        self.dataChanged.emit(self.index(row, ACCOUNT), self.index(row, ACCOUNT))

    # --- the three-way match ------------------------------------------------------------

    def match_of(self, row: int) -> OrderLineMatch | None:
        return self.matches.get(self._lines[row].order_line_id)

    def set_order(
        self, number: str, matches: list[OrderLineMatch], products: list[Product]
    ) -> None:
        """Lines billing what each order line has received and no bill bills yet."""
        self.order_number = number
        self.matches = {m.line_id: m for m in matches}
        by_id = {p.id: p for p in products}
        self.set_lines(
            [
                DraftLine(
                    product=by_id.get(m.product_id),
                    description=m.description,
                    quantity=quantity_text(m.billable),
                    unit_price=wire_amount_text(m.unit_price),
                    discount=amount_text(Decimal(0)),
                    tax_rate=wire_amount_text(m.tax_rate),
                    order_line_id=m.line_id,
                )
                for m in matches
                if m.billable > 0
            ]
        )

    def _typed(self, text: str) -> Decimal | None:
        try:
            return read_amount(text)
        except TypedAmountError:
            return None

    def flags_of(self, row: int) -> list[MatchFlag]:
        match = self.match_of(row)
        if match is None:
            return []
        line = self._lines[row]
        return line_flags(match, self._typed(line.quantity), self._typed(line.unit_price))

    def flag_text(self, flag: MatchFlag, match: OrderLineMatch) -> str:
        if flag is MatchFlag.OVER_RECEIVED:
            return self.tr("More than received: at most %1").replace(
                "%1", quantity_text(match.billable)
            )
        if flag is MatchFlag.NOT_ALL_RECEIVED:
            return self.tr("%1 not received yet").replace(
                "%1", quantity_text(match.ordered - match.received)
            )
        if flag is MatchFlag.PART_BILLED:
            return self.tr("Received goods left to bill later")
        return self.tr("Price differs from the order (%1)").replace(
            "%1", amount_text(match.unit_price)
        )

    # --- cells ----------------------------------------------------------------------------

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() <= AMOUNT or index.row() >= len(self._lines):
            return super().data(index, role)
        row, column = index.row(), index.column()
        line = self._lines[row]
        if column == ACCOUNT:
            return self._account_data(row, line, role)
        match = self.match_of(row)
        if match is None:
            return None
        if column == MATCH:
            found = self.flags_of(row)
            if role == Qt.ItemDataRole.DisplayRole:
                return " · ".join(self.flag_text(f, match) for f in found) or self.tr("Matches")
            if role == Qt.ItemDataRole.ForegroundRole:
                if MatchFlag.OVER_RECEIVED in found:
                    return theme.error_color()
                return theme.warning_color() if found else theme.ok_color()
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.DisplayRole:
            value = {ORDERED: match.ordered, RECEIVED: match.received, BILLED: match.billed}
            return quantity_text(value[column])
        return None

    def _account_data(self, row: int, line: DraftLine, role: int) -> Any:
        if role == Qt.ItemDataRole.EditRole:
            return self.account_label(line.account_id) if line.account_id else ""
        if role == Qt.ItemDataRole.DisplayRole:
            if line.account_id:
                return self.account_label(line.account_id)
            return self.tr("(by product)") if line.product else self.tr("(purchases)")
        if role == Qt.ItemDataRole.ForegroundRole and not line.account_id:
            return theme.warning_color()
        problem = self.cell_error(row, ACCOUNT)
        if role == Qt.ItemDataRole.ToolTipRole:
            return problem or None
        if role == Qt.ItemDataRole.BackgroundRole and problem:
            return theme.error_color().lighter(170)
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        if index.column() == ACCOUNT:
            self.set_account(index.row(), str(value or "").strip())
            return True
        if index.column() > AMOUNT:
            return False
        done = super().setData(index, value, role)
        if done and index.column() in (QUANTITY, UNIT_PRICE):
            self.dataChanged.emit(self.index(index.row(), MATCH), self.index(index.row(), MATCH))
        return done

    def cell_error(self, row: int, column: int) -> str:
        line = self._lines[row]
        if column == ACCOUNT:
            if column in line.server_errors:
                return line.server_errors[column]
            known = not line.account_id or any(a.id == line.account_id for a in self.accounts)
            return "" if known else self.tr("Choose an account from the list")
        message = super().cell_error(row, column)
        match = self.match_of(row)
        if message or column != QUANTITY or match is None:
            return message
        if MatchFlag.OVER_RECEIVED in self.flags_of(row):
            return (
                self.tr(
                    "Only %1 received on %2 and not billed yet: a bill cannot bill more "
                    "than was received"
                )
                .replace("%1", quantity_text(match.billable))
                .replace("%2", self.order_number)
            )
        return ""

    def local_errors(self) -> list[tuple[int, int, str]]:
        found = super().local_errors()
        for row in range(self.filled_rows()):
            message = self.cell_error(row, ACCOUNT)
            if message and ACCOUNT not in self._lines[row].server_errors:
                found.append((row, ACCOUNT, message))
        return found
