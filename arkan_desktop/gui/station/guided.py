"""What the guided workflows share: scans turned into what a pure session is fed, and
what the station offers to print once a workflow is confirmed.

A guided workflow (picking, returns, guided receiving, counts) keeps a session of
domain/warehouse and answers in words through its reason table (gui/station/wording).
Here a scanned code becomes a `Bin` or a `ProductScan` from the catalog snapshot, or the
refusal that says why it cannot (garbled, unknown, another warehouse). No widgets here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

from arkan_desktop.domain.barcodes import CodeKind, ScannedCode
from arkan_desktop.domain.warehouse.bins import Bin, bin_from_location
from arkan_desktop.domain.warehouse.catalog import Catalog
from arkan_desktop.domain.warehouse.scans import ProductScan, product_scan
from arkan_desktop.gui.station.workflows import (
    Outcome,
    Record,
    Workflow,
    refused,
    translate,
    unusable,
    wrong_location,
)
from arkan_desktop.printing.labels import Label

Scanned = Bin | ProductScan | Outcome


@dataclass(frozen=True)
class PrintJob:
    """One thing an offer prints: ready labels (receiving), a delivery's shipping label
    (the station's label printer and template), or its delivery note (a PDF: the
    station's page printer, else a folder)."""

    name: str
    kind: Literal["labels", "shipping", "note"] = "labels"
    labels: list[Label] = field(default_factory=list)
    delivery: Record = field(default_factory=dict)
    shipped: dict[str, Decimal] = field(default_factory=dict)  # line id -> picked


@dataclass(frozen=True)
class Offer:
    """What the station offers after a confirm: Enter takes the first, Esc skips."""

    prompt: str
    jobs: list[tuple[str, str, PrintJob]]  # (key, button text, job)


class Guided(Workflow):
    """A workflow over a pure session: scans resolved, writes built by the session."""

    def __init__(self, catalog: Catalog, warehouse_id: str | None = None) -> None:
        super().__init__(catalog, warehouse_id)
        self.lookup: str | None = None  # a document number the window looks up

    def resolve(self, code: ScannedCode, *, check_warehouse: bool = True) -> Scanned:
        """The bin or product a code names, or the refusal saying why it names none."""
        if (problem := unusable(code)) is not None:
            return problem
        if code.kind is CodeKind.PURCHASE_ORDER:
            return refused(translate("Station", "That is a purchase order: scan a product"))
        if code.kind is CodeKind.LOCATION:
            location = self.catalog.location_for(code)
            if location is None:
                return refused(
                    translate("Station", "Unknown location: {code}").format(code=code.value)
                )
            if check_warehouse and (
                problem := wrong_location_anywhere(location, self.catalog, self.warehouse_id)
            ):
                return problem
            return bin_from_location(location)
        product = self.catalog.product_for(code)
        if product is None:
            return refused(
                translate("Station", "Unknown product: {code} is not in the catalogue").format(
                    code=code.value
                )
            )
        return product_scan(code, product)

    def allowed(self, product: Record, quantity: Decimal) -> Outcome | None:
        return None  # the session decides

    def offer(self) -> Offer | None:
        """What to offer to print once the writes are queued (None: nothing)."""
        return None


def wrong_location_anywhere(
    location: Record, catalog: Catalog, warehouse_id: str | None
) -> Outcome | None:
    """Another warehouse's location is refused; any kind of location of this one passes
    (the session says whether it fits: a quarantine bin, the scrap location)."""
    if location.get("type", "internal") != "internal":
        return None
    return wrong_location(location, catalog, warehouse_id)
