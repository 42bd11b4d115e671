"""The order a whole sync pulls resources in, and the small pool that pulls them.

A first sync must make every list usable in seconds, not after every resource's history:
- first the newest page of each resource still without a watermark (its *head*), so each
  list shows its most recent records; then the rest of each resource (its *history*, or
  an incremental walk for a resource already synced);
- the resources of the tab the user looks at go before anything else; then the master
  data the editors need (partners, products, accounts, taxes); then the rest. A tab
  opened meanwhile jumps the queue (`SyncQueue.prioritise`): the next free slot takes
  its resources, the walks already running go on.
`POOL` resources are walked at once (each walk is sequential: cursors), over the session's
keep-alive connections; every request still waits for the tenant's shared rate budget
(api/ratelimit.py), so the pool hides round trips without ever going past the plan.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass

# Several walks at once hide round trips (a 50 ms link); more would only queue on the
# rate budget and the one database thread.
POOL = 4
# What the editors need to fill a form: partners, products, the chart of accounts, taxes.
MASTER_DATA = (
    "clients",
    "vendors",
    "customers",
    "contacts",
    "products",
    "accounts",
    "taxes",
    "tax_rates",
    "warehouses",
    "locations",
)
HEAD, HISTORY = 0, 1


@dataclass(frozen=True)
class Step:
    resource: str
    phase: int  # HEAD: the newest page only; HISTORY: the rest of the walk


class SyncQueue:
    """The steps of one whole sync, handed out best first as slots free up."""

    def __init__(self, resources: Sequence[str], first: Iterable[str], heads: Iterable[str]):
        self._order = {name: index for index, name in enumerate(resources)}
        self._focus: tuple[str, ...] = ()
        self._pending: set[Step] = {Step(name, HEAD) for name in heads if name in self._order}
        self._pending |= {Step(name, HISTORY) for name in resources}
        self.prioritise(first)
        self.taken: list[Step] = []  # in the order handed out (what the tests read)

    def prioritise(self, resources: Iterable[str]) -> None:
        """These resources (the open tab's) go next, before every other step."""
        self._focus = tuple(name for name in resources if name in self._order)

    def _rank(self, step: Step) -> tuple[int, int, int, int]:
        focused = step.resource in self._focus
        master = step.resource in MASTER_DATA
        return (
            0 if focused else 1,
            step.phase,
            self._focus.index(step.resource) if focused else (0 if master else 1),
            self._order[step.resource],
        )

    def take(self, running: set[str]) -> Step | None:
        """The best step whose resource no slot is walking now (None: nothing free)."""
        free = [step for step in self._pending if step.resource not in running]
        if not free:
            return None
        best = min(free, key=self._rank)
        # A resource's history waits for its head (the order within one resource).
        if best.phase == HISTORY and Step(best.resource, HEAD) in self._pending:
            best = Step(best.resource, HEAD)
        self._pending.discard(best)
        self.taken.append(best)
        return best

    @property
    def empty(self) -> bool:
        return not self._pending


async def run_pool(
    queue: SyncQueue, pull: Callable[[Step], Awaitable[None]], size: int = POOL
) -> None:
    """Run the queue's steps `size` at a time; the first error stops the others."""
    running: set[str] = set()
    changed = asyncio.Event()

    async def slot() -> None:
        while True:
            step = queue.take(running)
            if step is None:
                if queue.empty:
                    return
                changed.clear()
                await changed.wait()  # another slot holds the only resources left
                continue
            running.add(step.resource)
            try:
                await pull(step)
            finally:
                running.discard(step.resource)
                changed.set()

    try:
        async with asyncio.TaskGroup() as group:
            for index in range(size):
                group.create_task(slot(), name=f"sync-slot-{index}")
    except BaseExceptionGroup as failed:
        raise failed.exceptions[0] from None  # what callers of a whole sync catch
