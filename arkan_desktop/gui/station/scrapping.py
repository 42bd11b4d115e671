"""Scrap at the station: a location, a product and how many, a reason, then the scrap.

The reasons are the server's (`company.station.fetch_scrap_reasons`), kept in the cache
so that the station still offers them offline; when neither the server nor the cache
has them, the standard reasons (the codes a server accepts as `reasonId`) are
offered and the station says so. Choosing a reason: its button, or its number typed in
the scan field. Nothing is queued before Confirm. No widgets here.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from arkan_desktop.domain.barcodes import CodeKind, ScannedCode
from arkan_desktop.domain.warehouse.catalog import Catalog
from arkan_desktop.gui.labels import code_label
from arkan_desktop.gui.station.workflows import (
    Outcome,
    Record,
    Workflow,
    accepted,
    qty,
    refused,
    translate,
    unknown_product,
    unusable,
    wrong_location,
)
from arkan_desktop.sync.commands.stock import STANDARD_SCRAP_REASONS, scrap
from arkan_desktop.sync.commands.wire import Write

SERVER, CACHED, STANDARD = "server", "cached", "standard"


@dataclass(frozen=True)
class ScrapReasons:
    """The reasons to offer, (id, name) each, and where they came from."""

    reasons: tuple[tuple[str, str], ...]
    source: str

    @property
    def note(self) -> str:
        """What the storekeeper should know about the list ("" when it is the server's)."""
        if self.source == STANDARD:
            return translate(
                "Station",
                "The server's scrap reasons are not known yet (offline): "
                "the standard reasons are offered",
            )
        return ""


def standard_reasons() -> ScrapReasons:
    return ScrapReasons(
        tuple((code, code_label(code)) for code in STANDARD_SCRAP_REASONS), STANDARD
    )


def kept_reasons(found: tuple[tuple[str, str], ...]) -> ScrapReasons:
    """The reasons kept from the server, else the standard ones."""
    return ScrapReasons(found, CACHED) if found else standard_reasons()


def server_reasons(found: tuple[tuple[str, str], ...] | None) -> ScrapReasons | None:
    """The reasons the server gave now, or None when it could not say."""
    return ScrapReasons(found, SERVER) if found else None


class Scrap(Workflow):
    """Location → product (scans, GS1 count, pad) → reason → confirm."""

    name = str(QT_TRANSLATE_NOOP("Station", "Scrap"))

    def __init__(self, catalog: Catalog, warehouse_id: str | None = None) -> None:
        super().__init__(catalog, warehouse_id)
        self.location: Record | None = None
        self.reason: tuple[str, str] | None = None
        self.reasons = standard_reasons()

    @property
    def line(self) -> Any:
        return next(iter(self.lines.values()), None)

    def expects(self) -> str:
        if self.location is None:
            return translate("Station", "Scan the LOCATION the stock is scrapped from")
        if self.line is None:
            return translate("Station", "Scan the product to scrap")
        if self.reason is None:
            return translate("Station", "Choose the reason: press its button or type its number")
        return translate("Station", "Press Confirm to scrap {n} × {sku}: {reason}").format(
            n=qty(self.line.quantity), sku=self.line.sku, reason=self.reason[1]
        )

    def heading(self) -> str:
        title = translate("Station", "Scrap")
        if self.location is None:
            return title
        return f"{title}: {self.location.get('code')}"

    def ready(self) -> bool:
        return self.location is not None and self.line is not None and self.reason is not None

    def choices(self) -> list[tuple[str, str]]:
        if self.line is None:
            return []
        return [
            (reason_id, f"{index} {name}")
            for index, (reason_id, name) in enumerate(self.reasons.reasons, start=1)
        ]

    def choose(self, key: str) -> Outcome:
        if self.line is None:
            return refused(translate("Station", "Scan the product first, then the reason"))
        for reason in self.reasons.reasons:
            if reason[0] == key:
                self.reason = reason
                return accepted(translate("Station", "Reason: {name}").format(name=reason[1]))
        return refused(translate("Station", "Not a scrap reason: {key}").format(key=key))

    def scan(self, code: ScannedCode) -> Outcome:
        typed = code.text.strip()
        if self.line is not None and typed.isdigit() and len(typed) <= 2:
            index = int(typed)
            if 1 <= index <= len(self.reasons.reasons):
                return self.choose(self.reasons.reasons[index - 1][0])
            return refused(
                translate("Station", "There is no reason {n}: choose 1 to {most}").format(
                    n=typed, most=len(self.reasons.reasons)
                )
            )
        if (problem := unusable(code)) is not None:
            return problem
        if (problem := unknown_product(code, self.catalog)) is not None:
            return problem
        if code.kind is CodeKind.PURCHASE_ORDER:
            return refused(translate("Station", "That is a purchase order: scan a product"))
        if code.kind is CodeKind.LOCATION:
            return self._location(code)
        if self.location is None:
            return refused(translate("Station", "Scan the location first, then the product"))
        product = self.catalog.product_for(code)
        line = self.line
        if product is not None and line is not None and str(product["id"]) != line.product_id:
            return refused(
                translate("Station", "Scrapping {sku}: Confirm or Cancel it first").format(
                    sku=line.sku
                )
            )
        return self.add_product(code)

    def _location(self, code: ScannedCode) -> Outcome:
        location = self.catalog.location_for(code)
        if location is None:
            return refused(translate("Station", "Unknown location: {code}").format(code=code.value))
        if self.location is not None:
            return refused(
                translate("Station", "Scrapping from {code}: Confirm or Cancel it first").format(
                    code=self.location.get("code")
                )
            )
        if (problem := wrong_location(location, self.catalog, self.warehouse_id)) is not None:
            return problem
        self.location = location
        return accepted(translate("Station", "From {code}").format(code=location.get("code")))

    def allowed(self, product: Record, quantity: Decimal) -> Outcome | None:
        assert self.location is not None
        there = self.catalog.on_hand(str(product["id"]), str(self.location["id"]))
        where = self.location.get("code")
        if there <= 0:
            return refused(
                translate("Station", "Wrong location: there is no {sku} at {code}").format(
                    sku=product.get("sku"), code=where
                )
            )
        if quantity > there:
            return refused(
                translate("Station", "Only {n} of {sku} at {code}").format(
                    n=qty(there), sku=product.get("sku"), code=where
                )
            )
        return None

    def line_note(self, line: Any) -> str:
        if self.location is None:
            return ""
        there = self.catalog.on_hand(line.product_id, str(self.location["id"]))
        return translate("Station", "of {n} here").format(n=qty(there))

    def write(self) -> Write:
        assert self.location is not None and self.line is not None and self.reason is not None
        where = (str(self.location["id"]), str(self.location.get("code")))
        return scrap((self.line.product_id, self.line.sku), where, self.line.quantity, self.reason)
