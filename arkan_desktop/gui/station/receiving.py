"""Receiving a purchase order at the station: the order, then what arrived on it.

Scan the order (confirmed or partly received), then its products (each scan one unit, a
GS1 label its count, the pad a figure); no product that is not on the order, and never
more than is still open (receipts still waiting in the outbox included). Confirm queues
the receipt; the station then offers the receiving labels. No widgets here.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP

from arkan_desktop.domain.barcodes import CodeKind, ScannedCode
from arkan_desktop.domain.warehouse.catalog import RECEIVABLE_STATES, Catalog
from arkan_desktop.gui.station.workflows import (
    Outcome,
    Record,
    Workflow,
    accepted,
    qty,
    refused,
    translate,
    unknown_product,
    unusable,
)
from arkan_desktop.sync.commands.station import Line, receive_purchase_order
from arkan_desktop.sync.commands.wire import Write


class ReceiveOrder(Workflow):
    """Purchase order → products on it (no more than is open) → confirm."""

    name = str(QT_TRANSLATE_NOOP("Station", "Receive PO"))

    def __init__(self, catalog: Catalog, warehouse_id: str | None = None) -> None:
        super().__init__(catalog, warehouse_id)
        self.order: Record | None = None

    def expects(self) -> str:
        if self.order is None:
            return translate("Station", "Scan the PURCHASE ORDER")
        if not self.lines:
            return translate("Station", "Scan the products received on {number}").format(
                number=self.order.get("number")
            )
        return translate("Station", "Scan more products, or press Confirm")

    def ready(self) -> bool:
        return self.order is not None and bool(self.lines)

    def heading(self) -> str:
        if self.order is None:
            return translate("Station", self.name)
        title = translate("Station", self.name)
        return f"{title}: {self.order.get('number')} · {self.order.get('vendorName', '')}"

    def scan(self, code: ScannedCode) -> Outcome:
        if (problem := unusable(code)) is not None:
            return problem
        if (problem := unknown_product(code, self.catalog)) is not None:
            return problem
        if code.kind is CodeKind.PURCHASE_ORDER:
            return self._order(code)
        if code.kind is CodeKind.LOCATION:
            return refused(translate("Station", "A location is not needed here: scan the products"))
        if self.order is None:
            return refused(translate("Station", "Scan the purchase order first"))
        return self.add_product(code)

    def _order(self, code: ScannedCode) -> Outcome:
        if self.order is not None:
            return refused(
                translate("Station", "Receiving {number}: Confirm or Cancel it first").format(
                    number=self.order.get("number")
                )
            )
        order = self.catalog.order_for(code)
        if order is None:
            return refused(
                translate(
                    "Station", "No open purchase order {code} (unknown, or not confirmed)"
                ).format(code=code.value)
            )
        if order.get("state") not in RECEIVABLE_STATES:
            return refused(
                translate("Station", "{number} cannot be received now ({state})").format(
                    number=order.get("number"), state=order.get("state")
                )
            )
        self.order = order
        return accepted(
            translate("Station", "{number} from {vendor}").format(
                number=order.get("number"), vendor=order.get("vendorName", "")
            )
        )

    def allowed(self, product: Record, quantity: Decimal) -> Outcome | None:
        assert self.order is not None
        number = self.order.get("number")
        product_id = str(product["id"])
        if not self.catalog.on_order(self.order, product_id):
            return refused(
                translate("Station", "{sku} is not on {number}").format(
                    sku=product.get("sku"), number=number
                )
            )
        still_open = self.catalog.open_quantity(self.order, product_id)
        if quantity > still_open:
            return refused(
                translate(
                    "Station", "Over-receipt: only {n} of {sku} still open on {number}"
                ).format(n=qty(max(still_open, Decimal(0))), sku=product.get("sku"), number=number)
            )
        return None

    def line_note(self, line: Line) -> str:
        if self.order is None:
            return ""
        return translate("Station", "of {n} open").format(
            n=qty(self.catalog.open_quantity(self.order, line.product_id))
        )

    def write(self) -> Write:
        assert self.order is not None
        return receive_purchase_order(self.order, list(self.lines.values()))
