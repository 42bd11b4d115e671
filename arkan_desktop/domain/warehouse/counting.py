"""Counts at the station: one location and everything on it, or one product wherever it
is; optionally blind (expected quantities hidden until the review).

Per location: scan the location, then what is there. Per product: scan the product,
then each location and the units found there. A scan counts one (a GS1 label its own
count), the pad sets a figure (0 is a count). The review shows the differences, what
was expected but not counted included (as 0); a blind session exposes no expected
figure before `review()`, not even in an outcome. One count body per location. Pure.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from typing import Any

from arkan_desktop.domain.warehouse.bins import Bin, LocationKind, walking_key
from arkan_desktop.domain.warehouse.outcome import ZERO, Outcome, accept, quantity_text, refuse
from arkan_desktop.domain.warehouse.scans import ProductRef, ProductScan, Scan

# A count beyond this is a misread or a key held down, not a bin's content.
MAX_COUNT = Decimal(999_999)
COUNTABLE_KINDS = (LocationKind.STOCK, LocationKind.QUARANTINE)
Key = tuple[str, str]  # (product id, bin id)


class CountMode(Enum):
    LOCATION = "location"
    PRODUCT = "product"


class CountReason(Enum):
    """Each answer of a count session; its args are named in the comment."""

    NOT_COUNTABLE = "not_countable"  # location (not a storage location)
    SCAN_LOCATION_FIRST = "scan_location_first"
    SCAN_PRODUCT_FIRST = "scan_product_first"
    OTHER_LOCATION = "other_location"  # location (being counted), scanned
    OTHER_PRODUCT = "other_product"  # sku (being counted), scanned
    ZERO_LABEL_COUNT = "zero_label_count"  # sku
    NEGATIVE_COUNT = "negative_count"
    NOT_A_COUNT = "not_a_count"  # quantity, most
    NOTHING_TO_REVIEW = "nothing_to_review"
    REVIEW_FIRST = "review_first"
    LOCATION_CHOSEN = "location_chosen"  # location
    PRODUCT_CHOSEN = "product_chosen"  # sku
    AT_LOCATION = "at_location"  # location, sku
    COUNTED = "counted"  # sku, quantity, location
    NO_DIFFERENCES = "no_differences"  # count (lines)
    DIFFERENCES = "differences"  # count (differing lines)
    READY = "ready"  # count (locations)


@dataclass(frozen=True)
class ExpectedStock:
    """The station's figure for a product at a location when the count begins."""

    product: ProductRef
    bin: Bin
    quantity: Decimal


@dataclass(frozen=True)
class CountLine:
    product: ProductRef
    bin: Bin
    counted: Decimal | None  # None: not counted (a 0 at review)
    expected: Decimal | None  # None while a blind count hides it


@dataclass(frozen=True)
class CountDifference:
    product: ProductRef
    bin: Bin
    expected: Decimal
    counted: Decimal

    @property
    def difference(self) -> Decimal:
        return self.counted - self.expected


class ExpectationsHidden(RuntimeError):
    """A blind count's expected figures were asked for before the review."""


class CountSession:
    def __init__(
        self, mode: CountMode, expected: Iterable[ExpectedStock], *, blind: bool = False
    ) -> None:
        self.mode = mode
        self.blind = blind
        self._expected: dict[Key, Decimal] = {}
        self.products: dict[str, ProductRef] = {}
        self.bins: dict[str, Bin] = {}
        for item in expected:
            key = (item.product.id, item.bin.id)
            self._expected[key] = self._expected.get(key, ZERO) + item.quantity
            self.products.setdefault(item.product.id, item.product)
            self.bins.setdefault(item.bin.id, item.bin)
        self.subject: str | None = None  # the location id, or the product id, counted
        self.here: Bin | None = None
        self.counted: dict[Key, Decimal] = {}
        self.current: Key | None = None  # what the pad sets
        self.revealed = not blind  # expected figures may be shown
        self.reviewed = False  # reviewed, and nothing counted since

    def _in_scope(self, key: Key) -> bool:
        if self.subject is None:
            return False
        return key[1 if self.mode is CountMode.LOCATION else 0] == self.subject

    def _keys(self) -> list[Key]:
        keys = {k for k in [*self._expected, *self.counted] if self._in_scope(k)}
        products = list(self.products)
        return sorted(keys, key=lambda k: (walking_key(self.bins[k[1]].code), products.index(k[0])))

    def expected(self, product_id: str, bin_id: str) -> Decimal | None:
        """The expected figure, or None while a blind count hides it."""
        return self._expected.get((product_id, bin_id), ZERO) if self.revealed else None

    def lines(self) -> list[CountLine]:
        return [
            CountLine(self.products[p], self.bins[b], self.counted.get((p, b)), self.expected(p, b))
            for p, b in self._keys()
        ]

    def locations_to_visit(self) -> list[Bin]:
        """Per product: where the product is expected (shown even in a blind count)."""
        if self.mode is not CountMode.PRODUCT or self.subject is None:
            return []
        found = {b for p, b in self._expected if p == self.subject}
        return sorted((self.bins[b] for b in found), key=lambda b: walking_key(b.code))

    def scan(self, item: Scan) -> Outcome[CountReason]:
        if isinstance(item, ProductScan):
            return self.scan_product(item)
        return self.scan_location(item)

    def scan_location(self, location: Bin) -> Outcome[CountReason]:
        if location.kind not in COUNTABLE_KINDS:
            return refuse(CountReason.NOT_COUNTABLE, location=location.code)
        if self.mode is CountMode.PRODUCT:
            if self.subject is None:
                return refuse(CountReason.SCAN_PRODUCT_FIRST)
            self.bins.setdefault(location.id, location)
            self.here, self.current = self.bins[location.id], None
            return accept(
                CountReason.AT_LOCATION,
                location=location.code,
                sku=self.products[self.subject].sku,
            )
        if self.here is not None and self.here.id != location.id:
            return refuse(
                CountReason.OTHER_LOCATION, location=self.here.code, scanned=location.code
            )
        self.bins.setdefault(location.id, location)
        self.here = self.bins[location.id]
        self.subject = location.id
        return accept(CountReason.LOCATION_CHOSEN, location=location.code)

    def scan_product(self, scan: ProductScan) -> Outcome[CountReason]:
        product = self.products.setdefault(scan.product.id, scan.product)
        if self.mode is CountMode.PRODUCT:
            if self.subject is None:
                self.subject = product.id
                return accept(CountReason.PRODUCT_CHOSEN, sku=product.sku)
            if product.id != self.subject:
                subject = self.products[self.subject].sku
                return refuse(CountReason.OTHER_PRODUCT, sku=subject, scanned=product.sku)
        if self.here is None:
            return refuse(CountReason.SCAN_LOCATION_FIRST)
        if scan.quantity <= 0:
            return refuse(CountReason.ZERO_LABEL_COUNT, sku=product.sku)
        key = (product.id, self.here.id)
        return self._count(key, self.counted.get(key, ZERO) + scan.quantity)

    def set_quantity(self, quantity: Decimal) -> Outcome[CountReason]:
        """The pad: the count of the last scanned product here (0: none there)."""
        if self.current is None:
            return refuse(CountReason.SCAN_PRODUCT_FIRST)
        if quantity < 0:
            return refuse(CountReason.NEGATIVE_COUNT)
        return self._count(self.current, quantity)

    def _count(self, key: Key, quantity: Decimal) -> Outcome[CountReason]:
        if quantity > MAX_COUNT:
            return refuse(CountReason.NOT_A_COUNT, quantity=quantity, most=MAX_COUNT)
        self.counted[key] = quantity
        self.current = key
        self.reviewed = False
        return accept(
            CountReason.COUNTED,
            sku=self.products[key[0]].sku,
            quantity=quantity,
            location=self.bins[key[1]].code,
        )

    def review(self) -> Outcome[CountReason]:
        """Show the expected figures and the differences (a blind count's are revealed)."""
        keys = self._keys()
        if not keys:
            return refuse(CountReason.NOTHING_TO_REVIEW)
        self.revealed = self.reviewed = True
        found = self.differences()
        if not found:
            return accept(CountReason.NO_DIFFERENCES, count=len(keys))
        return accept(CountReason.DIFFERENCES, count=len(found))

    def differences(self) -> list[CountDifference]:
        """(expected, counted) where they differ; not before the review of a blind count."""
        if not self.revealed:
            raise ExpectationsHidden("a blind count shows its expected figures at review")
        out = []
        for p, b in self._keys():
            expected = self._expected.get((p, b), ZERO)
            counted = self.counted.get((p, b), ZERO)
            if counted != expected:
                out.append(CountDifference(self.products[p], self.bins[b], expected, counted))
        return out

    def confirm(self) -> Outcome[CountReason]:
        if not self._keys():
            return refuse(CountReason.NOTHING_TO_REVIEW)
        if not self.reviewed:
            return refuse(CountReason.REVIEW_FIRST)
        return accept(CountReason.READY, count=len({b for _, b in self._keys()}))

    def count_payloads(self) -> list[dict[str, Any]]:
        """The bodies of `POST /inventory/cycle-counts` (applied at once), one per
        location, in walking order; what was expected and not counted is counted 0."""
        outcome = self.confirm()
        if not outcome.accepted:
            raise ValueError(f"the count is not ready: {outcome.reason.value}")
        per_bin: dict[str, list[dict[str, Any]]] = {}
        for p, b in self._keys():
            counted = self.counted.get((p, b), ZERO)
            per_bin.setdefault(b, []).append(
                {"productId": p, "countedQuantity": quantity_text(counted)}
            )
        return [{"locationId": b, "lines": lines, "apply": True} for b, lines in per_bin.items()]
