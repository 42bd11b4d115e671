"""Answers too big, too slow, or from elsewhere: each ends in one plain line, in bounds.

Every test runs `arkan-desktop sync` as a real process against the broken server on
loopback (tests/support/broken_server.py), with the fault on the invoices list, and
checks the issue's bounds (conftest.bounded: under 60 s, under 300 MB, one line, exit
1), a sound cache, and a sync that works once the server behaves.
"""

from __future__ import annotations

import pytest

from tests.hostile.conftest import Desk, bounded, recovers
from tests.support.broken_server import BrokenServer


def test_a_decompression_bomb_is_not_unpacked(
    desk: Desk, behaving: BrokenServer, bomb: bytes
) -> None:
    """2.3 MB of gzip that unpacks to 512 MB: reading stops at 32 MB unpacked."""
    behaving.set("gzip-bomb")
    run = desk.sync()
    bounded("gzip-bomb", run, exit_code=1, line="The server's answer unpacks to more than 32 MB")
    recovers(desk, behaving)


def test_a_200_mb_answer_is_refused_by_its_length(desk: Desk, behaving: BrokenServer) -> None:
    behaving.set("huge-body")
    run = desk.sync()
    bounded("huge-body", run, exit_code=1, line="The server's answer is 200 MB, more than the 32")
    recovers(desk, behaving)


def test_an_endless_chunked_answer_is_cut_at_the_limit(desk: Desk, behaving: BrokenServer) -> None:
    behaving.set("endless-chunked")
    run = desk.sync()
    bounded("endless-chunked", run, exit_code=1, line="The server's answer is larger than 32 MB")
    recovers(desk, behaving)


@pytest.mark.parametrize("mode", ["drip", "silent"])
def test_a_slow_or_silent_server_is_given_up_on_and_the_message_says_the_real_time(
    desk: Desk, behaving: BrokenServer, mode: str
) -> None:
    """A byte every 10 s never trips a timeout between bytes; the request's own deadline
    (30 s, all attempts) does, and the message says how long it really waited."""
    behaving.set(mode)
    run = desk.sync()
    line = bounded(mode, run, exit_code=1, line="did not answer within 3")
    seconds = int(line.split("within ")[1].split(" s")[0])
    assert 30 <= seconds <= 32, line
    assert run.seconds >= 30
    recovers(desk, behaving)


def test_a_redirect_to_another_host_is_said_as_such(desk: Desk, behaving: BrokenServer) -> None:
    behaving.set("redirect")
    run = desk.sync()
    bounded(
        "redirect",
        run,
        exit_code=1,
        line="The server redirected to another address (http://127.0.0.2:9); "
        "check the server address",
    )
    assert behaving.requests.count("GET /api/v1/accounting/invoices") == 1  # not followed
    recovers(desk, behaving)
