"""Counts: per location or per product, blind ones hiding what is expected until review."""

from __future__ import annotations

from decimal import Decimal

import pytest

from arkan_desktop.domain.warehouse.counting import (
    CountMode,
    CountReason,
    CountSession,
    ExpectationsHidden,
    ExpectedStock,
)
from tests.domain.warehouse.stock import A1, A2, B1, CABLE, ROUTER, SCRAP, SWITCH, scan

EXPECTED = [
    ExpectedStock(CABLE, A1, Decimal(5)),
    ExpectedStock(ROUTER, A1, Decimal(2)),
    ExpectedStock(CABLE, B1, Decimal(3)),
]


def test_a_blind_count_hides_the_expected_figures_until_review() -> None:
    count = CountSession(CountMode.LOCATION, EXPECTED, blind=True)
    assert count.scan(scan(CABLE)).reason is CountReason.SCAN_LOCATION_FIRST
    assert count.scan(A1).args == {"location": "WH1-A-01-1"}
    outcomes = [count.scan(scan(CABLE)) for _ in range(4)]
    outcomes.append(count.scan(scan(SWITCH)))  # not expected here: no hint of it
    assert {o.reason for o in outcomes} == {CountReason.COUNTED}
    assert all(set(o.args) == {"sku", "quantity", "location"} for o in outcomes)
    assert [(x.product.sku, x.counted, x.expected) for x in count.lines()] == [
        ("EL-1001", 4, None),
        ("EL-2002", None, None),
        ("EL-3003", 1, None),
    ]
    assert count.expected(CABLE.id, A1.id) is None
    with pytest.raises(ExpectationsHidden):
        count.differences()
    assert count.confirm().reason is CountReason.REVIEW_FIRST
    with pytest.raises(ValueError):
        count.count_payloads()

    reviewed = count.review()
    assert (reviewed.reason, reviewed.args) == (CountReason.DIFFERENCES, {"count": 3})
    assert count.expected(CABLE.id, A1.id) == 5
    assert [(d.product.sku, d.expected, d.counted, d.difference) for d in count.differences()] == [
        ("EL-1001", 5, 4, -1),
        ("EL-2002", 2, 0, -2),  # expected, not found
        ("EL-3003", 0, 1, 1),
    ]
    count.scan(scan(CABLE))  # a recount after review needs a new review
    assert count.confirm().reason is CountReason.REVIEW_FIRST
    assert count.expected(CABLE.id, A1.id) == 5  # once seen, no longer hidden
    count.review()
    assert count.count_payloads() == [
        {
            "locationId": A1.id,
            "lines": [
                {"productId": CABLE.id, "countedQuantity": "5"},
                {"productId": ROUTER.id, "countedQuantity": "0"},
                {"productId": SWITCH.id, "countedQuantity": "1"},
            ],
            "apply": True,
        }
    ]


def test_an_open_count_shows_its_figures_and_stays_at_one_location() -> None:
    count = CountSession(CountMode.LOCATION, EXPECTED)
    assert count.scan(SCRAP).reason is CountReason.NOT_COUNTABLE
    count.scan(A1)
    assert count.expected(ROUTER.id, A1.id) == 2
    other = count.scan(B1)
    assert (other.reason, other.args) == (
        CountReason.OTHER_LOCATION,
        {"location": "WH1-A-01-1", "scanned": "WH1-B-02-1"},
    )
    assert count.set_quantity(Decimal(2)).reason is CountReason.SCAN_PRODUCT_FIRST
    count.scan(scan(CABLE))
    assert count.set_quantity(Decimal(-1)).reason is CountReason.NEGATIVE_COUNT
    assert count.set_quantity(Decimal(10**7)).reason is CountReason.NOT_A_COUNT
    assert count.set_quantity(Decimal(5)).accepted
    count.scan(scan(ROUTER, 2))
    assert count.scan(scan(ROUTER, 0)).reason is CountReason.ZERO_LABEL_COUNT
    assert count.review().reason is CountReason.NO_DIFFERENCES


def test_a_count_per_product_goes_location_by_location() -> None:
    count = CountSession(CountMode.PRODUCT, EXPECTED, blind=True)
    assert count.scan(A1).reason is CountReason.SCAN_PRODUCT_FIRST
    assert count.scan(scan(CABLE)).reason is CountReason.PRODUCT_CHOSEN
    assert count.locations_to_visit() == [A1, B1]  # where to go, not how many
    assert count.scan(scan(CABLE)).reason is CountReason.SCAN_LOCATION_FIRST
    assert count.scan(scan(ROUTER)).args == {"sku": "EL-1001", "scanned": "EL-2002"}
    count.scan(A1)
    count.scan(scan(CABLE, 5))
    count.scan(A2)  # found some where none was expected
    count.scan(scan(CABLE, 2))
    assert count.review().args == {"count": 2}  # A-01-2 found 2, B-02-1 not counted
    assert count.confirm().args == {"count": 3}
    assert count.count_payloads() == [
        {"locationId": A1.id, "lines": [{"productId": CABLE.id, "countedQuantity": "5"}],
         "apply": True},
        {"locationId": A2.id, "lines": [{"productId": CABLE.id, "countedQuantity": "2"}],
         "apply": True},
        {"locationId": B1.id, "lines": [{"productId": CABLE.id, "countedQuantity": "0"}],
         "apply": True},
    ]  # fmt: skip


def test_nothing_to_review_before_a_location_or_product_is_chosen() -> None:
    count = CountSession(CountMode.LOCATION, EXPECTED, blind=True)
    assert count.review().reason is CountReason.NOTHING_TO_REVIEW
    assert count.confirm().reason is CountReason.NOTHING_TO_REVIEW
