"""The bill editor: the invoice editor, for a vendor's bill.

Vendor, the vendor's own reference (the number on their invoice), bill and due dates
(the vendor's payment terms), lines to an expense or stock account with tax, live totals;
Enter on the last line adds one, Ctrl+S queues it. Made from a received purchase order it
starts with what each order line has received and no bill bills yet, shows the three-way
match per line (gui/bills/bill_lines.py) and refuses billing more than was received. An
existing bill opens read-only. Everything else (checks, the server's field errors next to
their fields, resending a refused bill) is the invoice editor's.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from arkan_desktop.domain.payables import BILL, OrderRefusal, order_bill_refusal
from arkan_desktop.gui.bills.bill_lines import (
    ACCOUNT,
    BILLED,
    MATCH,
    MATCH_COLUMNS,
    ORDERED,
    RECEIVED,
    BillLinesModel,
)
from arkan_desktop.gui.invoices.invoice_editor import InvoiceEditor
from arkan_desktop.gui.invoices.invoice_lines import (
    AMOUNT,
    DESCRIPTION,
    DISCOUNT,
    PRODUCT,
    QUANTITY,
    TAX,
    UNIT_PRICE,
)
from arkan_desktop.gui.labels import code_label
from arkan_desktop.gui.ledger.account_delegate import AccountDelegate
from arkan_desktop.gui.shell.live_sync import LiveSync
from arkan_desktop.store.outbox import OutboxRow
from arkan_desktop.sync.commands.bills import create_bill
from arkan_desktop.sync.commands.wire import Write


class BillEditor(InvoiceEditor):
    bill: dict[str, Any] | None = None  # an existing bill, shown read-only

    def __init__(
        self,
        live: LiveSync,
        parent: QWidget | None = None,
        *,
        rejected: OutboxRow | None = None,
        order_id: str = "",
        bill: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(live, parent, rejected=rejected)
        body = rejected.body_data() if rejected is not None else None
        self.order_id = order_id or str((bill or body or {}).get("purchaseOrderId") or "")
        self.order: dict[str, Any] | None = None
        self.bill = bill
        if bill is not None:
            number = str(bill.get("number") or self.tr("new bill"))
            state = code_label(str(bill.get("state") or ""))
            self.setWindowTitle(self.tr("Bill %1 (%2)").replace("%1", number).replace("%2", state))
        elif rejected is not None:
            self.setWindowTitle(self.tr("Fix rejected bill"))
        else:
            self.setWindowTitle(self.tr("New bill"))
        self._relabel()
        self.accounts = AccountDelegate(self.lines_view)
        self.lines_view.setItemDelegateForColumn(ACCOUNT, self.accounts)
        header = self.lines_view.horizontalHeader()
        # Account after the description, then ordered / received / billed before quantity.
        for place, column in enumerate((ACCOUNT, ORDERED, RECEIVED, BILLED), DESCRIPTION + 1):
            header.moveSection(header.visualIndex(column), place)
        header.resizeSection(ACCOUNT, 200)
        self.lines_view.setColumnHidden(DISCOUNT, True)
        self._show_match(False)
        self.lines.sig_totals_changed.connect(self._lines_edited)
        self.order_label = QLabel(self)
        self.order_label.setObjectName("billOrder")
        self.order_label.setWordWrap(True)
        self.order_label.hide()
        layout = self.findChild(QVBoxLayout, "mainLayout")
        if layout is not None:
            layout.insertWidget(1, self.order_label)

    def make_lines(self) -> BillLinesModel:
        default_rate = str(self.company.record.get("defaultTaxRate") or "0")
        self.bill_lines = BillLinesModel(self.company.currency, default_rate, self)
        return self.bill_lines

    def _relabel(self) -> None:
        for name, text in (
            ("clientLabel", self.tr("&Vendor")),
            ("dateLabel", self.tr("Bill &date")),
            ("referenceLabel", self.tr("Vendor &reference")),
        ):
            label = self.findChild(QLabel, name)
            if label is not None:
                label.setText(text)
        self.reference_edit.setPlaceholderText(self.tr("The number on the vendor's invoice"))

    def _show_match(self, shown: bool) -> None:
        for column in MATCH_COLUMNS:
            self.lines_view.setColumnHidden(column, not shown)
        if not shown:
            return
        header = self.lines_view.horizontalHeader()
        widths = {
            PRODUCT: 190,
            ACCOUNT: 140,
            ORDERED: 75,
            RECEIVED: 75,
            BILLED: 90,
            QUANTITY: 75,
            UNIT_PRICE: 85,
            TAX: 55,
            AMOUNT: 95,
            MATCH: 330,
        }
        for column, width in widths.items():
            header.resizeSection(column, width)
        self.resize(max(self.width(), 1320), self.height())

    def _lines_edited(self) -> None:
        """A fixed line clears the complaint about it at once."""
        if not self.lines_error.isHidden() and not self.lines.local_errors():
            self.lines_error.hide()
            self.message_label.clear()

    # --- loading -----------------------------------------------------------------------

    async def _load_choices(self) -> None:
        choices = await self.company.payables.choices()
        self.clients = choices.vendors
        self.products.products = choices.products
        self.accounts.accounts = self.bill_lines.accounts = choices.accounts
        combo = self.client_combo
        combo.blockSignals(True)
        combo.addItem("", None)
        for vendor in self.clients:
            combo.addItem(vendor.name, vendor.id)
        combo.blockSignals(False)
        if self.bill is not None:
            self.fill_body(self.bill)
            await self._load_order(excluding=str(self.bill.get("id") or ""))
            self._read_only()
        elif self.rejected_row is not None:
            self._fill_from(self.rejected_row)
            await self._load_order(excluding=self.rejected_row.temp_id)
        elif self.order_id:
            await self._load_order()
        self.setEnabled(True)
        self.client_combo.setFocus()

    async def _load_order(self, excluding: str | None = None) -> None:
        """The purchase order the bill bills, with its three-way match."""
        if not self.order_id:
            return
        found = await self.company.payables.order_match(self.order_id, excluding)
        if found is None:
            self.message_label.setText(
                self.tr("The purchase order of this bill is not in this computer's copy")
            )
            return
        order, matches = found
        self.order = order
        number = str(order.get("number") or "")
        self.choose_client(str(order.get("vendorId") or ""))
        self.client_combo.setEnabled(False)
        if self.bill is None and self.rejected_row is None:
            self.bill_lines.set_order(number, matches, self.products.products)
        else:
            self.bill_lines.order_number = number
            self.bill_lines.matches = {m.line_id: m for m in matches}
        self._show_match(True)
        text = self.tr(
            "From purchase order %1 (%2). Per line: ordered, received, and billed by the "
            "order's other bills; a bill cannot bill more than was received."
        )
        self.order_label.setText(text.replace("%1", number).replace("%2", order_state(order)))
        self.order_label.show()
        if self.bill is None and order_bill_refusal(order, matches) is OrderRefusal.ALL_BILLED:
            self.message_label.setText(
                self.tr("Every received unit of %1 is billed already").replace("%1", number)
            )

    def fill_body(self, body: dict[str, Any]) -> None:
        if body.get("partnerId") and self.client_combo.findData(body["partnerId"]) < 0:
            self.client_combo.addItem(str(body.get("partnerName") or ""), body["partnerId"])
        super().fill_body(body)
        self.reference_edit.setText(str(body.get("vendorReference") or ""))

    def _read_only(self) -> None:
        """An existing bill: shown, not edited here."""
        self.client_combo.setEnabled(False)
        for edit in (self.date_edit, self.due_edit):
            edit.setReadOnly(True)
            edit.setButtonSymbols(QDateEdit.ButtonSymbols.NoButtons)
        self.reference_edit.setReadOnly(True)
        self.lines_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for button in (self.add_line_button, self.remove_line_button):
            button.hide()
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

    # --- what a bill sends ---------------------------------------------------------------

    def add_line(self) -> None:
        if self.bill is None:
            super().add_line()

    def save(self) -> None:
        if self.bill is None:
            super().save()

    def local_problems(self) -> list[str]:
        problems = super().local_problems()
        if self.client() is None:
            self.client_error.setText(self.tr("Choose a vendor"))
        if not self.due_error.isHidden():
            self.due_error.setText(self.tr("The due date is before the bill date"))
        return problems

    def draft(self) -> dict[str, Any]:
        body = super().draft()
        body["type"] = BILL
        vendor_reference = body.pop("reference", "")
        if vendor_reference:
            body["vendorReference"] = vendor_reference
        if self.order is not None:
            body["purchaseOrderId"] = str(self.order["id"])
        return body

    def new_write(self, partner_name: str, partner: dict[str, Any] | None = None) -> Write:
        number = str((self.order or {}).get("number") or "")
        return create_bill(self.draft(), self.company.currency, partner_name, number)

    @property
    def reference_field(self) -> QLineEdit:
        """Where the vendor's reference is typed."""
        return self.reference_edit


def order_state(order: dict[str, Any]) -> str:
    return code_label(str(order.get("state") or ""))
