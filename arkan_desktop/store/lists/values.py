"""One fetched row of a list: its raw values, the text each cell shows, its local and
refused flags. Amounts are formatted from minor units in their row's currency; a code
stays the server's code (the window shows it in its own words)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from arkan_desktop.domain.money import format_amount, from_minor
from arkan_desktop.store.lists.columns import Column, Kind, ListSpec


@dataclass(frozen=True)
class RowValues:
    """One fetched row: raw values per column, their display text, and whether it is local
    (an optimistic version) or held by a write the server refused."""

    record_id: str
    local: bool
    values: tuple[Any, ...]
    currencies: tuple[str | None, ...]
    display: tuple[str, ...]
    refused: bool = False


def display_text(column: Column, value: Any, currency: str | None, *, grouping: bool = True) -> str:
    """A cell's text; `grouping=False` is a file's plain form (no thousands separators)."""
    if value is None:
        return ""
    if column.kind is Kind.MONEY:
        code = currency or ""
        return format_amount(from_minor(int(value), code), code, grouping=grouping)
    if column.kind is Kind.QUANTITY:
        return format(value, ",") if grouping else str(value)
    return str(value)


def read_row(spec: ListSpec, row: Sequence[Any]) -> RowValues:
    """A `RowValues` from one result row of `queries.selected_values`."""
    record_id, local, refused = str(row[0]), bool(row[1]), bool(row[2])
    position = 3
    values: list[Any] = []
    currencies: list[str | None] = []
    for column in spec.columns:
        values.append(row[position])
        position += 1
        if column.kind is Kind.MONEY:
            currencies.append(None if row[position] is None else str(row[position]))
            position += 1
        else:
            currencies.append(None)
    display = tuple(
        display_text(c, v, cur) for c, v, cur in zip(spec.columns, values, currencies, strict=True)
    )
    return RowValues(record_id, local, tuple(values), tuple(currencies), display, refused)


def blank_row(spec: ListSpec, record_id: str) -> RowValues:
    """A row gone from the cache since its id was read (a reload follows): shown empty."""
    nothing = (None,) * len(spec.columns)
    return RowValues(record_id, False, nothing, nothing, ("",) * len(spec.columns))
