"""The sessions' bodies sent to the real sandbox over loopback: it takes them, and its
stock afterwards is the stock before plus the effect the station shows offline."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from arkan_desktop.domain.warehouse.bins import Bin, bin_from_location
from arkan_desktop.domain.warehouse.counting import CountMode, CountSession, ExpectedStock
from arkan_desktop.domain.warehouse.effects import (
    StockEffect,
    delivery_effect,
    receipt_effect,
    return_effect,
)
from arkan_desktop.domain.warehouse.pick_list import StockAt, delivery_lines
from arkan_desktop.domain.warehouse.picking import PickSession, ShortageReason, delivery_problem
from arkan_desktop.domain.warehouse.putaway import rules_from_records
from arkan_desktop.domain.warehouse.receiving import ReceiveSession, order_lines, order_problem
from arkan_desktop.domain.warehouse.returns import (
    Condition,
    ReturnReason,
    ReturnSession,
    returnable_from_delivery,
)
from arkan_desktop.domain.warehouse.scans import ProductRef, ProductScan, product_ref
from arkan_desktop.sandbox.server import SandboxServer
from tests.sandbox.conftest import Api
from tests.sandbox.test_inventory_catalog import location
from tests.sandbox.test_purchasing import confirmed_order as confirmed_purchase
from tests.sandbox.test_sales_orders import confirmed_order, ready_delivery, stocked_in

Levels = dict[tuple[str, str], Decimal]


def levels(api: Api, *product_ids: str) -> Levels:
    """(product, location) -> quantity, as the server has it now."""
    out = {}
    for product_id in product_ids:
        for row in api.ok(api.get(f"/inventory/products/{product_id}/stock"))["data"]:
            out[(product_id, row["locationId"])] = Decimal(row["quantity"])
    return out


def plus(before: Levels, effect: StockEffect) -> Levels:
    out = dict(before)
    for key, change in effect.items():
        out[key] = out.get(key, Decimal(0)) + change
    return {key: quantity for key, quantity in out.items() if quantity}


def bins(api: Api, *codes: str) -> dict[str, Bin]:
    return {code: bin_from_location(location(api, code)) for code in codes}


def shipped_with_a_backorder(
    admin: Api, accountant: Api, storekeeper: Api
) -> tuple[dict[str, Any], ProductRef, ProductRef, dict[str, Bin]]:
    """Cables at A-01-2 (and 1 at C-01-1); 3 routers asked, only 2 at B-02-1: picked,
    short on shelf, delivered."""
    cable = stocked_in(admin, {"WH1-A-01-2": 7, "WH1-C-01-1": 1})
    router = stocked_in(admin, {"WH1-B-02-1": 2})
    where = bins(admin, "WH1-A-01-2", "WH1-C-01-1", "WH1-B-02-1")
    order = confirmed_order(
        accountant,
        [{"productId": cable["id"], "quantity": "5"}, {"productId": router["id"], "quantity": "3"}],
    )
    delivery = ready_delivery(storekeeper, order)
    assert delivery_problem(delivery) is None
    before = levels(admin, cable["id"], router["id"])
    by_id = {b.id: b for b in where.values()}
    session = PickSession(
        delivery_lines(delivery), [StockAt(p, by_id[b], q) for (p, b), q in before.items()]
    )
    assert [stop.bin.code for stop in session.pick_list().stops] == ["WH1-A-01-2", "WH1-B-02-1"]
    while (stop := session.next_stop()) is not None:
        assert session.scan(stop).accepted
        for task in session.tasks_at(stop.id):
            assert session.scan(ProductScan(task.product, task.quantity)).accepted
    session.set_shortage_reason(ShortageReason.SHORT_ON_SHELF)
    body = session.deliver_payload()
    shipped = storekeeper.ok(storekeeper.post(f"/sales/deliveries/{delivery['id']}/deliver", body))
    assert levels(admin, cable["id"], router["id"]) == plus(before, delivery_effect(body))
    return shipped, product_ref(cable), product_ref(router), where


def test_a_two_location_picking_with_one_shortage_is_delivered_with_a_backorder(
    sandbox: SandboxServer,
) -> None:
    admin, accountant = Api(sandbox, "admin@demo.local"), Api(sandbox, "accountant@demo.local")
    storekeeper = Api(sandbox, "storekeeper@demo.local")
    shipped, _, router, _ = shipped_with_a_backorder(admin, accountant, storekeeper)
    assert (shipped["state"], shipped["shortageReason"]) == ("delivered", "short_on_shelf")
    backorder = storekeeper.ok(storekeeper.get(f"/sales/deliveries/{shipped['backorderId']}"))
    assert [(x["productId"], x["quantity"]) for x in backorder["lines"]] == [(router.id, "1")]
    assert "short_on_shelf" in backorder["note"]


def test_a_return_into_stock_quarantine_and_scrap(sandbox: SandboxServer) -> None:
    admin, accountant = Api(sandbox, "admin@demo.local"), Api(sandbox, "accountant@demo.local")
    storekeeper = Api(sandbox, "storekeeper@demo.local")
    shipped, cable, router, _ = shipped_with_a_backorder(admin, accountant, storekeeper)
    where = bins(admin, "WH1-A-01-1", "WH1-QUAR")
    counter = ReturnSession(returnable_from_delivery(shipped))
    counter.scan(ProductScan(cable, Decimal(2)))
    counter.scan(where["WH1-A-01-1"])
    counter.scan(ProductScan(cable))
    counter.set_condition(Condition.DAMAGED)
    counter.scan(where["WH1-QUAR"])
    counter.scan(ProductScan(router))
    counter.send_damaged_to_scrap()
    body = counter.create_payload(reason="Changed their mind")
    made = storekeeper.post("/sales/returns", body)
    assert made.status_code == 201, made.text
    before = levels(admin, cable.id, router.id)
    received = storekeeper.ok(
        storekeeper.post(
            f"/sales/returns/{made.json()['id']}/receive", counter.receive_payload(made.json())
        )
    )
    assert (received["state"], received["refunded"]) == ("received", False)  # finance's job
    assert levels(admin, cable.id, router.id) == plus(before, return_effect(body))
    again = ReturnSession(returnable_from_delivery(shipped, [received]))
    refused = again.scan(ProductScan(router, Decimal(2)))
    assert (refused.reason, refused.args["most"]) == (ReturnReason.TOO_MANY_RETURNED, 1)


def test_a_guided_receipt_and_a_blind_count(sandbox: SandboxServer) -> None:
    admin, accountant = Api(sandbox, "admin@demo.local"), Api(sandbox, "accountant@demo.local")
    storekeeper = Api(sandbox, "storekeeper@demo.local")
    cable, router = stocked_in(admin, {}), stocked_in(admin, {})
    where = bins(admin, "WH1-RECV", "WH1-C-02-1", "WH1-D-01-1")
    rule = admin.post(
        "/inventory/putaway/rules",
        {"locationId": where["WH1-C-02-1"].id, "productId": router["id"]},
    )
    assert rule.status_code == 201, rule.text
    order = confirmed_purchase(
        accountant,
        [
            {"productId": cable["id"], "quantity": "4", "unitPrice": "3"},
            {"productId": router["id"], "quantity": "2", "unitPrice": "5"},
        ],
    )
    assert order_problem(order) is None
    warehouse_id = where["WH1-RECV"].warehouse_id or ""
    rules = rules_from_records(admin.all("/inventory/putaway/rules"), warehouse_id, {})
    session = ReceiveSession(order_lines(order), rules, where["WH1-RECV"], number=order["number"])
    assert session.scan(ProductScan(product_ref(router), Decimal(2))).args["location"] == (
        "WH1-C-02-1"
    )
    assert session.scan(where["WH1-RECV"]).args["expected"] == "WH1-C-02-1"
    assert session.scan(where["WH1-C-02-1"]).accepted
    session.scan(ProductScan(product_ref(cable), Decimal(3)))
    assert session.put_elsewhere(where["WH1-D-01-1"]).accepted
    expected = levels(admin, cable["id"], router["id"])
    for body in session.receive_payloads():
        sent = storekeeper.post(f"/inventory/purchase-orders/{order['id']}/receive", body)
        assert sent.status_code == 200, sent.text
        expected = plus(expected, receipt_effect(body))
    assert levels(admin, cable["id"], router["id"]) == expected

    shelf = where["WH1-D-01-1"]
    count = CountSession(
        CountMode.LOCATION, [ExpectedStock(product_ref(cable), shelf, Decimal(3))], blind=True
    )
    count.scan(shelf)
    count.scan(ProductScan(product_ref(cable)))
    count.review()
    for body in count.count_payloads():
        sent = storekeeper.post("/inventory/cycle-counts", body)
        assert sent.status_code == 201, sent.text
    assert levels(admin, cable["id"])[(cable["id"], shelf.id)] == 1
