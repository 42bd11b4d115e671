"""Invoices: indexes for the big list (count and totals by type and state; sort by client,
state, total and amount due).

A list of a million invoices is read by position: counted on an index, and read in
windows as keyset seeks on the sort column's index (an SQLite index on `x` holds
`(x, rowid)`, the list's order). Number, date, due date, payment state and reference had
indexes already; these add the other columns the list shows by default and `type`, which
every invoice list filters on: one index holds what the list's count and totals read, so
they never read the table's rows.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-21
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

INDEXES = {
    "ix_invoices_list_totals": ["type", "state", "currency", "total_minor", "amount_due_minor"],
    "ix_invoices_partner_name": ["partner_name"],
    "ix_invoices_state": ["state"],
    "ix_invoices_total_minor": ["total_minor"],
    "ix_invoices_amount_due_minor": ["amount_due_minor"],
}


def upgrade() -> None:
    for name, columns in INDEXES.items():
        op.create_index(name, "invoices", columns)


def downgrade() -> None:
    for name in INDEXES:
        op.drop_index(name, table_name="invoices")
