"""The invoice list's full-text index (issue 19): its reads beside the LIKE scan floor,
its size on disk, and what it adds to each synced page.

`floor(path, word)` times, on one cache, the bare SQLite of a text filter both ways: the
LIKE scan over the three searchable columns (the floor the list had) and the FTS5
trigram index (what the list now reads), for the first filtered window and the count.
`page_cost(pages)` times `Cache.upsert` of pages of 100 new invoices into a scratch
cache with the index's triggers and into one without them: the difference is the index's
cost per synced page. gui_big_list.py prints both beside its window figures.

    uv run python -m bench.text_index [--pages 200]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from arkan_desktop.store.cache import Cache

CUSTOMER = "(type IS NULL OR type IN ('out_invoice','out_refund'))"
LIKE = "(number LIKE ? OR partner_name LIKE ? OR reference LIKE ?)"
FTS = "rowid IN (SELECT rowid FROM invoices_text WHERE invoices_text MATCH ?)"
# LIKE scans along the date index (`+`: no other index); the FTS5 index drives its query.
WINDOW = {
    "LIKE": "SELECT * FROM invoices WHERE +{} ORDER BY date DESC, rowid DESC LIMIT 200",
    "FTS": "SELECT * FROM invoices WHERE {} ORDER BY date DESC, rowid DESC LIMIT 200",
}
TRIGGERS = ("invoices_text_insert", "invoices_text_update", "invoices_text_delete")


def _ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000


def floor(path: Path, word: str) -> dict[str, float]:
    """Bare SQLite for a one-word filter: LIKE scan and FTS index, window and count (ms)."""
    db = sqlite3.connect(path)
    like, match = (f"%{word}%",) * 3, (f'"{word}"',)
    out: dict[str, float] = {}
    for name, condition, values in (("LIKE", LIKE, like), ("FTS", FTS, match)):
        started = time.perf_counter()
        db.execute(WINDOW[name].format(f"({CUSTOMER} AND {condition})"), values).fetchall()
        out[f"{name} first rows"] = _ms(started)
        sql = f"SELECT count(*) FROM invoices WHERE {CUSTOMER} AND {condition}"
        started = time.perf_counter()
        db.execute(sql, values).fetchone()
        out[f"{name} counted"] = _ms(started)
    db.close()
    return out


def index_size(path: Path) -> tuple[float, float]:
    """(index MB, whole file MB): the FTS5 shadow tables' pages, from dbstat if built in,
    else their stored bytes."""
    db = sqlite3.connect(path)
    try:
        size = db.execute(
            "SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'invoices_text%'"
        ).fetchone()[0]
    except sqlite3.OperationalError:  # no dbstat in this SQLite
        size = sum(
            db.execute(f"SELECT coalesce(sum(length({column})), 0) FROM {table}").fetchone()[0]
            for table, column in (("invoices_text_data", "block"), ("invoices_text_idx", "term"))
        )
    db.close()
    return size / 2**20, path.stat().st_size / 2**20


def _page(start: int) -> list[dict[str, object]]:
    return [
        {
            "id": f"inv-{n:08d}",
            "number": f"INV-2026-{n:08d}",
            "type": "out_invoice",
            "state": "posted",
            "partnerId": f"c-{n % 8}",
            "partnerName": f"Sandstone {n % 8}",
            "date": f"2026-{1 + n % 12:02d}-{1 + n % 28:02d}",
            "currency": "AED",
            "reference": f"PO-{n % 99991}",
            "total": "105.00",
            "amountDue": "105.00",
            "updatedAt": "2026-11-21T10:00:00Z",
        }
        for n in range(start, start + 100)
    ]


def page_cost(pages: int) -> dict[str, float]:
    """Median ms of `Cache.upsert` of a page of 100 new invoices, with and without the index."""
    out: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as scratch:
        for name, indexed in (("without index", False), ("with index", True)):
            cache = Cache.open(Path(scratch) / f"{name}.sqlite3")
            if not indexed:
                with cache.writing() as session:
                    for trigger in TRIGGERS:
                        session.connection().exec_driver_sql(f"DROP TRIGGER {trigger}")
            times = []
            for page in range(pages):
                records = _page(page * 100)
                started = time.perf_counter()
                cache.upsert("invoices", records)
                times.append(_ms(started))
            cache.close()
            out[name] = statistics.median(times)
    return out


def report(path: Path, word: str, pages: int) -> list[str]:
    """The lines gui_big_list.py (and this module's main) prints."""
    load = os.getloadavg()[0]
    sql = floor(path, word)
    index_mb, file_mb = index_size(path)
    cost = page_cost(pages) if pages else {"with index": 0.0, "without index": 0.0}
    extra = cost["with index"] - cost["without index"]
    return [
        f"text filter '{word}', bare SQLite (load average {load:.1f}):",
        f"  first rows: LIKE scan {sql['LIKE first rows']:.1f} ms, FTS5 {sql['FTS first rows']:.1f} ms",  # noqa: E501
        f"  counted:    LIKE scan {sql['LIKE counted']:.1f} ms, FTS5 {sql['FTS counted']:.1f} ms",
        f"  FTS5 index on disk: {index_mb:.1f} MB of a {file_mb:.1f} MB cache file",
        f"  a synced page of 100 new invoices: {cost['with index']:.1f} ms with the index, "
        f"{cost['without index']:.1f} ms without (+{extra:.1f} ms), median of {pages} pages",
    ]


def main() -> None:
    from arkan_desktop.store.paths import cache_path
    from bench.gui_big_list import BENCH_HOME, FILTER
    from bench.gui_cache import COMPANY, SERVER, build_home

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--invoices", type=int, default=1_000_000)
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--word", default=FILTER)
    args = parser.parse_args()
    home = build_home(BENCH_HOME / f"home-{args.invoices}", args.invoices)
    print("\n".join(report(cache_path(home, SERVER, COMPANY["id"]), args.word, args.pages)))


if __name__ == "__main__":
    main()
