"""`AllocationModel`: a customer's open invoices with the share of a payment each receives.

The last column is editable; an edit is read as the user's language writes numbers
(gui.amount_field; a typo or an ambiguous separator is refused with a message, the share
stays as it was), and amounts show the same way. Shares are checked by `domain.payments.check_plan`;
a share over what is open on its invoice shows in the error colour with the reason.
"""

from __future__ import annotations

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

from arkan_desktop.domain.money import exponent
from arkan_desktop.domain.payments import (
    ZERO,
    AllocationRefusal,
    OpenInvoice,
    allocated,
    auto_allocate,
    check_plan,
)
from arkan_desktop.domain.typed_amount import TypedAmountError
from arkan_desktop.gui import theme
from arkan_desktop.gui.amount_field import amount_text, read_amount, refusal

AnyIndex = QModelIndex | QPersistentModelIndex
NUMBER, DATE, DUE_DATE, OPEN, SHARE = range(5)


class AllocationModel(QAbstractTableModel):
    sig_shares_changed = Signal()
    """A share changed (by the user or by auto-allocation)."""
    sig_refused = Signal(str)
    """An edit was not a valid amount: why."""

    def __init__(
        self, invoices: list[OpenInvoice], currency: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.invoices = invoices
        self.currency = currency
        self.shares: dict[str, Decimal] = {invoice.id: ZERO for invoice in invoices}
        self.amount = ZERO
        # what the server said about an invoice's share (a refused payment reopened)
        self.server_errors: dict[str, str] = {}

    def headers(self) -> list[str]:
        return [self.tr("Invoice"), self.tr("Date"), self.tr("Due"), self.tr("Open"),
                self.tr("Allocate")]  # fmt: skip

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.invoices)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else SHARE + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section] if 0 <= section <= SHARE else None
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == SHARE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def _problem(self, invoice: OpenInvoice) -> str:
        if invoice.id in self.server_errors:
            return self.server_errors[invoice.id]
        share = self.shares[invoice.id]
        for problem in check_plan(self.amount, [invoice], {invoice.id: share}, self.currency):
            if problem.invoice_id == invoice.id:
                if problem.kind is AllocationRefusal.OVER_OPEN:
                    return (
                        self.tr("More than the %1 open on %2")
                        .replace("%1", amount_text(invoice.open, self.places()))
                        .replace("%2", invoice.number)
                    )
                if problem.kind is AllocationRefusal.NEGATIVE:
                    return self.tr("An allocation cannot be negative")
                return self.tr("At most %1 decimals").replace("%1", str(exponent(self.currency)))
        return ""

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.invoices):
            return None
        invoice, column = self.invoices[index.row()], index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (OPEN, SHARE):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if column == SHARE and role in (
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            problem = self._problem(invoice)
            if role == Qt.ItemDataRole.ToolTipRole:
                return problem or None
            return theme.error_color() if problem else None
        if role == Qt.ItemDataRole.EditRole and column == SHARE:
            return amount_text(self.shares[invoice.id], self.places(), grouping=False)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == NUMBER:
            return invoice.number
        if column == DATE:
            return invoice.date
        if column == DUE_DATE:
            return invoice.due_date
        if column == OPEN:
            return amount_text(invoice.open, self.places())
        share = self.shares[invoice.id]
        return amount_text(share, self.places()) if share else ""

    def places(self) -> int:
        return exponent(self.currency)

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != SHARE or role != Qt.ItemDataRole.EditRole:
            return False
        text = str(value or "").strip()
        try:
            share = read_amount(text) if text else ZERO
        except TypedAmountError as error:
            self.sig_refused.emit(
                self.tr("“%1” is not an amount: %2")
                .replace("%1", text)
                .replace("%2", refusal(error))
            )
            return False
        invoice_id = self.invoices[index.row()].id
        self.shares[invoice_id] = share
        self.server_errors.pop(invoice_id, None)  # the user answered it
        self.dataChanged.emit(index, index)
        self.sig_shares_changed.emit()
        return True

    def set_amount(self, amount: Decimal) -> None:
        self.amount = amount
        self._all_changed()

    def set_shares(self, shares: dict[str, Decimal]) -> None:
        """Given shares (a refused payment's); invoices not named get nothing."""
        self.shares = {i.id: shares.get(i.id, ZERO) for i in self.invoices}
        self._all_changed()

    def auto_allocate(self, first: str | None = None) -> None:
        """Spread the payment over the invoices, oldest first (`first` before the rest)."""
        self.server_errors.clear()
        self.shares = auto_allocate(self.amount, self.invoices, first)
        self._all_changed()

    def allocated(self) -> Decimal:
        return allocated(self.shares)

    def allocations(self) -> list[tuple[OpenInvoice, Decimal]]:
        return [(i, self.shares[i.id]) for i in self.invoices if self.shares[i.id] != ZERO]

    def row_of(self, invoice_id: str) -> int | None:
        for row, invoice in enumerate(self.invoices):
            if invoice.id == invoice_id:
                return row
        return None

    def _all_changed(self) -> None:
        if self.invoices:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.invoices) - 1, SHARE))
        self.sig_shares_changed.emit()
