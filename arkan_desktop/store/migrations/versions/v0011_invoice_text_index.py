"""The invoice list's text filter on a full-text index (issue 19).

An FTS5 table with the trigram tokenizer over the columns the invoice list's filter box
searches (number, customer or vendor name, reference), with the invoices table as its
external content (no second copy of the text). Triggers keep it current in the same
statement, so in the same transaction, as every write of the invoices table: the
upserts of a synced page, an optimistic row, a customer's new name on its invoices
(joins.py), a removal. The index is filled here for the invoices already cached.

A later migration that rebuilds the invoices table (a batch operation) drops these
triggers with it and may renumber rowids: it must create them again and run
`INSERT INTO invoices_text(invoices_text) VALUES ('rebuild')`.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07
"""

from __future__ import annotations

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

COLUMNS = "number, partner_name, reference"
NEW = "new.number, new.partner_name, new.reference"
OLD = "old.number, old.partner_name, old.reference"
REMOVE_OLD = (
    f"INSERT INTO invoices_text (invoices_text, rowid, {COLUMNS}) "
    f"VALUES ('delete', old.rowid, {OLD});"
)
ADD_NEW = f"INSERT INTO invoices_text (rowid, {COLUMNS}) VALUES (new.rowid, {NEW});"


def upgrade() -> None:
    op.execute(
        f"CREATE VIRTUAL TABLE invoices_text USING fts5({COLUMNS}, "
        "content='invoices', content_rowid='rowid', tokenize='trigram')"
    )
    op.execute("INSERT INTO invoices_text (invoices_text) VALUES ('rebuild')")
    op.execute(f"CREATE TRIGGER invoices_text_insert AFTER INSERT ON invoices BEGIN {ADD_NEW} END")
    op.execute(
        f"CREATE TRIGGER invoices_text_delete AFTER DELETE ON invoices BEGIN {REMOVE_OLD} END"
    )
    op.execute(
        f"CREATE TRIGGER invoices_text_update AFTER UPDATE OF {COLUMNS} ON invoices "
        f"BEGIN {REMOVE_OLD} {ADD_NEW} END"
    )


def downgrade() -> None:
    for trigger in ("insert", "delete", "update"):
        op.execute(f"DROP TRIGGER invoices_text_{trigger}")
    op.execute("DROP TABLE invoices_text")
