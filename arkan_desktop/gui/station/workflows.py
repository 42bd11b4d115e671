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

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from arkan_desktop.domain.barcodes import CodeKind, ScannedCode
from arkan_desktop.domain.warehouse.catalog import Catalog
from arkan_desktop.sync.commands.station import Line, quick_move
from arkan_desktop.sync.commands.wire import Write

Record = dict[str, Any]
translate = QCoreApplication.translate


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
        return refused(
            code.problem or translate("Station", "Unknown code: {code}").format(code=code.text)
        )
    return None


def unknown_product(code: ScannedCode, catalog: Catalog) -> Outcome | None:
    """The refusal for a product code no cached product has (whatever the step)."""
    if code.kind in (CodeKind.LOCATION, CodeKind.PURCHASE_ORDER):
        return None
    if catalog.product_for(code) is None:
        return refused(
            translate("Station", "Unknown product: {code} is not in the catalogue").format(
                code=code.value
            )
        )
    return None


def wrong_location(location: Record, catalog: Catalog, warehouse_id: str | None) -> Outcome | None:
    """The refusal for a location the station cannot work in (not storage, other warehouse)."""
    code = str(location.get("code"))
    if location.get("type", "internal") != "internal":
        return refused(translate("Station", "{code} is not a storage location").format(code=code))
    if warehouse_id and location.get("warehouseId") not in (None, warehouse_id):
        theirs = catalog.warehouses.get(str(location.get("warehouseId"))) or {}
        ours = catalog.warehouses.get(warehouse_id) or {}
        return refused(
            translate(
                "Station", "Wrong location: {code} is in {theirs}; this station works in {ours}"
            ).format(
                code=code,
                theirs=theirs.get("code") or theirs.get("name") or location.get("warehouseId"),
                ours=ours.get("code") or ours.get("name") or warehouse_id,
            )
        )
    return None


class Workflow:
    """Shared by the workflows: the lines scanned so far and the pad's quantities."""

    name = ""

    def __init__(self, catalog: Catalog, warehouse_id: str | None = None) -> None:
        self.catalog = catalog
        self.warehouse_id = warehouse_id  # the station's warehouse (settings), if any
        self.lines: dict[str, Line] = {}
        self.current: str | None = None  # product id the pad changes

    def before_write(self) -> Outcome | None:
        """A last step on Confirm before anything is queued (a review); None: queue now."""
        return None

    def writes(self) -> list[Write]:
        """What Confirm queues, in order (one write, or one per bin, or a return and its
        receipt)."""
        return [self.write()]

    def pad_purpose(self) -> str:
        """What a figure typed on the pad sets now (the label above the pad's display)."""
        if self.current is not None and self.current in self.lines:
            return translate("Station", "Quantity of {sku}").format(
                sku=self.lines[self.current].sku
            )
        return translate("Station", "Quantity: scan a product first")

    def choices(self) -> list[tuple[str, str]]:
        """(key, label) of the buttons this step offers (scrap reasons); none by default."""
        return []

    def chosen(self) -> str | frozenset[str]:
        """The key(s) of the buttons shown pressed (the scrap reason chosen, a count's mode)."""
        reason = getattr(self, "reason", None)
        return str(reason[0]) if reason else ""

    def choose(self, key: str) -> Outcome:
        return refused(translate("Station", "Nothing to choose here"))

    def wants_location(self) -> bool:
        """Whether the step expects a location scan (an unknown label may be learnt)."""
        return False

    def expects(self) -> str:
        raise NotImplementedError

    def heading(self) -> str:
        """The workflow and what it works on, above the step."""
        return translate("Station", self.name)

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
            return refused(translate("Station", "Scan a product first, then set its quantity"))
        line = self.lines[self.current]
        if quantity < 0:
            return refused(translate("Station", "A quantity cannot be negative"))
        if quantity == 0:
            del self.lines[self.current]
            self.current = None
            return accepted(translate("Station", "{sku} removed").format(sku=line.sku))
        problem = self.allowed(line.product, quantity)
        if problem is not None:
            return problem
        self.lines[self.current] = Line(line.product, quantity)
        return accepted(translate("Station", "{sku}: {n}").format(sku=line.sku, n=qty(quantity)))

    def adjust(self, delta: int) -> Outcome:
        if self.current is None or self.current not in self.lines:
            return refused(translate("Station", "Scan a product first, then change its quantity"))
        return self.set_quantity(self.lines[self.current].quantity + delta)

    def add_product(self, code: ScannedCode) -> Outcome:
        product = self.catalog.product_for(code)
        if product is None:
            return refused(
                translate("Station", "Unknown product: {code} is not in the catalogue").format(
                    code=code.value
                )
            )
        if product.get("type") == "service":
            return refused(
                translate("Station", "{sku} is a service and has no stock").format(
                    sku=product.get("sku")
                )
            )
        count = Decimal(code.quantity) if code.quantity else Decimal(1)
        product_id = str(product["id"])
        before = self.lines[product_id].quantity if product_id in self.lines else Decimal(0)
        problem = self.allowed(product, before + count)
        if problem is not None:
            return problem
        self.lines[product_id] = Line(product, before + count)
        self.current = product_id
        return accepted(
            translate("Station", "{sku} {name}: {n}").format(
                sku=product.get("sku"), name=product.get("name", ""), n=qty(before + count)
            )
        )

    def line_note(self, line: Line) -> str:
        """A second figure to show beside a line (stock left, still open …)."""
        return ""

    def display_lines(self) -> list[str]:
        """The operation's lines as the station lists them (the current one marked)."""
        out = []
        for line in self.lines.values():
            marker = "▶ " if line.product_id == self.current else ""
            name = line.product.get("name", "")
            out.append(f"{marker}{line.sku}: {qty(line.quantity)} {self.line_note(line)}\n{name}")
        return out


class QuickMove(Workflow):
    """Source location → products → destination → confirm."""

    name = str(QT_TRANSLATE_NOOP("Station", "Quick move"))

    def __init__(self, catalog: Catalog, warehouse_id: str | None = None) -> None:
        super().__init__(catalog, warehouse_id)
        self.source: Record | None = None
        self.destination: Record | None = None

    def expects(self) -> str:
        if self.source is None:
            return translate("Station", "Scan the SOURCE location")
        if self.destination is None:
            if not self.lines:
                return translate("Station", "Scan products to take from {code}").format(
                    code=self.source.get("code")
                )
            return translate("Station", "Scan more products, or the DESTINATION location")
        return translate("Station", "Press Confirm to move to {code}").format(
            code=self.destination.get("code")
        )

    def ready(self) -> bool:
        return self.source is not None and self.destination is not None and bool(self.lines)

    def wants_location(self) -> bool:
        return self.destination is None and (self.source is None or bool(self.lines))

    def heading(self) -> str:
        ends = [x.get("code") for x in (self.source, self.destination) if x is not None]
        title = translate("Station", self.name)
        return " → ".join([title + ":", *map(str, ends)]) if ends else title

    def scan(self, code: ScannedCode) -> Outcome:
        if (problem := unusable(code)) is not None:
            return problem
        if (problem := unknown_product(code, self.catalog)) is not None:
            return problem
        if code.kind is CodeKind.PURCHASE_ORDER:
            return refused(
                translate("Station", "That is a purchase order: switch to Receive to use it")
            )
        if code.kind is CodeKind.LOCATION:
            return self._location(code)
        if self.source is None:
            return refused(
                translate("Station", "Scan the source location first, then the products")
            )
        if self.destination is not None:
            return refused(
                translate(
                    "Station", "The destination is set: press Confirm, or Cancel to start again"
                )
            )
        return self.add_product(code)

    def _location(self, code: ScannedCode) -> Outcome:
        location = self.catalog.location_for(code)
        if location is None:
            return refused(translate("Station", "Unknown location: {code}").format(code=code.value))
        if (problem := wrong_location(location, self.catalog, self.warehouse_id)) is not None:
            return problem
        if self.source is None:
            self.source = location
            return accepted(translate("Station", "From {code}").format(code=location.get("code")))
        if not self.lines:
            return refused(translate("Station", "Scan the products to move before the destination"))
        if location["id"] == self.source["id"]:
            return refused(
                translate("Station", "{code} is the source: scan another location").format(
                    code=location.get("code")
                )
            )
        self.destination = location
        return accepted(
            translate("Station", "To {code}: press Confirm").format(code=location.get("code"))
        )

    def allowed(self, product: Record, quantity: Decimal) -> Outcome | None:
        assert self.source is not None
        there = self.catalog.on_hand(str(product["id"]), str(self.source["id"]))
        if there <= 0:
            return refused(
                translate("Station", "Wrong location: there is no {sku} at {code}").format(
                    sku=product.get("sku"), code=self.source.get("code")
                )
            )
        if quantity > there:
            return refused(
                translate("Station", "Only {n} of {sku} at {code}").format(
                    n=qty(there), sku=product.get("sku"), code=self.source.get("code")
                )
            )
        return None

    def line_note(self, line: Line) -> str:
        if self.source is None:
            return ""
        there = self.catalog.on_hand(line.product_id, str(self.source["id"]))
        return translate("Station", "of {n} here").format(n=qty(there))

    def write(self) -> Write:
        assert self.source is not None and self.destination is not None
        return quick_move(self.source, self.destination, list(self.lines.values()))
