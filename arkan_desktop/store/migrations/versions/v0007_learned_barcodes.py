"""Learned location barcodes: what the station learns from labels it prints or scans.

An Arkan server may list no locations with barcodes (the published reference has no
locations endpoint); the station then learns a location's barcode from a label it has
printed or from one scanned and confirmed, and keeps it here (never sent anywhere).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "learned_barcodes",
        sa.Column("barcode", sa.String(), nullable=False),
        sa.Column("location_id", sa.String(), nullable=False),
        sa.Column("source", sa.String(), nullable=False),
        sa.Column("learned_at", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("barcode", name="pk_learned_barcodes"),
    )
    op.create_index("ix_learned_barcodes_location_id", "learned_barcodes", ["location_id"])


def downgrade() -> None:
    op.drop_index("ix_learned_barcodes_location_id", table_name="learned_barcodes")
    op.drop_table("learned_barcodes")
