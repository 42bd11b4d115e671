"""Cycle count at the station: a location, what is there, the differences, then the count.

Scan the location, then everything on it (each scan counts one, a GS1 label its own
count, the pad sets a figure). Confirm shows the differences against the cached on-hand
for the location, products expected but not found included (counted as 0); a second
Confirm queues `POST /inventory/cycle-counts`. Nothing is queued before that, and a
refused scan leaves nothing behind. No widgets here.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP

from arkan_desktop.domain.barcodes import CodeKind, ScannedCode
from arkan_desktop.domain.warehouse.catalog import Catalog
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
    wrong_location,
)
from arkan_desktop.sync.commands.station import Line
from arkan_desktop.sync.commands.stock import count_cycle
from arkan_desktop.sync.commands.wire import Write

# A count beyond this is a misread or a key held down, not a bin's content.
MAX_COUNT = Decimal(999_999)


def signed(value: Decimal) -> str:
    return f"+{qty(value)}" if value > 0 else qty(value)


class CycleCount(Workflow):
    """Location → products (scans, GS1 counts, the pad) → review → confirm."""

    name = str(QT_TRANSLATE_NOOP("Station", "Cycle count"))

    def __init__(self, catalog: Catalog, warehouse_id: str | None = None) -> None:
        super().__init__(catalog, warehouse_id)
        self.location: Record | None = None
        self.expected: dict[str, Decimal] = {}  # product id -> on hand when the count began
        self.reviewing = False

    def expects(self) -> str:
        if self.location is None:
            return translate("Station", "Scan the LOCATION to count")
        code = str(self.location.get("code"))
        if self.reviewing:
            return translate("Station", "Check the differences, then Confirm to send the count")
        if not self.lines:
            return translate("Station", "Scan everything at {code}").format(code=code)
        return translate("Station", "Scan more, or press Confirm to review")

    def heading(self) -> str:
        title = translate("Station", "Cycle count")
        if self.location is None:
            return title
        return translate("Station", "{title}: {code} · {n} product(s) expected here").format(
            title=title, code=self.location.get("code"), n=len(self.expected)
        )

    def ready(self) -> bool:
        return self.location is not None and bool(self.lines or self.expected)

    def scan(self, code: ScannedCode) -> Outcome:
        if (problem := unusable(code)) is not None:
            return problem
        if (problem := unknown_product(code, self.catalog)) is not None:
            return problem
        if code.kind is CodeKind.PURCHASE_ORDER:
            return refused(translate("Station", "That is a purchase order: scan a product"))
        if code.kind is CodeKind.LOCATION:
            return self._location(code)
        if self.location is None:
            return refused(translate("Station", "Scan the location first, then what is there"))
        if code.quantity is not None and code.quantity <= 0:
            return refused(translate("Station", "The label carries a count of 0: count by hand"))
        outcome = self.add_product(code)
        if outcome.accepted:
            self.reviewing = False
        return outcome

    def _location(self, code: ScannedCode) -> Outcome:
        location = self.catalog.location_for(code)
        if location is None:
            return refused(translate("Station", "Unknown location: {code}").format(code=code.value))
        if self.location is not None:
            if location["id"] == self.location["id"]:
                return accepted(
                    translate("Station", "Still counting {code}").format(code=location.get("code"))
                )
            return refused(
                translate(
                    "Station", "Counting {code}: Confirm or Cancel it before another location"
                ).format(code=self.location.get("code"))
            )
        if (problem := wrong_location(location, self.catalog, self.warehouse_id)) is not None:
            return problem
        self.location = location
        self.expected = self.catalog.location_stock(str(location["id"]))
        return accepted(
            translate("Station", "Counting {code}: {n} product(s) expected").format(
                code=location.get("code"), n=len(self.expected)
            )
        )

    def allowed(self, product: Record, quantity: Decimal) -> Outcome | None:
        if quantity < 0:
            return refused(translate("Station", "A count cannot be negative"))
        if quantity > MAX_COUNT:
            return refused(
                translate("Station", "{n} is not a count: at most {most}").format(
                    n=qty(quantity), most=qty(MAX_COUNT)
                )
            )
        return None

    def set_quantity(self, quantity: Decimal) -> Outcome:
        """The pad sets the current product's count; 0 is a count (none there), not removal."""
        if self.current is None or self.current not in self.lines:
            return refused(translate("Station", "Scan a product first, then set its count"))
        line = self.lines[self.current]
        if (problem := self.allowed(line.product, quantity)) is not None:
            return problem
        self.lines[self.current] = Line(line.product, quantity)
        self.reviewing = False
        return accepted(f"{line.sku}: {qty(quantity)}")

    def counted(self) -> list[tuple[Record, Decimal]]:
        """What the count says: every scanned product, and expected ones not found (0)."""
        out = [(line.product, line.quantity) for line in self.lines.values()]
        for product_id in self.expected:
            if product_id not in self.lines:
                product = self.catalog.by_id.get(product_id) or {"id": product_id}
                out.append((product, Decimal(0)))
        return out

    def differences(self) -> list[tuple[Record, Decimal, Decimal]]:
        """(product, expected, counted) where they differ."""
        return [
            (product, self.expected.get(str(product["id"]), Decimal(0)), counted)
            for product, counted in self.counted()
            if counted != self.expected.get(str(product["id"]), Decimal(0))
        ]

    def display_lines(self) -> list[str]:
        out = []
        for product, counted in self.counted():
            product_id = str(product["id"])
            expected = self.expected.get(product_id, Decimal(0))
            marker = "▶ " if product_id == self.current else ""
            sku = product.get("sku") or product_id
            if product_id not in self.lines:
                note = translate("Station", "(not found, {n} expected)").format(n=qty(expected))
            elif counted == expected:
                note = translate("Station", "(as expected)")
            else:
                note = translate("Station", "({diff}, {n} expected)").format(
                    n=qty(expected), diff=signed(counted - expected)
                )
            lines = f"{marker}{sku}: {qty(counted)} {note}\n{product.get('name', '')}"
            out.append(lines)
        return out

    def before_write(self) -> Outcome | None:
        if self.reviewing:
            return None
        self.reviewing = True
        found = self.differences()
        if not found:
            return accepted(
                translate("Station", "No differences at {code}: Confirm to send the count").format(
                    code=self.location.get("code") if self.location else ""
                )
            )
        summary = ", ".join(
            f"{product.get('sku')} {signed(counted - expected)}"
            for product, expected, counted in found[:4]
        )
        more = "" if len(found) <= 4 else " …"
        return accepted(
            translate("Station", "{n} difference(s): {summary}{more} — Confirm to send").format(
                n=len(found), summary=summary, more=more
            )
        )

    def write(self) -> Write:
        assert self.location is not None
        return count_cycle(self.location, self.counted())
