"""Whatever is scanned, in whatever order: never more than ordered, never more than a
location holds, and a picker who follows the route picks all there is."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from arkan_desktop.domain.warehouse.pick_list import DeliveryLine, StockAt
from arkan_desktop.domain.warehouse.picking import PickSession, PickStep, ShortageReason
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

PRODUCTS = (CABLE, ROUTER)
BINS = (A1, A2, A10, B1, C1)

deliveries = st.lists(
    st.tuples(st.sampled_from(PRODUCTS), st.integers(1, 8)), min_size=1, max_size=3
).map(lambda xs: [DeliveryLine(f"l{i}", p, Decimal(q)) for i, (p, q) in enumerate(xs)])
stocks = st.lists(
    st.tuples(st.sampled_from(PRODUCTS), st.sampled_from((*BINS, QUARANTINE)), st.integers(0, 6)),
    max_size=8,
).map(lambda xs: [stock(p, b, q) for p, b, q in xs])
actions = st.lists(
    st.one_of(
        st.tuples(st.just("location"), st.sampled_from((*BINS, QUARANTINE))),
        st.tuples(st.just("product"), st.sampled_from((*PRODUCTS, SWITCH)), st.integers(0, 7)),
        st.tuples(st.just("pad"), st.integers(-1, 9)),
        st.tuples(st.just("leave")),
        st.tuples(st.just("end")),
        st.tuples(st.just("reason"), st.sampled_from(ShortageReason)),
    ),
    max_size=40,
)


def act(session: PickSession, action: tuple[Any, ...]) -> bool:
    kind = action[0]
    if kind == "location":
        return session.scan(action[1]).accepted
    if kind == "product":
        return session.scan(scan(action[1], action[2])).accepted
    if kind == "pad":
        return session.set_quantity(Decimal(action[1])).accepted
    if kind == "leave":
        return session.leave_location().accepted
    if kind == "end":
        return session.end_route().accepted
    return session.set_shortage_reason(action[1]).accepted


def held(stock_list: list[StockAt]) -> dict[tuple[str, str], Decimal]:
    out: dict[tuple[str, str], Decimal] = defaultdict(Decimal)
    for at in stock_list:
        if at.bin != QUARANTINE:
            out[(at.product_id, at.bin.id)] += at.quantity
    return out


def ordered(lines: list[DeliveryLine]) -> dict[str, Decimal]:
    out: dict[str, Decimal] = defaultdict(Decimal)
    for line in lines:
        out[line.product.id] += line.quantity
    return out


@settings(max_examples=300, deadline=None)
@given(deliveries, stocks, actions)
def test_a_session_never_picks_more_than_ordered_or_than_a_location_holds(
    lines: list[DeliveryLine], stock_list: list[StockAt], steps: list[tuple[Any, ...]]
) -> None:
    session = PickSession(lines, stock_list)
    there, need = held(stock_list), ordered(lines)
    for action in steps:
        before = dict(session.picked)
        if not act(session, action):
            assert session.picked == before  # a refusal changes nothing
        for key, quantity in session.picked.items():
            assert 0 < quantity <= there[key]
        for product_id, quantity in need.items():
            assert session.picked_total(product_id) <= quantity
    if session.confirm().accepted:
        body = session.deliver_payload()
        per_line: dict[str, Decimal] = defaultdict(Decimal)
        per_bin: dict[tuple[str, str], Decimal] = defaultdict(Decimal)
        for line in body["lines"]:
            per_line[line["lineId"]] += Decimal(line["quantity"])
            per_bin[(line["productId"], line["locationId"])] += Decimal(line["quantity"])
        assert all(per_line[x.line_id] <= x.quantity for x in lines)
        assert per_bin == session.picked
        assert ("shortageReason" in body) == bool(session.missing())


@settings(max_examples=200, deadline=None)
@given(deliveries, stocks)
def test_following_the_route_picks_all_there_is_and_walks_forward(
    lines: list[DeliveryLine], stock_list: list[StockAt]
) -> None:
    session = PickSession(lines, stock_list)
    there, need = held(stock_list), ordered(lines)
    visited = []
    while (stop := session.next_stop()) is not None:
        assert session.scan(stop).accepted
        visited.append(stop)
        for task in session.tasks_at(stop.id):
            assert session.scan(scan(task.product, int(task.quantity))).accepted
    assert visited == sorted(visited, key=BINS.index)  # walking order
    for product_id, quantity in need.items():
        available = sum((q for (p, _), q in there.items() if p == product_id), Decimal(0))
        assert session.picked_total(product_id) == min(quantity, available)
    if session.missing():
        assert session.step is PickStep.CHOOSE_SHORTAGE_REASON
        session.set_shortage_reason(ShortageReason.NOT_FOUND)
    assert session.step is (PickStep.CONFIRM if session.picked else PickStep.NOTHING_TO_PICK)
