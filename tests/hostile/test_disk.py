"""A full disk, a read-only home and a locked cache: one plain sentence, nothing lost.

Before, a full disk gave "unexpected error (OperationalError)" and up to 15 tracebacks
(the log file could not be written either, and logging printed each failure). Each
case runs the CLI as a real process:
- SQLite full: `tests.hostile.full_disk` caps the cache at its size (`PRAGMA
  max_page_count`), and SQLite answers SQLITE_FULL as on a full disk;
- everything full: `prlimit --fsize` (RLIMIT_FSIZE, SIGXFSZ ignored) stops every file
  from growing, the log file included;
- read-only home: as root (the tests run so here) chmod does not stop writes, so the
  home is bind-mounted read-only in a private mount namespace (`unshare -m`), which
  gives EROFS as a read-only file system does; as another user, chmod does it;
- locked cache: this test process holds an exclusive transaction on the cache.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from arkan_desktop.sandbox.server import SandboxServer
from arkan_desktop.store.cache import Cache
from tests.hostile.conftest import Desk, bounded, integrity, recovers, run_cli
from tests.sandbox.conftest import COMPANY_1, Api
from tests.support.broken_server import BrokenServer
from tests.test_cli import queue_offline_invoice


def queue_an_invoice(desk: Desk, behaving: BrokenServer) -> str:
    with Cache.open(desk.cache_file()) as cache:
        client = next(iter(cache.ids("clients")))
        product = cache.get("products", next(iter(cache.ids("products"))))
    assert product is not None
    return queue_offline_invoice(desk.home, behaving, client, product)  # type: ignore[arg-type]


def make_room_needed(desk: Desk) -> None:
    """Forget the invoices (and where their walk got to) and shrink the file: the next
    sync must grow the cache to bring them back."""
    with sqlite3.connect(desk.cache_file()) as db:
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("DELETE FROM invoices WHERE local_pending = 0")
        db.execute("DELETE FROM watermarks WHERE resource = 'invoices'")
    with sqlite3.connect(desk.cache_file(), isolation_level=None) as db:
        db.execute("VACUUM")


def made_once(sandbox: SandboxServer, row_id: str) -> int:
    """How many invoices on the server came from this outbox row (its id is the reference)."""
    api = Api(sandbox, "admin@demo.local", COMPANY_1)
    return sum(1 for i in api.all("/accounting/invoices") if i.get("reference") == row_id)


def test_a_full_disk_under_the_cache_is_one_sentence_and_loses_nothing(
    desk: Desk, behaving: BrokenServer, sandbox: SandboxServer
) -> None:
    row_id = queue_an_invoice(desk, behaving)
    make_room_needed(desk)
    run = desk.sync(module="tests.hostile.full_disk")
    bounded("disk full (SQLite)", run, exit_code=1, line="The disk is full: the local cache")
    assert run.lines[0].endswith("free some space and try again (nothing queued was lost)")
    # Space again: the row goes (once, whatever point the full disk stopped it at).
    recovers(desk, behaving)
    assert json.loads(run_cli(desk, "outbox", "--json").stdout) == []
    assert made_once(sandbox, row_id) == 1


def test_a_disk_too_full_for_the_log_too_prints_no_traceback(
    desk: Desk, behaving: BrokenServer, sandbox: SandboxServer
) -> None:
    row_id = queue_an_invoice(desk, behaving)
    make_room_needed(desk)
    log = desk.home / "logs" / "arkan-desktop.log"
    limit = max(log.stat().st_size, 4096)  # not one more byte, in any file
    full = ("sh", "-c", f'trap "" XFSZ; exec prlimit --fsize={limit} -- "$@"', "sh")
    run = desk.sync(wrapper=full)
    line = bounded("disk full (cache and log)", run, exit_code=1, line="The local cache")
    assert "could not be" in line and "(nothing queued was lost)" in line
    assert log.stat().st_size <= limit
    recovers(desk, behaving)
    assert json.loads(run_cli(desk, "outbox", "--json").stdout) == []
    assert made_once(sandbox, row_id) == 1


@contextmanager
def read_only(home: Path) -> Iterator[tuple[str, ...]]:
    """A command prefix that runs the CLI with `home` read-only (see the module doc)."""
    if os.geteuid() == 0:
        yield (
            "unshare",
            "-m",
            "sh",
            "-c",
            'mount --bind "$0" "$0" && mount -o remount,ro,bind "$0" "$0" && exec "$@"',
            str(home),
        )
        return
    modes = {path: path.stat().st_mode for path in [home, *home.rglob("*")]}
    for path, mode in modes.items():
        path.chmod(mode & ~0o222)
    try:
        yield ()
    finally:
        for path, mode in modes.items():
            path.chmod(mode)


def test_a_read_only_home_is_one_sentence(desk: Desk, behaving: BrokenServer) -> None:
    before = {p: p.stat().st_mtime_ns for p in desk.home.rglob("*") if p.is_file()}
    with read_only(desk.home) as prefix:
        run = desk.sync(wrapper=prefix)
    line = bounded("read-only home", run, exit_code=1, line="could not be written")
    assert "read-only" in line
    assert {p: p.stat().st_mtime_ns for p in before} == before  # nothing was touched
    recovers(desk, behaving)


def test_a_cache_locked_by_another_program_is_one_sentence(
    desk: Desk, behaving: BrokenServer
) -> None:
    holder = sqlite3.connect(desk.cache_file(), isolation_level=None)
    try:
        holder.execute("BEGIN EXCLUSIVE")
        run = desk.sync()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    bounded("locked cache", run, exit_code=1, line="is locked by another program")
    assert integrity(desk.cache_file()) == "ok"
    recovers(desk, behaving)
