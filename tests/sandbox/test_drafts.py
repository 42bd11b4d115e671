"""Correcting drafts (PATCH): invoices, journal entries, payments and purchase orders; what is
posted refuses with 409 and stays as it was; and allocating a posted payment later."""

from __future__ import annotations

import uuid
from decimal import Decimal

from tests.sandbox.conftest import Api
from tests.sandbox.test_invoices import new_client, new_vendor, posted_invoice, service_invoice


def test_a_draft_invoice_is_corrected_and_its_totals_follow(accountant: Api) -> None:
    client, other = new_client(accountant, terms=30), new_client(accountant, terms=10)
    draft = service_invoice(accountant, client, unit_price="100.00")
    corrected = accountant.ok(
        accountant.patch(
            f"/accounting/invoices/{draft['id']}",
            {
                "partnerId": other["id"],
                "date": "2026-02-01",
                "reference": "PO-77",
                "lines": [
                    {"description": "Survey", "quantity": "2", "unitPrice": "150.00"},
                    {"description": "Export crate", "unitPrice": "40.00", "taxRate": "0"},
                ],
            },
        )
    )
    assert corrected["number"] == draft["number"] and corrected["state"] == "draft"
    assert (corrected["partnerName"], corrected["dueDate"]) == (other["name"], "2026-02-11")
    assert (corrected["subtotal"], corrected["taxTotal"], corrected["total"]) == (
        "340.00",
        "15.00",
        "355.00",
    )
    assert corrected["amountDue"] == "355.00" and corrected["reference"] == "PO-77"
    notes_only = accountant.ok(
        accountant.patch(f"/accounting/invoices/{draft['id']}", {"notes": "Deliver by noon"})
    )
    assert notes_only["lines"] == corrected["lines"] and notes_only["notes"] == "Deliver by noon"

    bad = accountant.patch(
        f"/accounting/invoices/{draft['id']}", {"lines": [{"description": "", "unitPrice": "1"}]}
    )
    assert bad.status_code == 400 and bad.json()["errors"][0]["field"] == "lines[0].description"
    assert accountant.ok(accountant.get(f"/accounting/invoices/{draft['id']}"))["total"] == "355.00"


def test_a_posted_invoice_cannot_be_edited(accountant: Api) -> None:
    invoice = posted_invoice(accountant, new_client(accountant))
    refused = accountant.patch(f"/accounting/invoices/{invoice['id']}", {"notes": "late edit"})
    assert refused.status_code == 409
    assert "already posted" in refused.json()["message"]
    assert accountant.ok(accountant.get(f"/accounting/invoices/{invoice['id']}"))["notes"] == ""


def test_a_draft_entry_is_corrected_but_must_still_balance(accountant: Api) -> None:
    entry = accountant.ok(
        accountant.post(
            "/accounting/journal-entries",
            {
                "memo": "Accrual",
                "lines": [
                    {"accountCode": "6100", "debit": "500"},
                    {"accountCode": "2100", "credit": "500"},
                ],
            },
        )
    )
    fixed = accountant.ok(
        accountant.patch(
            f"/accounting/journal-entries/{entry['id']}",
            {
                "memo": "Rent accrual",
                "lines": [
                    {"accountCode": "6100", "debit": "750"},
                    {"accountCode": "2100", "credit": "750"},
                ],
            },
        )
    )
    assert (fixed["memo"], fixed["totalDebit"], fixed["totalCredit"]) == (
        "Rent accrual",
        "750.00",
        "750.00",
    )
    unbalanced = accountant.patch(
        f"/accounting/journal-entries/{entry['id']}",
        {"lines": [{"accountCode": "6100", "debit": "1"}, {"accountCode": "2100", "credit": "2"}]},
    )
    assert (
        unbalanced.status_code == 400
        and unbalanced.json()["message"] == "Debits must equal credits"
    )
    accountant.ok(accountant.post(f"/accounting/journal-entries/{entry['id']}/post"))
    posted = accountant.patch(f"/accounting/journal-entries/{entry['id']}", {"memo": "after"})
    assert posted.status_code == 409


def test_an_invoices_own_entry_is_corrected_through_the_invoice(accountant: Api) -> None:
    invoice = posted_invoice(accountant, new_client(accountant))
    entry = accountant.ok(
        accountant.get(f"/accounting/journal-entries/{invoice['journalEntryId']}")
    )
    assert (
        accountant.patch(f"/accounting/journal-entries/{entry['id']}", {"memo": "x"}).status_code
        == 409
    )


def test_a_draft_payment_is_corrected_with_its_allocations(accountant: Api) -> None:
    client = new_client(accountant)
    first = posted_invoice(accountant, client, unit_price="100.00")  # 105.00
    second = posted_invoice(accountant, client, unit_price="200.00")  # 210.00
    payment = accountant.ok(
        accountant.post(
            "/accounting/payments",
            {
                "partnerId": client["id"],
                "amount": "100.00",
                "allocations": [{"invoiceId": first["id"], "amount": "100.00"}],
            },
        )
    )
    changed = accountant.ok(
        accountant.patch(
            f"/accounting/payments/{payment['id']}",
            {
                "amount": "315.00",
                "method": "cheque",
                "allocations": [
                    {"invoiceId": first["id"], "amount": "105.00"},
                    {"invoiceId": second["id"], "amount": "210.00"},
                ],
            },
        )
    )
    assert (changed["amount"], changed["method"], changed["amountUnallocated"]) == (
        "315.00",
        "cheque",
        "0.00",
    )
    # Lowering the amount below what is allocated is refused; nothing changes.
    low = accountant.patch(f"/accounting/payments/{payment['id']}", {"amount": "50.00"})
    assert low.status_code == 400 and low.json()["errors"][0]["field"] == "allocations"
    accountant.ok(accountant.post(f"/accounting/payments/{payment['id']}/post"))
    for invoice in (first, second):
        assert (
            accountant.ok(accountant.get(f"/accounting/invoices/{invoice['id']}"))["state"]
            == "paid"
        )
    assert (
        accountant.patch(f"/accounting/payments/{payment['id']}", {"memo": "x"}).status_code == 409
    )


def test_a_posted_credit_is_allocated_later_over_several_invoices(accountant: Api) -> None:
    client = new_client(accountant)
    advance = accountant.ok(
        accountant.post("/accounting/payments", {"partnerId": client["id"], "amount": "500.00"})
    )
    accountant.ok(accountant.post(f"/accounting/payments/{advance['id']}/post"))
    first = posted_invoice(accountant, client, unit_price="200.00")  # 210.00
    second = posted_invoice(accountant, client, unit_price="400.00")  # 420.00
    allocate = f"/accounting/payments/{advance['id']}/allocate"
    part = accountant.ok(
        accountant.post(
            allocate,
            {
                "allocations": [
                    {"invoiceId": first["id"], "amount": "210.00"},
                    {"invoiceId": second["id"], "amount": "100.00"},
                ]
            },
        )
    )
    assert (part["amountAllocated"], part["amountUnallocated"]) == ("310.00", "190.00")
    over = accountant.post(
        allocate, {"allocations": [{"invoiceId": second["id"], "amount": "200.00"}]}
    )
    assert over.status_code == 400 and "exceeds the payment amount" in over.text
    rest = accountant.ok(
        accountant.post(
            allocate, {"allocations": [{"invoiceId": second["id"], "amount": "190.00"}]}
        )
    )
    assert rest["amountUnallocated"] == "0.00"
    second_now = accountant.ok(accountant.get(f"/accounting/invoices/{second['id']}"))
    assert (second_now["amountDue"], second_now["paymentState"]) == ("130.00", "partial")
    assert [p["amount"] for p in second_now["payments"]] == ["100.00", "190.00"]


def test_a_draft_purchase_order_is_corrected_then_locked(accountant: Api, admin: Api) -> None:
    vendor = new_vendor(accountant)
    products = admin.ok(admin.get("/inventory/products", type="storable", limit=2))["data"]
    order = accountant.ok(
        accountant.post(
            "/inventory/purchase-orders",
            {
                "vendorId": vendor["id"],
                "lines": [{"productId": products[0]["id"], "quantity": "3", "unitPrice": "10"}],
            },
        )
    )
    edited = accountant.ok(
        accountant.patch(
            f"/inventory/purchase-orders/{order['id']}",
            {
                "reference": f"Q-{uuid.uuid4().hex[:6]}",
                "lines": [
                    {"productId": products[0]["id"], "quantity": "4", "unitPrice": "10"},
                    {
                        "productId": products[1]["id"],
                        "quantity": "1",
                        "unitPrice": "2.50",
                        "taxRate": "0",
                    },
                ],
            },
        )
    )
    assert (edited["subtotal"], edited["taxTotal"], edited["total"]) == ("42.50", "2.00", "44.50")
    assert edited["number"] == order["number"] and len(edited["lines"]) == 2
    backwards = accountant.patch(
        f"/inventory/purchase-orders/{order['id']}", {"expectedDate": "2000-01-01"}
    )
    assert backwards.status_code == 400
    accountant.ok(accountant.post(f"/inventory/purchase-orders/{order['id']}/approve"))
    late = accountant.patch(f"/inventory/purchase-orders/{order['id']}", {"notes": "too late"})
    assert late.status_code == 409 and "only draft orders" in late.json()["message"]
    assert Decimal(
        accountant.ok(accountant.get(f"/inventory/purchase-orders/{order['id']}"))["total"]
    ) == Decimal("44.50")
