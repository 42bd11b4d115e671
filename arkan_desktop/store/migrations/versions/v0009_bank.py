"""Bank statements (with their lines) and fixed assets; employees share the partners table.

A statement is cached with its lines as child rows (their matches stay in the statement's
raw JSON), an asset with its schedule in its raw JSON. Employees (paid by WPS file) are
partners with role `employee`: no table of their own.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07

Written by hand and kept free of application imports: a migration must keep meaning
what it meant when it shipped.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def _text(*names: str) -> list[sa.Column[Any]]:
    return [sa.Column(name, sa.String(), nullable=True) for name in names]


def _numbers(*names: str) -> list[sa.Column[Any]]:
    return [sa.Column(name, sa.Integer(), nullable=True) for name in names]


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


def upgrade() -> None:
    _cached(
        "bank_statements",
        [
            *_text("number", "reference", "bank_account_id", "bank_account_code", "date"),
            *_text("date_from", "date_to", "state"),
            sa.Column("currency", sa.String(), nullable=False),
            *_numbers("opening_minor", "closing_minor", "reconciled_minor"),
            *_numbers("line_count", "reconciled_count"),
        ],
        ["number", "reference", "bank_account_id", "date"],
    )
    op.create_table(
        "bank_statement_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("line_id", sa.String(), nullable=True),
        sa.Column("statement_id", sa.String(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=True),
        *_text("date"),
        *_numbers("amount_minor", "residual_minor"),
        *_text("reference", "memo", "counterparty", "state"),
        sa.ForeignKeyConstraint(
            ["statement_id"],
            ["bank_statements.id"],
            name="fk_bank_statement_lines_statement_id_bank_statements",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_bank_statement_lines"),
    )
    for column in ("statement_id", "state"):
        op.create_index(f"ix_bank_statement_lines_{column}", "bank_statement_lines", [column])
    _cached(
        "assets",
        [
            *_text("number", "name", "category", "date", "method"),
            sa.Column("useful_life_months", sa.Integer(), nullable=True),
            *_text("state", "last_period"),
            sa.Column("currency", sa.String(), nullable=False),
            *_numbers("cost_minor", "accumulated_minor", "book_value_minor"),
        ],
        ["number", "name", "date", "state"],
    )


def downgrade() -> None:
    op.drop_table("assets")
    op.drop_table("bank_statement_lines")
    op.drop_table("bank_statements")
