"""id_diff: any change of an ordered id list as removals, one reorder and insertions."""

from __future__ import annotations

import random

from hypothesis import given
from hypothesis import strategies as st

from arkan_desktop.store.lists.id_diff import IdListUpdate, plan_update, runs


def apply(old: list[str], new: list[str], update: IdListUpdate) -> list[str]:
    """What the model does with an update, without Qt."""
    if update.unchanged:
        return list(old)
    if update.reset:
        return list(new)
    ids = list(old)
    for first, last in update.removed:
        del ids[first : last + 1]
    if update.reordered is not None:
        assert sorted(update.reordered) == sorted(ids)
        ids = list(update.reordered)
    for first, last in update.inserted:
        ids[first:first] = new[first : last + 1]
    return ids


def test_runs_group_consecutive_positions() -> None:
    assert runs([0, 1, 2, 5, 7, 8]) == [(0, 2), (5, 5), (7, 8)]
    assert runs([]) == []


def test_same_list_is_unchanged() -> None:
    assert plan_update(["a", "b"], ["a", "b"]).unchanged


def test_inserts_and_removals_keep_survivors_in_place() -> None:
    update = plan_update(["a", "b", "c", "d"], ["x", "a", "c", "d", "y"])
    assert update.removed == [(1, 1)]
    assert update.reordered is None
    assert update.inserted == [(0, 0), (4, 4)]


def test_a_moved_row_is_a_reorder() -> None:
    update = plan_update(["a", "b", "c"], ["c", "a", "b"])
    assert update.reordered == ["c", "a", "b"]
    assert not update.removed and not update.inserted


def test_scattered_changes_become_one_reset() -> None:
    old = [str(i) for i in range(1000)]
    assert plan_update(old, old[::2], max_runs=100).reset


ids = st.lists(st.sampled_from([chr(c) for c in range(ord("a"), ord("a") + 12)]), unique=True)


@given(ids, ids)
def test_applying_the_plan_gives_the_new_list(old: list[str], new: list[str]) -> None:
    assert apply(old, new, plan_update(old, new, max_runs=10_000)) == new


def test_large_lists_plan_quickly() -> None:
    old = [f"{i:08d}" for i in range(200_000)]
    new = list(old)
    head = new[:10]
    random.Random(3).shuffle(head)
    new[:10] = head
    new.insert(5, "new")
    assert apply(old, new, plan_update(old, new)) == new
