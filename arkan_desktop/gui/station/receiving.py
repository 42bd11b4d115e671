"""Guided receiving at the station: the order's lines, where each product goes, and the
scan of that bin confirming the putaway.

Scan the order (confirmed or partly received): its lines are listed at once with
ordered, received and open quantities, receipts still waiting in the outbox counted as
received. Scan a product (one unit, a GS1 label its count, the pad a figure): the
station says where it goes (the putaway rules, else the order's receiving location),
and the scan of that bin puts it away; "Put elsewhere" and another bin when that one is
full. Confirm queues one receipt per bin; the station then offers the receiving labels.
The receiving session (domain.warehouse.receiving) decides; this says it. No widgets.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP

from arkan_desktop.domain.barcodes import CodeKind, ScannedCode
from arkan_desktop.domain.warehouse.bins import Bin, bin_from_location
from arkan_desktop.domain.warehouse.catalog import Catalog
from arkan_desktop.domain.warehouse.putaway import rules_from_records
from arkan_desktop.domain.warehouse.receiving import (
    ReceiveReason,
    ReceiveSession,
    order_lines,
    order_problem,
)
from arkan_desktop.gui.station.guided import Guided, Offer, PrintJob
from arkan_desktop.gui.station.label_reprint import received_labels
from arkan_desktop.gui.station.wording import number, say
from arkan_desktop.gui.station.workflows import Outcome, Record, accepted, refused, translate
from arkan_desktop.printing.errors import PrintingError
from arkan_desktop.sync.commands.station import Line, receive_into
from arkan_desktop.sync.commands.wire import Write

SAID: dict[ReceiveReason, object] = {
    ReceiveReason.ORDER_NOT_RECEIVABLE: QT_TRANSLATE_NOOP(
        "Station", "{number} cannot be received now ({state})"
    ),
    ReceiveReason.PRODUCT_NOT_ON_ORDER: QT_TRANSLATE_NOOP("Station", "{sku} is not on {number}"),
    ReceiveReason.OVER_RECEIPT: QT_TRANSLATE_NOOP(
        "Station", "Over-receipt: only {most} of {sku} still open on {number}"
    ),
    ReceiveReason.ZERO_QUANTITY: QT_TRANSLATE_NOOP(
        "Station", "The label carries a count of 0 for {sku}: count by hand"
    ),
    ReceiveReason.NEGATIVE_QUANTITY: QT_TRANSLATE_NOOP("Station", "A quantity cannot be negative"),
    ReceiveReason.SCAN_PRODUCT_FIRST: QT_TRANSLATE_NOOP(
        "Station", "Scan a product first, then set its quantity"
    ),
    ReceiveReason.WRONG_BIN: QT_TRANSLATE_NOOP(
        "Station", "Wrong bin: {sku} goes to {expected}, not {location}"
    ),
    ReceiveReason.NOTHING_TO_PUT_AWAY: QT_TRANSLATE_NOOP(
        "Station", "Nothing waits to go into {location}: scan a product first"
    ),
    ReceiveReason.NOT_A_STOCK_LOCATION: QT_TRANSLATE_NOOP(
        "Station", "{location} is not a stock location"
    ),
    ReceiveReason.PUTAWAY_NOT_CONFIRMED: QT_TRANSLATE_NOOP(
        "Station", "Put {quantity} × {sku} away first: scan {location}"
    ),
    ReceiveReason.NOTHING_RECEIVED: QT_TRANSLATE_NOOP("Station", "Nothing is received yet"),
    ReceiveReason.RECEIVED: QT_TRANSLATE_NOOP(
        "Station", "{sku}: {quantity} received; it goes to {location}"
    ),
    ReceiveReason.OVER_ORDER_ACCEPTED: QT_TRANSLATE_NOOP(
        "Station", "{sku}: {quantity} received ({over} over the order); it goes to {location}"
    ),
    ReceiveReason.REMOVED: QT_TRANSLATE_NOOP("Station", "{sku} removed"),
    ReceiveReason.PUT_AWAY: QT_TRANSLATE_NOOP("Station", "Put away at {location}: {skus}"),
    ReceiveReason.PUT_ELSEWHERE: QT_TRANSLATE_NOOP(
        "Station", "{sku}: {quantity} put at {location} instead"
    ),
    ReceiveReason.READY: QT_TRANSLATE_NOOP(
        "Station", "Ready: {quantity} unit(s) into {count} location(s); press Confirm"
    ),
}
ELSEWHERE = "elsewhere"


def receiving_bin(order: Record, catalog: Catalog) -> Bin | None:
    """Where the order is received when no rule says: its own location, else its
    warehouse's receiving bin (<code>-RECV), else the warehouse's first storage bin."""
    own = catalog.location_by_id(str(order.get("locationId") or ""))
    if own is not None:
        return bin_from_location(own)
    warehouse_id = order.get("warehouseId")
    warehouse = catalog.warehouses.get(str(warehouse_id)) or {}
    inside = sorted(
        (
            x
            for x in catalog.locations.values()
            if x.get("warehouseId") == warehouse_id and x.get("type", "internal") == "internal"
        ),
        key=lambda x: str(x.get("code")),
    )
    wanted = f"{warehouse.get('code')}-RECV"
    chosen = next((x for x in inside if x.get("code") == wanted), inside[0] if inside else None)
    return bin_from_location(chosen) if chosen is not None else None


class ReceiveOrder(Guided):
    """Purchase order → its lines listed → products (no more than is open) → their bins
    scanned → confirm."""

    name = str(QT_TRANSLATE_NOOP("Station", "Receive PO"))

    def __init__(self, catalog: Catalog, warehouse_id: str | None = None) -> None:
        super().__init__(catalog, warehouse_id)
        self.order: Record | None = None
        self.session: ReceiveSession | None = None
        self.elsewhere = False  # the next bin scanned takes the last product instead

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
        if (problem := order_problem(order)) is not None:
            return say(SAID, problem)
        default = receiving_bin(order, self.catalog)
        if default is None:
            return refused(
                translate("Station", "{number} has no location to receive into").format(
                    number=order.get("number")
                )
            )
        warehouse_id = str(order.get("warehouseId") or default.warehouse_id or "")
        bins = {
            str(x["id"]): bin_from_location(x)
            for x in self.catalog.locations.values()
            if x.get("warehouseId") == warehouse_id
        }
        rules = rules_from_records(self.catalog.putaway_rules, warehouse_id, bins)
        waiting = {
            product: quantity
            for (order_id, product), quantity in self.catalog.pending_received.items()
            if order_id == str(order["id"])
        }
        lines = order_lines(order, self.catalog.by_id, waiting)
        number_text = str(order.get("number"))
        self.order = order
        self.session = ReceiveSession(lines, rules, default, number=number_text)
        return accepted(
            translate("Station", "{number} from {vendor}").format(
                number=number_text, vendor=order.get("vendorName", "")
            )
        )

    def scan(self, code: ScannedCode) -> Outcome:
        if code.kind is CodeKind.PURCHASE_ORDER:
            return self._order(code)
        if self.session is None:
            if (problem := self.resolve(code)) and isinstance(problem, Outcome):
                return problem
            return refused(translate("Station", "Scan the purchase order first"))
        item = self.resolve(code)
        if isinstance(item, Outcome):
            return item
        if isinstance(item, Bin) and self.elsewhere:
            self.elsewhere = False
            return say(SAID, self.session.put_elsewhere(item))
        return say(SAID, self.session.scan(item))

    def set_quantity(self, quantity: Decimal) -> Outcome:
        if self.session is None:
            return refused(translate("Station", "Scan the purchase order first"))
        return say(SAID, self.session.set_quantity(quantity))

    def adjust(self, delta: int) -> Outcome:
        session = self.session
        if session is None or session.current is None:
            return refused(translate("Station", "Scan a product first, then change its quantity"))
        return self.set_quantity(session.receiving.get(session.current, Decimal(0)) + delta)

    def choices(self) -> list[tuple[str, str]]:
        session = self.session
        if session is None or session.current is None or session.waiting(session.current) <= 0:
            return []
        return [(ELSEWHERE, translate("Station", "Put elsewhere (bin full)"))]

    def chosen(self) -> str:
        return ELSEWHERE if self.elsewhere else ""

    def choose(self, key: str) -> Outcome:
        session = self.session
        if key != ELSEWHERE or session is None or session.current is None:
            return refused(translate("Station", "Nothing to choose here"))
        self.elsewhere = not self.elsewhere
        if not self.elsewhere:
            return accepted(translate("Station", "Put where the station says"))
        return accepted(
            translate("Station", "Scan the bin {sku} goes into instead").format(
                sku=session.products[session.current].sku
            )
        )

    def expects(self) -> str:
        session = self.session
        if session is None or self.order is None:
            return translate("Station", "Scan the PURCHASE ORDER")
        if self.elsewhere:
            return translate("Station", "Scan the bin to put it in instead")
        waiting = [p for p in session.products if session.waiting(p) > 0]
        if waiting:
            product = session.current if session.current in waiting else waiting[0]
            return translate("Station", "Put {n} × {sku} into {code}: scan the bin").format(
                n=number(session.waiting(product)),
                sku=session.products[product].sku,
                code=session.destinations[product].location.code,
            )
        if not any(session.receiving.values()):
            return translate("Station", "Scan the products received on {number}").format(
                number=self.order.get("number")
            )
        return translate("Station", "Scan more products, or press Confirm")

    def heading(self) -> str:
        title = translate("Station", self.name)
        if self.order is None:
            return title
        return f"{title}: {self.order.get('number')} · {self.order.get('vendorName', '')}"

    def display_lines(self) -> list[str]:
        session = self.session
        if session is None:
            return []
        out = []
        for row in session.rows():
            line = row.line
            marker = "▶ " if line.product.id == session.current else ""
            figures = translate(
                "Station", "ordered {ordered} · received {received} · open {open}"
            ).format(
                ordered=number(line.ordered),
                received=number(line.received),
                open=number(line.open),
            )
            where = row.destination.location.code
            now = ""
            if row.receiving:
                now = translate("Station", " · now {n}").format(n=number(row.receiving))
            waits = ""
            if row.waiting > 0:
                waits = translate("Station", " (scan {code} to put away)").format(code=where)
            out.append(f"{marker}{line.product.sku} → {where}{waits}\n{figures}{now}")
        return out

    def pad_purpose(self) -> str:
        session = self.session
        if session is not None and session.current is not None:
            return translate("Station", "How many {sku} arrived").format(
                sku=session.products[session.current].sku
            )
        return translate("Station", "Quantity received: scan a product first")

    def ready(self) -> bool:
        return self.session is not None and self.session.confirm().accepted

    def before_write(self) -> Outcome | None:
        assert self.session is not None
        answer = self.session.confirm()
        return None if answer.accepted else say(SAID, answer)

    def write(self) -> Write:
        return self.writes()[0]

    def writes(self) -> list[Write]:
        assert self.session is not None and self.order is not None
        session = self.session
        return [
            receive_into(self.order, body, session.bins[body["locationId"]].code)
            for body in session.receive_payloads()
        ]

    def received(self) -> list[Line]:
        """What this receipt brings in, per product (for its labels)."""
        session = self.session
        if session is None:
            return []
        return [
            Line(self.catalog.by_id.get(p) or {"id": p, "sku": session.products[p].sku}, q)
            for p, q in session.receiving.items()
            if q > 0
        ]

    def offer(self) -> Offer | None:
        if self.order is None:
            return None
        try:
            labels = received_labels(self.order, self.received())
        except PrintingError:
            return None  # nothing printable; the receipt itself is queued
        prompt = translate(
            "Station", "Print {n} receiving label(s)? Enter: print · Esc: skip"
        ).format(n=len(labels))
        job = PrintJob(f"receiving-{self.order.get('number')}", "labels", labels)
        return Offer(prompt, [("print", translate("Station", "Print labels (Enter)"), job)])
