"""A step machine's answer to one scan or key: accepted or refused, why, and the figures.

The answer carries a member of the workflow's own reason enum and the values its
sentence needs (codes, SKUs, quantities as `Decimal`), never the sentence: the station
translates each reason and writes the numbers in the window's digits. Pure.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum
from typing import Generic, TypeVar

ReasonT = TypeVar("ReasonT", bound=Enum)
# What a reason's sentence may name: a code or SKU, a count, a quantity, a list of SKUs.
Arg = str | int | Decimal | tuple[str, ...]
ZERO = Decimal(0)


@dataclass(frozen=True)
class Outcome(Generic[ReasonT]):
    accepted: bool
    reason: ReasonT
    args: Mapping[str, Arg] = field(default_factory=dict)


def accept(reason: ReasonT, **args: Arg) -> Outcome[ReasonT]:
    return Outcome(True, reason, args)


def refuse(reason: ReasonT, **args: Arg) -> Outcome[ReasonT]:
    return Outcome(False, reason, args)


def quantity_text(value: Decimal) -> str:
    """A quantity as a request body carries it: "12", "2.5", never "1.2E+1"."""
    return format(value.normalize(), "f") if value else "0"


def decimal_of(value: object) -> Decimal:
    """A quantity from a server record or a queued body (text, number or None)."""
    return Decimal(str(value)) if value not in (None, "") else ZERO
