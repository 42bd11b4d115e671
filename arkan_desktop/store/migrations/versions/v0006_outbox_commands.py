"""Outbox: rows hold typed commands, not requests; descriptions are codes with arguments.

A row kept the request of its write (`method`, `path`); now it keeps the command
(`resource`, `action`, the `record_id` it acts on, the payload in `body`) and the
connector builds the request when it sends. Existing rows are carried over: the record
id and the action are read from the path they held. That reading is frozen here, as the
writes of revision 0005 built their paths, and kept free of application imports (a
migration must keep meaning what it meant when it shipped); it is the one place outside
`api/` that knows those paths. A path this table does not know keeps its action and
takes the last id in it (what the sender did before). A station quick move, a "create"
before, becomes the `quick_move` it was.

Descriptions become a message code and its arguments (`description_code`,
`description_args`), rendered in the reader's language; rows queued before keep their
English `description` and show it.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22
"""

from __future__ import annotations

import re
from urllib.parse import quote, unquote

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

ID = "*"
# (method, path segments, resource, action): the requests of revision 0005's writes.
ROUTES = (
    ("POST", ("accounting", "invoices"), "invoices", "create"),
    ("POST", ("accounting", "invoices", ID, "post"), "invoices", "post"),
    ("POST", ("accounting", "invoices", ID, "cancel"), "invoices", "cancel"),
    ("POST", ("accounting", "payments"), "payments", "create"),
    ("POST", ("accounting", "payments", ID, "post"), "payments", "post"),
    ("POST", ("accounting", "journal-entries"), "journal_entries", "create"),
    ("POST", ("accounting", "journal-entries", ID, "post"), "journal_entries", "post"),
    ("POST", ("inventory", "moves"), "stock_moves", "create"),
    ("POST", ("inventory", "moves", "transfer"), "stock_moves", "transfer"),
    ("POST", ("inventory", "barcode", "quick-move"), "stock_moves", "quick_move"),
    ("POST", ("inventory", "adjustments"), "stock_moves", "adjust"),
    ("POST", ("inventory", "cycle-counts"), "stock_moves", "cycle_count"),
    ("POST", ("inventory", "scrap"), "stock_moves", "scrap"),
    ("POST", ("inventory", "purchase-orders"), "purchase_orders", "create"),
    ("POST", ("inventory", "purchase-orders", ID, "approve"), "purchase_orders", "approve"),
    ("POST", ("inventory", "purchase-orders", ID, "confirm"), "purchase_orders", "confirm"),
    ("POST", ("inventory", "purchase-orders", ID, "receive"), "purchase_orders", "receive"),
    ("POST", ("crm", "clients"), "clients", "create"),
    ("POST", ("customers",), "customers", "create"),
    ("PATCH", ("customers", ID), "customers", "update"),
    ("PUT", ("customers", ID), "customers", "update"),
)
_ANY_ID = re.compile(
    r"(?:local-)?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
)

outbox = sa.table(
    "outbox",
    sa.column("id", sa.String),
    sa.column("resource", sa.String),
    sa.column("action", sa.String),
    sa.column("method", sa.String),
    sa.column("path", sa.String),
    sa.column("record_id", sa.String),
)


def _segments(path: str) -> list[str]:
    return [unquote(part) for part in path.split("?", 1)[0].strip("/").split("/") if part]


def command_of(method: str, path: str, action: str) -> tuple[str, str | None]:
    """(action, record id) of a request a row held at revision 0005."""
    segments = _segments(path)
    for verb, pattern, _resource, known_action in ROUTES:
        if verb != method.upper() or len(pattern) != len(segments):
            continue
        if all(want in (ID, got) for want, got in zip(pattern, segments, strict=True)):
            ids = [got for want, got in zip(pattern, segments, strict=True) if want == ID]
            return known_action, ids[0] if ids else None
    found = _ANY_ID.findall(path)
    return action, found[-1] if found else None


def request_of(resource: str, action: str, record_id: str | None) -> tuple[str, str]:
    """(method, path) of a command, as revision 0005 stored it."""
    for verb, pattern, known_resource, known_action in ROUTES:
        if (known_resource, known_action) == (resource, action):
            parts = [quote(record_id or "", safe="") if p == ID else p for p in pattern]
            return verb, "/" + "/".join(parts)
    tail = f"/{quote(record_id, safe='')}" if record_id else ""
    return "POST", f"/{resource}{tail}"


def upgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(sa.Column("record_id", sa.String(), nullable=True))
        batch.add_column(sa.Column("description_code", sa.String(), nullable=True))
        batch.add_column(sa.Column("description_args", sa.Text(), nullable=True))
    bind = op.get_bind()
    rows = bind.execute(sa.select(outbox.c.id, outbox.c.method, outbox.c.path, outbox.c.action))
    for row_id, method, path, action in rows.all():
        new_action, record_id = command_of(method or "", path or "", action)
        bind.execute(
            outbox.update()
            .where(outbox.c.id == row_id)
            .values(action=new_action, record_id=record_id)
        )
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("method")
        batch.drop_column("path")


def downgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(sa.Column("method", sa.String(), server_default="", nullable=False))
        batch.add_column(sa.Column("path", sa.String(), server_default="", nullable=False))
    bind = op.get_bind()
    query = sa.select(outbox.c.id, outbox.c.resource, outbox.c.action, outbox.c.record_id)
    for row_id, resource, action, record_id in bind.execute(query).all():
        method, path = request_of(resource, action, record_id)
        old_action = "create" if action == "quick_move" else action
        bind.execute(
            outbox.update()
            .where(outbox.c.id == row_id)
            .values(method=method, path=path, action=old_action)
        )
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("description_args")
        batch.drop_column("description_code")
        batch.drop_column("record_id")
