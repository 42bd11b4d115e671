"""Migrations: opening runs them to head, re-opening is a no-op, upgrades keep the outbox."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.command import downgrade as command_downgrade
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine

from arkan_desktop.domain.commands import Command
from arkan_desktop.store import Cache, OutboxEntry
from arkan_desktop.store.lists.cached_list import CachedList
from arkan_desktop.store.lists.columns import ListQuery
from arkan_desktop.store.lists.reader import ListReader
from arkan_desktop.store.lists.specs.invoices import invoice_list_spec
from arkan_desktop.store.migrate import (
    CacheSchemaError,
    alembic_config,
    head_revision,
    modelled,
    script_head,
    upgrade_file,
)
from arkan_desktop.store.models import Base
from tests.store.conftest import invoice


def _version(path: Path) -> str:
    with sqlite3.connect(path) as db:
        (version,) = db.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(version)


def test_reopening_keeps_outbox_rows_and_records(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    with Cache.open(path) as cache:
        cache.upsert("invoices", [invoice(1)], watermark="2026-11-21T10:00:00.000001Z")
        rows = [
            cache.enqueue(OutboxEntry(Command("stock_moves", "create", None, {"n": n})))
            for n in range(3)
        ]
    assert _version(path) == head_revision() == script_head() == "0011"
    with Cache.open(path) as cache:
        assert [(r.id, r.seq, r.body) for r in cache.outbox_rows()] == [
            (r.id, r.seq, r.body) for r in rows
        ]
        assert cache.get("invoices", invoice(1)["id"]) == invoice(1)
        assert cache.watermark("invoices") == "2026-11-21T10:00:00.000001Z"
    assert _version(path) == head_revision()


def test_upgrade_from_the_first_revision_keeps_the_outbox(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    upgrade_file(path, "0001")
    assert _version(path) == "0001"
    with sqlite3.connect(path) as db:
        columns = {row[1] for row in db.execute("PRAGMA table_info(outbox)")}
        assert "description" not in columns
        for seq in (1, 2):
            db.execute(
                "INSERT INTO outbox (id, seq, idempotency_key, created_at, resource, action,"
                " method, path, body, depends_on, status, attempts)"
                " VALUES (?, ?, ?, '2026-11-21T10:00:00.000000Z', 'payments', 'create', 'POST',"
                " '/accounting/payments', '{\"amount\":\"1050.00\"}', '[]', ?, ?)",
                (f"row-{seq}", seq, f"key-{seq}", "in_flight" if seq == 1 else "pending", seq),
            )
    with Cache.open(path) as cache:
        assert _version(path) == head_revision()
        (resumed,) = cache.resume_in_flight()
        assert (resumed.id, resumed.idempotency_key) == ("row-1", "key-1")
        rows = cache.outbox_rows()
        assert [(r.id, r.status, r.description) for r in rows] == [
            ("row-1", "pending", ""),
            ("row-2", "pending", ""),
        ]
        assert rows[0].body_data() == {"amount": "1050.00"}
        assert rows[0].command == Command("payments", "create", None, {"amount": "1050.00"})
        nxt = cache.next_sendable()
        assert nxt is not None and nxt.id == "row-1"


def test_an_older_cache_is_searchable_after_the_upgrade_that_indexes_its_text(
    tmp_path: Path,
) -> None:
    path = tmp_path / "cache.sqlite3"
    upgrade_file(path, "0007")
    with sqlite3.connect(path) as db:
        db.executemany(
            "INSERT INTO invoices (id, number, partner_name, reference, currency, raw,"
            " local_pending, created_at, updated_at) VALUES (?, ?, ?, ?, 'AED', '{}', 0,"
            " '2026-11-21T10:00:00Z', '2026-11-21T10:00:00Z')",
            [
                (f"i{n}", f"INV-{n:04d}", ("Sandstone", "Dune", "Lagoon")[n % 3], f"PO-{n}")
                for n in range(30)
            ],
        )
    with Cache.open(path) as cache:
        ids = CachedList(invoice_list_spec(), cache, ListReader()).ids(ListQuery(text="lago"))
    assert sorted(ids) == sorted(f"i{n}" for n in range(30) if n % 3 == 2)


def test_migrations_build_exactly_the_models_schema(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    upgrade_file(path)
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"compare_type": True, "include_name": modelled}
            )
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()


def test_a_cache_from_a_newer_app_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    Cache.open(path).close()
    with sqlite3.connect(path) as db:
        db.execute("UPDATE alembic_version SET version_num = '0099'")
    with pytest.raises(CacheSchemaError, match="newer Arkan Desktop"):
        Cache.open(path)
    assert _version(path) == "0099"


def test_downgrading_puts_the_requests_back(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    with Cache.open(path) as cache:
        for command in (
            Command("invoices", "post", "local-1"),
            Command("stock_moves", "quick_move", None, {"productBarcode": "X"}),
            Command("purchase_orders", "receive", "po/1", {"lines": []}),
        ):
            cache.enqueue(OutboxEntry(command))
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as connection:
            command_downgrade(alembic_config(connection), "0005")
    finally:
        engine.dispose()
    with sqlite3.connect(path) as db:
        rows = db.execute("SELECT resource, action, method, path FROM outbox ORDER BY seq")
        assert rows.fetchall() == [
            ("invoices", "post", "POST", "/accounting/invoices/local-1/post"),
            ("stock_moves", "create", "POST", "/inventory/barcode/quick-move"),
            ("purchase_orders", "receive", "POST", "/inventory/purchase-orders/po%2F1/receive"),
        ]
    with Cache.open(path) as cache:  # and up again
        assert [r.command.record_id for r in cache.outbox_rows()] == ["local-1", None, "po/1"]
        assert cache.outbox_rows()[1].action == "quick_move"
