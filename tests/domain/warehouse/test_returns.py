"""Customer returns: never more than was delivered less earlier returns; resell into
stock, damaged to scrap or quarantine; the create and receive bodies."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from arkan_desktop.domain.warehouse.returns import (
    Condition,
    DocumentKind,
    ReturnReason,
    ReturnSession,
    document_problem,
    returnable_from_delivery,
    returnable_from_invoice,
)
from tests.domain.warehouse.stock import A1, B1, CABLE, QUARANTINE, ROUTER, SCRAP, SWITCH, scan

DELIVERY = {
    "id": "d1",
    "number": "DO-2026-00003",
    "state": "delivered",
    "lines": [
        {"id": "l1", "productId": CABLE.id, "sku": CABLE.sku, "quantity": "5",
         "deliveredQuantity": "4"},
        {"id": "l2", "productId": ROUTER.id, "sku": ROUTER.sku, "quantity": "2",
         "deliveredQuantity": "2"},
    ],
}  # fmt: skip
EARLIER = [
    {"deliveryId": "d1", "lines": [{"productId": CABLE.id, "quantity": "1"}]},
    {"deliveryId": "other", "lines": [{"productId": CABLE.id, "quantity": "3"}]},
]


def session() -> ReturnSession:
    return ReturnSession(returnable_from_delivery(DELIVERY, EARLIER))


def test_a_return_split_into_resell_and_damaged() -> None:
    counter = session()
    assert counter.scan(scan(CABLE)).args == {
        "sku": "EL-1001",
        "quantity": Decimal(1),
        "condition": "resell",
        "location": "",
    }
    assert counter.scan(A1).reason is ReturnReason.DESTINATION_SET
    counter.scan(scan(CABLE))
    # the second one is broken: Damaged right after its scan re-labels it
    relabelled = counter.set_condition(Condition.DAMAGED)
    assert relabelled.args == {"condition": "damaged", "sku": "EL-1001", "quantity": Decimal(1)}
    counter.scan(scan(ROUTER))  # damaged too: the condition holds for the next scans
    assert counter.confirm().args == {"sku": "EL-1001", "condition": "damaged"}
    refused = counter.scan(A1)
    assert (refused.reason, refused.args) == (
        ReturnReason.NOT_SCRAP_OR_QUARANTINE,
        {"location": "WH1-A-01-1"},
    )
    assert counter.scan(QUARANTINE).args["count"] == 2  # both damaged lines go there
    counter.set_condition(Condition.RESELL)
    counter.scan(scan(CABLE))  # lands in A-01-1, the place chosen for resold goods
    assert counter.send_damaged_to_scrap().reason is ReturnReason.SCRAP_IS_FOR_DAMAGED
    ready = counter.confirm()
    assert (ready.reason, ready.args) == (
        ReturnReason.READY,
        {"resell": Decimal(2), "damaged": Decimal(2)},
    )
    body = counter.create_payload(reason="Wrong colour")
    assert body == {
        "deliveryId": "d1",
        "lines": [
            {"productId": CABLE.id, "quantity": "2", "condition": "resell", "locationId": A1.id},
            {
                "productId": CABLE.id,
                "quantity": "1",
                "condition": "damaged",
                "locationId": QUARANTINE.id,
            },
            {
                "productId": ROUTER.id,
                "quantity": "1",
                "condition": "damaged",
                "locationId": QUARANTINE.id,
            },
        ],
        "reason": "Wrong colour",
    }
    assert counter.refund_left_to_finance
    assert counter.receive_payload() == {"lines": []}  # the places went with the return
    created = {"lines": [
        {"id": "r1", "productId": CABLE.id, "condition": "resell"},
        {"id": "r2", "productId": CABLE.id, "condition": "damaged"},
        {"id": "r3", "productId": ROUTER.id, "condition": "damaged"},
    ]}  # fmt: skip
    assert counter.receive_payload(created)["lines"] == [
        {"lineId": "r1", "condition": "resell", "locationId": A1.id},
        {"lineId": "r2", "condition": "damaged", "locationId": QUARANTINE.id},
        {"lineId": "r3", "condition": "damaged", "locationId": QUARANTINE.id},
    ]


def test_never_more_than_delivered_less_what_came_back_before() -> None:
    counter = session()
    too_many = counter.scan(scan(CABLE, 4))  # 4 delivered, 1 came back already
    assert (too_many.reason, too_many.args) == (
        ReturnReason.TOO_MANY_RETURNED,
        {"sku": "EL-1001", "number": "DO-2026-00003", "quantity": Decimal(4), "most": Decimal(3)},
    )
    assert counter.scan(scan(CABLE, 3)).accepted
    counter.set_condition(Condition.DAMAGED)  # moves the 3 to damaged, still 3 in all
    assert counter.scan(scan(CABLE)).reason is ReturnReason.TOO_MANY_RETURNED
    assert counter.set_quantity(Decimal(4)).reason is ReturnReason.TOO_MANY_RETURNED
    not_on = counter.scan(scan(SWITCH))
    assert (not_on.reason, not_on.args["number"]) == (
        ReturnReason.PRODUCT_NOT_ON_DOCUMENT,
        "DO-2026-00003",
    )
    assert counter.set_quantity(Decimal(0)).reason is ReturnReason.REMOVED
    assert counter.confirm().reason is ReturnReason.NOTHING_SCANNED


def test_damaged_goods_to_scrap_and_resold_ones_only_into_stock() -> None:
    counter = session()
    assert counter.scan(QUARANTINE).reason is ReturnReason.NOT_A_STOCK_LOCATION
    assert counter.scan(SCRAP).reason is ReturnReason.NOT_A_STOCK_LOCATION
    counter.set_condition(Condition.DAMAGED)
    counter.scan(scan(ROUTER, 2))
    assert counter.send_damaged_to_scrap().args == {"count": 1}
    counter.set_condition(Condition.RESELL)
    counter.scan(scan(CABLE))
    assert counter.scan(B1).accepted
    assert counter.create_payload()["lines"] == [
        {"productId": ROUTER.id, "quantity": "2", "condition": "damaged"},  # the server's scrap
        {"productId": CABLE.id, "quantity": "1", "condition": "resell", "locationId": B1.id},
    ]


def test_against_an_invoice_only_its_goods_lines_and_its_earlier_returns() -> None:
    invoice = {
        "id": "i1",
        "number": "INV-2026-00010",
        "state": "posted",
        "lines": [
            {"productId": CABLE.id, "sku": CABLE.sku, "productType": "storable", "quantity": "3"},
            {"productId": "svc", "sku": "INSTALL", "productType": "service", "quantity": "1"},
        ],
    }
    earlier = [{"invoiceId": "i1", "lines": [{"productId": CABLE.id, "quantity": "2"}]}]
    document = returnable_from_invoice(invoice, earlier)
    assert document.kind is DocumentKind.INVOICE
    assert [(x.product.sku, x.returnable) for x in document.lines] == [("EL-1001", 1)]
    counter = ReturnSession(document)
    counter.scan(scan(CABLE))
    counter.scan(A1)
    assert counter.create_payload()["invoiceId"] == "i1"
    assert document_problem(DocumentKind.INVOICE, invoice) is None
    draft = document_problem(DocumentKind.INVOICE, {**invoice, "state": "draft"})
    assert draft is not None and draft.reason is ReturnReason.NOT_RETURNABLE
    shipping = document_problem(DocumentKind.DELIVERY, {**DELIVERY, "state": "confirmed"})
    assert shipping is not None and shipping.args["state"] == "confirmed"


def test_a_document_known_by_its_scanned_number_only() -> None:
    document = returnable_from_delivery({**DELIVERY, "id": None})
    counter = ReturnSession(document)
    counter.scan(scan(ROUTER))
    counter.scan(A1)
    body = counter.create_payload()
    assert body["deliveryNumber"] == "DO-2026-00003" and "deliveryId" not in body


def test_choosing_damaged_after_placing_resold_goods_sends_the_next_ones_elsewhere() -> None:
    counter = session()
    counter.scan(scan(CABLE))
    counter.scan(A1)  # placed: choosing Damaged now re-labels nothing
    assert counter.set_condition(Condition.DAMAGED).args == {"condition": "damaged"}
    assert counter.scan(QUARANTINE).args == {
        "location": "WH1-QUAR",
        "condition": "damaged",
        "count": 0,
    }
    counter.scan(scan(ROUTER))
    assert [(x.condition, x.destination) for x in counter.lines.values()] == [
        (Condition.RESELL, A1),
        (Condition.DAMAGED, QUARANTINE),
    ]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.tuples(st.just("scan"), st.sampled_from((CABLE, ROUTER, SWITCH)), st.integers(0, 4)),
            st.tuples(st.just("condition"), st.sampled_from(Condition)),
            st.tuples(st.just("pad"), st.integers(-1, 5)),
            st.tuples(st.just("place"), st.sampled_from((A1, QUARANTINE, SCRAP))),
            st.tuples(st.just("scrap")),
        ),
        max_size=30,
    )
)
def test_whatever_is_scanned_no_more_comes_back_than_may(steps: list[tuple[Any, ...]]) -> None:
    counter = session()
    for step in steps:
        if step[0] == "scan":
            counter.scan(scan(step[1], step[2]))
        elif step[0] == "condition":
            counter.set_condition(step[1])
        elif step[0] == "pad":
            counter.set_quantity(Decimal(step[1]))
        elif step[0] == "place":
            counter.scan(step[1])
        else:
            counter.send_damaged_to_scrap()
        assert all(line.quantity > 0 for line in counter.lines.values())
        for item in counter.document.lines:
            assert counter.scanned(item.product.id) <= item.returnable
        for line in counter.lines.values():
            if line.destination is not None:
                stock_place = line.destination.kind.value == "stock"
                assert stock_place == (line.condition is Condition.RESELL)
