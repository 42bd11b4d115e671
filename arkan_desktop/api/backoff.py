"""The one wait between retries for the whole client: exponential, with full jitter.

Requests, the events socket and the outbox all back off this way, so many desks that
lost the same server do not all come back in the same instant. No I/O, no sleeping:
callers sleep for what this returns.
"""

from __future__ import annotations

import random

# 2**60 times any base is already far beyond any cap; a bigger exponent would only risk
# an OverflowError in float arithmetic after a very long outage.
_MAX_EXPONENT = 60


def backoff(attempt: int, *, base: float, cap: float, rng: random.Random) -> float:
    """A random wait in [0, min(cap, base * 2**(attempt - 1))] for the `attempt`-th retry."""
    exponent = min(max(0, attempt - 1), _MAX_EXPONENT)
    return rng.uniform(0, min(cap, base * 2**exponent))
