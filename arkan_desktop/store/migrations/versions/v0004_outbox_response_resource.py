"""Outbox: which cached resource the server's answer to a write belongs to.

Most writes answer with the record they created or changed, a record of the row's own
resource. Some answer with another document (a cycle count answers with the count and the
adjustment moves it made; a scrap answers with the scrap order): for those the row says
which resource the answer is, or "" when the answer is not a record to cache at all. NULL
keeps the old meaning (the row's own resource), so rows queued before this migration are
sent exactly as before.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(sa.Column("response_resource", sa.String(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("response_resource")
