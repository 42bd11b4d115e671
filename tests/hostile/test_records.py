"""Bad records and endless lists: stored or refused as they deserve, said once, in bounds.

A stamp in year 9999 or 0001 is stored but moves no watermark (and a cache already
poisoned by one repairs itself on `--full`); a 5 MB id is stored nowhere; duplicates
count once; an endless stream of cursors stops at what the list's total allows, at
sign-in too.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta

import httpx

from arkan_desktop.api.answers import ServerClock
from arkan_desktop.sandbox.server import SandboxServer
from tests.hostile.conftest import Desk, bounded, cached_ids, recovers, run_cli
from tests.sandbox.conftest import COMPANY_1, Api
from tests.support.broken_server import BrokenServer


def watermark(desk: Desk, resource: str) -> str:
    with sqlite3.connect(desk.cache_file()) as db:
        row = db.execute("SELECT value FROM watermarks WHERE resource = ?", (resource,))
        return str(row.fetchone()[0])


def poison(desk: Desk, resource: str, value: str) -> None:
    with sqlite3.connect(desk.cache_file()) as db:
        db.execute("UPDATE watermarks SET value = ? WHERE resource = ?", (value, resource))


def server_invoices(sandbox: SandboxServer) -> set[str]:
    """What the server really holds (asked directly, not through the broken front)."""
    return {
        i["id"] for i in Api(sandbox, "admin@demo.local", COMPANY_1).all("/accounting/invoices")
    }


def test_a_record_stamped_in_year_9999_is_stored_but_moves_no_watermark(
    desk: Desk, behaving: BrokenServer
) -> None:
    behaving.set("future-stamp")
    run = desk.sync()
    bounded("future-stamp", run, exit_code=0, line="Synced ")
    assert (
        "warning: 1 invoices record was stamped in the future (9999-12-31T23:59:59.999Z): "
        "stored, but not trusted" in run.stdout
    )
    assert run.stdout.count("warning:") == 1
    # The newest real stamp (other tests add invoices to this sandbox), never year 9999.
    moved_to = datetime.fromisoformat(watermark(desk, "invoices").replace("Z", "+00:00"))
    assert moved_to <= datetime.now(UTC) + timedelta(minutes=5)
    recovers(desk, behaving)
    assert watermark(desk, "invoices").startswith("20")


def test_a_cache_poisoned_by_a_future_watermark_repairs_itself_on_full(
    desk: Desk, behaving: BrokenServer, sandbox: SandboxServer
) -> None:
    """Before this client trusted no stamp blindly, a 9999 watermark froze the cache for
    good ("0 records", stale rows); `sync --full` starts from no watermark at all."""
    gone = sorted(cached_ids(desk.cache_file(), "invoices"))[:5]
    with sqlite3.connect(desk.cache_file()) as db:
        db.execute("PRAGMA foreign_keys = ON")
        db.executemany("DELETE FROM invoices WHERE id = ?", [(g,) for g in gone])
    poison(desk, "invoices", "9999-12-31T23:59:59.999Z")
    run = desk.sync("--full")
    bounded("poisoned-watermark --full", run, exit_code=0, line="Synced ")
    assert set(gone) <= cached_ids(desk.cache_file(), "invoices")
    assert cached_ids(desk.cache_file(), "invoices") == server_invoices(sandbox)
    assert watermark(desk, "invoices").startswith("20")


def test_a_record_stamped_year_1_raises_nothing_then_or_later(
    desk: Desk, behaving: BrokenServer
) -> None:
    behaving.set("ancient-stamp")
    run = desk.sync()
    bounded("ancient-stamp", run, exit_code=0, line="Synced ")
    assert "stamped before 2000 (0001-01-01T00:00:00)" in run.stdout
    assert watermark(desk, "invoices").startswith("20")
    # A cache that took one as its watermark before: the next sync no longer overflows.
    poison(desk, "invoices", "0001-01-01T00:00:00")
    later = recovers(desk, behaving)
    assert "OverflowError" not in later.stderr
    assert "sync point (0001-01-01T00:00:00) could not be trusted" in later.stdout
    assert watermark(desk, "invoices").startswith("20")


def test_a_5_mb_id_is_stored_nowhere_and_said_once(desk: Desk, behaving: BrokenServer) -> None:
    behaving.set("huge-id")
    run = desk.sync()
    # The rest is stored, but the copy is not whole: the sync says so and fails.
    bounded("huge-id", run, exit_code=1, line="1 record could not be stored (invoices)")
    said = [line for line in run.stdout.splitlines() if "not stored" in line]
    assert said == [
        "  not stored (invoices): invoices record with an id of 5,242,880 characters "
        "(more than 256): not stored"
    ]
    with sqlite3.connect(desk.cache_file()) as db:
        assert db.execute("SELECT max(length(id)) FROM invoices").fetchone()[0] < 100
    assert desk.cache_file().stat().st_size < 64 << 20
    recovers(desk, behaving)


def test_duplicates_count_once(desk: Desk, behaving: BrokenServer, sandbox: SandboxServer) -> None:
    behaving.set("duplicates")
    run = desk.sync("--full", "--json")
    taken = json.loads(run.stdout)["resources"]["invoices"]["records"]
    bounded("duplicates", run, exit_code=0, told=f"invoices: {taken} records (each sent 3 times)")
    assert taken == len(server_invoices(sandbox))  # each page sent every record 3 times
    status = json.loads(run_cli(desk, "status", "--json").stdout)
    assert status["resources"]["invoices"]["count"] == taken
    recovers(desk, behaving)


def test_endless_cursors_stop_at_what_the_total_allows(
    desk: Desk, behaving: BrokenServer, sandbox: SandboxServer
) -> None:
    total = len(server_invoices(sandbox))
    behaving.set("endless-cursors")
    run = desk.sync("--full")
    pages = -(-total // 100) + 10  # what the total needs, and ten pages of room
    bounded(
        "endless-cursors",
        run,
        exit_code=1,
        line=f"The server's list of invoices went on for {pages} pages although it said "
        f"it holds {total} records; the walk was stopped",
    )
    assert behaving.faulted == pages
    # The pages it applied held made-up records: a full sync once the server behaves
    # removes them.
    recovers(desk, behaving, "--full")
    assert cached_ids(desk.cache_file(), "invoices") == server_invoices(sandbox)


def test_endless_cursors_on_the_companies_at_sign_in(desk: Desk, behaving: BrokenServer) -> None:
    behaving.set("endless-cursors", where=r"^/companies$")
    run = desk.sync()
    bounded(
        "endless-cursors /companies",
        run,
        exit_code=1,
        line="The server's list of companies went on for 11 pages although it said it "
        "holds 2 records",
    )
    recovers(desk, behaving)


def test_the_servers_clock_is_read_from_its_date_header() -> None:
    """Stamps are judged by the server's own idea of now: a desk whose clock is a day
    ahead still sees the server's records as current, not as from the past."""
    local = 1_800_000_000.0  # the desk's clock
    clock = ServerClock(lambda: local)
    assert clock.now() == local  # no answer yet: the local clock
    clock.observe(httpx.Headers({"date": "Thu, 14 Jan 2027 08:00:00 GMT"}))
    assert clock.now() == datetime(2027, 1, 14, 8, tzinfo=UTC).timestamp()
    clock.observe(httpx.Headers({"date": "not a date"}))  # ignored, not a crash
    assert clock.now() == datetime(2027, 1, 14, 8, tzinfo=UTC).timestamp()


def test_the_largest_legitimate_record_is_stored(
    desk: Desk, behaving: BrokenServer, sandbox: SandboxServer
) -> None:
    """A 5,000-line bank statement with full SWIFT narratives (the most one import takes)
    is one record of several MB: the record limit is above it, so it is stored whole."""
    line = {
        "date": "2026-11-30",
        "amount": "1.00",
        "reference": "R" * 35,
        "memo": "N" * 390,
        "counterparty": "C" * 70,
        "counterpartyAccount": "AE070331234567890123456",
    }
    body = {
        "reference": "BIG-HOSTILE",
        "openingBalance": "0.00",
        "closingBalance": "5000.00",
        "lines": [line] * 5000,
    }
    api = Api(sandbox, "accountant@demo.local", COMPANY_1)  # closed after the test
    created = api.ok(api.post("/accounting/bank-reconciliation/statements", json=body))
    run = desk.sync()
    assert run.returncode == 0, run.stderr
    assert "not stored" not in run.stdout
    with sqlite3.connect(desk.cache_file()) as db:
        raw = db.execute("SELECT raw FROM bank_statements WHERE id = ?", (created["id"],))
        stored = json.loads(raw.fetchone()[0])
    assert len(stored["lines"]) == 5000 and len(json.dumps(stored)) > 2 << 20
