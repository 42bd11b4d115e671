"""The outbox's `response_resource`: which cached resource the server's answer is a record of."""

from __future__ import annotations

from typing import Any

import pytest

from arkan_desktop.domain.commands import Command
from arkan_desktop.store import Cache, OutboxEntry
from arkan_desktop.store.models.outbox import SENT
from tests.store.conftest import uid


def stock_move(n: int, **extra: Any) -> dict[str, Any]:
    return {
        "id": uid(n),
        "number": f"MV-2026-{n:05d}",
        "date": "2026-11-21",
        "type": "internal",
        "state": "done",
        "productId": uid(30_000),
        "fromLocationId": uid(40_000),
        "toLocationId": uid(40_001),
        "quantity": "2",
        "updatedAt": "2026-11-21T10:00:00.000000Z",
        **extra,
    }


def cycle_count_answer(n: int) -> dict[str, Any]:
    """What POST /inventory/cycle-counts answers: the count, not a stock move."""
    return {
        "id": uid(n),
        "number": f"CC-2026-{n:05d}",
        "state": "done",
        "locationId": uid(40_000),
        "lines": [{"productId": uid(30_000), "expectedQuantity": "5", "countedQuantity": "3"}],
        "moveIds": [uid(n + 1)],
    }


def queue_and_send(cache: Cache, entry: OutboxEntry, answer: Any) -> str:
    row = cache.enqueue(entry)
    cache.mark_in_flight(row)
    cache.mark_sent(row, answer)
    return row.id


def test_no_response_resource_caches_the_answer_as_the_rows_own_resource(cache: Cache) -> None:
    entry = OutboxEntry(Command("stock_moves", "create", None, {"quantity": "2"}))
    assert entry.response_resource is None
    row_id = queue_and_send(cache, entry, stock_move(1))
    assert cache.get("stock_moves", uid(1)) == stock_move(1)
    row = cache.outbox_row(row_id)
    assert row is not None and row.response_resource is None and row.status == SENT


def test_an_answer_that_is_no_record_is_kept_on_the_row_and_not_cached(cache: Cache) -> None:
    entry = OutboxEntry(
        Command("stock_moves", "cycle_count", None, {"locationId": uid(40_000), "lines": []}),
        response_resource="",
    )
    answer = cycle_count_answer(7)
    row_id = queue_and_send(cache, entry, answer)
    assert cache.count("stock_moves") == 0  # the count did not turn into a stock move
    row = cache.outbox_row(row_id)
    assert row is not None
    assert row.status == SENT and row.response_resource == ""
    assert row.response_data()["number"] == "CC-2026-00007"


def test_an_answer_of_another_resource_is_cached_as_that_resource(cache: Cache) -> None:
    entry = OutboxEntry(
        Command(
            "stock_levels",
            "quick_move",
            None,
            {"productBarcode": "6291041500213", "quantity": "2"},
        ),
        response_resource="stock_moves",
    )
    queue_and_send(cache, entry, stock_move(3))
    assert cache.get("stock_moves", uid(3)) == stock_move(3)
    assert cache.count("stock_levels") == 0


def test_an_unknown_response_resource_is_refused_when_queued(cache: Cache) -> None:
    entry = OutboxEntry(Command("stock_moves", "scrap", None, {}), response_resource="scraps")
    with pytest.raises(KeyError, match="scraps"):
        cache.enqueue(entry)
    assert cache.outbox_rows() == []
