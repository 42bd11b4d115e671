"""How one ordered id list becomes another, as the few model signals that say so.

A list view must be told precisely what changed to keep its selection and scroll
position. Any change of an ordered id list is: some rows removed, the survivors perhaps
reordered, some rows inserted. Each step maps to Qt's signals (rowsRemoved, layoutChanged,
rowsInserted), is computed in linear time, and needs no Qt, so it runs on the list
reader thread. When the change is too scattered (hundreds of separate runs, e.g. a filter
cleared on a large list) one reset is cheaper for the view than that many signals.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

MAX_RUNS = 100


@dataclass(frozen=True)
class IdListUpdate:
    unchanged: bool = False
    reset: bool = False
    # (first, last) old positions, bottom-up: remove in this order
    removed: list[tuple[int, int]] = field(default_factory=list)
    # the survivors in their new order, when it differs from their old order
    reordered: list[str] | None = None
    # (first, last) new positions, top-down: insert in this order
    inserted: list[tuple[int, int]] = field(default_factory=list)


def runs(positions: Iterable[int]) -> list[tuple[int, int]]:
    """Ascending positions grouped into (first, last) runs of consecutive numbers."""
    out: list[tuple[int, int]] = []
    for position in positions:
        if out and out[-1][1] == position - 1:
            out[-1] = (out[-1][0], position)
        else:
            out.append((position, position))
    return out


def plan_update(old: Sequence[str], new: Sequence[str], max_runs: int = MAX_RUNS) -> IdListUpdate:
    """The steps that turn `old` into `new` (ids are unique within each list)."""
    if old == new:
        return IdListUpdate(unchanged=True)
    if not old or not new:
        if not new:
            return IdListUpdate(removed=[(0, len(old) - 1)])
        return IdListUpdate(inserted=[(0, len(new) - 1)])
    new_set, old_set = set(new), set(old)
    removed = runs(i for i, record_id in enumerate(old) if record_id not in new_set)
    inserted = runs(i for i, record_id in enumerate(new) if record_id not in old_set)
    if len(removed) + len(inserted) > max_runs:
        return IdListUpdate(reset=True)
    survivors_old = [record_id for record_id in old if record_id in new_set]
    survivors_new = [record_id for record_id in new if record_id in old_set]
    reordered = None if survivors_old == survivors_new else survivors_new
    return IdListUpdate(removed=removed[::-1], reordered=reordered, inserted=inserted)
