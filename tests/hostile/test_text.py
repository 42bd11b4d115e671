"""Hostile text from a server: escape sequences, binary garbage, echoed secrets.

Nothing a terminal would obey reaches it, a binary body is summarised, and no key,
password or token a server echoes back reaches the terminal, the log file or an
`ApiError` (conftest.bounded also checks every byte of the output for controls).
"""

from __future__ import annotations

import json

from arkan_desktop.api.errors import error_from_response
from arkan_desktop.api.text import redact, server_text
from arkan_desktop.store.cache import Cache
from tests.hostile.conftest import TERMINAL_CONTROLS, Desk, bounded, recovers, run_cli
from tests.support.broken_server import ECHOED_SECRETS, ESCAPES, BrokenServer
from tests.test_cli import queue_offline_invoice

SECRETS = ("SECRET1", "SECRET2", "hunter2SECRET3", "SECRET4tok", "SECRET5", "SECRET6")


def test_escape_sequences_never_reach_the_terminal(desk: Desk, behaving: BrokenServer) -> None:
    """The sync's failure and the outbox's rejection both come back plain and capped."""
    with Cache.open(desk.cache_file()) as cache:
        client = next(iter(cache.ids("clients")))
        product = cache.get("products", next(iter(cache.ids("products"))))
    assert product is not None
    # The helper only needs the server's address: the broken server stands in for it.
    queue_offline_invoice(desk.home, behaving, client, product)  # type: ignore[arg-type]
    behaving.set("escape-text")  # the invoice's POST is refused too, with the same text
    run = desk.sync()
    line = bounded("escape-text", run, exit_code=1, line="Invoice refused red long long")
    assert line.endswith("…") and len(line) <= len("arkan-desktop: ") + 500
    listing = run_cli(desk, "outbox")
    assert listing.returncode == 0 and "rejected" in listing.stdout
    assert "Invoice refused red" in listing.stdout and "linesred: red" in listing.stdout
    assert not TERMINAL_CONTROLS.search(listing.stdout), repr(listing.stdout)
    recovers(desk, behaving)


def test_a_binary_500_is_summarised_not_printed(desk: Desk, behaving: BrokenServer) -> None:
    behaving.set("binary-500")
    run = desk.sync()
    line = bounded("binary-500", run, exit_code=1)
    assert line == "arkan-desktop: The server answered 500 with 590 bytes of binary data"
    recovers(desk, behaving)


def test_secrets_a_server_echoes_reach_no_output_no_log_and_no_error(
    desk: Desk, behaving: BrokenServer
) -> None:
    behaving.set("echo-secrets")
    run = desk.sync()
    line = bounded("echo-secrets", run, exit_code=1, line="Bad request; you sent")
    assert "authorization: Bearer ***" in line and "x-arvalox-api-key: ***" in line
    log = (desk.home / "logs" / "arkan-desktop.log").read_text()
    for secret in (*SECRETS, "eyJ"):
        assert secret not in run.stdout + run.stderr + log, secret
    recovers(desk, behaving)


def test_an_error_built_from_hostile_text_is_clean_in_every_part() -> None:
    body = {
        "message": "Refused " + ESCAPES + "; ".join(ECHOED_SECRETS),
        "errors": [{"field": "lines" + ESCAPES, "message": "<b>bold</b>" + ESCAPES * 100}],
    }
    error = error_from_response(400, json.dumps(body).encode(), "application/json")
    shown = [error.message, *(f"{e.field} {e.message}" for e in error.field_errors)]
    for text in shown:
        assert not TERMINAL_CONTROLS.search(text), repr(text)
        assert len(text) <= 501
        for secret in SECRETS:
            assert secret not in text
    assert error.field_errors[0].field == "linesred"


def test_redaction_covers_every_spelling_and_case() -> None:
    cases = {
        "apiKey: k1x": "apiKey: ***",
        "API_KEY=k2x": "API_KEY=***",
        "api-key = k3x": "api-key = ***",
        "X-Arvalox-Api-Key: k4x": "X-Arvalox-Api-Key: ***",
        "x_arvalox_api_key=k5x": "x_arvalox_api_key=***",
        "Password: p6x": "Password: ***",
        "passwd=p7x": "passwd=***",
        "Authorization: Token t8xxxxxxxx": "Authorization: Token ***",
        "authorization: Basic dXNlcjpwYXNz": "authorization: Basic ***",
        "Bearer abcdefghijk": "Bearer ***",
        '{"accessToken": "a b c"}': '{"accessToken": "***"}',
        "{'client_secret': 's9x'}": "{'client_secret': '***'}",
        "?token=t10&company=c1": "?token=***&company=c1",
        "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln": "***",
    }
    for text, expected in cases.items():
        assert redact(text) == expected, text
    assert redact("The password is too short") == "The password is too short"


def test_server_text_keeps_meaning_and_drops_what_a_terminal_obeys() -> None:
    assert server_text("a\x1b]0;title\x07b\x1b[2Jc\x9b31md\u202ee") == "abcde"
    assert server_text("line one\r\nline two\n\n\n\nline three", newlines=True) == (
        "line one\nline two\n\nline three"
    )
    assert server_text("x" * 600).endswith("…") and len(server_text("x" * 600)) == 500
    assert server_text(None) == ""
