"""The stock effect of a picking, a return or a receipt waiting in the outbox.

The station shows its own writes at once, before the server has them, as it does for
moves: each function reads one queued request body (as the sessions here build it, or
as it comes back from the outbox: quantities as text) and says how much of which product
it adds to or takes from which location. A return's goods count where its lines send
them (a damaged line with no location goes to the server's scrap, outside the stock
the station shows). Pure.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

from arkan_desktop.domain.warehouse.outcome import ZERO, decimal_of

Key = tuple[str, str]  # (product id, location id)
StockEffect = dict[Key, Decimal]


def _add(effect: StockEffect, product_id: Any, location_id: Any, change: Decimal) -> None:
    if not product_id or not location_id or not change:
        return
    key = (str(product_id), str(location_id))
    effect[key] = effect.get(key, ZERO) + change
    if not effect[key]:
        del effect[key]


def _lines(body: Mapping[str, Any]) -> Iterable[Mapping[str, Any]]:
    lines = body.get("lines") if isinstance(body, Mapping) else None
    return [x for x in lines if isinstance(x, Mapping)] if isinstance(lines, list) else []


def _effect(body: Mapping[str, Any], sign: int, location_id: Any = None) -> StockEffect:
    """Each line's quantity, signed, at its own location (or at `location_id`)."""
    effect: StockEffect = {}
    for line in _lines(body):
        where = line.get("locationId") if location_id is None else location_id
        _add(effect, line.get("productId"), where, sign * decimal_of(line.get("quantity")))
    return effect


def delivery_effect(body: Mapping[str, Any]) -> StockEffect:
    """A delivery's "deliver" body: each picked quantity leaves its location."""
    return _effect(body, -1)


def return_effect(body: Mapping[str, Any]) -> StockEffect:
    """A return's create body: each line's goods arrive where the line sends them."""
    return _effect(body, 1)


def receipt_effect(body: Mapping[str, Any]) -> StockEffect:
    """A purchase order's receive body: its lines arrive in its location (when named)."""
    return _effect(body, 1, body.get("locationId") or "")


def combined(effects: Iterable[StockEffect]) -> StockEffect:
    """Several effects as one (a station's whole queue)."""
    total: StockEffect = {}
    for effect in effects:
        for (product_id, location_id), change in effect.items():
            _add(total, product_id, location_id, change)
    return total
