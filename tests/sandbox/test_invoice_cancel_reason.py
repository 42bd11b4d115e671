"""Cancelling with a reason: the reason is kept on the invoice and on its credit note."""

from __future__ import annotations

from tests.sandbox.conftest import Api
from tests.sandbox.test_invoices import new_client, posted_invoice


def test_the_reason_is_kept_on_both_documents(accountant: Api) -> None:
    invoice = posted_invoice(accountant, new_client(accountant), unit_price="100")
    cancelled = accountant.ok(
        accountant.post(f"/accounting/invoices/{invoice['id']}/cancel", {"reason": "Ordered twice"})
    )
    assert cancelled["state"] == "cancelled" and cancelled["cancelReason"] == "Ordered twice"
    note = accountant.ok(accountant.get(f"/accounting/invoices/{cancelled['creditNoteId']}"))
    assert note["cancelReason"] == "Ordered twice"
    assert note["notes"] == f"Cancels {invoice['number']}: Ordered twice"
    assert note["originalInvoiceId"] == invoice["id"]


def test_no_body_still_cancels(accountant: Api) -> None:
    invoice = posted_invoice(accountant, new_client(accountant), unit_price="10")
    cancelled = accountant.ok(accountant.post(f"/accounting/invoices/{invoice['id']}/cancel"))
    assert cancelled["cancelReason"] is None


def test_a_reason_too_long_is_a_field_error(accountant: Api) -> None:
    invoice = posted_invoice(accountant, new_client(accountant), unit_price="10")
    response = accountant.post(
        f"/accounting/invoices/{invoice['id']}/cancel", {"reason": "x" * 501}
    )
    assert response.status_code == 400
    assert response.json()["errors"][0]["field"] == "reason"
    after = accountant.ok(accountant.get(f"/accounting/invoices/{invoice['id']}"))
    assert after["state"] == "posted"
