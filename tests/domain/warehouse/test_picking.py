"""Picking a delivery: the walking route, every scan checked, shortages to a backorder."""

from __future__ import annotations

from decimal import Decimal

import pytest

from arkan_desktop.domain.barcodes import classify
from arkan_desktop.domain.warehouse.pick_list import DeliveryLine, delivery_lines, plan_picks
from arkan_desktop.domain.warehouse.picking import (
    PickingNotReady,
    PickReason,
    PickSession,
    PickStep,
    ShortageReason,
    delivery_problem,
)
from arkan_desktop.domain.warehouse.scans import product_scan
from tests.domain.warehouse.stock import (
    A1,
    A2,
    A10,
    B1,
    C1,
    CABLE,
    QUARANTINE,
    ROUTER,
    SWITCH,
    scan,
    stock,
)

DELIVERY = {
    "id": "d1",
    "number": "DO-2026-00007",
    "state": "confirmed",
    "lines": [
        {
            "id": "l1",
            "productId": CABLE.id,
            "sku": CABLE.sku,
            "quantity": "5",
            "deliveredQuantity": "0",
        },
        {
            "id": "l2",
            "productId": ROUTER.id,
            "sku": ROUTER.sku,
            "quantity": "3",
            "deliveredQuantity": "0",
        },
    ],
}


def two_locations() -> PickSession:
    """5 cables all at A-01-2; 3 routers asked, only 2 on the shelf at B-02-1."""
    return PickSession(
        delivery_lines(DELIVERY), [stock(ROUTER, B1, 2), stock(CABLE, A2, 7), stock(CABLE, C1, 1)]
    )


def test_a_two_location_order_with_one_shortage_goes_to_a_backorder_with_its_reason() -> None:
    session = two_locations()
    route = session.pick_list()
    assert [(s.bin.code, [(t.product.sku, t.quantity) for t in s.tasks]) for s in route.stops] == [
        ("WH1-A-01-2", [("EL-1001", Decimal(5))]),
        ("WH1-B-02-1", [("EL-2002", Decimal(2))]),
    ]
    assert route.missing == {ROUTER.id: Decimal(1)}
    assert session.step is PickStep.SCAN_LOCATION and session.next_stop() == A2

    assert session.scan(A2).reason is PickReason.ARRIVED
    assert session.step is PickStep.TAKE_PRODUCTS
    picked = session.scan(scan(CABLE, 5))
    assert (picked.reason, picked.args["next"]) == (PickReason.LOCATION_DONE, "WH1-B-02-1")
    assert session.scan(B1).accepted
    assert session.scan(scan(ROUTER)).reason is PickReason.PICKED
    done = session.scan(scan(ROUTER))
    assert (done.reason, done.args["skus"]) == (PickReason.ROUTE_DONE_SHORT, ("EL-2002",))

    assert session.step is PickStep.CHOOSE_SHORTAGE_REASON
    refused = session.confirm()
    assert (refused.reason, refused.args) == (
        PickReason.SHORTAGE_REASON_NEEDED,
        {"sku": "EL-2002", "quantity": Decimal(1)},
    )
    with pytest.raises(PickingNotReady):
        session.deliver_payload()
    assert session.set_shortage_reason(ShortageReason.SHORT_ON_SHELF).accepted
    ready = session.confirm()
    assert (ready.reason, ready.args) == (
        PickReason.READY,
        {"quantity": Decimal(7), "short": Decimal(1)},
    )
    assert session.deliver_payload() == {
        "lines": [
            {"lineId": "l1", "productId": CABLE.id, "locationId": A2.id, "quantity": "5"},
            {"lineId": "l2", "productId": ROUTER.id, "locationId": B1.id, "quantity": "2"},
        ],
        "shortageReason": "short_on_shelf",
    }


def test_wrong_product_wrong_bin_and_too_many_are_refused_with_their_reason() -> None:
    session = two_locations()
    before = session.scan(scan(CABLE))
    assert (before.reason, before.args["location"]) == (
        PickReason.SCAN_LOCATION_FIRST,
        "WH1-A-01-2",
    )
    wrong_bin = session.scan(B1)
    assert (wrong_bin.reason, wrong_bin.args) == (
        PickReason.WRONG_BIN,
        {"location": "WH1-B-02-1", "expected": "WH1-A-01-2"},
    )
    assert session.scan(C1).reason is PickReason.NOT_ON_ROUTE
    assert session.scan(QUARANTINE).reason is PickReason.NOT_ON_ROUTE
    session.scan(A2)
    wrong_product = session.scan(scan(ROUTER))
    assert (wrong_product.reason, wrong_product.args) == (
        PickReason.WRONG_PRODUCT,
        {"sku": "EL-2002", "location": "WH1-A-01-2", "expected": ("EL-1001",)},
    )
    assert session.scan(scan(SWITCH)).reason is PickReason.PRODUCT_NOT_ON_DELIVERY
    too_many = session.scan(scan(CABLE, 6))
    assert (too_many.reason, too_many.args["most"]) == (PickReason.TOO_MANY, Decimal(5))
    assert session.scan(scan(CABLE, 0)).reason is PickReason.ZERO_QUANTITY
    assert session.scan(scan(CABLE, 4)).args["left"] == Decimal(1)
    leave = session.scan(B1)
    assert (leave.reason, leave.args["sku"]) == (PickReason.FINISH_LOCATION_FIRST, "EL-1001")
    assert session.set_quantity(Decimal(-1)).reason is PickReason.NEGATIVE_QUANTITY
    assert session.set_quantity(Decimal(6)).reason is PickReason.TOO_MANY
    assert session.set_quantity(Decimal(5)).reason is PickReason.LOCATION_DONE
    assert session.scan(scan(CABLE)).reason is PickReason.TOO_MANY
    # nothing refused left a trace
    assert session.picked == {(CABLE.id, A2.id): Decimal(5)}


def test_never_more_than_the_location_holds() -> None:
    lines = [DeliveryLine("l1", CABLE, Decimal(10))]
    session = PickSession(lines, [stock(CABLE, A1, 4), stock(CABLE, B1, 6)])
    assert session.next_stop() == A1  # both needed: walking order, A-01-1 first
    session.scan(A1)
    held = session.scan(scan(CABLE, 5))
    assert (held.reason, held.args["quantity"]) == (PickReason.MORE_THAN_LOCATION_HOLDS, 4)


def test_picking_less_offers_the_rest_at_the_next_location() -> None:
    lines = [DeliveryLine("l1", CABLE, Decimal(5))]
    session = PickSession(lines, [stock(CABLE, A1, 6), stock(CABLE, A10, 3), stock(CABLE, B1, 4)])
    assert [s.bin for s in session.pick_list().stops] == [A1]  # one stop fills it all
    session.scan(A1)
    session.scan(scan(CABLE, 2))
    short = session.leave_location()
    assert (short.reason, short.args) == (
        PickReason.SHORT_TAKEN_ELSEWHERE,
        {"location": "WH1-A-01-1", "sku": "EL-1001", "quantity": Decimal(3), "next": "WH1-A-01-10"},
    )
    # A-01-10 holds exactly the 3 left: one stop, not B-02-1's 4
    assert [(s.bin, s.tasks[0].quantity) for s in session.pick_list().stops] == [(A10, 3)]
    session.scan(A10)
    assert session.scan(scan(CABLE, 3)).reason is PickReason.ALL_PICKED
    assert session.step is PickStep.CONFIRM
    assert session.deliver_payload() == {
        "lines": [
            {"lineId": "l1", "productId": CABLE.id, "locationId": A1.id, "quantity": "2"},
            {"lineId": "l1", "productId": CABLE.id, "locationId": A10.id, "quantity": "3"},
        ]
    }


def test_taking_more_at_one_location_saves_a_stop() -> None:
    lines = [DeliveryLine("l1", CABLE, Decimal(9))]
    session = PickSession(lines, [stock(CABLE, A1, 5), stock(CABLE, B1, 6)])
    assert [s.bin for s in session.pick_list().stops] == [A1, B1]  # B's 6, then 3 from A
    session.scan(A1)
    assert session.scan(scan(CABLE, 5)).reason is PickReason.LOCATION_DONE
    assert [(s.bin, s.tasks[0].quantity) for s in session.pick_list().stops] == [(B1, 4)]


def test_skipping_an_unreachable_location_and_ending_the_route_early() -> None:
    lines = [DeliveryLine("l1", CABLE, Decimal(2)), DeliveryLine("l2", ROUTER, Decimal(1))]
    session = PickSession(lines, [stock(CABLE, A1, 2), stock(ROUTER, B1, 1)])
    skipped = session.leave_location()  # A-01-1 is blocked: skip it before arriving
    assert (skipped.reason, skipped.args["quantity"]) == (PickReason.SHORT_FOR_BACKORDER, 2)
    assert session.next_stop() == B1
    assert session.end_route().args["skus"] == ("EL-1001", "EL-2002")
    assert session.confirm().reason is PickReason.NOTHING_PICKED
    assert session.step is PickStep.CHOOSE_SHORTAGE_REASON


def test_different_reasons_per_product_are_spelled_per_sku() -> None:
    lines = [DeliveryLine("l1", CABLE, Decimal(2)), DeliveryLine("l2", ROUTER, Decimal(2))]
    session = PickSession(lines, [stock(CABLE, A1, 1), stock(ROUTER, B1, 1)])
    for where, item in ((A1, CABLE), (B1, ROUTER)):
        session.scan(where)
        session.scan(scan(item))
    assert session.set_shortage_reason(ShortageReason.NOT_FOUND, ROUTER.id).accepted
    assert session.set_shortage_reason(ShortageReason.DAMAGED, SWITCH.id).reason is (
        PickReason.NO_SHORTAGE
    )
    assert session.confirm().args == {"sku": "EL-1001", "quantity": Decimal(1)}
    session.set_shortage_reason(ShortageReason.DAMAGED)  # every short one without a reason
    assert session.deliver_payload()["shortageReason"] == "EL-1001: damaged; EL-2002: not_found"


def test_a_product_on_two_lines_fills_them_in_order_and_a_gs1_label_carries_its_count() -> None:
    lines = [DeliveryLine("l1", CABLE, Decimal(2)), DeliveryLine("l2", CABLE, Decimal(3))]
    session = PickSession(lines, [stock(CABLE, A1, 5)])
    session.scan(A1)
    label = classify("]C101062912301000023705\x1d10LOT-7", reference_year=2026)
    picked = session.scan(product_scan(label, {"id": CABLE.id, "sku": CABLE.sku}))
    assert (picked.reason, picked.args["quantity"]) == (PickReason.ALL_PICKED, 5)
    assert session.lots == {(CABLE.id, A1.id): ["LOT-7"]}
    assert session.deliver_payload()["lines"] == [
        {"lineId": "l1", "productId": CABLE.id, "locationId": A1.id, "quantity": "2"},
        {"lineId": "l2", "productId": CABLE.id, "locationId": A1.id, "quantity": "3"},
    ]


def test_quarantine_stock_is_never_on_the_route() -> None:
    lines = [DeliveryLine("l1", CABLE, Decimal(1))]
    plan = plan_picks(lines, [stock(CABLE, QUARANTINE, 9)])
    assert (plan.stops, plan.missing) == ((), {CABLE.id: Decimal(1)})


def test_only_a_confirmed_delivery_is_picked() -> None:
    assert delivery_problem(DELIVERY) is None
    drafted = delivery_problem({**DELIVERY, "state": "draft"})
    assert drafted is not None and drafted.args == {"number": "DO-2026-00007", "state": "draft"}
    partly = {**DELIVERY, "lines": [{**DELIVERY["lines"][0], "deliveredQuantity": "5"}]}
    assert delivery_lines(partly) == []
