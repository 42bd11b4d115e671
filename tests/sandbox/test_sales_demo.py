"""The demo company's sales: open orders in every state, deliveries ready to pick from two
bins, partly delivered orders with their backorders, returns; all in the past."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from typing import Any

from arkan_desktop.sandbox import clock
from tests.sandbox.conftest import Api


def seeded(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """What the demo seeder made (before today), not what other tests have added."""
    today = clock.now_iso()[:10]
    return [r for r in records if r["createdAt"][:10] < today]


def test_there_are_open_orders_in_every_state(accountant: Api) -> None:
    demo = seeded(accountant.all("/sales/orders"))
    states = Counter((o["state"], o["deliveryState"]) for o in demo)
    for wanted in (
        ("draft", "not_delivered"),
        ("cancelled", "not_delivered"),
        ("confirmed", "not_delivered"),
        ("confirmed", "partially_delivered"),
        ("confirmed", "delivered"),
    ):
        assert states[wanted] >= 1, (wanted, states)
    assert any(o["invoiceState"] == "invoiced" for o in demo)
    now = clock.now_iso()
    for order in demo:
        assert order["createdAt"] <= order["updatedAt"] < now
        assert order["date"] <= now[:10]


def test_some_deliveries_are_ready_to_pick_from_two_bins(storekeeper: Api) -> None:
    ready = seeded(
        storekeeper.all("/sales/deliveries", state="confirmed", reservationState="reserved")
    )
    assert len(ready) >= 3
    spread = [d for d in ready if any(len(line["picks"]) >= 2 for line in d["lines"])]
    assert spread, "a ready delivery picks one line from two bins"
    for delivery in spread:
        for line in delivery["lines"]:
            codes = [p["locationCode"] for p in line["picks"]]
            assert codes == sorted(codes)  # walking order
            assert sum(Decimal(p["quantity"]) for p in line["picks"]) == Decimal(
                line["reservedQuantity"]
            )


def test_partly_delivered_orders_wait_on_a_backorder(storekeeper: Api) -> None:
    shipped = seeded(storekeeper.all("/sales/deliveries", state="delivered"))
    short = [d for d in shipped if d["backorderId"] and d["shortageReason"]]
    assert short
    for delivery in short:
        back = storekeeper.ok(storekeeper.get(f"/sales/deliveries/{delivery['backorderId']}"))
        assert back["backorderOfId"] == delivery["id"] and back["state"] == "confirmed"
        missing = {
            x["orderLineId"]: Decimal(x["quantity"]) - Decimal(x["deliveredQuantity"])
            for x in delivery["lines"]
        }
        assert {x["orderLineId"]: Decimal(x["quantity"]) for x in back["lines"]} == {
            k: v for k, v in missing.items() if v
        }


def test_returns_came_back_into_stock_quarantine_or_wait(storekeeper: Api) -> None:
    kept = seeded(storekeeper.all("/sales/returns"))
    assert {r["state"] for r in kept} >= {"draft", "received"}
    codes = {line["locationCode"] for r in kept if r["state"] == "received" for line in r["lines"]}
    assert any(code.endswith("-QUAR") for code in codes)
    assert any(code and not code.endswith("-QUAR") for code in codes)
