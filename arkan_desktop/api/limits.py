"""The limits the client keeps to with any server, however broken or hostile it is.

A server the client does not control (a misconfigured proxy, a buggy deployment, a
man-in-the-middle) must not be able to exhaust its memory, keep it waiting for ever or
fill its cache with nonsense. Each limit below is far beyond what a working server
sends (the figures are measured against the sandbox and say so), and each one, when hit,
gives one plain sentence and leaves nothing half-applied. docs/RELIABILITY.md lists
them for people. Nothing here does I/O.
"""

from __future__ import annotations

import math

# --- answers -----------------------------------------------------------------------------

# The largest legitimate page is 100 purchase orders with their lines: 328 KB from the
# sandbox (100 invoices with lines: 181 KB). An answer may be 100 times that, as received
# and again as unpacked (a 1 MB gzip that unpacks to gigabytes stops here).
MAX_ANSWER_BYTES = 32 << 20
# JSON nested deeper than this is no record (an invoice's lines are 4 deep).
MAX_JSON_DEPTH = 64
# One request, every attempt and the backoff between them included (not the waits a
# rate limit asks for): a server that drips a byte every 10 s or never answers is given
# up on after this, and the message says how long it really was. (A page of 100
# invoices takes the sandbox 0.1 s; the read timeout between two bytes is 30 s too.)
REQUEST_DEADLINE = 30.0

# --- records -----------------------------------------------------------------------------

# An id longer than this is no id (UUIDs are 36, composite stock ids 73).
MAX_ID_LENGTH = 256

# --- walks -------------------------------------------------------------------------------

# A list walk may take this many pages more than its `total` says it needs (records
# added while it walks), and never more than the ceiling when the server gives no total.
EXTRA_PAGES = 10
MAX_PAGES = 5_000
# At sign-in: the companies of one account.
MAX_COMPANY_PAGES = 20

# --- waits -------------------------------------------------------------------------------

# The longest one rate-limit wait the client sits through; a server that asks for more
# is told "try again later" at once. All the waits of one request stop at the budget.
MAX_WAIT = 300.0
WAIT_BUDGET = 900.0
# A wait this long or longer is shown (the command line's progress line, the status bar).
SHOWN_WAIT = 2.0
# A server that says it allows fewer requests a minute than this is not believed: its
# `X-RateLimit-*` headers are set aside (and the log says so) and the client paces as
# if it had not said; a 429 is still waited out. (Arvalox allows 50, a free plan 60.)
MIN_RATE_LIMIT = 10


def pages_allowed(total: int | None, limit: int | None, ceiling: int = MAX_PAGES) -> int:
    """How many pages a walk may take: what `total` needs plus room, else the ceiling."""
    if total is None or not limit:
        return ceiling
    return min(ceiling, math.ceil(total / limit) + EXTRA_PAGES)


def too_many_pages(title: str, pages: int, total: int | None) -> str:
    """The sentence for a walk stopped at its page limit."""
    if total is None:
        return (
            f"The server's list of {title} went on for {pages:,} pages without an end; "
            "the walk was stopped"
        )
    return (
        f"The server's list of {title} went on for {pages:,} pages although it said it "
        f"holds {total:,} records; the walk was stopped"
    )
