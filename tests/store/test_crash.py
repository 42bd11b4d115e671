"""Crash safety: a process killed in the middle of a pull leaves whole pages and their watermark."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from arkan_desktop.store import Cache

PAGE = 1500
PULLER = f"""
import sys
from arkan_desktop.store import Cache
from tests.store.conftest import invoice, stamp

cache = Cache.open(sys.argv[1])
for page in range(1000):
    records = [invoice(page * {PAGE} + n) for n in range({PAGE})]
    cache.upsert("invoices", records, watermark=records[-1]["updatedAt"])
    print(page, flush=True)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_killed_mid_upsert_leaves_whole_pages_and_a_matching_watermark(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    puller = subprocess.Popen(
        [sys.executable, "-c", PULLER, str(path)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    try:
        assert puller.stdout is not None
        for _ in range(2):
            puller.stdout.readline()  # two pages committed
        time.sleep(random.uniform(0.0, 0.3))  # somewhere inside a later page
        os.kill(puller.pid, signal.SIGKILL)
        puller.wait(timeout=10)
    finally:
        if puller.poll() is None:
            puller.kill()
            puller.wait(timeout=10)

    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    with Cache.open(path) as cache:
        count = cache.count("invoices")
        assert count >= 2 * PAGE and count % PAGE == 0
        with cache.reading() as session:
            newest = session.connection().exec_driver_sql(
                "SELECT max(updated_at), count(*) FROM invoice_lines"
                " JOIN invoices ON invoices.id = invoice_lines.invoice_id"
            )
            newest_update, lines = newest.one()
        assert lines == 2 * count
        assert cache.watermark("invoices") == newest_update
        # the cache goes on working after the crash
        cache.upsert("invoices", [], watermark="2099-01-01T00:00:00.000000Z")
        assert cache.watermark("invoices") == "2099-01-01T00:00:00.000000Z"
