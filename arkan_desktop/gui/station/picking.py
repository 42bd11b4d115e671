"""Pick & ship at the station: a delivery, its locations in walking order, every scan
checked, a shortage ending on a backorder with its reason, then the delivery shipped.

Scan the delivery (or press its button), go to each location the station names and scan
it, then scan what to take there (a scan is one, a GS1 label its count, the pad a
figure). "Short here" leaves a location with less than planned (the rest is looked for
further on, else goes on the backorder); what is short gets a reason from the buttons.
Confirm queues the delivery; the station then offers the shipping label and the delivery
note. The pick session (domain.warehouse.picking) decides; this says it. No widgets here.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP

from arkan_desktop.domain.barcodes import CodeKind, ScannedCode
from arkan_desktop.domain.warehouse.bins import Bin, bin_from_location, walking_key
from arkan_desktop.domain.warehouse.catalog import Catalog
from arkan_desktop.domain.warehouse.outcome import Outcome as Answer
from arkan_desktop.domain.warehouse.pick_list import StockAt, delivery_lines
from arkan_desktop.domain.warehouse.pick_reasons import PickReason, PickStep, ShortageReason
from arkan_desktop.domain.warehouse.picking import PickSession, delivery_problem
from arkan_desktop.gui.station.guided import Guided, Offer, PrintJob
from arkan_desktop.gui.station.wording import SHORTAGES, number, say, shortage_word
from arkan_desktop.gui.station.workflows import Outcome, Record, accepted, refused, translate
from arkan_desktop.printing.delivery_note import shipped_by_line
from arkan_desktop.sync.commands.station import deliver
from arkan_desktop.sync.commands.wire import Write

SAID: dict[PickReason, object] = {
    PickReason.DELIVERY_NOT_READY: QT_TRANSLATE_NOOP(
        "Station", "{number} cannot be picked now ({state}): only confirmed deliveries can"
    ),
    PickReason.PRODUCT_NOT_ON_DELIVERY: QT_TRANSLATE_NOOP(
        "Station", "Wrong product: {sku} is not on this delivery"
    ),
    PickReason.SCAN_LOCATION_FIRST: QT_TRANSLATE_NOOP(
        "Station", "Scan the location first: {sku} is taken at {location}"
    ),
    PickReason.WRONG_PRODUCT: QT_TRANSLATE_NOOP(
        "Station", "Wrong product: {sku} is not taken at {location}; take {expected}"
    ),
    PickReason.ALREADY_PICKED: QT_TRANSLATE_NOOP(
        "Station", "All {quantity} of {sku} are picked already"
    ),
    PickReason.TOO_MANY: QT_TRANSLATE_NOOP(
        "Station", "Too many: {quantity} × {sku}; the delivery takes at most {most}"
    ),
    PickReason.MORE_THAN_LOCATION_HOLDS: QT_TRANSLATE_NOOP(
        "Station", "{location} holds only {quantity} of {sku}"
    ),
    PickReason.ZERO_QUANTITY: QT_TRANSLATE_NOOP(
        "Station", "The label carries a count of 0 for {sku}: count by hand"
    ),
    PickReason.NEGATIVE_QUANTITY: QT_TRANSLATE_NOOP("Station", "A quantity cannot be negative"),
    PickReason.SCAN_PRODUCT_FIRST: QT_TRANSLATE_NOOP(
        "Station", "Scan a product first, then set its quantity"
    ),
    PickReason.WRONG_BIN: QT_TRANSLATE_NOOP(
        "Station", "Wrong bin: {location} comes later; go to {expected} first"
    ),
    PickReason.NOT_ON_ROUTE: QT_TRANSLATE_NOOP(
        "Station", "Wrong bin: nothing is taken at {location}; go to {expected}"
    ),
    PickReason.FINISH_LOCATION_FIRST: QT_TRANSLATE_NOOP(
        "Station",
        "Finish {location} first: {quantity} × {sku} still to take (or press Short here)",
    ),
    PickReason.NOTHING_LEFT_TO_PICK: QT_TRANSLATE_NOOP(
        "Station", "Nothing is left to pick: press Confirm"
    ),
    PickReason.ROUTE_NOT_FINISHED: QT_TRANSLATE_NOOP(
        "Station", "Not finished yet: go to {location} next"
    ),
    PickReason.NO_SHORTAGE: QT_TRANSLATE_NOOP("Station", "Nothing is short"),
    PickReason.SHORTAGE_REASON_NEEDED: QT_TRANSLATE_NOOP(
        "Station", "{sku} is short by {quantity}: choose why"
    ),
    PickReason.NOTHING_PICKED: QT_TRANSLATE_NOOP("Station", "Nothing is picked yet"),
    PickReason.ARRIVED: QT_TRANSLATE_NOOP(
        "Station", "At {location}: {count} product(s) to take here"
    ),
    PickReason.PICKED: QT_TRANSLATE_NOOP(
        "Station", "{sku}: {quantity} taken at {location}; {left} more of it here"
    ),
    PickReason.LOCATION_DONE: QT_TRANSLATE_NOOP(
        "Station", "{sku}: {quantity} taken; {location} is done, next {next}"
    ),
    PickReason.ROUTE_DONE_SHORT: QT_TRANSLATE_NOOP(
        "Station", "{sku}: {quantity} taken; the route is done, short: {skus}"
    ),
    PickReason.ALL_PICKED: QT_TRANSLATE_NOOP(
        "Station", "Everything is picked: press Confirm to ship"
    ),
    PickReason.LEFT_LOCATION: QT_TRANSLATE_NOOP("Station", "{location} is done"),
    PickReason.SHORT_TAKEN_ELSEWHERE: QT_TRANSLATE_NOOP(
        "Station", "{location} left short: {quantity} × {sku} will be taken at {next}"
    ),
    PickReason.SHORT_FOR_BACKORDER: QT_TRANSLATE_NOOP(
        "Station", "{location} left short: {quantity} × {sku} goes on a backorder"
    ),
    PickReason.SHORTAGE_REASON_SET: QT_TRANSLATE_NOOP("Station", "Backorder of {skus}: {shortage}"),
    PickReason.READY: QT_TRANSLATE_NOOP(
        "Station", "Ready: {quantity} unit(s) picked, {short} on backorder; press Confirm"
    ),
}
# The end of a route cut short names what goes on the backorder, not one location.
ROUTE_CUT_SHORT = QT_TRANSLATE_NOOP("Station", "The rest goes on a backorder: {skus}; choose why")
DELIVERY, SHORTAGE, SHORT_HERE, STOP = "delivery:", "shortage:", "short", "stop"
LISTED = 6  # deliveries offered as buttons


class PickShip(Guided):
    """Delivery → locations in walking order → products at each → shortage reason →
    confirm (the delivery ships)."""

    name = str(QT_TRANSLATE_NOOP("Station", "Pick & ship"))

    def __init__(self, catalog: Catalog, warehouse_id: str | None = None) -> None:
        super().__init__(catalog, warehouse_id)
        self.delivery: Record | None = None
        self.session: PickSession | None = None

    def _say(self, answer: Answer[PickReason]) -> Outcome:
        if answer.reason is PickReason.SHORT_FOR_BACKORDER and "location" not in answer.args:
            return say({PickReason.SHORT_FOR_BACKORDER: ROUTE_CUT_SHORT}, answer)
        return say(SAID, answer)

    # --- the delivery ------------------------------------------------------------------

    def open_deliveries(self) -> list[Record]:
        """Deliveries ready to pick in this station's warehouse, soonest first."""
        ready = [
            x
            for x in self.catalog.deliveries.values()
            if x.get("state") == "confirmed"
            and (not self.warehouse_id or x.get("warehouseId") == self.warehouse_id)
        ]
        return sorted(ready, key=lambda x: (str(x.get("scheduledDate")), str(x.get("number"))))

    def start(self, delivery: Record) -> Outcome:
        if (problem := delivery_problem(delivery)) is not None:
            return self._say(problem)
        where = delivery.get("warehouseId")
        if self.warehouse_id and where not in (None, self.warehouse_id):
            theirs = self.catalog.warehouses.get(str(where)) or {}
            return refused(
                translate(
                    "Station", "{number} ships from {theirs}, not from this warehouse"
                ).format(number=delivery.get("number"), theirs=theirs.get("code") or where)
            )
        lines = delivery_lines(delivery)
        stock = []
        for product_id in {line.product.id for line in lines}:
            for location_id, quantity in self.catalog.stock_of(product_id).items():
                location = self.catalog.location_by_id(location_id)
                if location is not None and location.get("warehouseId") == where:
                    stock.append(StockAt(product_id, bin_from_location(location), quantity))
        self.delivery, self.session = delivery, PickSession(lines, stock)
        if self.session.next_stop() is None:
            return refused(
                translate("Station", "{number}: none of it is in stock here").format(
                    number=delivery.get("number")
                )
            )
        return accepted(
            translate("Station", "{number} for {client}: {n} location(s) to visit").format(
                number=delivery.get("number"),
                client=delivery.get("partnerName", ""),
                n=number(len(self.session.pick_list().stops)),
            )
        )

    # --- scans and keys ----------------------------------------------------------------

    def scan(self, code: ScannedCode) -> Outcome:
        if self.session is None:
            delivery = self.catalog.delivery_for(code) if code.usable else None
            if delivery is not None:
                return self.start(delivery)
            if code.kind in (CodeKind.PRODUCT, CodeKind.GS1, CodeKind.LOCATION):
                return refused(translate("Station", "Scan the delivery first, or choose it below"))
            return refused(
                translate(
                    "Station", "No delivery {code} to pick (unknown, or not confirmed)"
                ).format(code=code.value)
            )
        if self.catalog.delivery_for(code) is not None and code.kind is CodeKind.SKU:
            return refused(
                translate("Station", "Picking {number}: Confirm or Cancel it first").format(
                    number=self.delivery.get("number") if self.delivery else ""
                )
            )
        item = self.resolve(code)
        if isinstance(item, Outcome):
            return item
        return self._say(self.session.scan(item))

    def set_quantity(self, quantity: Decimal) -> Outcome:
        if self.session is None:
            return refused(translate("Station", "Scan the delivery first, or choose it below"))
        return self._say(self.session.set_quantity(quantity))

    def adjust(self, delta: int) -> Outcome:
        session = self.session
        if session is None or session.here is None or session.current is None:
            return refused(translate("Station", "Scan a product first, then change its quantity"))
        taken = session.picked.get((session.current, session.here.id), Decimal(0))
        return self.set_quantity(taken + delta)

    def choices(self) -> list[tuple[str, str]]:
        session = self.session
        if session is None:
            return [
                (f"{DELIVERY}{x.get('number')}", f"{x.get('number')} · {x.get('partnerName', '')}")
                for x in self.open_deliveries()[:LISTED]
            ]
        if session.step is PickStep.CHOOSE_SHORTAGE_REASON or (
            session.step is PickStep.CONFIRM and session.missing()
        ):
            return [
                (f"{SHORTAGE}{reason.value}", shortage_word(reason.value))
                for reason in ShortageReason
            ]
        if session.step in (PickStep.SCAN_LOCATION, PickStep.TAKE_PRODUCTS):
            return [
                (SHORT_HERE, translate("Station", "Short here")),
                (STOP, translate("Station", "Stop: backorder the rest")),
            ]
        return []

    def chosen(self) -> str:
        """The button shown pressed: the shortage reason given, if one."""
        session = self.session
        reasons = set(session.shortage.values()) if session is not None else set()
        return f"{SHORTAGE}{next(iter(reasons)).value}" if len(reasons) == 1 else ""

    def choose(self, key: str) -> Outcome:
        if key.startswith(DELIVERY):
            wanted = key[len(DELIVERY) :].upper()
            delivery = self.catalog.deliveries.get(wanted)
            if self.session is not None or delivery is None:
                return refused(translate("Station", "Nothing to choose here"))
            return self.start(delivery)
        session = self.session
        if session is None:
            return refused(translate("Station", "Scan the delivery first, or choose it below"))
        if key.startswith(SHORTAGE) and key[len(SHORTAGE) :] in SHORTAGES:
            return self._say(session.set_shortage_reason(ShortageReason(key[len(SHORTAGE) :])))
        if key == SHORT_HERE:
            return self._say(session.leave_location())
        if key == STOP:
            return self._say(session.end_route())
        return refused(translate("Station", "Nothing to choose here"))

    # --- what the station shows --------------------------------------------------------

    def expects(self) -> str:
        session = self.session
        if session is None:
            return translate("Station", "Scan the DELIVERY, or choose it below")
        step = session.step
        if step is PickStep.SCAN_LOCATION:
            stop = session.next_stop()
            return translate("Station", "Go to {code} and scan it").format(
                code=stop.code if stop else ""
            )
        if step is PickStep.TAKE_PRODUCTS and session.here is not None:
            task = session.tasks_at(session.here.id)[0]
            return translate("Station", "Take {n} × {sku} from {code}").format(
                n=number(task.quantity), sku=task.product.sku, code=session.here.code
            )
        if step is PickStep.CHOOSE_SHORTAGE_REASON:
            short = ", ".join(session.products[p].sku for p in session.missing())
            return translate("Station", "Short: {skus}. Why? Choose the reason").format(skus=short)
        if step is PickStep.NOTHING_TO_PICK:
            return translate("Station", "Nothing of it is in stock here: press Cancel")
        return translate("Station", "Press Confirm to ship")

    def heading(self) -> str:
        title = translate("Station", self.name)
        if self.delivery is None:
            return title
        return f"{title}: {self.delivery.get('number')} · {self.delivery.get('partnerName', '')}"

    def display_lines(self) -> list[str]:
        session = self.session
        if session is None:
            return []
        out = []
        done = sorted(session.picked.items(), key=lambda x: walking_key(session.bins[x[0][1]].code))
        for (product_id, bin_id), quantity in done:
            out.append(
                translate("Station", "✔ {code}: {sku} × {n} taken").format(
                    code=session.bins[bin_id].code,
                    sku=session.products[product_id].sku,
                    n=number(quantity),
                )
            )
        following = session.next_stop()
        for stop in session.pick_list().stops:
            marker = "▶ " if following is not None and stop.bin.id == following.id else ""
            tasks = ", ".join(f"{t.product.sku} × {number(t.quantity)}" for t in stop.tasks)
            out.append(f"{marker}{stop.bin.code}: {tasks}")
        for product_id, quantity in session.missing().items():
            reason = session.shortage.get(product_id)
            out.append(
                translate("Station", "Backorder: {sku} × {n} {why}")
                .format(
                    sku=session.products[product_id].sku,
                    n=number(quantity),
                    why=f"({shortage_word(reason.value)})" if reason else "",
                )
                .strip()
            )
        return out

    def pad_purpose(self) -> str:
        session = self.session
        if session is not None and session.here is not None and session.current is not None:
            return translate("Station", "How many {sku} taken at {code}").format(
                sku=session.products[session.current].sku, code=session.here.code
            )
        return translate("Station", "Quantity taken: scan a product first")

    def next_bin(self) -> Bin | None:
        return self.session.next_stop() if self.session is not None else None

    # --- confirm -----------------------------------------------------------------------

    def ready(self) -> bool:
        return self.session is not None and self.session.confirm().accepted

    def before_write(self) -> Outcome | None:
        assert self.session is not None
        answer = self.session.confirm()
        return None if answer.accepted else self._say(answer)

    def write(self) -> Write:
        assert self.session is not None and self.delivery is not None
        return deliver(self.delivery, self.session.deliver_payload())

    def offer(self) -> Offer | None:
        if self.session is None or self.delivery is None:
            return None
        delivery = self.delivery
        shipped = shipped_by_line(self.session.deliver_payload())
        number_text = str(delivery.get("number"))
        return Offer(
            translate("Station", "Print for {number}? Enter: shipping label · Esc: skip").format(
                number=number_text
            ),
            [
                (
                    "label",
                    translate("Station", "Shipping label (Enter)"),
                    PrintJob(f"shipping-{number_text}", "shipping", [], delivery, shipped),
                ),
                (
                    "note",
                    translate("Station", "Delivery note"),
                    PrintJob(f"delivery-note-{number_text}", "note", [], delivery, shipped),
                ),
            ],
        )
