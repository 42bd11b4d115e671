"""The station's workflows as step machines: what each scan means and whether it is refused.

A workflow gets classified scans (and quantities from the pad), answers each with an
`Outcome` in plain words, and once complete builds the `Write` to queue. It looks codes up
in a `Catalog` snapshot only; it never queues, sounds or paints anything itself, so a
refused scan cannot leave anything behind in the outbox.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from arkan_desktop.domain.barcodes import CodeKind, ScannedCode
from arkan_desktop.gui.station.catalog import RECEIVABLE_STATES, Catalog
from arkan_desktop.gui.station.station_writes import Line, quick_move, receive_purchase_order
from arkan_desktop.sync.writes import Write

Record = dict[str, Any]


@dataclass(frozen=True)
class Outcome:
    accepted: bool
    message: str


def refused(message: str) -> Outcome:
    return Outcome(False, message)


def accepted(message: str) -> Outcome:
    return Outcome(True, message)


def qty(value: Decimal) -> str:
    return format(value.normalize(), "f")


def unusable(code: ScannedCode) -> Outcome | None:
    """The refusal for a code that cannot be used at all (garbled, misread, unknown)."""
    if code.kind is CodeKind.GARBLED:
        return refused(code.problem)
    if not code.usable:
        return refused(code.problem or f"Unknown code: {code.text}")
    return None


def unknown_product(code: ScannedCode, catalog: Catalog) -> Outcome | None:
    """The refusal for a product code no cached product has (whatever the step)."""
    if code.kind in (CodeKind.LOCATION, CodeKind.PURCHASE_ORDER):
        return None
    if catalog.product_for(code) is None:
        return refused(f"Unknown product: {code.value} is not in the catalogue")
    return None


class Workflow:
    """Shared by the workflows: the lines scanned so far and the pad's quantities."""

    name = ""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self.lines: dict[str, Line] = {}
        self.current: str | None = None  # product id the pad changes

    def expects(self) -> str:
        raise NotImplementedError

    def heading(self) -> str:
        """The workflow and what it works on, above the step."""
        return self.name

    def scan(self, code: ScannedCode) -> Outcome:
        raise NotImplementedError

    def ready(self) -> bool:
        raise NotImplementedError

    def write(self) -> Write:
        raise NotImplementedError

    def allowed(self, product: Record, quantity: Decimal) -> Outcome | None:
        """None when `quantity` of the product may be on this operation, else the refusal."""
        raise NotImplementedError

    def set_quantity(self, quantity: Decimal) -> Outcome:
        """The pad: the current line's quantity (0 removes the line)."""
        if self.current is None or self.current not in self.lines:
            return refused("Scan a product first, then set its quantity")
        line = self.lines[self.current]
        if quantity < 0:
            return refused("A quantity cannot be negative")
        if quantity == 0:
            del self.lines[self.current]
            self.current = None
            return accepted(f"{line.sku} removed")
        problem = self.allowed(line.product, quantity)
        if problem is not None:
            return problem
        self.lines[self.current] = Line(line.product, quantity)
        return accepted(f"{line.sku}: {qty(quantity)}")

    def adjust(self, delta: int) -> Outcome:
        if self.current is None or self.current not in self.lines:
            return refused("Scan a product first, then change its quantity")
        return self.set_quantity(self.lines[self.current].quantity + delta)

    def add_product(self, code: ScannedCode) -> Outcome:
        product = self.catalog.product_for(code)
        if product is None:
            return refused(f"Unknown product: {code.value} is not in the catalogue")
        if product.get("type") == "service":
            return refused(f"{product.get('sku')} is a service and has no stock")
        count = Decimal(code.quantity) if code.quantity else Decimal(1)
        product_id = str(product["id"])
        before = self.lines[product_id].quantity if product_id in self.lines else Decimal(0)
        problem = self.allowed(product, before + count)
        if problem is not None:
            return problem
        self.lines[product_id] = Line(product, before + count)
        self.current = product_id
        return accepted(f"{product.get('sku')} {product.get('name', '')}: {qty(before + count)}")

    def line_note(self, line: Line) -> str:
        """A second figure to show beside a line (stock left, still open …)."""
        return ""


class QuickMove(Workflow):
    """Source location → products → destination → confirm."""

    name = "Quick move"

    def __init__(self, catalog: Catalog) -> None:
        super().__init__(catalog)
        self.source: Record | None = None
        self.destination: Record | None = None

    def expects(self) -> str:
        if self.source is None:
            return "Scan the SOURCE location"
        if self.destination is None:
            if not self.lines:
                return f"Scan products to take from {self.source.get('code')}"
            return "Scan more products, or the DESTINATION location"
        return f"Press Confirm to move to {self.destination.get('code')}"

    def ready(self) -> bool:
        return self.source is not None and self.destination is not None and bool(self.lines)

    def heading(self) -> str:
        ends = [x.get("code") for x in (self.source, self.destination) if x is not None]
        return " → ".join([self.name + ":", *map(str, ends)]) if ends else self.name

    def scan(self, code: ScannedCode) -> Outcome:
        if (problem := unusable(code)) is not None:
            return problem
        if (problem := unknown_product(code, self.catalog)) is not None:
            return problem
        if code.kind is CodeKind.PURCHASE_ORDER:
            return refused("That is a purchase order: switch to Receive to use it")
        if code.kind is CodeKind.LOCATION:
            return self._location(code)
        if self.source is None:
            return refused("Scan the source location first, then the products")
        if self.destination is not None:
            return refused("The destination is set: press Confirm, or Cancel to start again")
        return self.add_product(code)

    def _location(self, code: ScannedCode) -> Outcome:
        location = self.catalog.location_for(code)
        if location is None:
            return refused(f"Unknown location: {code.value}")
        if location.get("type", "internal") != "internal":
            return refused(f"{location.get('code')} is not a storage location")
        if self.source is None:
            self.source = location
            return accepted(f"From {location.get('code')}")
        if not self.lines:
            return refused("Scan the products to move before the destination")
        if location["id"] == self.source["id"]:
            return refused(f"{location.get('code')} is the source: scan another location")
        self.destination = location
        return accepted(f"To {location.get('code')}: press Confirm")

    def allowed(self, product: Record, quantity: Decimal) -> Outcome | None:
        assert self.source is not None
        there = self.catalog.on_hand(str(product["id"]), str(self.source["id"]))
        if there <= 0:
            return refused(
                f"Wrong location: there is no {product.get('sku')} at {self.source.get('code')}"
            )
        if quantity > there:
            return refused(
                f"Only {qty(there)} of {product.get('sku')} at {self.source.get('code')}"
            )
        return None

    def line_note(self, line: Line) -> str:
        if self.source is None:
            return ""
        there = self.catalog.on_hand(line.product_id, str(self.source["id"]))
        return f"of {qty(there)} here"

    def write(self) -> Write:
        assert self.source is not None and self.destination is not None
        return quick_move(self.source, self.destination, list(self.lines.values()))


class ReceiveOrder(Workflow):
    """Purchase order → products on it (no more than is open) → confirm."""

    name = "Receive PO"

    def __init__(self, catalog: Catalog) -> None:
        super().__init__(catalog)
        self.order: Record | None = None

    def expects(self) -> str:
        if self.order is None:
            return "Scan the PURCHASE ORDER"
        if not self.lines:
            return f"Scan the products received on {self.order.get('number')}"
        return "Scan more products, or press Confirm"

    def ready(self) -> bool:
        return self.order is not None and bool(self.lines)

    def heading(self) -> str:
        if self.order is None:
            return self.name
        return f"{self.name}: {self.order.get('number')} · {self.order.get('vendorName', '')}"

    def scan(self, code: ScannedCode) -> Outcome:
        if (problem := unusable(code)) is not None:
            return problem
        if (problem := unknown_product(code, self.catalog)) is not None:
            return problem
        if code.kind is CodeKind.PURCHASE_ORDER:
            return self._order(code)
        if code.kind is CodeKind.LOCATION:
            return refused("A location is not needed here: scan the products")
        if self.order is None:
            return refused("Scan the purchase order first")
        return self.add_product(code)

    def _order(self, code: ScannedCode) -> Outcome:
        if self.order is not None:
            return refused(f"Receiving {self.order.get('number')}: Confirm or Cancel it first")
        order = self.catalog.order_for(code)
        if order is None:
            return refused(f"No open purchase order {code.value} (unknown, or not confirmed)")
        if order.get("state") not in RECEIVABLE_STATES:
            return refused(f"{order.get('number')} cannot be received now ({order.get('state')})")
        self.order = order
        return accepted(f"{order.get('number')} from {order.get('vendorName', '')}")

    def allowed(self, product: Record, quantity: Decimal) -> Outcome | None:
        assert self.order is not None
        number = self.order.get("number")
        product_id = str(product["id"])
        if not self.catalog.on_order(self.order, product_id):
            return refused(f"{product.get('sku')} is not on {number}")
        still_open = self.catalog.open_quantity(self.order, product_id)
        if quantity > still_open:
            return refused(
                f"Over-receipt: only {qty(max(still_open, Decimal(0)))} of "
                f"{product.get('sku')} still open on {number}"
            )
        return None

    def line_note(self, line: Line) -> str:
        if self.order is None:
            return ""
        return f"of {qty(self.catalog.open_quantity(self.order, line.product_id))} open"

    def write(self) -> Write:
        assert self.order is not None
        return receive_purchase_order(self.order, list(self.lines.values()))
