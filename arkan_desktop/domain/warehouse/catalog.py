"""What the station looks scans up in: a snapshot of the cache, indexed by barcode.

`store.queries.station.catalog` reads it on the database worker (products, locations,
stock levels, open purchase orders and the station's own writes still in the outbox); the
station then answers every scan from memory, without touching SQLite or the network. Stock
figures are the server's (cached stock levels) plus the moves and receipts still waiting
to be sent (`domain.pending_stock`, over the outbox's commands). Pure.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from arkan_desktop.domain.barcodes import CodeKind, ScannedCode
from arkan_desktop.domain.commands import Command
from arkan_desktop.domain.pending_stock import PendingStock, add_pending

RECEIVABLE_STATES = frozenset({"confirmed", "partially_received"})
ZERO = Decimal(0)
Record = dict[str, Any]

# The resources whose changes make the snapshot stale.
CATALOG_RESOURCES = frozenset(
    {
        "products",
        "locations",
        "stock_levels",
        "purchase_orders",
        "warehouses",
        "outbox",
        "deliveries",
        "putaway_rules",
        "sales_returns",
    }
)
# The deliveries the station can be asked to pick (a draft one is refused in words).
OPEN_DELIVERY_STATES = frozenset({"draft", "confirmed"})


@dataclass
class Catalog:
    products: dict[str, Record] = field(default_factory=dict)  # barcode or SKU -> product
    locations: dict[str, Record] = field(default_factory=dict)  # LOC-… barcode -> location
    orders: dict[str, Record] = field(default_factory=dict)  # PO number -> purchase order
    by_id: dict[str, Record] = field(default_factory=dict)  # product id -> product
    _at_location: dict[str, set[str]] | None = field(default=None, repr=False)
    _of_product: dict[str, set[str]] | None = field(default=None, repr=False)
    _location_ids: dict[str, Record] | None = field(default=None, repr=False)
    warehouses: dict[str, Record] = field(default_factory=dict)  # id -> warehouse
    stock: dict[tuple[str, str], Decimal] = field(default_factory=dict)  # server's
    pending: PendingStock = field(default_factory=PendingStock)  # writes waiting
    deliveries: dict[str, Record] = field(default_factory=dict)  # number -> open delivery
    putaway_rules: list[Record] = field(default_factory=list)  # active, as served
    learned: dict[str, str] = field(default_factory=dict)  # BARCODE -> location id (learnt)

    @property
    def pending_stock(self) -> dict[tuple[str, str], Decimal]:
        """(product, location) -> what writes still waiting add to the server's figure."""
        return self.pending.stock

    @property
    def pending_received(self) -> dict[tuple[str, str], Decimal]:
        """(order, product) -> what receipts still waiting take off the open quantity."""
        return self.pending.received

    def learn(self, barcode: str, location_id: str) -> None:
        """A location barcode the station learnt (a label printed or scanned): scans of it
        name that location, whatever the code looks like."""
        self.learned[barcode.strip().upper()] = location_id

    def resolve(self, code: ScannedCode) -> ScannedCode:
        """A scanned code as the station reads it: a learnt location barcode is that
        location (found under its barcode); any other code as it was classified."""
        for key in (code.text.strip().upper(), code.value.upper()):
            location_id = self.learned.get(key)
            if location_id and (location := self.location_by_id(location_id)) is not None:
                self.locations.setdefault(key, location)
                return replace(code, kind=CodeKind.LOCATION, value=key, problem="")
        return code

    def location_id(self, barcode: str) -> str | None:
        location = self.locations.get(barcode.upper())
        return None if location is None else str(location["id"])

    def product_id(self, barcode: str) -> str | None:
        product = self.products.get(barcode)
        return None if product is None else str(product["id"])

    def add_pending(self, commands: Iterable[Command]) -> None:
        """Count writes still waiting (moves, receipts, counts, scraps) into the figures."""
        for command in commands:
            add_pending(self.pending, command, self.stock, self)
        self._at_location = self._of_product = None

    def product_for(self, code: ScannedCode) -> Record | None:
        keys: tuple[str, ...] = (code.value, code.value.upper())
        if code.product is not None:
            keys = code.product.lookup_keys()
        return next((self.products[k] for k in keys if k in self.products), None)

    def location_for(self, code: ScannedCode) -> Record | None:
        return self.locations.get(code.value.upper()) if code.kind is CodeKind.LOCATION else None

    def order_for(self, code: ScannedCode) -> Record | None:
        return self.orders.get(code.value) if code.kind is CodeKind.PURCHASE_ORDER else None

    def on_hand(self, product_id: str, location_id: str) -> Decimal:
        """The server's figure plus this station's moves not sent yet."""
        key = (product_id, location_id)
        return self.stock.get(key, ZERO) + self.pending_stock.get(key, ZERO)

    def location_stock(self, location_id: str) -> dict[str, Decimal]:
        """Product id -> what the cache says is at the location (with writes waiting)."""
        if self._at_location is None:
            self._at_location = defaultdict(set)
            for product_id, where in [*self.stock, *self.pending_stock]:
                self._at_location[where].add(product_id)
        figures = {p: self.on_hand(p, location_id) for p in self._at_location.get(location_id, ())}
        return {product_id: quantity for product_id, quantity in figures.items() if quantity}

    def open_quantity(self, order: Record, product_id: str) -> Decimal:
        """Still to receive on the order: ordered − received − receipts waiting to be sent."""
        open_qty = sum(
            (
                Decimal(str(line.get("quantity") or 0))
                - Decimal(str(line.get("quantityReceived") or 0))
                for line in order.get("lines") or []
                if line.get("productId") == product_id
            ),
            ZERO,
        )
        return open_qty - self.pending_received.get((str(order["id"]), product_id), ZERO)

    def location_by_id(self, location_id: str) -> Record | None:
        if self._location_ids is None:
            self._location_ids = {str(x["id"]): x for x in self.locations.values()}
        return self._location_ids.get(location_id)

    def delivery_for(self, code: ScannedCode) -> Record | None:
        """The open delivery a scanned number names ("DO-2026-00012", any case)."""
        return self.deliveries.get(code.value.upper()) or self.deliveries.get(code.text.upper())

    def stock_of(self, product_id: str) -> dict[str, Decimal]:
        """Location id -> what the station counts of a product there (writes waiting
        included); zeros left out."""
        if self._of_product is None:
            self._of_product = defaultdict(set)
            for product, where in [*self.stock, *self.pending_stock]:
                self._of_product[product].add(where)
        figures = {w: self.on_hand(product_id, w) for w in self._of_product.get(product_id, ())}
        return {where: quantity for where, quantity in figures.items() if quantity}

    def default_warehouse(self) -> str:
        """The warehouse a new station works in: the only one, else the one with the most
        storage locations (the first by code among equals); "" when none is known."""
        counts = dict.fromkeys(self.warehouses, 0)
        for location in self.locations.values():
            where = str(location.get("warehouseId") or "")
            if where in counts and location.get("type", "internal") == "internal":
                counts[where] += 1
        if not counts:
            return ""
        code = {key: str(self.warehouses[key].get("code") or key) for key in counts}
        return min(counts, key=lambda key: (-counts[key], code[key]))

    def on_order(self, order: Record, product_id: str) -> bool:
        return any(line.get("productId") == product_id for line in order.get("lines") or [])
