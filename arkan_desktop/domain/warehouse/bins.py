"""Locations as the workflows see them, and the walking order of bins by their code.

A bin code like "WH1-A-01-2" names warehouse, aisle, rack, level and bin. The walking
order compares it field by field, numbers as numbers ("A-2" before "A-10", "01" as 1)
and numbers before letters within a field; two different codes never tie. Pure.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any

_FIELD_SEPARATOR = re.compile(r"[-./_\s]+")
_NUMBERS = re.compile(r"(\d+)")

Chunk = tuple[int, int, str]  # (0, number, "") for digits, (1, 0, text) for letters
WalkingKey = tuple[tuple[tuple[Chunk, ...], ...], str, str]


class LocationKind(Enum):
    STOCK = "stock"  # an internal bin: picked from, put away into, resold goods go there
    QUARANTINE = "quarantine"  # internal, but nothing is shipped or put away from it
    SCRAP = "scrap"  # the scrap location: goods written off
    OTHER = "other"  # customer, supplier, view, transit: no workflow scans it


@dataclass(frozen=True)
class Bin:
    id: str
    code: str
    barcode: str = ""
    kind: LocationKind = LocationKind.STOCK
    warehouse_id: str | None = None


def bin_from_location(record: Mapping[str, Any]) -> Bin:
    """A cached or served location record (`type`, `purpose`) as a `Bin`."""
    kind = {"internal": LocationKind.STOCK, "scrap": LocationKind.SCRAP}.get(
        str(record.get("type", "internal")), LocationKind.OTHER
    )
    if kind is LocationKind.STOCK and record.get("purpose") == "quarantine":
        kind = LocationKind.QUARANTINE
    code = str(record.get("code") or record.get("id"))
    warehouse = record.get("warehouseId")
    return Bin(
        id=str(record["id"]),
        code=code,
        barcode=str(record.get("barcode") or f"LOC-{code}"),
        kind=kind,
        warehouse_id=str(warehouse) if warehouse else None,
    )


def _chunks(field: str) -> tuple[Chunk, ...]:
    # split() with a group puts the numbers at the odd places
    return tuple(
        (0, int(part), "") if i % 2 else (1, 0, part)
        for i, part in enumerate(_NUMBERS.split(field.casefold()))
        if part
    )


@functools.lru_cache(maxsize=65_536)  # a warehouse has a few thousand bins; keys are asked often
def walking_key(code: str) -> WalkingKey:
    """Sort key of a bin code in walking order: aisle, rack, level, bin, naturally.

    The code itself ends the key, so that "A-01" and "A-1" (the same place written two
    ways) still come in one fixed order: a total order."""
    fields = tuple(_chunks(f) for f in _FIELD_SEPARATOR.split(code.strip()) if f)
    return fields, code.casefold(), code


def in_walking_order(bins: Iterable[Bin]) -> list[Bin]:
    return sorted(bins, key=lambda b: walking_key(b.code))
