"""Picking a delivery at the station: location by location, every scan checked, a
shortage ending on a backorder with its reason, and the delivery's "deliver" body.

The session starts from the pick list and leads the picker in walking order: scan the
location, then what to take there (a scan is one unit or its GS1 count, the pad sets the
figure). It refuses a product not on the delivery, one not to be taken here, more than
the delivery asks or the location holds, and any location but the next. Leaving a
location short offers the rest at the next locations that have it; what none has goes
on the backorder, with a reason from a fixed set. Pure: no Qt, no I/O.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any

from arkan_desktop.domain.warehouse.bins import Bin, LocationKind, walking_key
from arkan_desktop.domain.warehouse.outcome import ZERO, Outcome, accept, quantity_text, refuse
from arkan_desktop.domain.warehouse.pick_list import (
    DeliveryLine,
    PickList,
    PickStop,
    PickTask,
    StockAt,
    fewest_stops,
    plan_picks,
)
from arkan_desktop.domain.warehouse.pick_reasons import PickReason, PickStep, ShortageReason
from arkan_desktop.domain.warehouse.scans import ProductScan, Scan

Key = tuple[str, str]  # (product id, bin id)


class PickingNotReady(ValueError):
    """The deliver body was asked for before `confirm()` accepted."""


def delivery_problem(delivery: Mapping[str, Any]) -> Outcome[PickReason] | None:
    """The refusal for a delivery that cannot be picked now (only confirmed ones can)."""
    if delivery.get("state") != "confirmed":
        return refuse(
            PickReason.DELIVERY_NOT_READY,
            number=str(delivery.get("number") or delivery.get("id")),
            state=str(delivery.get("state")),
        )
    return None


class PickSession:
    """One picker on one delivery, from the first location to the deliver body."""

    def __init__(self, lines: Sequence[DeliveryLine], stock: Iterable[StockAt]) -> None:
        self.lines = tuple(lines)
        self.products = {line.product.id: line.product for line in self.lines}
        self.need: dict[str, Decimal] = {}
        for line in self.lines:
            self.need[line.product.id] = self.need.get(line.product.id, ZERO) + line.quantity
        self.bins: dict[str, Bin] = {}
        self.on_hand: dict[Key, Decimal] = {}
        self._held_at: dict[str, list[str]] = {p: [] for p in self.need}
        for at in stock:
            if at.product_id in self.need and at.bin.kind is LocationKind.STOCK:
                self.bins.setdefault(at.bin.id, at.bin)
                key = (at.product_id, at.bin.id)
                if key not in self.on_hand:
                    self._held_at[at.product_id].append(at.bin.id)
                self.on_hand[key] = self.on_hand.get(key, ZERO) + at.quantity
        plan = plan_picks(
            self.lines, [StockAt(p, self.bins[b], q) for (p, b), q in self.on_hand.items()]
        )
        self._walk = {b.id: walking_key(b.code) for b in self.bins.values()}
        self._order = {p: i for i, p in enumerate(self.products)}
        # planned and picked change only through _set, which keeps these indexes
        self.planned: dict[Key, Decimal] = {}
        self.picked: dict[Key, Decimal] = {}
        self._plan_of: dict[str, dict[str, Decimal]] = {p: {} for p in self.need}
        self._picked_of: dict[str, Decimal] = dict.fromkeys(self.need, ZERO)
        self._open: dict[str, set[str]] = {}  # bin id -> products still to take there
        for stop in plan.stops:
            for task in stop.tasks:
                self._set(self.planned, (task.product.id, stop.bin.id), task.quantity)
        self.lots: dict[Key, list[str]] = {}
        self.done: set[str] = set()  # locations the picker has left
        self.here: Bin | None = None
        self.current: str | None = None  # the product the pad changes
        self.shortage: dict[str, ShortageReason] = {}

    def _set(self, figures: dict[Key, Decimal], key: Key, quantity: Decimal) -> None:
        """Set a planned or picked figure (0 drops it), keeping the indexes."""
        product_id, bin_id = key
        if figures is self.picked:
            self._picked_of[product_id] += quantity - figures.get(key, ZERO)
        else:
            plan = self._plan_of[product_id]
            if quantity > 0:
                plan[bin_id] = quantity
            else:
                plan.pop(bin_id, None)
        if quantity > 0:
            figures[key] = quantity
        else:
            figures.pop(key, None)
        products = self._open.setdefault(bin_id, set())
        if self.to_take(product_id, bin_id) > 0:
            products.add(product_id)
        else:
            products.discard(product_id)
            if not products:
                del self._open[bin_id]

    # what the station shows

    def to_take(self, product_id: str, bin_id: str) -> Decimal:
        key = (product_id, bin_id)
        return max(self.planned.get(key, ZERO) - self.picked.get(key, ZERO), ZERO)

    def tasks_at(self, bin_id: str) -> tuple[PickTask, ...]:
        """What is still to take at a location, products in delivery order."""
        return tuple(
            PickTask(self.products[p], self.to_take(p, bin_id))
            for p in sorted(self._open.get(bin_id, ()), key=self._order.__getitem__)
        )

    def picked_total(self, product_id: str) -> Decimal:
        return self._picked_of.get(product_id, ZERO)

    def missing(self) -> dict[str, Decimal]:
        """Product id -> what no location on the route will give (the backorder)."""
        out = {}
        for product_id, need in self.need.items():
            planned = sum(self._plan_of[product_id].values(), ZERO)
            if need > planned:
                out[product_id] = need - planned
        return out

    def _route(self) -> list[Bin]:
        found = [b for b in self._open if b not in self.done]
        return [self.bins[b] for b in sorted(found, key=self._walk.__getitem__)]

    def next_stop(self) -> Bin | None:
        """Where the picker is to take something now: here until done, else the next."""
        if self.here is not None and self.here.id in self._open:
            return self.here
        ahead = [b for b in self._open if b not in self.done]
        return self.bins[min(ahead, key=self._walk.__getitem__)] if ahead else None

    def pick_list(self) -> PickList:
        """What is still to take where, in walking order, and what will be missing."""
        stops = tuple(PickStop(b, self.tasks_at(b.id)) for b in self._route())
        return PickList(stops, self.missing())

    @property
    def step(self) -> PickStep:
        if self.here is not None and self.here.id in self._open:
            return PickStep.TAKE_PRODUCTS
        if self.next_stop() is not None:
            return PickStep.SCAN_LOCATION
        if any(p not in self.shortage for p in self.missing()):
            return PickStep.CHOOSE_SHORTAGE_REASON
        return PickStep.CONFIRM if self.picked else PickStep.NOTHING_TO_PICK

    # what the picker does

    def scan(self, item: Scan) -> Outcome[PickReason]:
        if isinstance(item, ProductScan):
            return self.scan_product(item)
        return self.scan_location(item)

    def scan_location(self, location: Bin) -> Outcome[PickReason]:
        here = self.here
        if here is not None and location.id == here.id:
            return accept(PickReason.ARRIVED, location=here.code, count=len(self.tasks_at(here.id)))
        if here is not None and (left := self.tasks_at(here.id)):
            return refuse(
                PickReason.FINISH_LOCATION_FIRST,
                location=here.code,
                sku=left[0].product.sku,
                quantity=left[0].quantity,
            )
        expected = self.next_stop()
        if expected is None:
            return refuse(PickReason.NOTHING_LEFT_TO_PICK)
        if location.id != expected.id:
            later = any(b.id == location.id for b in self._route())
            reason = PickReason.WRONG_BIN if later else PickReason.NOT_ON_ROUTE
            return refuse(reason, location=location.code, expected=expected.code)
        if here is not None:
            self.done.add(here.id)
        self.here, self.current = expected, None
        return accept(
            PickReason.ARRIVED, location=expected.code, count=len(self.tasks_at(expected.id))
        )

    def scan_product(self, scan: ProductScan) -> Outcome[PickReason]:
        product_id = scan.product.id
        if product_id not in self.need:
            return refuse(PickReason.PRODUCT_NOT_ON_DELIVERY, sku=scan.product.sku)
        sku = self.products[product_id].sku
        if self.picked_total(product_id) >= self.need[product_id] and (
            self.here is None or (product_id, self.here.id) not in self.planned
        ):
            return refuse(PickReason.ALREADY_PICKED, sku=sku, quantity=self.need[product_id])
        if self.here is None:
            expected = self.next_stop()
            if expected is None:
                return refuse(PickReason.NOTHING_LEFT_TO_PICK)
            return refuse(PickReason.SCAN_LOCATION_FIRST, sku=sku, location=expected.code)
        if scan.quantity <= 0:
            return refuse(PickReason.ZERO_QUANTITY, sku=sku)
        key = (product_id, self.here.id)
        if key not in self.planned:
            expected_skus = tuple(t.product.sku for t in self.tasks_at(self.here.id))
            return refuse(
                PickReason.WRONG_PRODUCT, sku=sku, location=self.here.code, expected=expected_skus
            )
        return self._take(product_id, self.picked.get(key, ZERO) + scan.quantity, scan.lot)

    def set_quantity(self, quantity: Decimal) -> Outcome[PickReason]:
        """The pad: how many of the last scanned product were taken here (0: none)."""
        if self.here is None or self.current is None:
            return refuse(PickReason.SCAN_PRODUCT_FIRST)
        if quantity < 0:
            return refuse(PickReason.NEGATIVE_QUANTITY)
        return self._take(self.current, quantity, None)

    def _take(self, product_id: str, total: Decimal, lot: str | None) -> Outcome[PickReason]:
        assert self.here is not None
        here, key, sku = self.here, (product_id, self.here.id), self.products[product_id].sku
        most = self.need[product_id] - (self.picked_total(product_id) - self.picked.get(key, ZERO))
        if total > most:
            return refuse(PickReason.TOO_MANY, sku=sku, quantity=total, most=most)
        held = self.on_hand.get(key, ZERO)
        if total > held:
            return refuse(
                PickReason.MORE_THAN_LOCATION_HOLDS, sku=sku, location=here.code, quantity=held
            )
        self._set(self.picked, key, total)
        if total <= 0:
            self.lots.pop(key, None)
        elif lot and lot not in self.lots.setdefault(key, []):
            self.lots[key].append(lot)
        self.current = product_id
        if total > self.planned.get(key, ZERO):
            self._replan(product_id, keep=here.id)  # more here: less further on
        said: dict[str, Any] = {"sku": sku, "quantity": total, "location": here.code}
        if left := self.to_take(product_id, here.id):
            return accept(PickReason.PICKED, left=left, **said)
        if self.tasks_at(here.id):
            return accept(PickReason.PICKED, left=ZERO, **said)
        if (after := self.next_stop()) is not None:
            return accept(PickReason.LOCATION_DONE, next=after.code, **said)
        if short := self.missing():
            return accept(PickReason.ROUTE_DONE_SHORT, skus=self._skus(short), **said)
        return accept(PickReason.ALL_PICKED, **said)

    def leave_location(self) -> Outcome[PickReason]:
        """Done here, whatever is left ("short"); before arriving, skip the next location."""
        target = self.here if self.here is not None else self.next_stop()
        if target is None:
            return refuse(PickReason.NOTHING_LEFT_TO_PICK)
        short = self.tasks_at(target.id)
        self.done.add(target.id)
        self.here, self.current = None, None
        for task in short:
            self._replan(task.product.id)
        after = self.next_stop()
        following = after.code if after is not None else ""
        if not short:
            return accept(PickReason.LEFT_LOCATION, location=target.code, next=following)
        missing = self.missing()
        for task in short:
            if task.product.id in missing:
                return accept(
                    PickReason.SHORT_FOR_BACKORDER,
                    location=target.code,
                    sku=task.product.sku,
                    quantity=missing[task.product.id],
                )
        return accept(
            PickReason.SHORT_TAKEN_ELSEWHERE,
            location=target.code,
            sku=short[0].product.sku,
            quantity=short[0].quantity,
            next=following,
        )

    def end_route(self) -> Outcome[PickReason]:
        """Stop picking here: everything not taken yet goes on the backorder."""
        while self.next_stop() is not None:
            self.leave_location()
        if self.here is not None:
            self.done.add(self.here.id)
            self.here, self.current = None, None
        short = self.missing()
        if short:
            return accept(PickReason.SHORT_FOR_BACKORDER, skus=self._skus(short))
        return accept(PickReason.ALL_PICKED)

    def _replan(self, product_id: str, keep: str | None = None) -> None:
        """Plan what is still to take of a product over the locations not visited yet."""
        fixed = self.done | ({keep} if keep else set())
        for bin_id in list(self._plan_of[product_id]):
            key = (product_id, bin_id)
            got = self.picked.get(key, ZERO) if bin_id in fixed else ZERO
            self._set(self.planned, key, got)
        rest = self.need[product_id] - sum(self._plan_of[product_id].values(), ZERO)
        offers = [
            (self.bins[b], self.on_hand[(product_id, b)] - self.picked.get((product_id, b), ZERO))
            for b in self._held_at[product_id]
            if b not in fixed
        ]
        for where, take in fewest_stops(rest, offers):
            key = (product_id, where.id)
            self._set(self.planned, key, self.picked.get(key, ZERO) + take)

    def set_shortage_reason(
        self, reason: ShortageReason, product_id: str | None = None
    ) -> Outcome[PickReason]:
        """Why the backorder: for one product, or for every short one without a reason."""
        if (expected := self.next_stop()) is not None:
            return refuse(PickReason.ROUTE_NOT_FINISHED, location=expected.code)
        short = self.missing()
        if product_id is not None:
            targets = [product_id] if product_id in short else []
        else:
            targets = [p for p in short if p not in self.shortage] or list(short)
        if not targets:
            return refuse(PickReason.NO_SHORTAGE)
        for target in targets:
            self.shortage[target] = reason
        return accept(
            PickReason.SHORTAGE_REASON_SET, shortage=reason.value, skus=self._skus(targets)
        )

    def confirm(self) -> Outcome[PickReason]:
        """Whether the delivery can be sent: the route walked, every shortage explained."""
        if (expected := self.next_stop()) is not None:
            return refuse(PickReason.ROUTE_NOT_FINISHED, location=expected.code)
        if not self.picked:
            return refuse(PickReason.NOTHING_PICKED)
        short = self.missing()
        for product_id, quantity in short.items():
            if product_id not in self.shortage:
                return refuse(
                    PickReason.SHORTAGE_REASON_NEEDED,
                    sku=self.products[product_id].sku,
                    quantity=quantity,
                )
        return accept(
            PickReason.READY,
            quantity=sum(self.picked.values(), ZERO),
            short=sum(short.values(), ZERO),
        )

    def _skus(self, product_ids: Iterable[str]) -> tuple[str, ...]:
        return tuple(self.products[p].sku for p in product_ids)

    # what is sent

    def shortage_text(self) -> str:
        """The delivery's `shortageReason`: the reason's code, or "SKU: code; …" when the
        short products have different reasons; "" without a backorder."""
        short = self.missing()
        reasons = {p: self.shortage[p].value for p in short if p in self.shortage}
        if len(set(reasons.values())) <= 1:
            return next(iter(reasons.values()), "")
        return "; ".join(f"{self.products[p].sku}: {r}" for p, r in reasons.items())

    def deliver_payload(self) -> dict[str, Any]:
        """The body of `POST /sales/deliveries/:id/deliver`: per delivery line, each
        location and quantity picked, in walking order; the shortage reason if short."""
        outcome = self.confirm()
        if not outcome.accepted:
            raise PickingNotReady(outcome.reason.value)
        open_qty = {line.line_id: line.quantity for line in self.lines}
        order = {p: i for i, p in enumerate(self.products)}
        lines: list[dict[str, Any]] = []
        for product_id, bin_id in sorted(
            self.picked, key=lambda k: (walking_key(self.bins[k[1]].code), order[k[0]])
        ):
            quantity = self.picked[(product_id, bin_id)]
            for line in (x for x in self.lines if x.product.id == product_id):
                part = min(quantity, open_qty[line.line_id])
                if part <= 0:
                    continue
                lines.append(
                    {
                        "lineId": line.line_id,
                        "productId": product_id,
                        "locationId": bin_id,
                        "quantity": quantity_text(part),
                    }
                )
                open_qty[line.line_id] -= part
                quantity -= part
        body: dict[str, Any] = {"lines": lines}
        if reason := self.shortage_text():
            body["shortageReason"] = reason
        return body
