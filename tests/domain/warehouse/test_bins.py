"""Walking order: bin codes compare field by field, numbers as numbers, as a total order."""

from __future__ import annotations

import random

from hypothesis import given
from hypothesis import strategies as st

from arkan_desktop.domain.warehouse.bins import (
    Bin,
    LocationKind,
    bin_from_location,
    in_walking_order,
    walking_key,
)


def codes(*items: str) -> list[str]:
    return [b.code for b in in_walking_order(Bin(c, c) for c in items)]


def test_a2_comes_before_a10_and_aisles_before_racks() -> None:
    shuffled = ["WH1-B-01-1", "WH1-A-10-1", "WH1-A-2-1", "WH1-A-02-10", "WH1-A-02-9"]
    random.Random(4).shuffle(shuffled)
    assert codes(*shuffled) == [
        "WH1-A-2-1",
        "WH1-A-02-9",
        "WH1-A-02-10",
        "WH1-A-10-1",
        "WH1-B-01-1",
    ]


def test_numbers_come_before_letters_and_a_shorter_code_first() -> None:
    assert codes("A-B", "A-10", "A", "a-2") == ["A", "a-2", "A-10", "A-B"]


def test_the_same_place_written_two_ways_still_has_one_order() -> None:
    assert walking_key("A-01") != walking_key("A-1")
    assert codes("A-1", "A-01") == codes("A-01", "A-1")


def test_a_location_record_becomes_a_bin_of_its_kind() -> None:
    shelf = bin_from_location({"id": "l1", "code": "WH1-A-01-1", "warehouseId": "w"})
    assert (shelf.kind, shelf.barcode, shelf.warehouse_id) == (
        LocationKind.STOCK,
        "LOC-WH1-A-01-1",
        "w",
    )
    quarantine = {"id": "l2", "code": "WH1-QUAR", "type": "internal", "purpose": "quarantine"}
    assert bin_from_location(quarantine).kind is LocationKind.QUARANTINE
    assert bin_from_location({"id": "l3", "code": "Scrap", "type": "scrap"}).kind is (
        LocationKind.SCRAP
    )
    assert bin_from_location({"id": "l4", "code": "Customers", "type": "customer"}).kind is (
        LocationKind.OTHER
    )


fields = st.tuples(
    st.sampled_from("ABCD"),
    st.integers(0, 30),
    st.integers(0, 9),
    st.integers(0, 30),
    st.integers(0, 2),  # zero padding
)


def written(parts: tuple[str, int, int, int, int]) -> str:
    aisle, rack, level, slot, pad = parts
    return f"WH1-{aisle}-{rack:0{pad + 1}d}-{level}-{slot:0{pad + 1}d}"


@given(st.lists(fields, max_size=25), st.randoms())
def test_walking_order_is_the_natural_order_whatever_the_padding(
    places: list[tuple[str, int, int, int, int]], rnd: random.Random
) -> None:
    shuffled = [written(p) for p in places]
    rnd.shuffle(shuffled)
    got = sorted(shuffled, key=walking_key)
    by_place = {written(p): p[:4] for p in places}
    assert [by_place[c] for c in got] == sorted(by_place[c] for c in got)


@given(st.lists(st.text(min_size=1, max_size=12), min_size=2, max_size=12, unique=True))
def test_walking_order_is_total_any_text(items: list[str]) -> None:
    keys = [walking_key(c) for c in items]
    assert len(set(keys)) == len(items)  # no two different codes tie
    assert sorted(items, key=walking_key) == sorted(reversed(items), key=walking_key)
