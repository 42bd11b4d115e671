"""The sandbox's SQLite schema and engine.

Business records (invoices, products, moves ...) are stored as JSON documents in one
`records` table with the few typed columns that lists sort and filter on; this keeps
cursor pagination identical for every resource. Identity, tokens, idempotency and stock
quantities have tables of their own. Nothing here knows about HTTP.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from sqlalchemy import (
    Column,
    Engine,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    event,
)

metadata = MetaData()

meta_table = Table(
    "sandbox_meta",
    metadata,
    Column("key", String, primary_key=True),
    Column("value", Text, nullable=False),
)

tenants = Table(
    "tenants",
    metadata,
    Column("id", String, primary_key=True),
    Column("name", String, nullable=False),
)

users = Table(
    "users",
    metadata,
    Column("id", String, primary_key=True),
    Column("tenant_id", String, nullable=False),
    Column("email", String, nullable=False, unique=True),
    Column("full_name", String, nullable=False),
    Column("password_hash", String, nullable=False),
)

companies = Table(
    "companies",
    metadata,
    Column("id", String, primary_key=True),
    Column("tenant_id", String, nullable=False),
    Column("body", Text, nullable=False),
)

memberships = Table(
    "memberships",
    metadata,
    Column("user_id", String, primary_key=True),
    Column("company_id", String, primary_key=True),
    Column("role", String, nullable=False),
)

refresh_tokens = Table(
    "refresh_tokens",
    metadata,
    Column("jti", String, primary_key=True),
    Column("user_id", String, nullable=False),
    Column("expires_at", Integer, nullable=False),
    Column("revoked", Integer, nullable=False, default=0),
)

idempotency = Table(
    "idempotency_keys",
    metadata,
    Column("user_id", String, primary_key=True),
    Column("key", String, primary_key=True),
    Column("fingerprint", String, nullable=False),
    Column("status_code", Integer, nullable=False),
    Column("response", Text, nullable=False),
    Column("created_at", String, nullable=False),
)

records = Table(
    "records",
    metadata,
    Column("company_id", String, primary_key=True),
    Column("kind", String, primary_key=True),
    Column("id", String, primary_key=True),
    Column("created_at", String, nullable=False),
    Column("updated_at", String, nullable=False),
    # What lists sort on besides the timestamps: a name, code or document number.
    Column("label", String, nullable=False, default=""),
    Column("date", String, nullable=False, default=""),
    Column("state", String, nullable=False, default=""),
    Column("reference", String, nullable=False, default=""),
    Column("partner_id", String, nullable=False, default=""),
    Column("barcode", String, nullable=False, default=""),
    Column("body", Text, nullable=False),
    Index("ix_records_updated", "company_id", "kind", "updated_at", "id"),
    Index("ix_records_created", "company_id", "kind", "created_at", "id"),
    Index("ix_records_label", "company_id", "kind", "label", "id"),
    Index("ix_records_date", "company_id", "kind", "date", "id"),
    Index("ix_records_reference", "company_id", "kind", "reference"),
    Index("ix_records_barcode", "company_id", "kind", "barcode"),
    Index("ix_records_partner", "company_id", "kind", "partner_id"),
)

stock_quants = Table(
    "stock_quants",
    metadata,
    Column("company_id", String, primary_key=True),
    Column("product_id", String, primary_key=True),
    Column("location_id", String, primary_key=True),
    Column("quantity", String, nullable=False),
    # A stock level is listed like any record (GET /inventory/stock): id "product@location".
    Column("id", String, nullable=False),
    Column("created_at", String, nullable=False),
    Column("updated_at", String, nullable=False),
    Index("ix_quants_location", "company_id", "location_id"),
    Index("ix_quants_updated", "company_id", "updated_at", "id"),
    Index("ix_quants_created", "company_id", "created_at", "id"),
)

counters = Table(
    "counters",
    metadata,
    Column("company_id", String, primary_key=True),
    Column("name", String, primary_key=True),
    Column("value", Integer, nullable=False),
)


def open_database(path: Path) -> Engine:
    """Open (creating if needed) the sandbox database in WAL mode, readable by its owner only."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        path.touch(mode=0o600)
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"check_same_thread": False, "timeout": 30},
        pool_size=8,
        max_overflow=16,
    )

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection, _record):
        cur = dbapi_connection.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.close()

    metadata.create_all(engine)
    os.chmod(path, 0o600)
    return engine


# SQLite has one writer; the sandbox serialises its own write transactions rather than
# letting concurrent handlers collide on "database is locked".
write_lock = threading.RLock()
