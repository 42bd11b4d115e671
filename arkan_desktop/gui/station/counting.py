"""Counts at the station: per location or per product, blind or not; a review of the
differences, then the count.

Choose how to count before the first scan (the buttons): per location (scan the bin,
then everything on it) or per product (scan the product, then each bin and what is
there), and whether the count is blind (the expected figures stay hidden until the
review). A scan counts one, a GS1 label its count, the pad sets a figure (0 is a count).
The first Confirm shows the differences, products expected but not found as 0; the
second queues one count per location. The count session (domain.warehouse.counting)
decides; this says it. No widgets here.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP

from arkan_desktop.domain.barcodes import ScannedCode
from arkan_desktop.domain.warehouse.bins import Bin, LocationKind, bin_from_location
from arkan_desktop.domain.warehouse.catalog import Catalog
from arkan_desktop.domain.warehouse.counting import (
    CountLine,
    CountMode,
    CountReason,
    CountSession,
    ExpectedStock,
)
from arkan_desktop.domain.warehouse.outcome import refuse
from arkan_desktop.domain.warehouse.scans import ProductScan, product_ref
from arkan_desktop.gui.station.guided import Guided
from arkan_desktop.gui.station.wording import number, say
from arkan_desktop.gui.station.workflows import (
    Outcome,
    Record,
    refused,
    translate,
    wrong_location,
)
from arkan_desktop.sync.commands.stock import count_cycle
from arkan_desktop.sync.commands.wire import Write

SAID: dict[CountReason, object] = {
    CountReason.NOT_COUNTABLE: QT_TRANSLATE_NOOP("Station", "{location} is not a storage location"),
    CountReason.SCAN_LOCATION_FIRST: QT_TRANSLATE_NOOP(
        "Station", "Scan the location first, then what is there"
    ),
    CountReason.SCAN_PRODUCT_FIRST: QT_TRANSLATE_NOOP("Station", "Scan a product first"),
    CountReason.OTHER_LOCATION: QT_TRANSLATE_NOOP(
        "Station", "Counting {location}: Confirm or Cancel it before {scanned}"
    ),
    CountReason.OTHER_PRODUCT: QT_TRANSLATE_NOOP(
        "Station", "Counting {sku}: Confirm or Cancel it before {scanned}"
    ),
    CountReason.ZERO_LABEL_COUNT: QT_TRANSLATE_NOOP(
        "Station", "The label carries a count of 0 for {sku}: count by hand"
    ),
    CountReason.NEGATIVE_COUNT: QT_TRANSLATE_NOOP("Station", "A count cannot be negative"),
    CountReason.NOT_A_COUNT: QT_TRANSLATE_NOOP(
        "Station", "{quantity} is not a count: at most {most}"
    ),
    CountReason.NOTHING_TO_REVIEW: QT_TRANSLATE_NOOP("Station", "Nothing is counted yet"),
    CountReason.REVIEW_FIRST: QT_TRANSLATE_NOOP(
        "Station", "Press Confirm to review the count first"
    ),
    CountReason.LOCATION_CHOSEN: QT_TRANSLATE_NOOP("Station", "Counting {location}"),
    CountReason.PRODUCT_CHOSEN: QT_TRANSLATE_NOOP(
        "Station", "Counting {sku}: scan each location that holds it"
    ),
    CountReason.AT_LOCATION: QT_TRANSLATE_NOOP("Station", "At {location}: scan each {sku} here"),
    CountReason.COUNTED: QT_TRANSLATE_NOOP("Station", "{sku} at {location}: {quantity}"),
    CountReason.NO_DIFFERENCES: QT_TRANSLATE_NOOP(
        "Station", "No differences ({count} line(s)): Confirm to send the count"
    ),
    CountReason.DIFFERENCES: QT_TRANSLATE_NOOP(
        "Station", "{count} difference(s): check them, then Confirm to send the count"
    ),
    CountReason.READY: QT_TRANSLATE_NOOP("Station", "Ready: {count} location(s) counted"),
}
PER_LOCATION, PER_PRODUCT, BLIND = "mode:location", "mode:product", "blind"


def signed(value: Decimal) -> str:
    return f"+{number(value)}" if value > 0 else number(value)


class CycleCount(Guided):
    """Per location or per product, blind or not → scans → review → confirm."""

    name = str(QT_TRANSLATE_NOOP("Station", "Cycle count"))

    def __init__(self, catalog: Catalog, warehouse_id: str | None = None) -> None:
        super().__init__(catalog, warehouse_id)
        self.mode = CountMode.LOCATION
        self.blind = False
        self.session: CountSession | None = None

    # --- the subject: a location or a product --------------------------------------------

    def _begin_location(self, location: Record, where: Bin) -> Outcome:
        if (problem := wrong_location(location, self.catalog, self.warehouse_id)) is not None:
            return problem
        expected = [
            ExpectedStock(product_ref(self.catalog.by_id.get(p) or {"id": p}), where, q)
            for p, q in self.catalog.location_stock(where.id).items()
        ]
        self.session = CountSession(CountMode.LOCATION, expected, blind=self.blind)
        return say(SAID, self.session.scan(where))

    def _begin_product(self, scan: ProductScan) -> Outcome:
        expected = []
        for location_id, quantity in self.catalog.stock_of(scan.product.id).items():
            location = self.catalog.location_by_id(location_id)
            if location is None or location.get("type", "internal") != "internal":
                continue
            if self.warehouse_id and location.get("warehouseId") not in (None, self.warehouse_id):
                continue
            expected.append(ExpectedStock(scan.product, bin_from_location(location), quantity))
        self.session = CountSession(CountMode.PRODUCT, expected, blind=self.blind)
        return say(SAID, self.session.scan(scan))

    # --- scans and keys ----------------------------------------------------------------

    def scan(self, code: ScannedCode) -> Outcome:
        item = self.resolve(code, check_warehouse=False)
        if isinstance(item, Outcome):
            return item
        session = self.session
        if isinstance(item, Bin):
            location = self.catalog.location_for(code) or {}
            if item.kind not in (LocationKind.STOCK, LocationKind.QUARANTINE):
                return say(SAID, refuse(CountReason.NOT_COUNTABLE, location=item.code))
            if session is None:
                if self.mode is CountMode.PRODUCT:
                    return say(SAID, refuse(CountReason.SCAN_PRODUCT_FIRST))
                return self._begin_location(location, item)
            if session.mode is CountMode.PRODUCT and (
                problem := wrong_location(location, self.catalog, self.warehouse_id)
            ):
                return problem
            return say(SAID, session.scan(item))
        if session is None:
            if self.mode is CountMode.LOCATION:
                return say(SAID, refuse(CountReason.SCAN_LOCATION_FIRST))
            return self._begin_product(item)
        return say(SAID, session.scan(item))

    def set_quantity(self, quantity: Decimal) -> Outcome:
        if self.session is None:
            return say(SAID, refuse(CountReason.SCAN_PRODUCT_FIRST))
        return say(SAID, self.session.set_quantity(quantity))

    def adjust(self, delta: int) -> Outcome:
        session = self.session
        if session is None or session.current is None:
            return refused(translate("Station", "Scan a product first, then change its count"))
        return self.set_quantity(session.counted.get(session.current, Decimal(0)) + delta)

    def choices(self) -> list[tuple[str, str]]:
        if self.session is not None:
            return []
        return [
            (PER_LOCATION, translate("Station", "Per location")),
            (PER_PRODUCT, translate("Station", "Per product")),
            (BLIND, translate("Station", "Blind count")),
        ]

    def chosen(self) -> frozenset[str]:
        mode = PER_LOCATION if self.mode is CountMode.LOCATION else PER_PRODUCT
        return frozenset({mode, BLIND} if self.blind else {mode})

    def choose(self, key: str) -> Outcome:
        if self.session is not None:
            return refused(translate("Station", "Counting already: Confirm or Cancel it first"))
        if key == PER_LOCATION:
            self.mode = CountMode.LOCATION
            return Outcome(True, translate("Station", "Count per location: scan the location"))
        if key == PER_PRODUCT:
            self.mode = CountMode.PRODUCT
            return Outcome(True, translate("Station", "Count per product: scan the product"))
        if key == BLIND:
            self.blind = not self.blind
            if self.blind:
                return Outcome(True, translate("Station", "Blind count: expected figures hidden"))
            return Outcome(True, translate("Station", "Expected figures shown"))
        return refused(translate("Station", "Nothing to choose here"))

    # --- what the station shows --------------------------------------------------------

    def expects(self) -> str:
        session = self.session
        if session is None:
            if self.mode is CountMode.PRODUCT:
                return translate("Station", "Scan the PRODUCT to count")
            return translate("Station", "Scan the LOCATION to count")
        if session.reviewed:
            return translate("Station", "Check the differences, then Confirm to send the count")
        if session.mode is CountMode.PRODUCT:
            if session.here is None:
                return translate("Station", "Scan a location that holds it")
            return translate("Station", "Scan each one at {code}, then the next location").format(
                code=session.here.code
            )
        if not session.counted:
            code = session.here.code if session.here else ""
            return translate("Station", "Scan everything at {code}").format(code=code)
        return translate("Station", "Scan more, or press Confirm to review")

    def heading(self) -> str:
        title = translate("Station", "Cycle count")
        blind = translate("Station", " (blind)") if self.blind else ""
        session = self.session
        if session is None or session.subject is None:
            return f"{title}{blind}"
        if session.mode is CountMode.PRODUCT:
            subject = session.products[session.subject].sku
        else:
            subject = session.bins[session.subject].code
        return f"{title}{blind}: {subject}"

    def _line_text(self, line: CountLine, marker: str) -> str:
        counted = line.counted
        expected = line.expected
        shown = number(counted) if counted is not None else "—"
        if expected is None:
            note = "" if counted is not None else translate("Station", "(not counted yet)")
        elif counted is None:
            note = translate("Station", "(not found, {n} expected)").format(n=number(expected))
        elif counted == expected:
            note = translate("Station", "(as expected)")
        else:
            note = translate("Station", "({diff}, {n} expected)").format(
                n=number(expected), diff=signed(counted - expected)
            )
        name = (self.catalog.by_id.get(line.product.id) or {}).get("name", "")
        where = f"{line.bin.code} · " if self.mode is CountMode.PRODUCT else ""
        return f"{marker}{where}{line.product.sku}: {shown} {note}".rstrip() + f"\n{name}"

    def display_lines(self) -> list[str]:
        session = self.session
        if session is None:
            return []
        out = []
        for line in session.lines():
            current = session.current == (line.product.id, line.bin.id)
            out.append(self._line_text(line, "▶ " if current else ""))
        if session.mode is CountMode.PRODUCT:
            seen = {line.bin.id for line in session.lines() if line.counted is not None}
            left = [b.code for b in session.locations_to_visit() if b.id not in seen]
            if left:
                out.append(
                    translate("Station", "Still to visit: {codes}").format(codes=", ".join(left))
                )
        return out

    def pad_purpose(self) -> str:
        session = self.session
        if session is not None and session.current is not None:
            product_id, bin_id = session.current
            return translate("Station", "Count of {sku} at {code}").format(
                sku=session.products[product_id].sku, code=session.bins[bin_id].code
            )
        return translate("Station", "Count: scan a product first")

    # --- review and confirm ------------------------------------------------------------

    def ready(self) -> bool:
        return self.session is not None and bool(self.session.lines())

    def before_write(self) -> Outcome | None:
        assert self.session is not None
        if self.session.reviewed:
            return None
        return say(SAID, self.session.review())

    def write(self) -> Write:
        return self.writes()[0]

    def writes(self) -> list[Write]:
        session = self.session
        assert session is not None
        out = []
        for body in session.count_payloads():
            where = session.bins[body["locationId"]]
            counted = [
                (
                    {"id": x["productId"], "sku": session.products[x["productId"]].sku},
                    Decimal(x["countedQuantity"]),
                )
                for x in body["lines"]
            ]
            out.append(count_cycle({"id": where.id, "code": where.code}, counted))
        return out
