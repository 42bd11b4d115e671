"""Guided receiving: the order's open quantities from the start, each product's bin from
the putaway rules, the bin's scan confirming the putaway, one receive body per bin."""

from __future__ import annotations

from decimal import Decimal

from arkan_desktop.domain.warehouse.putaway import (
    PutawayMatch,
    PutawayRule,
    resolve_putaway,
    rules_from_records,
)
from arkan_desktop.domain.warehouse.receiving import (
    OrderLine,
    ReceiveReason,
    ReceiveSession,
    order_lines,
    order_problem,
)
from tests.domain.warehouse.stock import (
    A1,
    B1,
    C1,
    CABLE,
    QUARANTINE,
    ROUTER,
    SWITCH,
    bin_,
    product,
    scan,
)

RECEIVING = bin_("WH1-RECV")
ORDER = {
    "id": "po1",
    "number": "PO-2026-00042",
    "state": "partially_received",
    "lines": [
        {"id": "pl1", "productId": CABLE.id, "sku": CABLE.sku, "quantity": "10",
         "quantityReceived": "4"},
        {"id": "pl2", "productId": ROUTER.id, "sku": ROUTER.sku, "quantity": "5",
         "quantityReceived": "0"},
        {"id": "pl3", "productId": SWITCH.id, "sku": SWITCH.sku, "quantity": "2",
         "quantityReceived": "0"},
    ],
}  # fmt: skip
CATALOGUE = {
    CABLE.id: {"id": CABLE.id, "sku": CABLE.sku, "category": "cables"},
    ROUTER.id: {"id": ROUTER.id, "sku": ROUTER.sku, "category": "network"},
    SWITCH.id: {"id": SWITCH.id, "sku": SWITCH.sku, "category": "network"},
}
RULES = [
    PutawayRule(B1, category="network"),
    PutawayRule(A1, product_id=ROUTER.id),  # the product's own rule beats its category's
]


def receipt(tolerance: str = "0") -> ReceiveSession:
    lines = order_lines(ORDER, CATALOGUE, waiting={CABLE.id: Decimal(1)})
    return ReceiveSession(
        lines, RULES, RECEIVING, number="PO-2026-00042", tolerance=Decimal(tolerance)
    )


def test_the_lines_are_listed_with_open_quantities_and_where_each_goes() -> None:
    rows = receipt().rows()
    assert [(r.line.product.sku, r.line.ordered, r.line.received, r.line.open) for r in rows] == [
        ("EL-1001", 10, 5, 5),  # 4 received + 1 waiting in the outbox
        ("EL-2002", 5, 0, 5),
        ("EL-3003", 2, 0, 2),
    ]
    assert [(r.destination.location.code, r.destination.matched_by) for r in rows] == [
        ("WH1-RECV", PutawayMatch.DEFAULT),
        ("WH1-A-01-1", PutawayMatch.PRODUCT),
        ("WH1-B-02-1", PutawayMatch.CATEGORY),
    ]


def test_receiving_with_putaway_confirmations_and_a_wrong_bin_refused() -> None:
    session = receipt()
    received = session.scan(scan(ROUTER, 3))
    assert (received.reason, received.args) == (
        ReceiveReason.RECEIVED,
        {"sku": "EL-2002", "quantity": Decimal(3), "open": Decimal(5), "location": "WH1-A-01-1"},
    )
    wrong = session.scan(B1)
    assert (wrong.reason, wrong.args) == (
        ReceiveReason.WRONG_BIN,
        {"location": "WH1-B-02-1", "expected": "WH1-A-01-1", "sku": "EL-2002"},
    )
    assert session.confirm().args == {
        "sku": "EL-2002",
        "location": "WH1-A-01-1",
        "quantity": Decimal(3),
    }
    put = session.scan(A1)
    assert (put.reason, put.args) == (
        ReceiveReason.PUT_AWAY,
        {"location": "WH1-A-01-1", "skus": ("EL-2002",), "quantity": Decimal(3)},
    )
    session.scan(scan(SWITCH, 2))
    session.scan(scan(CABLE, 5))
    assert session.scan(RECEIVING).args["skus"] == ("EL-1001",)
    assert session.scan(B1).args["skus"] == ("EL-3003",)
    assert session.scan(B1).reason is ReceiveReason.NOTHING_TO_PUT_AWAY
    session.scan(scan(ROUTER))  # one more router: its bin again
    assert session.confirm().reason is ReceiveReason.PUTAWAY_NOT_CONFIRMED
    session.scan(A1)
    assert session.confirm().args == {"quantity": Decimal(11), "count": 3}
    assert session.receive_payloads() == [
        {
            "locationId": A1.id,
            "lines": [{"lineId": "pl2", "productId": ROUTER.id, "quantity": "4"}],
        },
        {
            "locationId": B1.id,
            "lines": [{"lineId": "pl3", "productId": SWITCH.id, "quantity": "2"}],
        },
        {
            "locationId": RECEIVING.id,
            "lines": [{"lineId": "pl1", "productId": CABLE.id, "quantity": "5"}],
        },
    ]


def test_over_receiving_is_refused_beyond_what_is_open_unless_tolerated() -> None:
    strict = receipt()
    over = strict.scan(scan(CABLE, 6))
    assert (over.reason, over.args) == (
        ReceiveReason.OVER_RECEIPT,
        {"sku": "EL-1001", "number": "PO-2026-00042", "quantity": Decimal(6), "most": Decimal(5)},
    )
    assert strict.rows()[0].receiving == 0  # nothing kept of the refused scan
    lenient = receipt(tolerance="0.1")  # 10 % of the 10 ordered
    accepted = lenient.scan(scan(CABLE, 6))
    assert (accepted.reason, accepted.args["over"]) == (ReceiveReason.OVER_ORDER_ACCEPTED, 1)
    assert lenient.set_quantity(Decimal(7)).reason is ReceiveReason.OVER_RECEIPT
    assert lenient.scan(scan(product("EL-9999"))).reason is ReceiveReason.PRODUCT_NOT_ON_ORDER
    assert lenient.scan(scan(CABLE, 0)).reason is ReceiveReason.ZERO_QUANTITY


def test_the_pad_corrects_and_put_elsewhere_sends_a_product_to_another_bin() -> None:
    session = receipt()
    assert session.set_quantity(Decimal(2)).reason is ReceiveReason.SCAN_PRODUCT_FIRST
    session.scan(scan(ROUTER, 4))
    session.scan(A1)
    session.set_quantity(Decimal(2))  # two were miscounted: the put-away follows
    assert session.waiting(ROUTER.id) == 0
    session.scan(scan(ROUTER, 3))  # A-01-1 is full now
    assert session.put_elsewhere(QUARANTINE).reason is ReceiveReason.NOT_A_STOCK_LOCATION
    moved = session.put_elsewhere(C1)
    assert (moved.reason, moved.args["quantity"]) == (ReceiveReason.PUT_ELSEWHERE, 3)
    assert session.receive_payloads() == [
        {
            "locationId": A1.id,
            "lines": [{"lineId": "pl2", "productId": ROUTER.id, "quantity": "2"}],
        },
        {
            "locationId": C1.id,
            "lines": [{"lineId": "pl2", "productId": ROUTER.id, "quantity": "3"}],
        },
    ]
    assert session.set_quantity(Decimal(0)).reason is ReceiveReason.REMOVED
    assert session.confirm().reason is ReceiveReason.NOTHING_RECEIVED


def test_a_product_on_two_lines_fills_the_first_open_one_first() -> None:
    lines = [
        OrderLine("x1", CABLE, Decimal(3), Decimal(2)),
        OrderLine("x2", CABLE, Decimal(4), Decimal(0)),
    ]
    session = ReceiveSession(lines, [], RECEIVING)
    session.scan(scan(CABLE, 3))
    session.scan(RECEIVING)
    assert session.receive_payloads()[0]["lines"] == [
        {"lineId": "x1", "productId": CABLE.id, "quantity": "1"},
        {"lineId": "x2", "productId": CABLE.id, "quantity": "2"},
    ]


def test_resolve_putaway_product_then_category_then_the_default() -> None:
    network = product("EL-5005", category="network")
    assert resolve_putaway(network, RULES, RECEIVING).location == B1
    assert resolve_putaway(product("EL-2002", "network"), RULES, RECEIVING).matched_by is (
        PutawayMatch.PRODUCT
    )
    assert resolve_putaway(product("EL-6006"), RULES, RECEIVING).location == RECEIVING
    ranked = [PutawayRule(C1, category="network", sequence=20), *RULES]
    assert resolve_putaway(network, ranked, RECEIVING).location == B1  # lower sequence wins


def test_rules_from_records_keeps_the_active_rules_of_the_warehouse() -> None:
    records = [
        {"state": "active", "warehouseId": "wh1", "locationId": B1.id, "locationCode": B1.code,
         "category": "network", "sequence": 10},
        {"state": "deleted", "warehouseId": "wh1", "locationId": C1.id, "locationCode": C1.code,
         "productId": ROUTER.id},
        {"state": "active", "warehouseId": "wh2", "locationId": "far", "locationCode": "WH2-A",
         "productId": ROUTER.id},
        {"state": "active", "warehouseId": "wh1", "locationId": "new", "locationCode": "WH1-Z-9",
         "productId": CABLE.id},
    ]  # fmt: skip
    rules = rules_from_records(records, "wh1", {B1.id: B1})
    assert rules[0] == PutawayRule(B1, category="network")
    assert (rules[1].location.code, rules[1].location.barcode, rules[1].product_id) == (
        "WH1-Z-9",
        "LOC-WH1-Z-9",
        CABLE.id,
    )
    assert len(rules) == 2


def test_only_a_confirmed_or_partly_received_order_is_received() -> None:
    assert order_problem(ORDER) is None
    refused = order_problem({**ORDER, "state": "draft"})
    assert refused is not None and refused.args == {"number": "PO-2026-00042", "state": "draft"}
