"""The cache file and its record tables: open, upsert, watermarks, reconciliation, status."""

from __future__ import annotations

import os
import sqlite3
import stat
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from arkan_desktop.store import Cache
from arkan_desktop.store.models import InvoiceLine, Partner, PaymentAllocation
from tests.store.conftest import invoice, payment, product, stamp, uid


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_file_is_private_and_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "cache.sqlite3"
    with Cache.open(path) as cache:
        cache.upsert("products", [product(1)])
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        wal = Path(f"{path}-wal")
        assert wal.exists() and stat.S_IMODE(wal.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
        with cache.reading() as session:
            connection = session.connection()
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 10_000


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_an_existing_file_is_made_private(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    path.touch(mode=0o644)
    os.chmod(path, 0o644)
    Cache.open(path).close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_upsert_is_idempotent(cache: Cache) -> None:
    records = [invoice(n) for n in range(5)]
    first = cache.upsert("invoices", records, watermark=stamp(4))
    assert first.resources["invoices"] == {uid(n) for n in range(5)}
    again = cache.upsert("invoices", records, watermark=stamp(4))
    assert not again
    assert again.resources == {}
    assert cache.count("invoices") == 5
    with cache.reading() as session:
        assert len(session.scalars(select(InvoiceLine)).all()) == 10


def test_child_rows_are_replaced_with_their_parent(cache: Cache) -> None:
    record = invoice(1)
    cache.upsert("invoices", [record])
    record = {**record, "lines": record["lines"][:1], "updatedAt": stamp(99)}
    assert cache.upsert("invoices", [record]).resources["invoices"] == {uid(1)}
    with cache.reading() as session:
        lines = session.scalars(select(InvoiceLine)).all()
    assert [line.line_id for line in lines] == [record["lines"][0]["id"]]
    cache.upsert("payments", [payment(1, uid(1))])
    cache.remove_missing("payments", [])
    with cache.reading() as session:
        assert session.scalars(select(PaymentAllocation)).all() == []


def test_watermark_lands_with_its_page_and_only_moves_forward(cache: Cache) -> None:
    assert cache.watermark("invoices") is None
    cache.upsert("invoices", [invoice(1)], watermark=stamp(5))
    assert cache.watermark("invoices") == stamp(5)
    cache.upsert("invoices", [invoice(2)], watermark=stamp(3))
    assert cache.watermark("invoices") == stamp(5)
    cache.set_watermark("invoices", None)
    assert cache.watermark("invoices") is None
    with pytest.raises(KeyError, match="unknown resource"):
        cache.watermark("gadgets")


def test_clients_and_vendors_share_a_table_but_not_their_records(cache: Cache) -> None:
    cache.upsert("clients", [{"id": "7", "name": "Client Seven"}])
    cache.upsert("vendors", [{"id": "7", "name": "Vendor Seven"}, {"id": "8", "name": "V8"}])
    assert cache.count("clients") == 1
    assert cache.ids("vendors") == {"7", "8"}
    client, vendor = cache.get("clients", "7"), cache.get("vendors", "7")
    assert client is not None and client["name"] == "Client Seven"
    assert vendor is not None and vendor["name"] == "Vendor Seven"
    cache.remove_missing("vendors", ["8"])
    assert cache.ids("vendors") == {"8"}
    assert cache.ids("clients") == {"7"}
    with cache.reading() as session:
        assert {(p.role, p.id) for p in session.scalars(select(Partner))} == {
            ("client", "7"),
            ("vendor", "8"),
        }


def test_remove_missing_reports_what_it_removed(cache: Cache) -> None:
    cache.upsert("products", [product(n) for n in range(4)])
    keep = [product(n)["id"] for n in (0, 2)]
    changes = cache.remove_missing("products", keep)
    assert changes.resources["products"] == {product(1)["id"], product(3)["id"]}
    assert cache.ids("products") == set(keep)
    assert not cache.remove_missing("products", keep)


def test_status_meta_and_default_currency(cache: Cache) -> None:
    cache.upsert("products", [product(1)], watermark=stamp(1))
    cache.set_meta("last_sync", "2026-11-21T10:05:00.000000Z")
    status = cache.status()
    assert status["resources"]["products"] == {"count": 1, "watermark": stamp(1)}
    assert status["resources"]["invoices"] == {"count": 0, "watermark": None}
    assert status["outbox"] == {"pending": 0, "rejected": 0, "conflict": 0, "in_flight": 0}
    assert status["lastSync"] == "2026-11-21T10:05:00.000000Z"
    assert cache.default_currency == "AED"
    cache.set_meta("currency", "KWD")
    assert cache.default_currency == "KWD"
    cache.upsert("invoices", [{"id": "no-currency", "total": "1.234"}])
    assert cache.meta("missing") is None


def test_a_second_connection_sees_committed_pages(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    with Cache.open(path) as writer, Cache.open(path) as reader:
        writer.upsert("invoices", [invoice(1)], watermark=stamp(1))
        assert reader.count("invoices") == 1
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_a_page_older_than_the_cached_record_does_not_undo_it(cache: Cache) -> None:
    """A pull's page fetched just before this client's write was accepted arrives after
    the server's answer was cached: the older version must not win."""
    draft = invoice(1, state="draft", updatedAt=stamp(10))
    posted = {**draft, "state": "posted", "updatedAt": stamp(20)}
    cache.upsert("invoices", [posted])
    late = cache.upsert("invoices", [draft, invoice(2)])
    assert late.stale == {uid(1)} and late.resources["invoices"] == {uid(2)}
    assert cache.get("invoices", uid(1))["state"] == "posted"
    # the same stamp or a later one is the server's word
    cache.upsert("invoices", [{**posted, "state": "cancelled", "updatedAt": stamp(20)}])
    assert cache.get("invoices", uid(1))["state"] == "cancelled"
