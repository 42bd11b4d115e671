"""Journal entry write builders: a new draft entry, posting it."""

from __future__ import annotations

from arkan_desktop.sync.commands.descriptions import english
from arkan_desktop.sync.commands.journal import create_journal_entry, post_journal_entry


def test_writes_for_a_new_entry_and_posting_it() -> None:
    draft = {
        "date": "2026-05-01",
        "memo": "Rent",
        "lines": [
            {"accountId": "acc-rent", "description": "", "debit": "100", "credit": "0"},
            {"accountId": "acc-bank", "description": "", "debit": "0", "credit": "100"},
        ],
    }
    write = create_journal_entry(draft, "AED")
    assert (write.entry.resource, write.entry.action) == ("journal_entries", "create")
    assert write.entry.body["reference"] == write.entry.id  # the lookup key after a lost answer
    assert write.entry.description is not None
    assert english(write.entry.description) == "New journal entry, 100.00 AED — Rent"
    record = write.effect["journal_entries"][0]
    assert record["id"] == write.entry.temp_id and record["state"] == "draft"
    assert record["totalDebit"] == "100.00"
    post = post_journal_entry({**record, "id": "je-1"})
    assert (post.entry.action, post.entry.command.record_id) == ("post", "je-1")
    assert post.entry.description is not None
    assert english(post.entry.description) == "Post new journal entry"
    numbered = post_journal_entry({**record, "id": "je-1", "number": "JE-7"})
    assert numbered.entry.description is not None
    assert english(numbered.entry.description) == "Post JE-7"
    assert post.effect["journal_entries"][0]["state"] == "posted"
