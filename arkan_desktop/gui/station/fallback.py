"""The station on a server that lists no stock or no locations (issue 15): the words it
says about what the server lacks, where a product is (asked of the server when it is
scanned), and the question that teaches the station an unknown location label.

`StationWindow` drives these; the reads and the learning go through `company.station`.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from arkan_desktop.domain.barcodes import CodeKind, ScannedCode
from arkan_desktop.domain.warehouse.catalog import Catalog
from arkan_desktop.gui.station.workflows import qty, translate

MOST_LOCATIONS_OFFERED = 8
# Codes that may be a location label the station does not know yet (not a product number,
# not garbled): asked about where a location is expected.
MAYBE_LOCATION = frozenset({CodeKind.SKU, CodeKind.LOCATION, CodeKind.UNKNOWN})


def missing_sentence(missing: frozenset[str]) -> str:
    """One sentence on what the station does without the server's lists ("" with them)."""
    if "locations" in missing and "stock_levels" in missing:
        return translate(
            "Station",
            "This server lists no locations and no stock: a product's stock is asked when it "
            "is scanned, and locations are learnt from it and from labels",
        )
    if "locations" in missing:
        return translate(
            "Station",
            "This server lists no locations: locations are learnt from product stock and "
            "from labels",
        )
    if "stock_levels" in missing:
        return translate(
            "Station", "This server lists no stock: a product's stock is asked when it is scanned"
        )
    if "warehouses" in missing:
        return translate(
            "Station", "This server lists no warehouses: the station works in all of them"
        )
    return ""


def where_sentence(catalog: Catalog, product_id: str, sku: str) -> str:
    """Where the station now counts a product ("{sku} is at A-01 (7), B-02 (3)")."""
    places = []
    for location_id, quantity in catalog.stock_of(product_id).items():
        location = catalog.location_by_id(location_id) or {}
        places.append(f"{location.get('code') or location_id} ({qty(Decimal(quantity))})")
    places.sort()  # in walking order (by bin code)
    if not places:
        return translate("Station", "The server has no stock of {sku}").format(sku=sku)
    return translate("Station", "{sku} is at {places}").format(sku=sku, places=", ".join(places))


@dataclass(frozen=True)
class LocationQuestion:
    """An unknown code scanned where a location is expected: which location is it?"""

    code: ScannedCode
    what: str  # the code as listed under "Last scans"
    choices: list[tuple[str, str]]  # (location id, its code)

    @property
    def prompt(self) -> str:
        return translate(
            "Station", "Which location is {code}? Choose it and the station will know its label"
        ).format(code=self.code.text)


def location_question(
    catalog: Catalog, code: ScannedCode, what: str, warehouse_id: str | None
) -> LocationQuestion | None:
    """The question for a code no product or location has (None: not one to ask about,
    or no location known to offer)."""
    if code.kind not in MAYBE_LOCATION or catalog.product_for(code) is not None:
        return None
    if catalog.location_for(code) is not None or not code.text.strip():
        return None
    seen: dict[str, str] = {}
    for location in catalog.locations.values():
        if location.get("type", "internal") != "internal":
            continue
        if warehouse_id and location.get("warehouseId") not in (None, warehouse_id):
            continue
        seen[str(location["id"])] = str(location.get("code") or location["id"])
    if not seen:
        return None
    ordered = sorted(seen.items(), key=lambda item: item[1])[:MOST_LOCATIONS_OFFERED]
    return LocationQuestion(code, what, ordered)
