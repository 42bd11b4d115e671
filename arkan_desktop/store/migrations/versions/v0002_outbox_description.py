"""Outbox: a human description per row for the Outbox panel; index for the sender's scan.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(sa.Column("description", sa.Text(), server_default="", nullable=False))
    op.create_index("ix_outbox_status_seq", "outbox", ["status", "seq"])


def downgrade() -> None:
    op.drop_index("ix_outbox_status_seq", table_name="outbox")
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("description")
