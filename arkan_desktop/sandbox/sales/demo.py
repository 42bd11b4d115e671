"""Demo sales: open orders in every state, deliveries ready to pick from two bins, partly
delivered orders with their backorders, returns; and the warehouses' putaway rules
(one per product category), quarantine bins and receipt routes.

Runs after the stock and accounting histories, through the same functions the endpoints
use, with stamps in the last weeks before the seeding day. Deterministic for a given
`rng`; volumes grow with `scale` up to `MAX_SCALE` (open orders are a working set, not
history: a benchmark company does not need thousands of them).
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from arkan_desktop.sandbox import clock
from arkan_desktop.sandbox.inventory import putaway, routing
from arkan_desktop.sandbox.inventory.purchasing import receiving_location, warehouses
from arkan_desktop.sandbox.inventory.stock import virtual_location
from arkan_desktop.sandbox.sales import availability, billing, deliveries, orders, picking, returns
from arkan_desktop.sandbox.unit_of_work import UnitOfWork

log = logging.getLogger("arkan_desktop.sandbox.seed")

SHORTAGES = (
    "Bin short at picking",
    "Carton damaged, held back",
    "Not found in bin; recount requested",
)
MAX_SCALE = 5
RETURN_REASONS = ("Wrong item ordered", "Damaged in transit", "Client over-ordered")


def seed_sales_history(
    uow: UnitOfWork, rng: random.Random, scale: int, start: date, end: date
) -> None:
    """Warehouse set-up for sales, then orders, deliveries and returns before `end`."""
    seeder = _Sales(uow, rng, min(max(1, scale), MAX_SCALE), start, end)
    if not seeder.ready():
        return
    seeder.warehouse_setup()
    seeder.orders()
    seeder.returns()
    log.info("sales history: %s", seeder.counts)


class _Sales:
    def __init__(
        self, uow: UnitOfWork, rng: random.Random, scale: int, start: date, end: date
    ) -> None:
        self.uow = uow
        self.rng = rng
        self.scale = scale
        self.end = datetime(end.year, end.month, end.day, tzinfo=UTC)
        self.first = max(
            datetime(start.year, start.month, start.day, tzinfo=UTC),
            self.end - timedelta(days=24),
        )
        self.warehouses = warehouses(uow)
        self.clients = sorted(
            (c for c in uow.find("client") if c.get("isActive", True)), key=lambda c: c["name"]
        )
        self.products = sorted(
            (p for p in uow.find("product") if p.get("type") == "storable"),
            key=lambda p: p["sku"],
        )
        self.services = sorted(
            (p for p in uow.find("product") if p.get("type") == "service"),
            key=lambda p: p["sku"],
        )
        self.counts: dict[str, int] = {}
        self.bins: dict[str, list[dict[str, Any]]] = {}
        # What the seeded deliveries hold, kept up to date here (not asked of SQL each time).
        self.held: dict[str, availability.Reservations] = {}
        self.delivered: list[dict[str, Any]] = []

    def ready(self) -> bool:
        return bool(self.warehouses and self.clients and self.products)

    def count(self, what: str) -> None:
        self.counts[what] = self.counts.get(what, 0) + 1

    def stamp(self, day: float, hour: float = 0) -> str:
        """A moment `day` days into the sales period (office hours), plus `hour` hours."""
        span = (self.end - self.first).total_seconds() / 86400
        when = self.first + timedelta(days=min(day, span - 1), hours=5 + hour)
        return clock.iso(when)

    # --- the warehouses ------------------------------------------------------------------

    def warehouse_setup(self) -> None:
        at = self.stamp(0)
        categories = sorted({p["category"] for p in self.products})
        for warehouse in self.warehouses:
            code = warehouse["code"]
            self.uow.add(
                "location",
                {
                    "warehouseId": warehouse["id"],
                    "code": f"{code}-QUAR",
                    "name": f"{warehouse['name']} / Quarantine",
                    "barcode": f"LOC-{code}-QUAR",
                    "type": "internal",
                    "purpose": putaway.QUARANTINE,
                },
                created_at=at,
            )
            bins = sorted(
                (
                    x
                    for x in self.uow.find("location", warehouseId=warehouse["id"], type="internal")
                    if not putaway.is_quarantine(x)
                ),
                key=lambda x: x["code"],
            )
            self.bins[warehouse["id"]] = bins  # walking order, receiving included
            bins = [x for x in bins if x["code"] != f"{code}-RECV"]
            if not bins:
                continue
            step = max(1, len(bins) // max(1, len(categories)))
            for i, category in enumerate(categories):
                putaway.create_rule(
                    self.uow,
                    location=bins[(i * step) % len(bins)],
                    category=category,
                    warehouse=warehouse,
                    note=f"{category} is stored in this aisle",
                    at=at,
                )
                self.count("putaway_rule")
            for product in self.rng.sample(self.products, min(2, len(self.products))):
                putaway.create_rule(
                    self.uow,
                    location=self.rng.choice(bins),
                    product=product,
                    warehouse=warehouse,
                    sequence=5,
                    note="Fast mover: kept at the pick face",
                    at=at,
                )
                self.count("putaway_rule")
            receiving = receiving_location(self.uow, warehouse)
            routing.create_route(
                self.uow,
                warehouse=warehouse,
                operation_type="receipt",
                name=f"{code}: receive, then put away",
                steps=[
                    routing.Step("Receive", virtual_location(self.uow, "supplier"), receiving),
                    routing.Step("Put away", receiving, None),
                ],
                at=at,
            )
            self.count("route")

    # --- orders --------------------------------------------------------------------------

    def stocked(self, warehouse: dict[str, Any], bins: int) -> list[tuple[dict[str, Any], Any]]:
        """Products with free stock in at least `bins` bins of a warehouse, and that stock.

        Reads the unit of work's quantities (all loaded by the stock history), not SQL."""
        if warehouse["id"] not in self.held:
            self.held[warehouse["id"]] = availability.reservations(self.uow, warehouse["id"])
        held = self.held[warehouse["id"]]
        out = []
        for product in self.rng.sample(self.products, min(40, len(self.products))):
            stock = [
                (
                    location,
                    self.uow.quantity(product["id"], location["id"])
                    - held.by_bin[(product["id"], location["id"])],
                )
                for location in self.bins[warehouse["id"]]
            ]
            stock = [(location, free) for location, free in stock if free >= 2]
            if len(stock) >= bins:
                out.append((product, stock))
        return out

    def new_order(
        self, day: float, lines: list[orders.SaleLine], warehouse: dict[str, Any]
    ) -> dict[str, Any]:
        at = self.stamp(day)
        reference = f"PO-{self.rng.randint(10000, 99999)}" if self.rng.random() < 0.6 else ""
        if self.services and self.rng.random() < 0.3:
            lines = [*lines, orders.SaleLine(self.rng.choice(self.services), Decimal(1))]
        return orders.create_order(
            self.uow,
            client=self.rng.choice(self.clients),
            warehouse=warehouse,
            lines=lines,
            date=at[:10],
            reference=reference,
            notes="Deliver to site gate 3" if self.rng.random() < 0.2 else "",
            at=at,
        )

    def some_lines(self, warehouse: dict[str, Any], bins: int = 1) -> list[orders.SaleLine]:
        candidates = self.stocked(warehouse, bins)
        picked = candidates[: self.rng.randint(1, 3)]
        lines = []
        for product, stock in picked:
            first = stock[0][1]
            if bins > 1:  # more than the first bin holds: picking takes two bins
                quantity = first + max(1, min(stock[1][1] // 2, 3))
            else:
                quantity = max(1, min(first // 2, Decimal(self.rng.randint(1, 8))))
            lines.append(orders.SaleLine(product, Decimal(quantity)))
        return lines

    def warehouse(self) -> dict[str, Any]:
        if len(self.warehouses) > 1 and self.rng.random() < 0.3:
            return self.warehouses[1]
        return self.warehouses[0]

    def orders(self) -> None:
        s = self.scale
        plan: list[tuple[str, int, Callable[[dict[str, Any], float], object]]] = [
            ("draft", 4 * s, lambda order, day: None),
            ("cancelled", 2 * s, self.cancel),
            ("confirmed", 3 * s, self.confirm),
            ("delivery_draft", 2 * s, self.draft_delivery),
            ("ready_to_pick", 5 * s, self.ready_to_pick),
            ("backordered", 3 * s, self.partly_delivered),
            ("delivered", 3 * s, self.fully_delivered),
        ]
        for name, count, finish in plan:
            for _ in range(count):
                day = self.rng.uniform(1, 18)
                warehouse = self.warehouse()
                two_bins = name in ("ready_to_pick", "backordered")
                lines = self.some_lines(warehouse, 2 if two_bins else 1)
                if not lines:
                    continue
                order = self.new_order(day, lines, warehouse)
                finish(order, day)
                self.count(name)

    def cancel(self, order: dict[str, Any], day: float) -> None:
        orders.cancel_order(self.uow, order, at=self.stamp(day, 3))

    def confirm(self, order: dict[str, Any], day: float) -> None:
        orders.confirm_order(self.uow, order, at=self.stamp(day, 1))

    def draft_delivery(self, order: dict[str, Any], day: float) -> dict[str, Any]:
        self.confirm(order, day)
        return deliveries.delivery_from_order(self.uow, order, at=self.stamp(day, 2))

    def ready_to_pick(self, order: dict[str, Any], day: float) -> dict[str, Any]:
        delivery = self.draft_delivery(order, day)
        deliveries.confirm_delivery(self.uow, delivery, at=self.stamp(day, 2.5))
        self.hold(delivery)
        return delivery

    def hold(self, delivery: dict[str, Any]) -> None:
        held = self.held.get(delivery["warehouseId"])
        if held is not None:
            for line in delivery["lines"]:
                held.hold(delivery["orderId"], line["productId"], line["picks"])

    def pick_all(self, delivery: dict[str, Any], short: bool = False) -> list[picking.Pick]:
        picks = []
        for i, line in enumerate(delivery["lines"]):
            for suggestion in line["picks"]:
                quantity = Decimal(suggestion["quantity"])
                if short and i == 0:
                    quantity -= min(quantity - 1, Decimal(self.rng.randint(1, 2)))
                    short = False
                picks.append(picking.Pick(suggestion["locationId"], quantity, line_id=line["id"]))
        return picks

    def partly_delivered(self, order: dict[str, Any], day: float) -> None:
        delivery = self.ready_to_pick(order, day)
        self.held.pop(delivery["warehouseId"], None)  # shipping changes what is held
        picking.deliver(
            self.uow,
            delivery,
            self.pick_all(delivery, short=True),
            shortage_reason=self.rng.choice(SHORTAGES),
            at=self.stamp(day, 5),
        )

    def fully_delivered(self, order: dict[str, Any], day: float) -> None:
        delivery = self.ready_to_pick(order, day)
        self.held.pop(delivery["warehouseId"], None)
        picking.deliver(self.uow, delivery, self.pick_all(delivery), at=self.stamp(day, 5))
        self.delivered.append(delivery)
        if self.rng.random() < 0.5:
            at = clock.iso(self.end + timedelta(hours=4))
            billing.invoice_from_order(self.uow, order, date=at[:10], post=True, at=at)
            self.count("invoiced")

    # --- returns -------------------------------------------------------------------------

    def returns(self) -> None:
        for n, delivery in enumerate(self.delivered[: 2 * self.scale]):
            line = delivery["lines"][0]
            product = self.uow.get("product", line["productId"])
            assert product is not None
            condition = "resell" if n % 2 == 0 else "damaged"
            day = 20 + n % 3
            record = returns.create_return(
                self.uow,
                delivery=delivery,
                lines=[returns.ReturnLine(product, Decimal(1), condition)],
                reason=self.rng.choice(RETURN_REASONS),
                at=self.stamp(day),
            )
            choices: dict[str, tuple[str | None, dict[str, Any] | None]] = {}
            if condition == "damaged":
                quarantine = self.uow.find_one("location", code=f"{delivery['warehouseCode']}-QUAR")
                choices[record["lines"][0]["id"]] = ("damaged", quarantine)
            returns.receive_return(self.uow, record, choices, at=self.stamp(day, 2))
            self.count("return_received")
        for delivery in self.delivered[2 * self.scale : 3 * self.scale]:
            line = delivery["lines"][0]
            product = self.uow.get("product", line["productId"])
            assert product is not None
            returns.create_return(
                self.uow,
                delivery=delivery,
                lines=[returns.ReturnLine(product, Decimal(1))],
                reason="Client will bring the goods back",
                at=self.stamp(21),
            )
            self.count("return_waiting")
