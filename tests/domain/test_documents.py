"""Opening a document: which may be corrected, how the correction travels, where an entry
came from."""

from __future__ import annotations

from arkan_desktop.domain.documents import (
    INVOICES,
    JOURNAL_ENTRIES,
    PAYMENTS,
    PURCHASE_ORDERS,
    DocumentRef,
    EditRefusal,
    EditWay,
    edit_refusal,
    edit_way,
    source_document,
)


def test_only_a_draft_is_corrected() -> None:
    for state in ("posted", "paid", "cancelled", "approved"):
        assert edit_refusal(INVOICES, {"id": "i", "state": state}) is EditRefusal.NOT_A_DRAFT
    assert edit_refusal(INVOICES, {"id": "i", "state": "draft"}) is None
    assert edit_refusal(PURCHASE_ORDERS, {"id": "o", "state": "draft"}) is None


def test_an_entry_another_document_made_is_corrected_through_that_document() -> None:
    made = {"id": "j", "state": "draft", "sourceType": "invoice", "sourceId": "i"}
    assert edit_refusal(JOURNAL_ENTRIES, made) is EditRefusal.MADE_BY_DOCUMENT
    manual = {"id": "j", "state": "draft", "sourceType": "manual"}
    assert edit_refusal(JOURNAL_ENTRIES, manual) is None
    assert edit_refusal(JOURNAL_ENTRIES, {"id": "j", "state": "draft"}) is None


def test_a_server_that_cannot_change_drafts_leaves_only_drafts_never_sent() -> None:
    on_server = {"id": "abc", "state": "draft"}
    never_sent = {"id": "local-1", "state": "draft"}
    assert edit_refusal(PAYMENTS, on_server, server_edits=False) is EditRefusal.SERVER_CANNOT
    assert edit_refusal(PAYMENTS, on_server, server_edits=None) is None  # unknown: tried
    assert edit_refusal(PAYMENTS, never_sent, server_edits=False) is None
    assert edit_refusal(PAYMENTS, never_sent, waiting=False) is EditRefusal.BEING_SENT


def test_a_draft_never_sent_is_corrected_in_the_outbox() -> None:
    assert edit_way({"id": "local-9"}) is EditWay.IN_OUTBOX
    assert edit_way({"id": "3f1c"}) is EditWay.ON_SERVER


def test_an_entry_leads_to_its_invoice_payment_or_order_else_to_itself() -> None:
    def source(kind: str, key: str | None = "d1") -> DocumentRef:
        return source_document({"id": "j1", "sourceType": kind, "sourceId": key})

    assert source("invoice") == DocumentRef(INVOICES, "d1")
    assert source("payment") == DocumentRef(PAYMENTS, "d1")
    assert source("purchase_receipt") == DocumentRef(PURCHASE_ORDERS, "d1")
    # a stock valuation entry (a count, a scrap, a delivery) is its own document
    assert source("stock_adjustment") == DocumentRef(JOURNAL_ENTRIES, "j1")
    assert source("manual", None) == DocumentRef(JOURNAL_ENTRIES, "j1")
    assert source("invoice", None) == DocumentRef(JOURNAL_ENTRIES, "j1")
