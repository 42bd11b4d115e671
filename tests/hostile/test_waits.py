"""Rate limits that would keep a desk waiting: capped, shown, and cancellable.

A server asking to wait a day is told "try again in 24 h" at once; one saying it allows
one request a minute is not believed (a sync does not crawl at one page in 4 minutes);
a wait the client does sit through is shown on stderr and ends at once on Ctrl+C.
"""

from __future__ import annotations

import re

from tests.hostile.conftest import FIGURES, MAX_PEAK_MB, Desk, bounded, recovers
from tests.support.broken_server import BrokenServer


def test_a_day_long_retry_after_fails_at_once_with_when_to_try(
    desk: Desk, behaving: BrokenServer
) -> None:
    behaving.set("retry-after")
    run = desk.sync()
    bounded(
        "retry-after",
        run,
        exit_code=1,
        line="The server's request limit is used up; try again in 24 h",
    )
    assert behaving.faulted == 1  # not 30 waits of an hour each
    recovers(desk, behaving)


def test_a_limit_of_one_request_a_minute_is_not_believed(
    desk: Desk, behaving: BrokenServer
) -> None:
    """Every invoices page says "limit 1, none left, reset in 240 s" yet answers: a full
    walk (four pages) goes at the server's real pace, and the log says why."""
    behaving.set("rate-limit-one")
    run = desk.sync("--full")
    bounded("rate-limit-one", run, exit_code=0, line="Synced ")
    assert behaving.faulted >= 4
    log = (desk.home / "logs" / "arkan-desktop.log").read_text()
    assert "the server says it allows 1 requests a minute; not believed" in log
    recovers(desk, behaving)


def test_a_wait_is_shown_and_ctrl_c_ends_it_cleanly(desk: Desk, behaving: BrokenServer) -> None:
    behaving.retry_after = "42"
    behaving.set("retry-after")
    run = desk.sync(interrupt_when="waiting for the server's rate limit")
    assert run.returncode == 130, run.stderr
    waiting, interrupted = run.lines
    assert re.fullmatch(r"arkan-desktop: waiting for the server's rate limit, \d+ s", waiting)
    assert 42 <= int(waiting.split(", ")[1].split(" ")[0]) <= 63  # 42 s, and up to half again
    assert interrupted == "arkan-desktop: interrupted"
    assert run.seconds < 42, "Ctrl+C ended the wait, it did not run out"
    assert run.peak_mb < MAX_PEAK_MB and "Traceback" not in run.stderr
    FIGURES["retry-after 42 s, Ctrl+C"] = (run.seconds, run.peak_mb, 130, run.stderr.strip())
    recovers(desk, behaving)
