"""A client home with a warm cache of N invoices, made fast for the GUI benchmarks.

Rows go straight into the cache's invoices table with one executemany (no sync, no
server): settings name a server that is never contacted, so the app opens the cache
offline exactly as it does on a laptop with no network.
"""

from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path

from arkan_desktop.store.cache import Cache
from arkan_desktop.store.paths import cache_path, settings_path
from arkan_desktop.store.settings import Settings, save_settings

SERVER = "http://127.0.0.1:9/api/v1"  # the discard port: nothing answers
COMPANY = {"id": "bench-co", "name": "Bench Trading LLC", "currency": "AED"}
CLIENTS = (
    "Sandstone Contracting", "Al Wasl Trading", "Dune Contracting", "Blue Lagoon LLC",
    "Al Reem Trading", "Al Noor Contracting", "Desert Rose FZE", "Zayed Trading FZCO",
)  # fmt: skip
STATES = ("draft", "posted", "posted", "posted", "paid", "cancelled")


def _rows(start: int, count: int) -> list[tuple[object, ...]]:
    rows: list[tuple[object, ...]] = []
    for n in range(start, start + count):
        invoice_id = f"inv-{n:08d}"
        number = f"INV-{2020 + n % 7}-{n:08d}"
        client = CLIENTS[n % len(CLIENTS)]
        date = f"{2020 + n % 7}-{1 + n % 12:02d}-{1 + n % 28:02d}"
        state = STATES[n % len(STATES)]
        total = 10_000 + (n * 7919) % 5_000_000
        due = 0 if state in ("paid", "cancelled") else total
        raw = json.dumps({"id": invoice_id, "number": number, "partnerName": client,
                          "date": date, "state": state, "currency": "AED"})  # fmt: skip
        rows.append((number, "out_invoice", f"c-{n % len(CLIENTS)}", client, date, date, state,
                     "paid" if due == 0 else "not_paid", "AED", total * 100 // 105,
                     total - total * 100 // 105, total, due, f"PO-{n % 99991}", invoice_id, raw,
                     "2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z"))  # fmt: skip
    return rows


def _migrate(path: Path) -> None:
    """Bring a cache built by an older version to head now, so no figure includes that."""
    with sqlite3.connect(path) as db:
        (before,) = db.execute("SELECT version_num FROM alembic_version").fetchone()
    started = time.perf_counter()
    Cache.open(path).close()
    with sqlite3.connect(path) as db:
        (after,) = db.execute("SELECT version_num FROM alembic_version").fetchone()
        if after != before:
            db.execute("ANALYZE")
            took = time.perf_counter() - started
            print(f"  (migrated the cache from {before} to {after} in {took:.1f} s)")


def build_home(home: Path, invoices: int) -> Path:
    """`home` with settings and a cache of `invoices` rows (reused if already that size)."""
    path = cache_path(home, SERVER, COMPANY["id"])
    if path.exists():
        with sqlite3.connect(path) as db:
            if db.execute("SELECT count(*) FROM invoices").fetchone()[0] == invoices:
                _migrate(path)
                return home
        path.unlink()
    home.mkdir(parents=True, exist_ok=True)
    save_settings(settings_path(home), Settings(server_url=SERVER, company_id=COMPANY["id"]))
    path.parent.mkdir(parents=True, exist_ok=True)
    cache = Cache.open(path)
    cache.set_meta("company", json.dumps(COMPANY))
    cache.set_meta("currency", "AED")
    cache.close()
    started = time.perf_counter()
    with sqlite3.connect(path) as db:
        for start in range(0, invoices, 200_000):
            db.executemany(
                "INSERT INTO invoices (number, type, partner_id, partner_name, date, due_date,"
                " state, payment_state, currency, subtotal_minor, tax_minor, total_minor,"
                " amount_due_minor, reference, id, raw, created_at, updated_at)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                _rows(start, min(200_000, invoices - start)),
            )
        db.execute("ANALYZE")
    print(f"  (built a cache of {invoices:,} invoices in {time.perf_counter() - started:.1f} s)")
    return home
