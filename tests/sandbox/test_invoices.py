"""Invoices and bills: exact server-side totals, posting to ledger and stock, cancelling."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from tests.sandbox.conftest import COMPANY_2, Api

# --- helpers shared by the accounting tests -------------------------------------------------


def new_client(api: Api, terms: int = 30) -> dict[str, Any]:
    name = f"Acc Client {uuid.uuid4().hex[:10]}"
    return api.ok(api.post("/crm/clients", {"name": name, "paymentTermsDays": terms}))


def new_vendor(api: Api, terms: int = 30) -> dict[str, Any]:
    name = f"Acc Vendor {uuid.uuid4().hex[:10]}"
    return api.ok(api.post("/inventory/vendors", {"name": name, "paymentTermsDays": terms}))


def service_invoice(
    api: Api,
    partner: dict[str, Any],
    unit_price: str = "1000.00",
    quantity: str = "1",
    **extra: Any,
) -> dict[str, Any]:
    """A draft customer invoice with one plain service line (5 % VAT in company 1)."""
    body = {
        "partnerId": partner["id"],
        "lines": [{"description": "Consulting", "quantity": quantity, "unitPrice": unit_price}],
        **extra,
    }
    return api.ok(api.post("/accounting/invoices", body))


def posted_invoice(api: Api, partner: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
    invoice = service_invoice(api, partner, **kwargs)
    return api.ok(api.post(f"/accounting/invoices/{invoice['id']}/post"))


def stocked_product(
    api: Api, on_hand: int, cost: str = "10.00", price: str = "25.00"
) -> dict[str, Any]:
    """A new storable product with `on_hand` units counted into one internal location.

    `api` must be allowed inventory.write (the admin; accountants are not)."""
    sku = f"ACC-{uuid.uuid4().hex[:8].upper()}"
    product = api.ok(
        api.post(
            "/inventory/products",
            {
                "sku": sku,
                "name": f"Test item {sku}",
                "type": "storable",
                "cost": cost,
                "salePrice": price,
                "taxRate": "5",
            },
        )
    )
    location = api.ok(api.get("/inventory/locations", type="internal", limit=1))["data"][0]
    api.ok(
        api.post(
            "/inventory/adjustments",
            {
                "locationId": location["id"],
                "reason": "Opening stock for a test",
                "lines": [{"productId": product["id"], "countedQuantity": str(on_hand)}],
            },
        )
    )
    return api.ok(api.get(f"/inventory/products/{product['id']}"))


def entries_for(api: Api, reference: str) -> list[dict[str, Any]]:
    return api.all("/accounting/journal-entries", reference=reference)


def by_code(entry: dict[str, Any]) -> dict[str, tuple[Decimal, Decimal]]:
    """account code -> (debit, credit) summed over an entry's lines."""
    out: dict[str, tuple[Decimal, Decimal]] = {}
    for line in entry["lines"]:
        debit, credit = out.get(line["accountCode"], (Decimal(0), Decimal(0)))
        debit += Decimal(line["debit"])
        credit += Decimal(line["credit"])
        out[line["accountCode"]] = (debit, credit)
    return out


# --- totals ---------------------------------------------------------------------------------


def test_totals_are_exact_and_tax_is_rounded_per_line_in_aed(accountant: Api) -> None:
    client = new_client(accountant, terms=45)
    invoice = accountant.ok(
        accountant.post(
            "/accounting/invoices",
            {
                "partnerId": client["id"],
                "date": "2026-03-10",
                "lines": [
                    {"description": "Sticker", "quantity": "1", "unitPrice": "0.10"},
                    {"description": "Sticker", "quantity": "1", "unitPrice": "0.10"},
                    {"description": "Sticker", "quantity": "1", "unitPrice": "0.10"},
                    {
                        "description": "Cable",
                        "quantity": "3",
                        "unitPrice": "19.99",
                        "discountPercent": "12.5",
                    },
                    {
                        "description": "Export crate",
                        "quantity": "2",
                        "unitPrice": "7.5",
                        "taxRate": "0",
                    },
                ],
            },
        )
    )
    lines = invoice["lines"]
    # 0.10 at 5 % is 0.005 of tax: half-up per line gives 0.01 each, 0.03 in all
    # (rounding the total instead would give 0.02).
    assert [x["taxAmount"] for x in lines[:3]] == ["0.01", "0.01", "0.01"]
    # 3 x 19.99 less 12.5 % = 52.47375 -> 52.47; 5 % of it = 2.6235 -> 2.62
    assert (lines[3]["subtotal"], lines[3]["taxAmount"], lines[3]["total"]) == (
        "52.47",
        "2.62",
        "55.09",
    )
    assert (lines[4]["subtotal"], lines[4]["taxAmount"]) == ("15.00", "0.00")
    assert invoice["subtotal"] == "67.77"
    assert invoice["taxTotal"] == "2.65"
    assert invoice["total"] == "70.42"
    assert Decimal(invoice["subtotal"]) + Decimal(invoice["taxTotal"]) == Decimal(invoice["total"])
    assert invoice["taxBreakdown"] == [
        {"rate": "0", "base": "15.00", "tax": "0.00"},
        {"rate": "5", "base": "52.77", "tax": "2.65"},
    ]
    assert invoice["state"] == "draft" and invoice["paymentState"] == "not_paid"
    assert (invoice["amountPaid"], invoice["amountDue"]) == ("0.00", "70.42")
    assert invoice["number"].startswith("INV-2026-") and len(invoice["number"]) == 14
    assert invoice["dueDate"] == "2026-04-24"  # the client's 45 days
    assert invoice["currency"] == "AED"


def test_kwd_company_totals_have_three_decimals(admin: Api) -> None:
    kuwait = Api(admin.server, "admin@demo.local", COMPANY_2)
    try:
        client = new_client(kuwait)
        invoice = kuwait.ok(
            kuwait.post(
                "/accounting/invoices",
                {
                    "partnerId": client["id"],
                    "lines": [
                        {
                            "description": "Fittings",
                            "quantity": "3",
                            "unitPrice": "1.2345",
                            "discountPercent": "10",
                            "taxRate": "5",
                        },
                        {"description": "Labour", "quantity": "1", "unitPrice": "2"},
                    ],
                },
            )
        )
    finally:
        kuwait.close()
    first, second = invoice["lines"]
    # 3 x 1.2345 x 0.9 = 3.33315 -> 3.333; 5 % = 0.16665 -> 0.167 (half-up)
    assert (first["subtotal"], first["taxAmount"]) == ("3.333", "0.167")
    assert first["unitPrice"] == "1.2345"
    # Kuwait has no VAT: the company's default rate is 0.
    assert (second["taxRate"], second["subtotal"], second["taxAmount"]) == ("0", "2.000", "0.000")
    assert (invoice["subtotal"], invoice["taxTotal"], invoice["total"]) == (
        "5.333",
        "0.167",
        "5.500",
    )
    assert invoice["currency"] == "KWD"


def test_product_lines_default_price_and_tax_from_the_product(accountant: Api, admin: Api) -> None:
    client = new_client(accountant)
    product = stocked_product(admin, 0, cost="4.00", price="9.99")
    invoice = accountant.ok(
        accountant.post(
            "/accounting/invoices",
            {"partnerId": client["id"], "lines": [{"productId": product["id"], "quantity": "3"}]},
        )
    )
    line = invoice["lines"][0]
    assert (line["unitPrice"], line["taxRate"], line["description"]) == (
        "9.99",
        "5",
        product["name"],
    )
    assert (line["subtotal"], line["taxAmount"]) == ("29.97", "1.50")


def test_currency_other_than_the_company_currency_is_refused(accountant: Api) -> None:
    client = new_client(accountant)
    response = accountant.post(
        "/accounting/invoices",
        {
            "partnerId": client["id"],
            "currency": "USD",
            "lines": [{"description": "x", "unitPrice": "1"}],
        },
    )
    assert response.status_code == 400
    error = response.json()["errors"][0]
    assert error["field"] == "currency"
    assert "AED" in error["message"]


def test_incoterm_must_be_an_incoterms_2020_rule(accountant: Api) -> None:
    client = new_client(accountant)
    response = accountant.post(
        "/accounting/invoices",
        {
            "partnerId": client["id"],
            "incoterm": "XYZ",
            "lines": [{"description": "x", "unitPrice": "1"}],
        },
    )
    assert response.status_code == 400
    assert response.json()["errors"][0]["field"] == "incoterm"
    good = service_invoice(accountant, client, incoterm="fob")
    assert good["incoterm"] == "FOB"


def test_line_errors_name_the_line_and_partner_must_fit_the_type(accountant: Api) -> None:
    client = new_client(accountant)
    response = accountant.post(
        "/accounting/invoices",
        {
            "partnerId": client["id"],
            "lines": [
                {"description": "ok", "unitPrice": "1"},
                {"description": "bad", "quantity": "0", "unitPrice": "1"},
            ],
        },
    )
    assert response.status_code == 400
    assert response.json()["errors"][0]["field"] == "lines[1].quantity"

    no_lines = accountant.post("/accounting/invoices", {"partnerId": client["id"], "lines": []})
    assert no_lines.status_code == 400
    assert no_lines.json()["errors"][0]["field"] == "lines"

    vendor = new_vendor(accountant)
    wrong = accountant.post(
        "/accounting/invoices",
        {"partnerId": vendor["id"], "lines": [{"description": "x", "unitPrice": "1"}]},
    )
    assert wrong.status_code == 400
    assert wrong.json()["errors"][0]["field"] == "partnerId"
    assert "client" in wrong.json()["errors"][0]["message"]


# --- posting --------------------------------------------------------------------------------


def test_posting_books_receivable_revenue_and_output_vat(accountant: Api) -> None:
    client = new_client(accountant)
    draft = service_invoice(accountant, client, unit_price="1234.56")
    assert entries_for(accountant, draft["number"]) == []
    posted = accountant.ok(accountant.post(f"/accounting/invoices/{draft['id']}/post"))
    assert posted["state"] == "posted"
    assert posted["amountDue"] == posted["total"] == "1296.29"
    [entry] = entries_for(accountant, draft["number"])
    assert entry["state"] == "posted" and entry["sourceType"] == "invoice"
    assert entry["sourceId"] == draft["id"] and posted["journalEntryId"] == entry["id"]
    lines = by_code(entry)
    assert lines["1200"] == (Decimal("1296.29"), 0)
    assert lines["4000"] == (0, Decimal("1234.56"))
    assert lines["2200"] == (0, Decimal("61.73"))


def test_posting_twice_is_409(accountant: Api) -> None:
    posted = posted_invoice(accountant, new_client(accountant))
    again = accountant.post(f"/accounting/invoices/{posted['id']}/post")
    assert again.status_code == 409
    assert posted["number"] in again.json()["message"]
    assert len(entries_for(accountant, posted["number"])) == 1


def test_posting_a_stocked_product_delivers_it_and_books_cost_of_sales(
    accountant: Api, admin: Api
) -> None:
    product = stocked_product(admin, 10, cost="12.40", price="30.00")
    assert product["onHand"] == "10"
    client = new_client(accountant)
    draft = accountant.ok(
        accountant.post(
            "/accounting/invoices",
            {"partnerId": client["id"], "lines": [{"productId": product["id"], "quantity": "4"}]},
        )
    )
    posted = accountant.ok(accountant.post(f"/accounting/invoices/{draft['id']}/post"))
    assert posted["state"] == "posted"

    after = accountant.ok(accountant.get(f"/inventory/products/{product['id']}"))
    assert after["onHand"] == "6"
    moves = accountant.all("/inventory/moves", productId=product["id"], sourceType="invoice")
    assert [(m["type"], m["quantity"], m["reference"]) for m in moves] == [
        ("delivery", "4", draft["number"])
    ]
    assert moves[0]["toLocationCode"] == "CUSTOMERS"

    entries = {e["id"]: e for e in entries_for(accountant, draft["number"])}
    sales = by_code(entries[posted["journalEntryId"]])
    assert sales["4000"] == (0, Decimal("120.00"))
    cogs = by_code(entries[posted["cogsEntryId"]])
    assert cogs == {"5000": (Decimal("49.60"), 0), "1300": (0, Decimal("49.60"))}


def test_not_enough_stock_is_400_on_the_line_and_changes_nothing(
    accountant: Api, admin: Api
) -> None:
    product = stocked_product(admin, 2)
    client = new_client(accountant)
    draft = accountant.ok(
        accountant.post(
            "/accounting/invoices",
            {
                "partnerId": client["id"],
                "lines": [
                    {"description": "Fitting", "unitPrice": "5"},
                    {"productId": product["id"], "quantity": "5"},
                ],
            },
        )
    )
    response = accountant.post(f"/accounting/invoices/{draft['id']}/post")
    assert response.status_code == 400
    error = response.json()["errors"][0]
    assert error["field"] == "lines[1].quantity"
    assert "only 2" in error["message"] and product["sku"] in error["message"]

    assert accountant.ok(accountant.get(f"/accounting/invoices/{draft['id']}"))["state"] == "draft"
    assert accountant.ok(accountant.get(f"/inventory/products/{product['id']}"))["onHand"] == "2"
    assert entries_for(accountant, draft["number"]) == []
    assert accountant.all("/inventory/moves", productId=product["id"], sourceType="invoice") == []


# --- cancelling -----------------------------------------------------------------------------


def test_cancel_makes_a_posted_credit_note_that_reverses_entry_and_stock(
    accountant: Api, admin: Api
) -> None:
    product = stocked_product(admin, 5, cost="8.00", price="20.00")
    client = new_client(accountant)
    draft = accountant.ok(
        accountant.post(
            "/accounting/invoices",
            {
                "partnerId": client["id"],
                "lines": [
                    {"productId": product["id"], "quantity": "3"},
                    {"description": "Delivery", "unitPrice": "15"},
                ],
            },
        )
    )
    posted = accountant.ok(accountant.post(f"/accounting/invoices/{draft['id']}/post"))
    assert accountant.ok(accountant.get(f"/inventory/products/{product['id']}"))["onHand"] == "2"

    cancelled = accountant.ok(accountant.post(f"/accounting/invoices/{draft['id']}/cancel"))
    assert cancelled["state"] == "cancelled"
    assert cancelled["amountDue"] == "0.00"
    note = accountant.ok(accountant.get(f"/accounting/invoices/{cancelled['creditNoteId']}"))
    assert note["type"] == "out_refund" and note["state"] == "posted"
    assert note["number"].startswith("CN-") and note["originalInvoiceId"] == draft["id"]
    assert note["total"] == posted["total"]

    original = {e["id"]: e for e in entries_for(accountant, draft["number"])}
    reversal = {e["id"]: e for e in entries_for(accountant, note["number"])}
    sales, reverse = (
        by_code(original[posted["journalEntryId"]]),
        by_code(reversal[note["journalEntryId"]]),
    )
    assert reverse == {code: (credit, debit) for code, (debit, credit) in sales.items()}
    assert by_code(reversal[note["cogsEntryId"]]) == {
        "1300": (Decimal("24.00"), 0),
        "5000": (0, Decimal("24.00")),
    }
    assert accountant.ok(accountant.get(f"/inventory/products/{product['id']}"))["onHand"] == "5"

    again = accountant.post(f"/accounting/invoices/{draft['id']}/cancel")
    assert again.status_code == 409
    listed = accountant.all("/accounting/invoices", partnerId=client["id"])
    assert {(i["type"], i["state"]) for i in listed} == {
        ("out_invoice", "cancelled"),
        ("out_refund", "posted"),
    }


def test_cancelling_a_partly_paid_invoice_is_409(accountant: Api) -> None:
    client = new_client(accountant)
    invoice = posted_invoice(accountant, client, unit_price="100")
    payment = accountant.ok(
        accountant.post(
            "/accounting/payments",
            {
                "type": "inbound",
                "partnerId": client["id"],
                "amount": "40",
                "allocations": [{"invoiceId": invoice["id"], "amount": "40"}],
            },
        )
    )
    accountant.ok(accountant.post(f"/accounting/payments/{payment['id']}/post"))
    response = accountant.post(f"/accounting/invoices/{invoice['id']}/cancel")
    assert response.status_code == 409
    assert "40.00" in response.json()["message"] and "paid" in response.json()["message"]
    after = accountant.ok(accountant.get(f"/accounting/invoices/{invoice['id']}"))
    assert after["state"] == "posted"


def test_a_draft_cannot_be_cancelled(accountant: Api) -> None:
    draft = service_invoice(accountant, new_client(accountant))
    response = accountant.post(f"/accounting/invoices/{draft['id']}/cancel")
    assert response.status_code == 409
    assert "draft" in response.json()["message"]


# --- bills ------------------------------------------------------------------------------------


def test_a_bill_books_expense_input_vat_and_payable(accountant: Api) -> None:
    vendor = new_vendor(accountant, terms=15)
    bill = accountant.ok(
        accountant.post(
            "/accounting/invoices",
            {
                "type": "in_invoice",
                "partnerId": vendor["id"],
                "date": "2026-05-02",
                "reference": "VENDOR-77",
                "lines": [{"description": "Freight", "quantity": "1", "unitPrice": "800"}],
            },
        )
    )
    assert bill["number"].startswith("BILL-2026-") and bill["dueDate"] == "2026-05-17"
    posted = accountant.ok(accountant.post(f"/accounting/invoices/{bill['id']}/post"))
    assert posted["total"] == "840.00"
    [entry] = entries_for(accountant, bill["number"])
    assert by_code(entry) == {
        "5100": (Decimal("800.00"), 0),
        "1410": (Decimal("40.00"), 0),
        "2000": (0, Decimal("840.00")),
    }

    customer = new_client(accountant)
    wrong = accountant.post(
        "/accounting/invoices",
        {
            "type": "in_invoice",
            "partnerId": customer["id"],
            "lines": [{"description": "x", "unitPrice": "1"}],
        },
    )
    assert wrong.status_code == 400 and wrong.json()["errors"][0]["field"] == "partnerId"


# --- lists and permissions --------------------------------------------------------------------


def test_list_filters_by_partner_state_type_and_payment_state(accountant: Api) -> None:
    client = new_client(accountant)
    draft = service_invoice(accountant, client)
    posted = posted_invoice(accountant, client)
    assert [
        i["id"]
        for i in accountant.all("/accounting/invoices", partnerId=client["id"], state="posted")
    ] == [posted["id"]]
    assert [
        i["id"]
        for i in accountant.all(
            "/accounting/invoices", partnerId=client["id"], state="draft", type="out_invoice"
        )
    ] == [draft["id"]]
    assert (
        len(accountant.all("/accounting/invoices", partnerId=client["id"], paymentState="not_paid"))
        == 2
    )
    bad = accountant.get("/accounting/invoices", colour="red")
    assert bad.status_code == 400 and bad.json()["errors"][0]["field"] == "colour"


def test_storekeeper_cannot_see_or_touch_invoices(storekeeper: Api, accountant: Api) -> None:
    draft = service_invoice(accountant, new_client(accountant))
    assert storekeeper.get("/accounting/invoices").status_code == 403
    assert storekeeper.get(f"/accounting/invoices/{draft['id']}").status_code == 403
    assert storekeeper.post(f"/accounting/invoices/{draft['id']}/post").status_code == 403
    refused = storekeeper.post(
        "/accounting/invoices",
        {"partnerId": draft["partnerId"], "lines": [{"description": "x", "unitPrice": "1"}]},
    )
    assert refused.status_code == 403


def test_unknown_invoice_is_404(accountant: Api) -> None:
    assert accountant.get(f"/accounting/invoices/{uuid.uuid4()}").status_code == 404
    assert accountant.post(f"/accounting/invoices/{uuid.uuid4()}/post").status_code == 404


def test_due_date_defaults_to_terms_and_cannot_precede_the_date(accountant: Api) -> None:
    client = new_client(accountant, terms=0)
    today = datetime.now(UTC).date()
    invoice = service_invoice(accountant, client, date=today.isoformat())
    assert invoice["dueDate"] == today.isoformat()
    early = accountant.post(
        "/accounting/invoices",
        {
            "partnerId": client["id"],
            "date": today.isoformat(),
            "dueDate": (today - timedelta(days=1)).isoformat(),
            "lines": [{"description": "x", "unitPrice": "1"}],
        },
    )
    assert early.status_code == 400 and early.json()["errors"][0]["field"] == "dueDate"
