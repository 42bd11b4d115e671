"""The demo company's stock history: orders in every state, stock in bins, a believable past."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import start_sandbox
from tests.sandbox.conftest import Api

STATES = ("draft", "approved", "confirmed", "partially_received", "received", "cancelled")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Api]:
    """A freshly seeded demo sandbox that no other test has touched."""
    server = start_sandbox(tmp_path_factory.mktemp("inventory-demo"))
    api = Api(server, "admin@demo.local")
    yield api
    api.close()
    server.stop()


@pytest.fixture(scope="module")
def orders(demo: Api) -> list[dict[str, Any]]:
    return demo.all("/inventory/purchase-orders")


def test_there_are_purchase_orders_in_every_state(demo: Api, orders: list[dict[str, Any]]) -> None:
    assert len(orders) >= 50
    states = Counter(o["state"] for o in orders)
    assert set(states) == set(STATES)
    assert states["received"] > len(orders) / 2
    for state in STATES:
        page = demo.ok(demo.get("/inventory/purchase-orders", state=state, limit=1))
        assert page["meta"]["total"] == states[state]


def test_each_order_state_matches_what_was_received(orders: list[dict[str, Any]]) -> None:
    for order in orders:
        received = [Decimal(x["quantityReceived"]) for x in order["lines"]]
        ordered = [Decimal(x["quantity"]) for x in order["lines"]]
        if order["state"] == "received":
            assert received == ordered, order["number"]
            assert order["receipts"] and order["receivedAt"]
        elif order["state"] == "partially_received":
            assert 0 < sum(received) < sum(ordered), order["number"]
        else:
            assert not any(received) and not order["receipts"], order["number"]
        assert order["date"] >= "2026-01-01"
        assert Decimal(order["total"]) == sum(Decimal(x["total"]) for x in order["lines"])


def test_receipts_put_stock_into_bins_of_both_warehouses(demo: Api) -> None:
    products = [p for p in demo.all("/inventory/products") if p["type"] == "storable"]
    stocked = [p for p in products if Decimal(p["onHand"]) > 0]
    assert len(stocked) >= 0.9 * len(products)
    plenty = [p for p in products if Decimal(p["onHand"]) >= 20]
    assert len(plenty) >= 0.75 * len(products)

    bins: set[str] = set()
    warehouses: set[str] = set()
    for item in products[:: max(1, len(products) // 40)]:
        body = demo.ok(demo.get(f"/inventory/products/{item['id']}/stock"))
        total = sum((Decimal(row["quantity"]) for row in body["data"]), Decimal(0))
        assert total == Decimal(body["onHand"]), item["sku"]
        for row in body["data"]:
            bins.add(row["locationCode"])
            warehouses.add(row["warehouseId"])
    assert len(warehouses) == 2
    assert len([code for code in bins if not code.endswith("RECV")]) >= 20


def test_the_move_history_tells_the_whole_story(demo: Api) -> None:
    def total(path: str, **params: str) -> int:
        return int(demo.ok(demo.get(path, limit=1, **params))["meta"]["total"])

    assert total("/inventory/moves", type="receipt") >= 200
    assert total("/inventory/moves", sourceType="putaway") >= 200
    assert total("/inventory/moves", sourceType="transfer") >= 5
    assert total("/inventory/moves", type="adjustment") >= 3
    assert total("/inventory/moves", type="scrap") >= 3
    assert total("/inventory/adjustments") >= 3
    assert total("/inventory/scrap") >= 3
    assert total("/inventory/cycle-counts", state="done") >= 3
    assert total("/inventory/cycle-counts", state="draft") >= 1
    oldest = demo.ok(demo.get("/inventory/moves", sort="createdAt", order="asc", limit=1))
    assert oldest["data"][0]["date"] >= "2026-01-01"
    receipts = demo.ok(
        demo.get("/accounting/journal-entries", sourceType="purchase_receipt", limit=1)
    )
    assert receipts["meta"]["total"] >= 50


def test_the_demo_history_is_the_same_every_time(
    tmp_path: Path, orders: list[dict[str, Any]]
) -> None:
    server = start_sandbox(tmp_path)
    try:
        api = Api(server, "admin@demo.local")
        again = api.all("/inventory/purchase-orders")
        api.close()
    finally:
        server.stop()

    def summary(found: list[dict[str, Any]]) -> list[tuple[str, ...]]:
        return sorted((o["id"], o["number"], o["state"], o["total"], o["createdAt"]) for o in found)

    assert summary(again) == summary(orders)
