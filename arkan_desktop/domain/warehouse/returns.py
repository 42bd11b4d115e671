"""A customer return at the station: the invoice or delivery, the goods scanned back, each
line's condition and where it goes, and the return's create and receive bodies.

The document says what the client received and what came back before; no product
returns beyond that. Scans take the chosen condition (resell by default); choosing a
condition right after a scan re-labels that scan (scan it, see it is broken, press
Damaged). Resold goods go to a stock location, damaged ones to scrap or a quarantine
location. The refund is the finance desk's: the station never asks for it. Pure.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from typing import Any

from arkan_desktop.domain.warehouse.bins import Bin, LocationKind
from arkan_desktop.domain.warehouse.outcome import (
    ZERO,
    Outcome,
    accept,
    decimal_of,
    quantity_text,
    refuse,
)
from arkan_desktop.domain.warehouse.scans import ProductRef, ProductScan, Scan, product_ref

RETURNABLE_KINDS = ("storable", "consumable")


class Condition(Enum):
    RESELL = "resell"
    DAMAGED = "damaged"


class ReturnReason(Enum):
    """Each answer of a return session; its args are named in the comment."""

    NOT_RETURNABLE = "not_returnable"  # number, state (not delivered / not posted)
    PRODUCT_NOT_ON_DOCUMENT = "product_not_on_document"  # sku, number
    TOO_MANY_RETURNED = "too_many_returned"  # sku, number, quantity (tried), most
    ZERO_QUANTITY = "zero_quantity"  # sku
    NEGATIVE_QUANTITY = "negative_quantity"
    SCAN_PRODUCT_FIRST = "scan_product_first"
    NOT_A_STOCK_LOCATION = "not_a_stock_location"  # location: resold goods go into stock
    NOT_SCRAP_OR_QUARANTINE = "not_scrap_or_quarantine"  # location: damaged goods go there
    SCRAP_IS_FOR_DAMAGED = "scrap_is_for_damaged"  # choose Damaged first
    DESTINATION_NEEDED = "destination_needed"  # sku, condition
    NOTHING_SCANNED = "nothing_scanned"
    ADDED = "added"  # sku, quantity (on the line), condition, location ("" if none yet)
    REMOVED = "removed"  # sku, condition
    CONDITION_CHOSEN = "condition_chosen"  # condition; sku, quantity when a scan moved
    DESTINATION_SET = "destination_set"  # location, condition, count (lines it applies to)
    SCRAP_CHOSEN = "scrap_chosen"  # count (damaged lines going to scrap)
    READY = "ready"  # resell (quantity), damaged (quantity)


CONDITIONS = {c.value: c for c in Condition}


class DocumentKind(Enum):
    INVOICE = "invoice"
    DELIVERY = "delivery"


@dataclass(frozen=True)
class ReturnableLine:
    product: ProductRef
    delivered: Decimal  # what the client received on the document
    returned: Decimal  # what came back on earlier returns

    @property
    def returnable(self) -> Decimal:
        return max(self.delivered - self.returned, ZERO)


@dataclass(frozen=True)
class ReturnDocument:
    kind: DocumentKind
    id: str | None  # None when only the scanned number is known
    number: str
    lines: tuple[ReturnableLine, ...]


@dataclass
class ReturnLine:
    product: ProductRef
    condition: Condition
    quantity: Decimal
    destination: Bin | None = None  # a stock location, a quarantine one, or the scrap one
    scrap: bool = False  # damaged goods to the company's scrap location (maybe unknown)


def _returned_before(
    earlier: Iterable[Mapping[str, Any]], field: str, doc_id: str
) -> dict[str, Decimal]:
    out: dict[str, Decimal] = {}
    for record in earlier:
        if str(record.get(field)) == doc_id:
            for line in record.get("lines") or ():
                pid = str(line["productId"])
                out[pid] = out.get(pid, ZERO) + decimal_of(line.get("quantity"))
    return out


def _document(
    kind: DocumentKind,
    record: Mapping[str, Any],
    shipped: dict[str, tuple[ProductRef, Decimal]],
    earlier: Iterable[Mapping[str, Any]],
) -> ReturnDocument:
    before = _returned_before(earlier, f"{kind.value}Id", str(record.get("id")))
    lines = tuple(
        ReturnableLine(product, quantity, before.get(pid, ZERO))
        for pid, (product, quantity) in shipped.items()
    )
    doc_id = record.get("id")
    return ReturnDocument(kind, str(doc_id) if doc_id else None, str(record.get("number")), lines)


def _add(
    shipped: dict[str, tuple[ProductRef, Decimal]], line: Mapping[str, Any], q: Decimal
) -> None:
    product = product_ref(line)
    shipped[product.id] = (product, shipped.get(product.id, (product, ZERO))[1] + q)


def returnable_from_delivery(
    delivery: Mapping[str, Any], earlier_returns: Iterable[Mapping[str, Any]] = ()
) -> ReturnDocument:
    """What can come back on a delivery: delivered, less the returns made against it."""
    shipped: dict[str, tuple[ProductRef, Decimal]] = {}
    for line in delivery.get("lines") or ():
        _add(shipped, line, decimal_of(line.get("deliveredQuantity")))
    return _document(DocumentKind.DELIVERY, delivery, shipped, earlier_returns)


def returnable_from_invoice(
    invoice: Mapping[str, Any], earlier_returns: Iterable[Mapping[str, Any]] = ()
) -> ReturnDocument:
    """What can come back on an invoice: its goods lines, less the returns made against it."""
    shipped: dict[str, tuple[ProductRef, Decimal]] = {}
    for line in invoice.get("lines") or ():
        if line.get("productId") and line.get("productType") in RETURNABLE_KINDS:
            _add(shipped, line, decimal_of(line.get("quantity")))
    return _document(DocumentKind.INVOICE, invoice, shipped, earlier_returns)


def document_problem(kind: DocumentKind, record: Mapping[str, Any]) -> Outcome[ReturnReason] | None:
    """The refusal for a document goods cannot come back on (not delivered, not posted)."""
    state = str(record.get("state"))
    allowed = ("delivered",) if kind is DocumentKind.DELIVERY else ("posted", "paid")
    if state not in allowed:
        return refuse(ReturnReason.NOT_RETURNABLE, number=str(record.get("number")), state=state)
    return None


class ReturnSession:
    """One return at the counter, from the document to the bodies to send."""

    refund_left_to_finance = True  # the station never refunds; the finance desk does

    def __init__(self, document: ReturnDocument) -> None:
        self.document = document
        self.returnable = {x.product.id: x for x in document.lines}
        self.lines: dict[tuple[str, Condition], ReturnLine] = {}
        self.condition = Condition.RESELL  # for the next scans
        self.defaults: dict[Condition, Bin] = {}
        self.scrap_default = False
        self.current: tuple[str, Condition] | None = None  # the line the pad changes
        self.last_scan: tuple[tuple[str, Condition], Decimal] | None = None

    def scanned(self, product_id: str) -> Decimal:
        return sum((x.quantity for (p, _), x in self.lines.items() if p == product_id), ZERO)

    def scan(self, item: Scan) -> Outcome[ReturnReason]:
        if isinstance(item, ProductScan):
            return self.scan_product(item)
        return self.scan_location(item)

    def scan_product(self, scan: ProductScan) -> Outcome[ReturnReason]:
        number = self.document.number
        found = self.returnable.get(scan.product.id)
        if found is None:
            return refuse(ReturnReason.PRODUCT_NOT_ON_DOCUMENT, sku=scan.product.sku, number=number)
        if scan.quantity <= 0:
            return refuse(ReturnReason.ZERO_QUANTITY, sku=found.product.sku)
        total = self.scanned(found.product.id) + scan.quantity
        if total > found.returnable:
            return refuse(
                ReturnReason.TOO_MANY_RETURNED,
                sku=found.product.sku,
                number=number,
                quantity=total,
                most=found.returnable,
            )
        key = (found.product.id, self.condition)
        line = self.lines.get(key)
        if line is None:
            line = self.lines[key] = ReturnLine(found.product, self.condition, ZERO)
            self._default_destination(line)
        line.quantity += scan.quantity
        self.current, self.last_scan = key, (key, scan.quantity)
        return self._added(line)

    def _added(self, line: ReturnLine) -> Outcome[ReturnReason]:
        where = line.destination.code if line.destination is not None else ""
        return accept(
            ReturnReason.ADDED,
            sku=line.product.sku,
            quantity=line.quantity,
            condition=line.condition.value,
            location=where,
        )

    def _default_destination(self, line: ReturnLine) -> None:
        if line.destination is None and not line.scrap:
            line.destination = self.defaults.get(line.condition)
            line.scrap = line.condition is Condition.DAMAGED and self.scrap_default

    def set_condition(self, condition: Condition) -> Outcome[ReturnReason]:
        """The condition of the next scans, and of the last scan if nothing came between."""
        self.condition = condition
        if self.last_scan is None or self.last_scan[0][1] is condition:
            return accept(ReturnReason.CONDITION_CHOSEN, condition=condition.value)
        (product_id, old), quantity = self.last_scan
        source = self.lines[(product_id, old)]
        source.quantity -= quantity
        if source.quantity <= 0:
            del self.lines[(product_id, old)]
        key = (product_id, condition)
        line = self.lines.get(key)
        if line is None:
            line = self.lines[key] = ReturnLine(source.product, condition, ZERO)
            self._default_destination(line)
        line.quantity += quantity
        self.current, self.last_scan = key, (key, quantity)
        return accept(
            ReturnReason.CONDITION_CHOSEN,
            condition=condition.value,
            sku=line.product.sku,
            quantity=quantity,
        )

    def set_quantity(self, quantity: Decimal) -> Outcome[ReturnReason]:
        """The pad: the current line's quantity (0 removes it)."""
        line = self.lines.get(self.current) if self.current is not None else None
        if line is None:
            return refuse(ReturnReason.SCAN_PRODUCT_FIRST)
        if quantity < 0:
            return refuse(ReturnReason.NEGATIVE_QUANTITY)
        found = self.returnable[line.product.id]
        total = self.scanned(line.product.id) - line.quantity + quantity
        if total > found.returnable:
            return refuse(
                ReturnReason.TOO_MANY_RETURNED,
                sku=line.product.sku,
                number=self.document.number,
                quantity=total,
                most=found.returnable,
            )
        self.last_scan = None
        if quantity == 0:
            del self.lines[(line.product.id, line.condition)]
            self.current = None
            return accept(
                ReturnReason.REMOVED, sku=line.product.sku, condition=line.condition.value
            )
        line.quantity = quantity
        return self._added(line)

    def scan_location(self, location: Bin) -> Outcome[ReturnReason]:
        """Where goods of the chosen condition go: the current line if it is of that
        condition, the lines of it with no place yet, and the next ones."""
        condition = self.condition
        current = self._current_of(condition)
        if condition is Condition.RESELL and location.kind is not LocationKind.STOCK:
            return refuse(ReturnReason.NOT_A_STOCK_LOCATION, location=location.code)
        if condition is Condition.DAMAGED and location.kind not in (
            LocationKind.QUARANTINE,
            LocationKind.SCRAP,
        ):
            return refuse(ReturnReason.NOT_SCRAP_OR_QUARANTINE, location=location.code)
        scrap = location.kind is LocationKind.SCRAP
        self.last_scan = None
        self.defaults[condition] = location
        if condition is Condition.DAMAGED:
            self.scrap_default = scrap
        count = 0
        for line in self.lines.values():
            if line is current or (
                line.condition is condition and line.destination is None and not line.scrap
            ):
                line.destination, line.scrap = location, scrap
                count += 1
        return accept(
            ReturnReason.DESTINATION_SET,
            location=location.code,
            condition=condition.value,
            count=count,
        )

    def _current_of(self, condition: Condition) -> ReturnLine | None:
        line = self.lines.get(self.current) if self.current is not None else None
        return line if line is not None and line.condition is condition else None

    def send_damaged_to_scrap(self) -> Outcome[ReturnReason]:
        """Damaged goods (the current line, and those with no place yet) go to scrap."""
        if self.condition is Condition.RESELL:
            return refuse(ReturnReason.SCRAP_IS_FOR_DAMAGED)
        current = self._current_of(Condition.DAMAGED)
        self.scrap_default, self.last_scan = True, None
        self.defaults.pop(Condition.DAMAGED, None)
        count = 0
        for line in self.lines.values():
            if line is current or (
                line.condition is Condition.DAMAGED and line.destination is None
            ):
                line.destination, line.scrap = None, True
                count += 1
        return accept(ReturnReason.SCRAP_CHOSEN, count=count)

    def confirm(self) -> Outcome[ReturnReason]:
        if not self.lines:
            return refuse(ReturnReason.NOTHING_SCANNED)
        for line in self.lines.values():
            if line.destination is None and not line.scrap:
                return refuse(
                    ReturnReason.DESTINATION_NEEDED,
                    sku=line.product.sku,
                    condition=line.condition.value,
                )
        return accept(
            ReturnReason.READY,
            resell=self._total(Condition.RESELL),
            damaged=self._total(Condition.DAMAGED),
        )

    def _total(self, condition: Condition) -> Decimal:
        return sum((x.quantity for x in self.lines.values() if x.condition is condition), ZERO)

    def create_payload(self, reason: str = "") -> dict[str, Any]:
        """The body of `POST /sales/returns`: the document, and per line the product,
        quantity, condition and location (none: the server's scrap location)."""
        outcome = self.confirm()
        if not outcome.accepted:
            raise ValueError(f"the return is not ready: {outcome.reason.value}")
        kind = self.document.kind.value
        body: dict[str, Any] = (
            {f"{kind}Id": self.document.id}
            if self.document.id
            else {f"{kind}Number": self.document.number}
        )
        body["lines"] = [
            {
                "productId": line.product.id,
                "quantity": quantity_text(line.quantity),
                "condition": line.condition.value,
                **({"locationId": line.destination.id} if line.destination is not None else {}),
            }
            for line in self.lines.values()
        ]
        if reason:
            body["reason"] = reason
        return body

    def receive_payload(self, created: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """The body of `POST /sales/returns/:id/receive`. The lines' places went with the
        return; given the created return, each line's choice is repeated by its id."""
        if created is None:
            return {"lines": []}
        out = []
        for served in created.get("lines") or ():
            condition = CONDITIONS.get(str(served.get("condition")))
            line = self.lines.get((str(served.get("productId")), condition or Condition.RESELL))
            if condition is None or line is None:
                continue
            choice: dict[str, Any] = {"lineId": served["id"], "condition": line.condition.value}
            if line.destination is not None:
                choice["locationId"] = line.destination.id
            out.append(choice)
        return {"lines": out}
