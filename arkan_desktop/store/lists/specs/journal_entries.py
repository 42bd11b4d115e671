"""The journal entry list of the Ledger tab (the memo is read from the record's JSON)."""

from __future__ import annotations

from sqlalchemy import func

from arkan_desktop.store.lists.columns import Column, Kind, ListSpec
from arkan_desktop.store.models import JournalEntry


def journal_list_spec() -> ListSpec:
    entry = JournalEntry
    columns = (
        Column("number", entry.number, searchable=True),
        Column("date", entry.date, Kind.DATE, width=100),
        Column("memo", func.json_extract(entry.raw, "$.memo"), searchable=True, width=300),
        Column("reference", entry.reference, searchable=True),
        Column("source", entry.source_type, Kind.CODE, width=90),
        Column("state", entry.state, Kind.CODE, width=80),
        Column("amount", entry.total_debit_minor, Kind.MONEY, entry.currency),
    )
    return ListSpec("journal_entries", "journal_entries", columns, sort_key="date")
