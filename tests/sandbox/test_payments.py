"""Payments: record, post to bank and partner accounts, allocate to invoices and bills."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from tests.sandbox.conftest import Api
from tests.sandbox.test_invoices import by_code, entries_for, new_client, new_vendor, posted_invoice


def record(api: Api, partner: dict[str, Any], amount: str, **extra: Any) -> dict[str, Any]:
    return api.ok(
        api.post(
            "/accounting/payments",
            {"type": "inbound", "partnerId": partner["id"], "amount": amount, **extra},
        )
    )


def invoice_of(api: Api, invoice: dict[str, Any]) -> dict[str, Any]:
    return api.ok(api.get(f"/accounting/invoices/{invoice['id']}"))


def test_a_payment_pays_an_invoice_partly_then_fully(accountant: Api) -> None:
    client = new_client(accountant)
    invoice = posted_invoice(accountant, client, unit_price="1000")  # 1050.00 with VAT
    payment = record(accountant, client, "1050.00", reference="BANK-REF-1", method="bank")
    assert payment["state"] == "draft" and payment["number"].startswith("RCPT-")
    assert payment["amountUnallocated"] == "1050.00"
    assert invoice_of(accountant, invoice)["amountDue"] == "1050.00"  # a draft pays nothing

    posted = accountant.ok(accountant.post(f"/accounting/payments/{payment['id']}/post"))
    assert posted["state"] == "posted"
    [entry] = entries_for(accountant, payment["number"])
    assert by_code(entry) == {"1010": (Decimal("1050.00"), 0), "1200": (0, Decimal("1050.00"))}

    part = accountant.ok(
        accountant.post(
            f"/accounting/payments/{payment['id']}/allocate",
            {"allocations": [{"invoiceId": invoice["id"], "amount": "400.50"}]},
        )
    )
    assert (part["amountAllocated"], part["amountUnallocated"]) == ("400.50", "649.50")
    after = invoice_of(accountant, invoice)
    assert (after["state"], after["paymentState"]) == ("posted", "partial")
    assert (after["amountPaid"], after["amountDue"]) == ("400.50", "649.50")

    rest = accountant.ok(
        accountant.post(
            f"/accounting/payments/{payment['id']}/allocate",
            {"allocations": [{"invoiceId": invoice["id"], "amount": "649.50"}]},
        )
    )
    assert rest["amountUnallocated"] == "0.00"
    assert rest["allocations"] == [
        {"invoiceId": invoice["id"], "invoiceNumber": invoice["number"], "amount": "1050.00"}
    ]
    paid = invoice_of(accountant, invoice)
    assert (paid["state"], paid["paymentState"], paid["amountDue"]) == ("paid", "paid", "0.00")
    assert [p["paymentId"] for p in paid["payments"]] == [payment["id"], payment["id"]]
    assert [
        i["id"]
        for i in accountant.all("/accounting/invoices", partnerId=client["id"], state="paid")
    ] == [invoice["id"]]


def test_allocations_given_with_a_draft_apply_when_it_is_posted(accountant: Api) -> None:
    client = new_client(accountant)
    first = posted_invoice(accountant, client, unit_price="100")  # 105.00
    second = posted_invoice(accountant, client, unit_price="200")  # 210.00
    payment = record(
        accountant,
        client,
        "300.00",
        method="cash",
        allocations=[
            {"invoiceId": first["id"], "amount": "105.00"},
            {"invoiceId": second["id"], "amount": "150.00"},
        ],
    )
    assert payment["amountUnallocated"] == "45.00"
    assert invoice_of(accountant, first)["paymentState"] == "not_paid"

    accountant.ok(accountant.post(f"/accounting/payments/{payment['id']}/post"))
    assert invoice_of(accountant, first)["state"] == "paid"
    assert invoice_of(accountant, second)["amountDue"] == "60.00"
    [entry] = entries_for(accountant, payment["number"])
    assert by_code(entry)["1000"] == (Decimal("300.00"), 0)  # cash, not the bank


def test_over_allocation_is_a_400_naming_the_allocation(accountant: Api) -> None:
    client = new_client(accountant)
    invoice = posted_invoice(accountant, client, unit_price="100")  # 105.00
    payment = record(accountant, client, "500.00")
    too_much = accountant.post(
        f"/accounting/payments/{payment['id']}/allocate",
        {"allocations": [{"invoiceId": invoice["id"], "amount": "105.01"}]},
    )
    assert too_much.status_code == 400
    error = too_much.json()["errors"][0]
    assert error["field"] == "allocations[0].amount"
    assert "105.00" in error["message"] and invoice["number"] in error["message"]

    other = posted_invoice(accountant, client, unit_price="1000")  # 1050.00
    beyond_payment = accountant.post(
        f"/accounting/payments/{payment['id']}/allocate",
        {
            "allocations": [
                {"invoiceId": invoice["id"], "amount": "100"},
                {"invoiceId": other["id"], "amount": "401"},
            ]
        },
    )
    assert beyond_payment.status_code == 400
    assert beyond_payment.json()["errors"][0]["field"] == "allocations"
    assert "500.00" in beyond_payment.json()["errors"][0]["message"]
    assert invoice_of(accountant, invoice)["amountPaid"] == "0.00"


def test_allocations_must_fit_partner_type_and_state(accountant: Api) -> None:
    client = new_client(accountant)
    stranger = posted_invoice(accountant, new_client(accountant), unit_price="10")
    draft = accountant.ok(
        accountant.post(
            "/accounting/invoices",
            {"partnerId": client["id"], "lines": [{"description": "x", "unitPrice": "10"}]},
        )
    )
    payment = record(accountant, client, "50")
    for invoice, words in ((stranger, "belongs to"), (draft, "draft")):
        response = accountant.post(
            f"/accounting/payments/{payment['id']}/allocate",
            {"allocations": [{"invoiceId": invoice["id"], "amount": "5"}]},
        )
        assert response.status_code == 400
        error = response.json()["errors"][0]
        assert error["field"] == "allocations[0].invoiceId" and words in error["message"]

    vendor = new_vendor(accountant)
    wrong_partner = accountant.post(
        "/accounting/payments", {"type": "inbound", "partnerId": vendor["id"], "amount": "5"}
    )
    assert wrong_partner.status_code == 400
    assert wrong_partner.json()["errors"][0]["field"] == "partnerId"

    usd = accountant.post(
        "/accounting/payments", {"partnerId": client["id"], "amount": "5", "currency": "USD"}
    )
    assert usd.status_code == 400 and usd.json()["errors"][0]["field"] == "currency"
    zero = accountant.post("/accounting/payments", {"partnerId": client["id"], "amount": "0"})
    assert zero.status_code == 400 and zero.json()["errors"][0]["field"] == "amount"


def test_an_outbound_payment_settles_a_bill(accountant: Api) -> None:
    vendor = new_vendor(accountant)
    bill = accountant.ok(
        accountant.post(
            "/accounting/invoices",
            {
                "type": "in_invoice",
                "partnerId": vendor["id"],
                "lines": [{"description": "Rent of forklift", "unitPrice": "2000"}],
            },
        )
    )
    accountant.ok(accountant.post(f"/accounting/invoices/{bill['id']}/post"))
    payment = accountant.ok(
        accountant.post(
            "/accounting/payments",
            {
                "type": "outbound",
                "partnerId": vendor["id"],
                "amount": "2100.00",
                "allocations": [{"invoiceId": bill["id"], "amount": "2100.00"}],
            },
        )
    )
    assert payment["number"].startswith("PAY-")
    accountant.ok(accountant.post(f"/accounting/payments/{payment['id']}/post"))
    [entry] = entries_for(accountant, payment["number"])
    assert by_code(entry) == {"2000": (Decimal("2100.00"), 0), "1010": (0, Decimal("2100.00"))}
    assert invoice_of(accountant, bill)["state"] == "paid"

    client = new_client(accountant)
    invoice = posted_invoice(accountant, client, unit_price="10")
    crossed = accountant.post(
        f"/accounting/payments/{payment['id']}/allocate",
        {"allocations": [{"invoiceId": invoice["id"], "amount": "1"}]},
    )
    assert crossed.status_code == 400
    assert "bill" in crossed.json()["errors"][0]["message"]


def test_posting_a_payment_twice_is_409(accountant: Api) -> None:
    client = new_client(accountant)
    payment = record(accountant, client, "10")
    accountant.ok(accountant.post(f"/accounting/payments/{payment['id']}/post"))
    again = accountant.post(f"/accounting/payments/{payment['id']}/post")
    assert again.status_code == 409
    assert len(entries_for(accountant, payment["number"])) == 1


def test_payments_list_and_permissions(accountant: Api, storekeeper: Api) -> None:
    client = new_client(accountant)
    payment = record(accountant, client, "12.34")
    listed = accountant.all("/accounting/payments", partnerId=client["id"])
    assert [(p["id"], p["amount"], p["state"]) for p in listed] == [
        (payment["id"], "12.34", "draft")
    ]
    assert accountant.all("/accounting/payments", partnerId=client["id"], state="posted") == []
    assert storekeeper.get("/accounting/payments").status_code == 403
    assert storekeeper.post(f"/accounting/payments/{payment['id']}/post").status_code == 403
