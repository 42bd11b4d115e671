"""The stock effect of queued pickings, returns and receipts, read from their bodies."""

from __future__ import annotations

import json
from decimal import Decimal

from arkan_desktop.domain.warehouse.effects import (
    combined,
    delivery_effect,
    receipt_effect,
    return_effect,
)
from arkan_desktop.domain.warehouse.pick_list import DeliveryLine
from arkan_desktop.domain.warehouse.picking import PickSession
from arkan_desktop.domain.warehouse.receiving import OrderLine, ReceiveSession
from arkan_desktop.domain.warehouse.returns import (
    Condition,
    DocumentKind,
    ReturnableLine,
    ReturnDocument,
    ReturnSession,
)
from tests.domain.warehouse.stock import A1, B1, CABLE, QUARANTINE, ROUTER, scan, stock


def outbox(body: dict[str, object]) -> dict[str, object]:
    """A body as it comes back from the outbox: through JSON, quantities as text."""
    loaded: dict[str, object] = json.loads(json.dumps(body))
    return loaded


def test_a_queued_picking_takes_its_quantities_out_of_their_locations() -> None:
    session = PickSession(
        [DeliveryLine("l1", CABLE, Decimal(5))], [stock(CABLE, A1, 3), stock(CABLE, B1, 2)]
    )
    while (stop := session.next_stop()) is not None:
        session.scan(stop)
        for task in session.tasks_at(stop.id):
            session.scan(scan(task.product, int(task.quantity)))
    effect = delivery_effect(outbox(session.deliver_payload()))
    assert effect == {(CABLE.id, A1.id): Decimal(-3), (CABLE.id, B1.id): Decimal(-2)}


def test_a_queued_return_adds_where_its_lines_go_and_scrap_drops_out() -> None:
    document = ReturnDocument(
        DocumentKind.DELIVERY,
        "d1",
        "DO-2026-00003",
        (
            ReturnableLine(CABLE, Decimal(5), Decimal(0)),
            ReturnableLine(ROUTER, Decimal(1), Decimal(0)),
        ),
    )
    session = ReturnSession(document)
    session.scan(scan(CABLE, 2))
    session.scan(A1)
    session.set_condition(Condition.DAMAGED)
    session.scan(scan(CABLE))
    session.scan(QUARANTINE)
    session.scan(scan(ROUTER))
    session.send_damaged_to_scrap()
    effect = return_effect(outbox(session.create_payload()))
    assert effect == {(CABLE.id, A1.id): Decimal(2), (CABLE.id, QUARANTINE.id): Decimal(1)}


def test_queued_receipts_fill_their_bins_and_a_whole_queue_adds_up() -> None:
    session = ReceiveSession([OrderLine("pl1", CABLE, Decimal(9), Decimal(0))], [], A1)
    session.scan(scan(CABLE, 4))
    session.scan(A1)
    session.scan(scan(CABLE, 2))
    session.put_elsewhere(B1)
    receipts = [receipt_effect(outbox(body)) for body in session.receive_payloads()]
    assert receipts == [{(CABLE.id, A1.id): Decimal(4)}, {(CABLE.id, B1.id): Decimal(2)}]
    picked = {"lines": [{"productId": CABLE.id, "locationId": A1.id, "quantity": "4"}]}
    assert combined([*receipts, delivery_effect(picked)]) == {(CABLE.id, B1.id): Decimal(2)}


def test_a_body_that_is_not_one_of_ours_has_no_effect() -> None:
    assert delivery_effect({"lines": "oops"}) == {}
    assert receipt_effect({"lines": [{"productId": CABLE.id, "quantity": "2"}]}) == {}
    assert return_effect({"lines": [None, {"productId": CABLE.id, "quantity": "1"}]}) == {}
