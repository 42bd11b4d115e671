"""Guided receiving: a purchase order's lines with what is open, where each product goes,
and the scan of that bin confirming the putaway; then the receive bodies.

The order's lines are listed from the start (ordered, received, open). A product scan
receives one unit or its GS1 count, never beyond what is open (plus the tolerance, if
the station allows one); the product's bin comes from the putaway rules, and scanning
that bin puts away what was received of it. A wrong bin is refused with the right one
named; "put elsewhere" sends the product to another stock bin. Pure.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from typing import Any

from arkan_desktop.domain.warehouse.bins import Bin, LocationKind, walking_key
from arkan_desktop.domain.warehouse.outcome import (
    ZERO,
    Outcome,
    accept,
    decimal_of,
    quantity_text,
    refuse,
)
from arkan_desktop.domain.warehouse.putaway import (
    Putaway,
    PutawayMatch,
    PutawayRule,
    resolve_putaway,
)
from arkan_desktop.domain.warehouse.scans import ProductRef, ProductScan, Scan, product_ref

RECEIVABLE_STATES = ("confirmed", "partially_received")


class ReceiveReason(Enum):
    """Each answer of a receiving session; its args are named in the comment."""

    ORDER_NOT_RECEIVABLE = "order_not_receivable"  # number, state
    PRODUCT_NOT_ON_ORDER = "product_not_on_order"  # sku, number
    OVER_RECEIPT = "over_receipt"  # sku, number, quantity (tried), most (open + tolerance)
    ZERO_QUANTITY = "zero_quantity"  # sku
    NEGATIVE_QUANTITY = "negative_quantity"
    SCAN_PRODUCT_FIRST = "scan_product_first"
    WRONG_BIN = "wrong_bin"  # location (scanned), expected, sku
    NOTHING_TO_PUT_AWAY = "nothing_to_put_away"  # location
    NOT_A_STOCK_LOCATION = "not_a_stock_location"  # location
    PUTAWAY_NOT_CONFIRMED = "putaway_not_confirmed"  # sku, location, quantity
    NOTHING_RECEIVED = "nothing_received"
    RECEIVED = "received"  # sku, quantity (on this receipt), open, location (its bin)
    OVER_ORDER_ACCEPTED = "over_order_accepted"  # sku, quantity, over (beyond open), location
    REMOVED = "removed"  # sku
    PUT_AWAY = "put_away"  # location, skus, quantity
    PUT_ELSEWHERE = "put_elsewhere"  # sku, location, quantity
    READY = "ready"  # quantity, count (bins)


@dataclass(frozen=True)
class OrderLine:
    line_id: str
    product: ProductRef
    ordered: Decimal
    received: Decimal  # before this receipt, receipts waiting to be sent included

    @property
    def open(self) -> Decimal:
        return max(self.ordered - self.received, ZERO)


@dataclass(frozen=True)
class ReceiptRow:
    """One order line as the station lists it."""

    line: OrderLine
    receiving: Decimal  # on this receipt
    destination: Putaway  # where its product goes
    waiting: Decimal  # of its product, received but not put away yet


def order_problem(order: Mapping[str, Any]) -> Outcome[ReceiveReason] | None:
    state = str(order.get("state"))
    if state not in RECEIVABLE_STATES:
        number = str(order.get("number") or order.get("id"))
        return refuse(ReceiveReason.ORDER_NOT_RECEIVABLE, number=number, state=state)
    return None


def order_lines(
    order: Mapping[str, Any],
    products: Mapping[str, Mapping[str, Any]] | None = None,
    waiting: Mapping[str, Decimal] | None = None,
) -> list[OrderLine]:
    """A served purchase order's lines; `products` (by id) gives categories, `waiting`
    (product id -> quantity) the receipts still in the outbox, counted as received."""
    left = dict(waiting or {})
    out = []
    for line in order.get("lines") or ():
        record = (products or {}).get(str(line.get("productId"))) or line
        product = product_ref(record)
        ordered = decimal_of(line.get("quantity"))
        received = decimal_of(line.get("quantityReceived"))
        queued = min(left.get(product.id, ZERO), max(ordered - received, ZERO))
        left[product.id] = left.get(product.id, ZERO) - queued
        out.append(OrderLine(str(line["id"]), product, ordered, received + queued))
    return out


class ReceiveSession:
    """One receipt on one purchase order, with its putaway confirmations."""

    def __init__(
        self,
        lines: Sequence[OrderLine],
        rules: Iterable[PutawayRule],
        default: Bin,
        *,
        number: str = "",
        tolerance: Decimal = ZERO,
    ) -> None:
        """`tolerance`: the share of the ordered quantity that may come on top (0.05 is
        5 %); 0 refuses any over-receipt, as the server does."""
        self.lines = tuple(lines)
        self.number = number
        self.tolerance = tolerance
        rules = list(rules)
        self.products = {line.product.id: line.product for line in self.lines}
        self.destinations = {
            p: resolve_putaway(x, rules, default) for p, x in self.products.items()
        }
        self.bins = {d.location.id: d.location for d in self.destinations.values()}
        self.receiving: dict[str, Decimal] = {}  # product id -> on this receipt
        self.placed: dict[str, dict[str, Decimal]] = {}  # product id -> bin id -> put away
        self.current: str | None = None

    def open_for(self, product_id: str) -> Decimal:
        return sum((x.open for x in self.lines if x.product.id == product_id), ZERO)

    def most(self, product_id: str) -> Decimal:
        ordered = sum((x.ordered for x in self.lines if x.product.id == product_id), ZERO)
        return self.open_for(product_id) + ordered * self.tolerance

    def waiting(self, product_id: str) -> Decimal:
        """Received of a product and not put away yet."""
        placed = sum(self.placed.get(product_id, {}).values(), ZERO)
        return self.receiving.get(product_id, ZERO) - placed

    def rows(self) -> list[ReceiptRow]:
        out = []
        for product_id, shares in self._shares().items():
            for line, quantity in shares:
                destination = self.destinations[product_id]
                out.append(ReceiptRow(line, quantity, destination, self.waiting(product_id)))
        return sorted(out, key=lambda row: self.lines.index(row.line))

    def _shares(self) -> dict[str, list[tuple[OrderLine, Decimal]]]:
        """Each product's quantity on this receipt over its lines: open first, the rest
        (a tolerated over-receipt) on its last line."""
        out: dict[str, list[tuple[OrderLine, Decimal]]] = {}
        for product_id in self.products:
            lines = [x for x in self.lines if x.product.id == product_id]
            left = self.receiving.get(product_id, ZERO)
            shares = []
            for i, line in enumerate(lines):
                part = left if i == len(lines) - 1 else min(left, line.open)
                shares.append((line, part))
                left -= part
            out[product_id] = shares
        return out

    def scan(self, item: Scan) -> Outcome[ReceiveReason]:
        if isinstance(item, ProductScan):
            return self.scan_product(item)
        return self.scan_location(item)

    def scan_product(self, scan: ProductScan) -> Outcome[ReceiveReason]:
        product_id = scan.product.id
        if product_id not in self.products:
            return refuse(
                ReceiveReason.PRODUCT_NOT_ON_ORDER, sku=scan.product.sku, number=self.number
            )
        if scan.quantity <= 0:
            return refuse(ReceiveReason.ZERO_QUANTITY, sku=self.products[product_id].sku)
        return self._receive(product_id, self.receiving.get(product_id, ZERO) + scan.quantity)

    def set_quantity(self, quantity: Decimal) -> Outcome[ReceiveReason]:
        """The pad: how many of the last scanned product arrived (0 removes it)."""
        if self.current is None:
            return refuse(ReceiveReason.SCAN_PRODUCT_FIRST)
        if quantity < 0:
            return refuse(ReceiveReason.NEGATIVE_QUANTITY)
        if quantity == 0:
            self.receiving.pop(self.current, None)
            self.placed.pop(self.current, None)
            sku = self.products[self.current].sku
            self.current = None
            return accept(ReceiveReason.REMOVED, sku=sku)
        return self._receive(self.current, quantity)

    def _receive(self, product_id: str, total: Decimal) -> Outcome[ReceiveReason]:
        sku = self.products[product_id].sku
        most = self.most(product_id)
        if total > most:
            return refuse(
                ReceiveReason.OVER_RECEIPT,
                sku=sku,
                number=self.number,
                quantity=total,
                most=most,
            )
        self.receiving[product_id] = total
        self.current = product_id
        placed = self.placed.get(product_id, {})
        for bin_id in reversed(list(placed)):  # less than put away: the latest bins give
            excess = sum(placed.values(), ZERO) - total
            if excess <= 0:
                break
            placed[bin_id] -= min(excess, placed[bin_id])
            if not placed[bin_id]:
                del placed[bin_id]
        where = self.destinations[product_id].location.code
        open_qty = self.open_for(product_id)
        if total > open_qty:
            return accept(
                ReceiveReason.OVER_ORDER_ACCEPTED,
                sku=sku,
                quantity=total,
                over=total - open_qty,
                location=where,
            )
        return accept(
            ReceiveReason.RECEIVED, sku=sku, quantity=total, open=open_qty, location=where
        )

    def scan_location(self, location: Bin) -> Outcome[ReceiveReason]:
        """The scan of a bin puts away there what waits for it; another bin is refused."""
        waiting = [p for p in self.products if self.waiting(p) > 0]
        if not waiting:
            return refuse(ReceiveReason.NOTHING_TO_PUT_AWAY, location=location.code)
        here = [p for p in waiting if self.destinations[p].location.id == location.id]
        if not here:
            product_id = self.current if self.current in waiting else waiting[0]
            return refuse(
                ReceiveReason.WRONG_BIN,
                location=location.code,
                expected=self.destinations[product_id].location.code,
                sku=self.products[product_id].sku,
            )
        quantity = sum((self._place(p, location) for p in here), ZERO)
        return accept(
            ReceiveReason.PUT_AWAY,
            location=location.code,
            skus=tuple(self.products[p].sku for p in here),
            quantity=quantity,
        )

    def _place(self, product_id: str, location: Bin) -> Decimal:
        quantity = self.waiting(product_id)
        placed = self.placed.setdefault(product_id, {})
        placed[location.id] = placed.get(location.id, ZERO) + quantity
        return quantity

    def put_elsewhere(self, location: Bin) -> Outcome[ReceiveReason]:
        """The last scanned product goes to `location` instead (its bin is full): this
        scan puts away what waits, and what comes next of it goes there too."""
        if self.current is None:
            return refuse(ReceiveReason.SCAN_PRODUCT_FIRST)
        if location.kind is not LocationKind.STOCK:
            return refuse(ReceiveReason.NOT_A_STOCK_LOCATION, location=location.code)
        self.destinations[self.current] = Putaway(location, PutawayMatch.CHOSEN)
        self.bins[location.id] = location
        quantity = self._place(self.current, location)
        return accept(
            ReceiveReason.PUT_ELSEWHERE,
            sku=self.products[self.current].sku,
            location=location.code,
            quantity=quantity,
        )

    def confirm(self) -> Outcome[ReceiveReason]:
        if not any(self.receiving.values()):
            return refuse(ReceiveReason.NOTHING_RECEIVED)
        for product_id in self.products:
            if (waiting := self.waiting(product_id)) > 0:
                return refuse(
                    ReceiveReason.PUTAWAY_NOT_CONFIRMED,
                    sku=self.products[product_id].sku,
                    location=self.destinations[product_id].location.code,
                    quantity=waiting,
                )
        bins = {b for placed in self.placed.values() for b in placed}
        return accept(
            ReceiveReason.READY, quantity=sum(self.receiving.values(), ZERO), count=len(bins)
        )

    def receive_payloads(self) -> list[dict[str, Any]]:
        """The bodies of `POST /inventory/purchase-orders/:id/receive`, one per bin (the
        server takes one location per receipt), bins in walking order."""
        outcome = self.confirm()
        if not outcome.accepted:
            raise ValueError(f"the receipt is not ready: {outcome.reason.value}")
        per_bin: dict[str, list[dict[str, Any]]] = {}
        for product_id, shares in self._shares().items():
            queue = [(line, q) for line, q in shares if q > 0]
            for bin_id, placed in self.placed.get(product_id, {}).items():
                quantity = placed
                while quantity > 0 and queue:
                    line, share = queue[0]
                    part = min(quantity, share)
                    per_bin.setdefault(bin_id, []).append(
                        {
                            "lineId": line.line_id,
                            "productId": product_id,
                            "quantity": quantity_text(part),
                        }
                    )
                    quantity -= part
                    queue[0] = (line, share - part)
                    if queue[0][1] <= 0:
                        queue.pop(0)
        order = sorted(per_bin, key=lambda b: walking_key(self.bins[b].code))
        return [{"locationId": b, "lines": per_bin[b]} for b in order]
