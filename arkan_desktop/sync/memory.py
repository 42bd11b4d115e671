"""Garbage collection during a whole sync, so that it never holds the window still.

A first sync builds and drops millions of small objects (pages, records, rows). CPython's
cyclic collector then runs full (generation-2) collections over every object the process
holds — ~300 MB by the end of a big company — on whichever thread allocates, the
database thread usually, holding the GIL for 120–240 ms each: the UI thread cannot run
(issue 19 found 8 of the 10 longest stalls were such collections). During a whole sync:
- what exists when it starts (the modules, the window, the lists already read) is moved
  out of the collector's sight (`gc.freeze()`: it is long-lived; walking it again and
  again finds nothing), so a full collection walks only what the sync made;
- young collections run less often (`BULK_THRESHOLDS`: the pages are short-lived; most
  die before a collection would look at them) and full ones rarely.
Afterwards the usual thresholds come back and the frozen objects are handed back to the
collector (`gc.unfreeze()`), so garbage among them is still found one day; reference
counting frees everything else at once, as always.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

# (young, middle, old): a young collection after 20,000 net allocations instead of 700,
# a full one after 50 middle ones instead of 10.
BULK_THRESHOLDS = (20_000, 20, 50)

_lock = threading.Lock()
_depth = 0
_saved: tuple[int, int, int] | None = None


@contextlib.contextmanager
def bulk_collection() -> Iterator[None]:
    """Collect for bulk work while the block runs (nested and concurrent uses share it)."""
    global _depth, _saved
    with _lock:
        _depth += 1
        if _depth == 1:
            _saved = gc.get_threshold()
            gc.freeze()
            gc.set_threshold(*BULK_THRESHOLDS)
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _saved is not None:
                gc.set_threshold(*_saved)
                gc.unfreeze()
                _saved = None
