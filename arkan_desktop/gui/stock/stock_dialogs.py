"""Single-product stock dialogs: a move between two locations and a scrap with a reason.

Both check locally what they can (a positive quantity with at most three decimals, typed
as the user's language writes numbers: gui.amount_field; two different locations, no
more than the cache holds at the source) and hand back a `Write`
for the tab to queue; they never talk to the network or the cache themselves.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from arkan_desktop.domain.typed_amount import TypedAmountError
from arkan_desktop.gui import theme
from arkan_desktop.gui.amount_field import AmountField, amount_text, read_amount, refusal
from arkan_desktop.gui.plain_text import plain_labels
from arkan_desktop.store.queries.stock import LocationChoice, ProductChoice, StockChoices
from arkan_desktop.sync.commands.stock import move_stock, scrap
from arkan_desktop.sync.commands.wire import Write

QUANTITY_DECIMALS = 3  # the cache keeps quantities in thousandths


def parse_quantity(text: str) -> Decimal | None:
    """A positive quantity with at most three decimals, else None."""
    return None if quantity_problem(text) else read_amount(text, max_decimals=QUANTITY_DECIMALS)


def quantity_problem(text: str, *, zero: bool = False) -> str:
    """What is wrong with a typed quantity ("" when it is right; 0 only when `zero`)."""
    try:
        value = read_amount(text, max_decimals=QUANTITY_DECIMALS)
    except TypedAmountError as error:
        return refusal(error)
    return _quantity_value_problem(value, zero)


def _quantity_value_problem(value: Decimal, zero: bool) -> str:
    if value < 0 or (value == 0 and not zero):
        return QCoreApplication.translate(
            "StockDialog", "Enter a quantity greater than zero (at most three decimals)"
        )
    return ""


def quantity_field(edit: QLineEdit, *, zero: bool = False) -> AmountField:
    """A quantity field: letters refused at once, other problems shown on leaving."""
    return AmountField(
        edit,
        max_decimals=QUANTITY_DECIMALS,
        extra_check=lambda value: _quantity_value_problem(value, zero),
    )


def fill_products(combo: QComboBox, choices: StockChoices, chosen: str = "") -> None:
    for product in choices.products:
        combo.addItem(product.label, product)
    combo.setCurrentIndex(
        max(0, next((i for i, p in enumerate(choices.products) if p.id == chosen), 0))
    )


def fill_locations(combo: QComboBox, choices: StockChoices) -> None:
    for location in choices.locations:
        combo.addItem(location.label, location)


class StockDialog(QDialog):
    """Shared frame: a form, an error line, OK/Cancel; `problem()` gates `accept()`."""

    def __init__(self, title: str, ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error_label = QLabel(self)
        self.error_label.setObjectName("stockDialogError")
        self.error_label.setStyleSheet(f"color: {theme.error_color().name()};")
        self.error_label.setWordWrap(True)
        plain_labels(self.error_label)  # it shows what the server said
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setText(ok_text)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout(self)
        self.body.addLayout(self.form)
        self.body.addWidget(self.error_label)
        self.body.addWidget(self.buttons)

    def problem(self) -> str:
        return ""

    def write(self) -> Write:
        raise NotImplementedError

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            self.error_label.setText(problem)
            self.error_label.show()
            return
        super().accept()

    def _over_stock(
        self,
        choices: StockChoices,
        product: ProductChoice,
        location: LocationChoice,
        quantity: Decimal,
    ) -> str:
        held = choices.quantity(product.id, location.id)
        if quantity > held:
            return (
                self.tr("Only %1 of %2 on hand at %3")
                .replace("%1", format(held.normalize(), "f"))
                .replace("%2", product.sku)
                .replace("%3", location.code)
            )
        return ""


class MoveDialog(StockDialog):
    """One product from one location to another."""

    def __init__(
        self, choices: StockChoices, product_id: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("New stock move"), self.tr("Queue move"), parent)
        self.choices = choices
        self.product_combo = QComboBox(self)
        fill_products(self.product_combo, choices, product_id)
        self.from_combo = QComboBox(self)
        self.to_combo = QComboBox(self)
        fill_locations(self.from_combo, choices)
        fill_locations(self.to_combo, choices)
        if self.to_combo.count() > 1:
            self.to_combo.setCurrentIndex(1)
        self.quantity_edit = QLineEdit(self)
        self.quantity_edit.setPlaceholderText(amount_text(Decimal(0)))
        self.quantity_field = quantity_field(self.quantity_edit)
        self.reference_edit = QLineEdit(self)
        self.on_hand_label = QLabel(self)
        self.form.addRow(self.tr("&Product"), self.product_combo)
        self.form.addRow(self.tr("&From"), self.from_combo)
        self.form.addRow(self.tr("&To"), self.to_combo)
        self.form.addRow(self.tr("&Quantity"), self.quantity_edit)
        self.form.addRow("", self.quantity_field.error_label)
        self.form.addRow("", self.on_hand_label)
        self.form.addRow(self.tr("&Reference"), self.reference_edit)
        self.product_combo.currentIndexChanged.connect(self._show_on_hand)
        self.from_combo.currentIndexChanged.connect(self._show_on_hand)
        self._show_on_hand()
        self.quantity_edit.setFocus()

    def _show_on_hand(self) -> None:
        product, source = self.product_combo.currentData(), self.from_combo.currentData()
        if product is None or source is None:
            self.on_hand_label.clear()
            return
        held = self.choices.quantity(product.id, source.id)
        self.on_hand_label.setText(
            self.tr("On hand at %1: %2")
            .replace("%1", source.code)
            .replace("%2", amount_text(held.normalize()))
        )

    def problem(self) -> str:
        product, source = self.product_combo.currentData(), self.from_combo.currentData()
        destination = self.to_combo.currentData()
        if product is None or source is None or destination is None:
            return self.tr("Choose a product and both locations")
        if source.id == destination.id:
            return self.tr("The destination must differ from the source")
        quantity = parse_quantity(self.quantity_edit.text())
        if quantity is None:
            return self.quantity_field.check()
        return self._over_stock(self.choices, product, source, quantity)

    def write(self) -> Write:
        product: ProductChoice = self.product_combo.currentData()
        draft = {
            "productId": product.id,
            "fromLocationId": self.from_combo.currentData().id,
            "toLocationId": self.to_combo.currentData().id,
            "quantity": format(parse_quantity(self.quantity_edit.text()) or 0, "f"),
        }
        if self.reference_edit.text().strip():
            draft["reference"] = self.reference_edit.text().strip()
        return move_stock(draft, {"sku": product.sku})


class ScrapDialog(StockDialog):
    """Write one product off at a location, for a reason from the server's list."""

    def __init__(
        self,
        choices: StockChoices,
        reasons: list[tuple[str, str]],
        product_id: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Scrap stock"), self.tr("Queue scrap"), parent)
        self.choices = choices
        self.product_combo = QComboBox(self)
        fill_products(self.product_combo, choices, product_id)
        self.location_combo = QComboBox(self)
        fill_locations(self.location_combo, choices)
        self.quantity_edit = QLineEdit(self)
        self.quantity_field = quantity_field(self.quantity_edit)
        self.reason_combo = QComboBox(self)
        self.reason_combo.setObjectName("scrapReason")
        for reason_id, name in reasons:
            self.reason_combo.addItem(name, reason_id)
        self.note_edit = QLineEdit(self)
        self.form.addRow(self.tr("&Product"), self.product_combo)
        self.form.addRow(self.tr("&Location"), self.location_combo)
        self.form.addRow(self.tr("&Quantity"), self.quantity_edit)
        self.form.addRow("", self.quantity_field.error_label)
        self.form.addRow(self.tr("&Reason"), self.reason_combo)
        self.form.addRow(self.tr("&Note"), self.note_edit)
        self.quantity_edit.setFocus()

    def problem(self) -> str:
        product, location = self.product_combo.currentData(), self.location_combo.currentData()
        if product is None or location is None:
            return self.tr("Choose a product and a location")
        if not self.reason_combo.currentData():
            return self.tr("Choose a reason")
        quantity = parse_quantity(self.quantity_edit.text())
        if quantity is None:
            return self.quantity_field.check()
        return self._over_stock(self.choices, product, location, quantity)

    def write(self) -> Write:
        product: ProductChoice = self.product_combo.currentData()
        location: LocationChoice = self.location_combo.currentData()
        quantity = parse_quantity(self.quantity_edit.text())
        assert quantity is not None
        return scrap(
            (product.id, product.sku),
            (location.id, location.code),
            quantity,
            (str(self.reason_combo.currentData()), self.reason_combo.currentText()),
            self.note_edit.text().strip(),
        )
