"""Sales orders, deliveries, returns and putaway rules in the cache.

The station picks deliveries, takes returns and puts received goods away offline; the
Sales tab lists orders, deliveries and returns. Each is a record table like the others
(typed columns for the lists, the server's JSON in `raw`); their lines stay in `raw`.
Written by hand and kept free of application imports.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-24
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def _text(*names: str) -> list[sa.Column[Any]]:
    return [sa.Column(name, sa.String(), nullable=True) for name in names]


def _cached(name: str, columns: list[sa.Column[Any]], indexed: list[str]) -> None:
    """A record table: typed columns, then id, raw JSON, timestamps and the optimistic flag."""
    op.create_table(
        name,
        *columns,
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("raw", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(), nullable=True),
        sa.Column("updated_at", sa.String(), nullable=True),
        sa.Column("local_pending", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.PrimaryKeyConstraint("id", name=f"pk_{name}"),
    )
    for column in [*indexed, "updated_at"]:
        op.create_index(f"ix_{name}_{column}", name, [column])
    op.create_index(
        f"ix_{name}_local_pending",
        name,
        ["local_pending"],
        sqlite_where=sa.text("local_pending IS 1"),
    )


TABLES = ("sales_orders", "deliveries", "sales_returns", "putaway_rules")


def upgrade() -> None:
    _cached(
        "sales_orders",
        [
            *_text("number", "partner_id", "partner_name", "date", "expected_date", "state"),
            *_text("delivery_state", "invoice_state", "warehouse_id"),
            sa.Column("currency", sa.String(), nullable=False),
            sa.Column("total_minor", sa.Integer(), nullable=True),
            *_text("reference"),
        ],
        ["number", "partner_id", "partner_name", "date", "state", "reference"],
    )
    _cached(
        "deliveries",
        _text(
            "number",
            "order_id",
            "order_number",
            "partner_name",
            "date",
            "scheduled_date",
            "state",
            "reservation_state",
            "warehouse_id",
            "backorder_of_id",
            "reference",
        ),
        ["number", "order_id", "date", "state", "reference"],
    )
    _cached(
        "sales_returns",
        _text(
            "number",
            "partner_name",
            "date",
            "state",
            "refund_state",
            "invoice_id",
            "invoice_number",
            "delivery_id",
            "delivery_number",
            "reference",
        ),
        ["number", "date", "state", "invoice_id", "delivery_id", "reference"],
    )
    _cached(
        "putaway_rules",
        [
            *_text("warehouse_id", "location_id", "product_id", "category"),
            sa.Column("sequence", sa.Integer(), nullable=True),
            *_text("state"),
        ],
        ["warehouse_id"],
    )


def downgrade() -> None:
    for name in reversed(TABLES):
        op.drop_table(name)
