"""What a benchmark hands the suite (`python -m bench`): its figures.

Every benchmark module keeps its own `main()` for running it alone, and offers
`measure(quick: bool) -> list[Figure]` for the suite. A figure is this run's median
next to its target and the floor or peer measured in the same run; the suite writes
them into docs/PERFORMANCE.md. `quick` asks for a smaller run (fewer repeats, smaller
data) when the whole suite must finish fast; the figure says what it measured in `note`.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    """One measured figure of one benchmark."""

    name: str  # what was measured: "20-line invoice PDF, p50"
    value: float  # this run's median (or the statistic the name says)
    unit: str  # "ms", "s", "records/s", "MB"
    target: float | None = None  # the target, in `unit`
    lower_is_better: bool = True  # False for rates (records/s)
    peer_name: str = ""  # the floor or peer measured in the same run: "bare SQLite"
    peer_value: float | None = None  # in `unit`
    note: str = ""  # size of the run, caveats

    @property
    def meets_target(self) -> bool | None:
        if self.target is None:
            return None
        return self.value <= self.target if self.lower_is_better else self.value >= self.target

    @property
    def ratio(self) -> float | None:
        """This figure over its peer's (so > 1 means slower for times, faster for rates)."""
        if self.peer_value in (None, 0):
            return None
        return self.value / self.peer_value  # type: ignore[operator]
