"""Demo stock history: purchase orders in every state, receipts, putaway, transfers, counts, scrap.

Everything happens through the same functions the endpoints use, replayed in time order
(a heap of timestamped actions) so that each operation sees the stock its moment would
have seen. Most stock arrives early in the period through received purchase orders and
is put away into each product's home bin, leaving the invoices seeded afterwards plenty
to deliver from. Deterministic for a given `rng`; volumes grow with `scale`.
"""

from __future__ import annotations

import heapq
import itertools
import random
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from arkan_desktop.sandbox import clock
from arkan_desktop.sandbox.accounting.ledger import company_currency
from arkan_desktop.sandbox.inventory import operations as ops
from arkan_desktop.sandbox.inventory import purchasing as po
from arkan_desktop.sandbox.money import round_money
from arkan_desktop.sandbox.unit_of_work import UnitOfWork

Action = Callable[[str], None]
Received = list[tuple[dict[str, Any], Decimal]]

PRICE_FACTORS = [Decimal(x) for x in ("0.95", "0.97", "1", "1", "1", "1.02", "1.05")]
CHEAP_QUANTITIES = (60, 72, 96, 100, 120, 144, 150, 200, 240)
MIDDLE_QUANTITIES = (40, 48, 50, 60, 72, 80, 100)
DEAR_QUANTITIES = (20, 24, 30, 36, 40, 50)
ADJUSTMENT_REASONS = (
    "Receiving error corrected",
    "Found during putaway",
    "Damaged packaging written down",
    "Unit of measure correction",
    "Quarterly stock take",
)
SCRAP_NOTES = {
    "damaged": "Crushed carton found during picking",
    "expired": "Past shelf life",
    "defective": "Failed function test",
    "lost": "Not found after recount",
    "quality_failure": "Rejected at quality inspection",
    "other": "Written off by warehouse manager",
}
MOVE_NOTES = ("Replenish pick face", "Consolidate bin", "Relocate slow mover", "Free up rack")


def seed_inventory_history(
    uow: UnitOfWork, rng: random.Random, scale: int, start: date, end: date
) -> None:
    """Purchase orders in every state, receipts, transfers, counts and scrap, start to end."""
    history = _History(uow, rng, scale, start, end)
    if history.ready():
        history.plan()
        history.run()


class _History:
    """The seeder's working state: master data by id and where it has put stock."""

    def __init__(
        self, uow: UnitOfWork, rng: random.Random, scale: int, start: date, end: date
    ) -> None:
        self.uow = uow
        uow.load_all_quantities()  # quantities come from memory from here on
        self.rng = rng
        self.scale = max(1, scale)
        self.begin = datetime(start.year, start.month, start.day, 8, tzinfo=UTC)
        last = datetime(end.year, end.month, end.day, tzinfo=UTC) - timedelta(minutes=1)
        self.end = max(last, self.begin + timedelta(days=2))
        self.span = self.end - self.begin
        self.lead = min(timedelta(days=10), self.span / 6)
        self.currency = company_currency(uow)
        self.products = sorted(
            (p for p in uow.find("product") if p.get("type") != "service"),
            key=lambda p: p["sku"],
        )
        self.by_category: dict[str, list[dict[str, Any]]] = {}
        for product in self.products:
            self.by_category.setdefault(product["category"], []).append(product)
        self.categories = sorted(self.by_category)
        vendors = sorted(uow.find("vendor"), key=lambda v: v["name"])
        self.vendors: dict[str, list[dict[str, Any]]] = {
            category: [v for i, v in enumerate(vendors) if i % len(self.categories) == n] or vendors
            for n, category in enumerate(self.categories)
        }
        self.warehouses = po.warehouses(uow)
        self.recv = {w["id"]: po.receiving_location(uow, w) for w in self.warehouses}
        receiving = {x["id"] for x in self.recv.values()}
        self.bins: dict[str, list[dict[str, Any]]] = {w["id"]: [] for w in self.warehouses}
        self.locations: dict[str, dict[str, Any]] = {}
        for location in sorted(uow.find("location", type="internal"), key=lambda x: x["code"]):
            self.locations[location["id"]] = location
            if location["id"] not in receiving and location.get("warehouseId") in self.bins:
                self.bins[location["warehouseId"]].append(location)
        costs = sorted(Decimal(p["cost"]) for p in self.products) or [Decimal(0)]
        self.middle_cost = costs[len(costs) * 2 // 3]
        self.dear_cost = costs[len(costs) * 9 // 10]
        self.home: dict[tuple[str, str], dict[str, Any]] = {}
        # Where the seeder has put stock: location id -> product ids (dicts keep order).
        self.contents: dict[str, dict[str, None]] = {}
        self.filled: list[str] = []
        self.queue: list[tuple[str, int, Action]] = []
        self.sequence = itertools.count()

    def ready(self) -> bool:
        return bool(
            self.products
            and self.warehouses
            and any(self.vendors.values())
            and all(self.bins.values())
        )

    # --- time --------------------------------------------------------------------------

    def moment(self, low: float, high: float) -> datetime:
        """A moment during office hours between two fractions of the period."""
        when = self.begin + self.span * self.rng.uniform(low, high)
        return when.replace(
            hour=self.rng.randint(5, 14),
            minute=self.rng.randint(0, 59),
            second=self.rng.randint(0, 59),
        )

    def schedule(self, when: datetime, action: Action) -> None:
        stamp = clock.iso(min(max(when, self.begin), self.end))
        heapq.heappush(self.queue, (stamp, next(self.sequence), action))

    def later(self, stamp: str, low: float, high: float) -> datetime:
        """Some share of the purchasing lead time after `stamp`."""
        return clock.parse_iso(stamp) + self.lead * self.rng.uniform(low, high)

    def run(self) -> None:
        while self.queue:
            stamp, _, action = heapq.heappop(self.queue)
            action(stamp)

    # --- the plan ------------------------------------------------------------------------

    def plan(self) -> None:
        s = self.scale
        for category in self.categories:  # opening stock: every product arrives early
            items = list(self.by_category[category])
            self.rng.shuffle(items)
            while items:
                size = self.rng.randint(3, 8)
                chunk, items = items[:size], items[size:]
                self.order(chunk, self.moment(0.0, 0.12), "received")
        for _ in range(12 * s):  # replenishment through the year
            self.order(self.some_products(), self.moment(0.15, 0.85), "received")
        recent = max(0.0, 1 - timedelta(days=30) / self.span)
        for state, count in (
            ("partially_received", 6),
            ("confirmed", 5),
            ("approved", 4),
            ("draft", 4),
        ):
            for _ in range(count * s):
                self.order(self.some_products(), self.moment(recent, 0.97), state)
        for _ in range(3 * s):
            self.order(self.some_products(), self.moment(0.05, 0.95), "cancelled")
        for count, low, high, action in (
            (12 * s, 0.15, 0.97, self.transfer),
            (10 * s, 0.15, 0.97, self.bin_move),
            (4 * s, 0.2, 0.95, self.adjust),
            (5 * s, 0.2, 0.95, self.count),
            (1 * s, 0.97, 1.0, self.draft_count),
            (8 * s, 0.15, 0.98, self.scrap),
        ):
            for _ in range(count):
                self.schedule(self.moment(low, high), action)

    def some_products(self) -> list[dict[str, Any]]:
        items = self.by_category[self.rng.choice(self.categories)]
        return self.rng.sample(items, min(len(items), self.rng.randint(2, 6)))

    def quantity_for(self, product: dict[str, Any]) -> Decimal:
        cost = Decimal(product["cost"])
        if cost >= self.dear_cost:
            return Decimal(self.rng.choice(DEAR_QUANTITIES))
        if cost >= self.middle_cost:
            return Decimal(self.rng.choice(MIDDLE_QUANTITIES))
        return Decimal(self.rng.choice(CHEAP_QUANTITIES))

    def home_bin(self, product: dict[str, Any], warehouse_id: str) -> dict[str, Any]:
        key = (product["id"], warehouse_id)
        if key not in self.home:
            self.home[key] = self.rng.choice(self.bins[warehouse_id])
        return self.home[key]

    def place(self, product_id: str, location_id: str) -> None:
        if location_id not in self.contents:
            self.contents[location_id] = {}
            self.filled.append(location_id)
        self.contents[location_id][product_id] = None

    # --- purchase orders -----------------------------------------------------------------

    def order(self, products: Sequence[dict[str, Any]], created: datetime, final: str) -> None:
        rng = self.rng
        warehouse = self.warehouses[0]
        if len(self.warehouses) > 1 and rng.random() < 0.4:
            warehouse = rng.choice(self.warehouses[1:])
        vendor = rng.choice(self.vendors[products[0]["category"]])
        lines = [
            po.OrderLine(
                p,
                self.quantity_for(p),
                round_money(Decimal(p["cost"]) * rng.choice(PRICE_FACTORS), self.currency),
            )
            for p in products
        ]
        reference = f"Q-{rng.randint(10000, 99999)}" if rng.random() < 0.5 else ""
        split = final == "received" and rng.random() < 0.25

        def create(stamp: str) -> None:
            expected = (clock.parse_iso(stamp) + self.lead).date().isoformat()
            order = po.create_purchase_order(
                self.uow,
                vendor=vendor,
                lines=lines,
                warehouse=warehouse,
                location=self.recv[warehouse["id"]],
                date=stamp[:10],
                expected_date=expected,
                reference=reference,
                at=stamp,
            )
            self.lifecycle(order, stamp, final, split)

        self.schedule(created, create)

    def step(self, when: datetime, change: Callable[..., Any], order: dict[str, Any]) -> None:
        self.schedule(when, lambda stamp: change(self.uow, order, at=stamp))

    def lifecycle(self, order: dict[str, Any], stamp: str, final: str, split: bool) -> None:
        if final == "draft":
            return
        if final == "cancelled":
            reached = self.rng.choice(("draft", "approved", "confirmed"))
            if reached != "draft":
                self.step(self.later(stamp, 0.02, 0.05), po.approve_purchase_order, order)
            if reached == "confirmed":
                self.step(self.later(stamp, 0.06, 0.1), po.confirm_purchase_order, order)
            self.step(self.later(stamp, 0.2, 0.4), po.cancel_purchase_order, order)
            return
        self.step(self.later(stamp, 0.02, 0.08), po.approve_purchase_order, order)
        if final == "approved":
            return
        self.step(self.later(stamp, 0.1, 0.2), po.confirm_purchase_order, order)
        if final == "confirmed":
            return
        if final == "partially_received" or split:
            self.schedule(self.later(stamp, 0.3, 0.6), lambda s: self.receive(order, s, True))
        if final == "received":
            self.schedule(self.later(stamp, 0.65, 1.0), lambda s: self.receive(order, s, False))

    def receive(self, order: dict[str, Any], stamp: str, part: bool) -> None:
        lines: Received = []
        for line in order["lines"]:
            still_open = Decimal(line["quantity"]) - Decimal(line["quantityReceived"])
            if still_open <= 0:
                continue
            if not part:
                lines.append((line, still_open))
            elif still_open >= 2 and self.rng.random() < 0.7:
                lines.append((line, Decimal(self.rng.randint(1, int(still_open) - 1))))
        if part and not lines:
            line = order["lines"][0]
            lines.append((line, Decimal(line["quantity"]) // 2))
        note = f"DN-{self.rng.randint(100000, 999999)}"
        po.receive_purchase_order(self.uow, order, lines, reference=note, at=stamp)
        when = clock.parse_iso(stamp) + timedelta(hours=self.rng.uniform(1, 4))
        if when > self.end - timedelta(days=2) and self.rng.random() < 0.5:
            return  # the latest deliveries still wait at receiving
        self.schedule(when, lambda s: self.putaway(order, lines, s))

    def putaway(self, order: dict[str, Any], lines: Received, stamp: str) -> None:
        recv = self.recv[order["warehouseId"]]
        for line, received in lines:
            product = self.uow.get("product", line["productId"])
            assert product is not None
            quantity = min(received, self.uow.quantity(product["id"], recv["id"]))
            if quantity <= 0:
                continue
            home = self.home_bin(product, order["warehouseId"])
            parts = [(home, quantity)]
            if quantity >= 20 and self.rng.random() < 0.3:
                first = (quantity * Decimal("0.6")).to_integral_value()
                overflow = self.rng.choice(self.bins[order["warehouseId"]])
                if overflow["id"] != home["id"]:
                    parts = [(home, first), (overflow, quantity - first)]
            for destination, amount in parts:
                ops.internal_move(
                    self.uow,
                    product=product,
                    source=recv,
                    destination=destination,
                    quantity=amount,
                    reference=order["number"],
                    note="Putaway",
                    source_type="putaway",
                    source_id=order["id"],
                    at=stamp,
                )
                self.place(product["id"], destination["id"])

    # --- warehouse work ------------------------------------------------------------------

    def stocked(self, location_id: str, minimum: int = 1) -> list[tuple[dict[str, Any], Decimal]]:
        """Products the seeder put at a location that are still there (at least `minimum`)."""
        out = []
        for product_id in self.contents.get(location_id, {}):
            have = self.uow.quantity(product_id, location_id)
            if have >= minimum:
                product = self.uow.get("product", product_id)
                assert product is not None
                out.append((product, have))
        return out

    def some_bin(self) -> dict[str, Any] | None:
        return self.locations[self.rng.choice(self.filled)] if self.filled else None

    def transfer(self, stamp: str) -> None:
        source = self.some_bin()
        if source is None:
            return
        stock = self.stocked(source["id"], 4)
        if not stock:
            return
        warehouse = source["warehouseId"]
        others = [w["id"] for w in self.warehouses if w["id"] != warehouse]
        if others and self.rng.random() < 0.7:
            warehouse = self.rng.choice(others)
        picked = self.rng.sample(stock, min(len(stock), self.rng.randint(1, 4)))
        destination = self.home_bin(picked[0][0], warehouse)
        if destination["id"] == source["id"]:
            return
        lines = [
            (product, Decimal(max(1, int(have * Decimal(self.rng.uniform(0.2, 0.5))))))
            for product, have in picked
        ]
        ops.transfer(
            self.uow,
            source=source,
            destination=destination,
            lines=lines,
            note="Rebalance between sites"
            if warehouse != source["warehouseId"]
            else "Bin to bin transfer",
            at=stamp,
        )
        for product, _ in lines:
            self.place(product["id"], destination["id"])

    def bin_move(self, stamp: str) -> None:
        source = self.some_bin()
        stock = self.stocked(source["id"], 2) if source else []
        if source is None or not stock:
            return
        product, have = self.rng.choice(stock)
        destination = self.rng.choice(self.bins[source["warehouseId"]])
        if destination["id"] == source["id"]:
            return
        quantity = Decimal(self.rng.randint(1, int(have) // 2 or 1))
        ops.internal_move(
            self.uow,
            product=product,
            source=source,
            destination=destination,
            quantity=quantity,
            note=self.rng.choice(MOVE_NOTES),
            at=stamp,
        )
        self.place(product["id"], destination["id"])

    def adjust(self, stamp: str) -> None:
        location = self.some_bin()
        stock = self.stocked(location["id"]) if location else []
        if location is None or not stock:
            return
        lines = []
        for product, have in self.rng.sample(stock, min(len(stock), self.rng.randint(1, 3))):
            delta = self.rng.choice((-3, -2, -1, 1, 2, 3))
            lines.append((product, max(Decimal(0), have + delta)))
        ops.adjust_stock(
            self.uow,
            location=location,
            reason=self.rng.choice(ADJUSTMENT_REASONS),
            lines=lines,
            at=stamp,
        )

    def counted_lines(self, location_id: str) -> list[tuple[dict[str, Any], Decimal]]:
        stock = self.stocked(location_id)
        lines = []
        for product, have in self.rng.sample(stock, min(len(stock), 12)):
            counted = have
            if self.rng.random() < 0.2:
                counted = max(Decimal(0), have + self.rng.choice((-2, -1, 1, 2)))
            lines.append((product, counted))
        return lines

    def count(self, stamp: str, apply: bool = True) -> None:
        location = self.some_bin()
        lines = self.counted_lines(location["id"]) if location else []
        if location is None or not lines:
            return
        ops.start_cycle_count(
            self.uow,
            location=location,
            lines=lines,
            apply=apply,
            note="Scheduled cycle count",
            at=stamp,
        )

    def draft_count(self, stamp: str) -> None:
        self.count(stamp, apply=False)

    def scrap(self, stamp: str) -> None:
        location = self.some_bin()
        stock = self.stocked(location["id"], 2) if location else []
        if location is None or not stock:
            return
        product, have = self.rng.choice(stock)
        reason = self.rng.choice(ops.scrap_reasons())
        ops.scrap_stock(
            self.uow,
            product=product,
            location=location,
            quantity=Decimal(self.rng.randint(1, min(3, int(have) - 1))),
            reason=reason,
            note=SCRAP_NOTES[reason["code"]],
            at=stamp,
        )
