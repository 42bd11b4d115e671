"""Returns at the station: the invoice or delivery, the goods scanned back, their
condition and where they go, then the return taken in.

Scan the document the goods came on (its number: the station looks it up in its copy),
then the products; Resell (the default) or Damaged applies to the next scans, and to the
last one if pressed right after it. Resold goods go to a stock bin (scan it); damaged
ones to a quarantine bin (scan it) or to scrap (the button). Confirm queues the return
and its receipt; the refund is left to the finance desk. The return session
(domain.warehouse.returns) decides; this says it. No widgets here.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from arkan_desktop.domain.barcodes import CodeKind, ScannedCode
from arkan_desktop.domain.warehouse.catalog import Catalog
from arkan_desktop.domain.warehouse.outcome import quantity_text
from arkan_desktop.domain.warehouse.returns import (
    Condition,
    DocumentKind,
    ReturnReason,
    ReturnSession,
    document_problem,
    returnable_from_delivery,
    returnable_from_invoice,
)
from arkan_desktop.gui.station.guided import Guided
from arkan_desktop.gui.station.wording import condition_word, number, say
from arkan_desktop.gui.station.workflows import Outcome, Record, accepted, refused, translate
from arkan_desktop.store.queries.station import ReturnSource
from arkan_desktop.sync.commands.station import take_back
from arkan_desktop.sync.commands.wire import Write

SAID: dict[ReturnReason, object] = {
    ReturnReason.NOT_RETURNABLE: QT_TRANSLATE_NOOP(
        "Station", "Nothing can come back on {number} ({state})"
    ),
    ReturnReason.PRODUCT_NOT_ON_DOCUMENT: QT_TRANSLATE_NOOP("Station", "{sku} is not on {number}"),
    ReturnReason.TOO_MANY_RETURNED: QT_TRANSLATE_NOOP(
        "Station", "Too many: {quantity} × {sku}; only {most} can come back on {number}"
    ),
    ReturnReason.ZERO_QUANTITY: QT_TRANSLATE_NOOP(
        "Station", "The label carries a count of 0 for {sku}: count by hand"
    ),
    ReturnReason.NEGATIVE_QUANTITY: QT_TRANSLATE_NOOP("Station", "A quantity cannot be negative"),
    ReturnReason.SCAN_PRODUCT_FIRST: QT_TRANSLATE_NOOP(
        "Station", "Scan a product first, then set its quantity"
    ),
    ReturnReason.NOT_A_STOCK_LOCATION: QT_TRANSLATE_NOOP(
        "Station", "{location} is not a stock location: goods to resell go into stock"
    ),
    ReturnReason.NOT_SCRAP_OR_QUARANTINE: QT_TRANSLATE_NOOP(
        "Station", "{location} is neither quarantine nor scrap: damaged goods go there"
    ),
    ReturnReason.SCRAP_IS_FOR_DAMAGED: QT_TRANSLATE_NOOP(
        "Station", "Only damaged goods go to scrap: press Damaged first"
    ),
    ReturnReason.DESTINATION_NEEDED: QT_TRANSLATE_NOOP(
        "Station", "Where do {sku} ({condition}) go? Scan the location"
    ),
    ReturnReason.NOTHING_SCANNED: QT_TRANSLATE_NOOP("Station", "Nothing is scanned yet"),
    ReturnReason.ADDED: QT_TRANSLATE_NOOP("Station", "{sku}: {quantity} back, {condition}"),
    ReturnReason.REMOVED: QT_TRANSLATE_NOOP("Station", "{sku} ({condition}) removed"),
    ReturnReason.CONDITION_CHOSEN: QT_TRANSLATE_NOOP("Station", "Next scans: {condition}"),
    ReturnReason.DESTINATION_SET: QT_TRANSLATE_NOOP(
        "Station", "Goods {condition} go to {location}"
    ),
    ReturnReason.SCRAP_CHOSEN: QT_TRANSLATE_NOOP("Station", "Damaged goods go to scrap"),
    ReturnReason.READY: QT_TRANSLATE_NOOP(
        "Station",
        "Ready: {resell} to resell, {damaged} damaged; press Confirm "
        "(the refund is left to the finance desk)",
    ),
}
CONDITION, SCRAP = "condition:", "scrap"


class TakeBack(Guided):
    """Invoice or delivery → products (with their condition) → where they go → confirm."""

    name = str(QT_TRANSLATE_NOOP("Station", "Returns"))

    def __init__(self, catalog: Catalog, warehouse_id: str | None = None) -> None:
        super().__init__(catalog, warehouse_id)
        self.document: Record | None = None
        self.session: ReturnSession | None = None

    # --- the document ------------------------------------------------------------------

    def found(self, number_scanned: str, source: ReturnSource | None) -> Outcome:
        """The window's look-up of a scanned document number came back."""
        self.lookup = None
        if source is None:
            return refused(
                translate(
                    "Station", "No delivery or invoice {number} on this station (not synced yet?)"
                ).format(number=number_scanned)
            )
        kind = DocumentKind(source.kind)
        if (problem := document_problem(kind, source.record)) is not None:
            return say(SAID, problem)
        make = (
            returnable_from_delivery if kind is DocumentKind.DELIVERY else returnable_from_invoice
        )
        document = make(source.record, source.earlier_returns)
        if not any(line.returnable > 0 for line in document.lines):
            return refused(
                translate("Station", "Everything on {number} has come back already").format(
                    number=document.number
                )
            )
        self.document, self.session = source.record, ReturnSession(document)
        return accepted(
            translate("Station", "{number} from {client}: scan what came back").format(
                number=document.number, client=source.record.get("partnerName", "")
            )
        )

    # --- scans and keys ----------------------------------------------------------------

    def scan(self, code: ScannedCode) -> Outcome:
        session = self.session
        if session is None:
            if code.kind in (CodeKind.SKU, CodeKind.UNKNOWN) and code.text.strip():
                self.lookup = code.value.strip()
                return accepted(
                    translate("Station", "Looking up {number}…").format(number=self.lookup)
                )
            return refused(
                translate("Station", "Scan the invoice or the delivery the goods came on first")
            )
        item = self.resolve(code)
        if isinstance(item, Outcome):
            return item
        return say(SAID, session.scan(item))

    def set_quantity(self, quantity: Decimal) -> Outcome:
        if self.session is None:
            return refused(translate("Station", "Scan the invoice or the delivery first"))
        return say(SAID, self.session.set_quantity(quantity))

    def adjust(self, delta: int) -> Outcome:
        session = self.session
        line = session.lines.get(session.current) if session and session.current else None
        if line is None:
            return refused(translate("Station", "Scan a product first, then change its quantity"))
        return self.set_quantity(line.quantity + delta)

    def choices(self) -> list[tuple[str, str]]:
        if self.session is None:
            return []
        out = [
            (f"{CONDITION}{Condition.RESELL.value}", translate("Station", "Resell")),
            (f"{CONDITION}{Condition.DAMAGED.value}", translate("Station", "Damaged")),
        ]
        if self.session.condition is Condition.DAMAGED:
            out.append((SCRAP, translate("Station", "To scrap")))
        return out

    def chosen(self) -> str:
        return f"{CONDITION}{self.session.condition.value}" if self.session else ""

    def choose(self, key: str) -> Outcome:
        session = self.session
        if session is None:
            return refused(translate("Station", "Scan the invoice or the delivery first"))
        if key.startswith(CONDITION):
            return say(SAID, session.set_condition(Condition(key[len(CONDITION) :])))
        if key == SCRAP:
            return say(SAID, session.send_damaged_to_scrap())
        return refused(translate("Station", "Nothing to choose here"))

    # --- what the station shows --------------------------------------------------------

    def expects(self) -> str:
        session = self.session
        if session is None:
            return translate("Station", "Scan the INVOICE or DELIVERY the goods came on")
        condition = condition_word(session.condition.value)
        if not session.lines:
            return translate("Station", "Scan the products that came back ({condition})").format(
                condition=condition
            )
        answer = session.confirm()
        if not answer.accepted:
            return say(SAID, answer).message
        return translate("Station", "Scan more, or press Confirm to take the return in")

    def heading(self) -> str:
        title = translate("Station", self.name)
        if self.session is None or self.document is None:
            return title
        return f"{title}: {self.session.document.number} · {self.document.get('partnerName', '')}"

    def display_lines(self) -> list[str]:
        session = self.session
        if session is None:
            return []
        out = []
        for key, line in session.lines.items():
            where = (
                line.destination.code
                if line.destination is not None
                else translate("Station", "scrap")
                if line.scrap
                else translate("Station", "(scan where it goes)")
            )
            marker = "▶ " if key == session.current else ""
            out.append(
                f"{marker}{line.product.sku}: {number(line.quantity)} "
                f"{condition_word(line.condition.value)} → {where}"
            )
        for returnable in session.document.lines:
            left = returnable.returnable - session.scanned(returnable.product.id)
            out.append(
                translate("Station", "{sku}: {n} more can come back").format(
                    sku=returnable.product.sku, n=number(max(left, Decimal(0)))
                )
            )
        return out

    def pad_purpose(self) -> str:
        session = self.session
        line = session.lines.get(session.current) if session and session.current else None
        if line is not None:
            return translate("Station", "How many {sku} came back ({condition})").format(
                sku=line.product.sku, condition=condition_word(line.condition.value)
            )
        return translate("Station", "Quantity back: scan a product first")

    # --- confirm -----------------------------------------------------------------------

    def ready(self) -> bool:
        return self.session is not None and self.session.confirm().accepted

    def write(self) -> Write:
        return self.writes()[0]

    def writes(self) -> list[Write]:
        session, document = self.session, self.document
        assert session is not None and document is not None
        lines: list[dict[str, Any]] = [
            {
                "productId": line.product.id,
                "sku": line.product.sku,
                "quantity": quantity_text(line.quantity),
                "condition": line.condition.value,
                "locationId": line.destination.id if line.destination else None,
                "locationCode": line.destination.code if line.destination else None,
            }
            for line in session.lines.values()
        ]
        create, receive = take_back(session.create_payload(), document, lines)
        return [create, receive]
