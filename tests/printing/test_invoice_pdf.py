"""Invoices, credit notes and receipts: rendered for real and read back from the PDF."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from arkan_desktop.printing import (
    Branding,
    PrintingError,
    invoice_document,
    render_invoice_pdf,
    render_receipt_pdf,
)
from arkan_desktop.printing.fonts import has_arabic
from tests.printing.conftest import pdf_pages_text, pdf_text

Record = Callable[[str], Any]


def test_aed_tax_invoice_prints_number_parties_lines_and_exact_totals(record: Record) -> None:
    pdf = render_invoice_pdf(
        record("invoice_aed"), record("partner_aed"), record("company_aed"), Branding(), "en"
    )
    assert pdf.startswith(b"%PDF")
    text = pdf_text(pdf)
    for expected in [
        "TAX INVOICE",
        "INV-2026-00202",
        "Arkan Demo Trading LLC",
        "TRN: 100234567800003",
        "Al Fajr Trading FZCO",
        "100749366113836",
        "12 Jul 2026",
        "26 Aug 2026",
        "Incoterm DDP",
        "Site survey",
        "Measuring Tape 8m Standard",
        "1,131.78",
        "2,263.56",
        "Subtotal (excl. VAT) AED 4,329.06",
        "VAT 5% on 4,329.06 AED 216.46",
        "Total (incl. VAT) AED 4,545.52",
        "Paid AED 3,136.41",
        "Amount Due AED 1,409.11",
        "Four Thousand Five Hundred Forty-Five UAE Dirhams and Fifty-Two Fils Only",
        "Emirates NBD",
        "AE070331234567890123456",
        "Page 1 of 1",
    ]:
        assert expected in text, expected
    assert "TOTALS DIFFER" not in text
    assert not has_arabic(text)  # English only: no Arabic at all


def test_kwd_invoice_prints_three_decimals_and_fils_of_a_thousand(record: Record) -> None:
    pdf = render_invoice_pdf(
        record("invoice_kwd"), record("partner_kwd"), record("company_kwd"), lang="en"
    )
    text = pdf_text(pdf)
    for expected in [
        "Arkan Demo Kuwait W.L.L.",
        "Marina Trading FZE",
        "Water Heater 50L",
        "41.523",
        "78.894",
        "Total KWD 383.857",  # Kuwait levies no VAT: a plain total (test_tax_registration)
        "Amount Due KWD 383.857",
        "Three Hundred Eighty-Three Kuwaiti Dinars and Eight Hundred Fifty-Seven Fils Only",
        "KW81CBKU0000000000001234560101",
    ]:
        assert expected in text, expected
    amounts = re.findall(r"KWD (\d[\d,]*\.\d+)", text)
    assert amounts and all(len(a.split(".")[1]) == 3 for a in amounts)


def test_buyer_without_trn_gets_a_simplified_tax_invoice(record: Record) -> None:
    partner = record("partner_no_trn")
    assert not partner["taxId"]
    text = pdf_text(
        render_invoice_pdf(record("invoice_simplified"), partner, record("company_aed"))
    )
    assert "SIMPLIFIED TAX INVOICE" in text
    assert "Al Mansoori Trading FZCO" in text


def test_credit_note_names_the_invoice_it_credits(record: Record) -> None:
    text = pdf_text(
        render_invoice_pdf(
            record("credit_note"), record("partner_credit"), record("company_aed"), lang="en"
        )
    )
    assert "TAX CREDIT NOTE" in text
    assert "CN-2026-00016" in text
    assert "Original Invoice INV-2026-00303" in text
    assert "Total Credit (incl. VAT) AED 5,087.65" in text
    assert "Amount Due" not in text


def test_payment_receipt_shows_amount_words_and_allocations(record: Record) -> None:
    text = pdf_text(
        render_receipt_pdf(
            record("payment"), record("partner_payment"), record("company_aed"), lang="en"
        )
    )
    for expected in [
        "PAYMENT RECEIPT",
        "RCPT-2026-00313",
        "Silver Sands Trading Est.",
        "AED 9,033.96",
        "Nine Thousand Thirty-Three UAE Dirhams and Ninety-Six Fils Only",
        "INV-2026-00277 8,922.63",
        "111.33",
        "Cheque",
    ]:
        assert expected in text, expected


def _long_invoice(record: Record, count: int) -> dict[str, Any]:
    invoice = record("invoice_aed")
    template = invoice["lines"][1]
    invoice["lines"] = [
        {**template, "description": f"Catalogue item {n:03d}", "sku": f"CAT-{n:03d}"}
        for n in range(1, count + 1)
    ]
    for key in ("subtotal", "taxTotal", "total", "taxBreakdown", "amountPaid", "amountDue"):
        invoice.pop(key)
    return invoice


def test_two_hundred_lines_paginate_with_the_header_on_every_page(record: Record) -> None:
    pdf = render_invoice_pdf(
        _long_invoice(record, 200), record("partner_aed"), record("company_aed"), lang="en"
    )
    pages = pdf_pages_text(pdf)
    assert len(pages) >= 4
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text
        assert "TAX INVOICE INV-2026-00202" in text
        assert "Description Qty Unit Price" in text, f"no table header on page {number}"
    everything = "\n".join(pages)
    for n in range(1, 201):
        assert everything.count(f"Catalogue item {n:03d}") == 1
    # 200 × (5 × 413.10 = 2,065.50 net + 103.28 VAT, rounded per line, half up).
    assert "Total (incl. VAT) AED 433,756.00" in pages[-1]


def test_totals_that_differ_from_the_server_show_a_warning_on_every_page(
    record: Record,
) -> None:
    invoice = _long_invoice(record, 200)
    invoice["total"] = "433756.01"
    document = invoice_document(invoice, record("partner_aed"), record("company_aed"))
    assert not document.totals_match
    assert document.differences == ("total: server 433,756.01, recomputed 433,756.00",)
    pages = pdf_pages_text(
        render_invoice_pdf(invoice, record("partner_aed"), record("company_aed"), lang="en")
    )
    assert len(pages) > 1
    for text in pages:
        assert "TOTALS DIFFER FROM SERVER" in text
    assert "recomputed 433,756.00" in pages[0]


def test_a_line_the_server_computed_differently_is_flagged(record: Record) -> None:
    invoice = record("invoice_aed")
    invoice["lines"][0]["taxAmount"] = "113.19"
    document = invoice_document(invoice, record("partner_aed"), record("company_aed"))
    assert "line 1 tax: server 113.19, recomputed 113.18" in document.differences


def test_matching_totals_have_no_differences(record: Record) -> None:
    for invoice, partner, company in [
        ("invoice_aed", "partner_aed", "company_aed"),
        ("invoice_kwd", "partner_kwd", "company_kwd"),
        ("credit_note", "partner_credit", "company_aed"),
        ("invoice_simplified", "partner_no_trn", "company_aed"),
    ]:
        document = invoice_document(record(invoice), record(partner), record(company))
        assert document.totals_match, document.differences
        assert document.total == Decimal(record(invoice)["total"])


def test_bilingual_invoice_has_both_languages_and_arabic_only_has_no_english_labels(
    record: Record,
) -> None:
    args = (record("invoice_aed"), record("partner_aed"), record("company_aed"))
    bilingual = pdf_text(render_invoice_pdf(*args, lang="both"))
    assert "TAX INVOICE" in bilingual and has_arabic(bilingual)
    arabic = pdf_text(render_invoice_pdf(*args, lang="ar"))
    assert has_arabic(arabic)
    assert "TAX INVOICE" not in arabic and "Subtotal" not in arabic
    assert "4,545.52" in arabic


def test_logo_is_drawn_and_a_missing_logo_is_a_clear_error(record: Record, tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    Image.new("RGB", (200, 80), (31, 58, 95)).save(logo)
    args = (record("invoice_aed"), record("partner_aed"), record("company_aed"))
    with_logo = render_invoice_pdf(*args, Branding(logo_path=str(logo)))
    assert b"/Subtype /Image" in with_logo
    with pytest.raises(PrintingError, match=r"logo file .* does not exist"):
        render_invoice_pdf(*args, Branding(logo_path=str(tmp_path / "gone.png")))


def test_branding_round_trips_through_its_stored_form() -> None:
    branding = Branding(language="ar", primary_color="#004488", footer="Thank you", show_qr=True)
    stored = branding.to_dict()
    assert Branding.from_dict({**stored, "futureSetting": 1}) == branding
    with pytest.raises(PrintingError, match="not a colour"):
        Branding(primary_color="blue")
    with pytest.raises(PrintingError, match="unknown language 'fr'"):
        Branding.from_dict({"language": "fr"})


def test_vendor_bills_and_bad_languages_are_refused_in_one_line(record: Record) -> None:
    bill = {**record("invoice_aed"), "type": "in_invoice", "number": "BILL-2026-00001"}
    with pytest.raises(PrintingError, match="BILL-2026-00001 is a vendor bill") as refused:
        render_invoice_pdf(bill, None, record("company_aed"))
    assert "\n" not in str(refused.value)
    with pytest.raises(PrintingError, match="unknown language 'de'"):
        render_invoice_pdf(record("invoice_aed"), None, record("company_aed"), lang="de")


def test_draft_and_cancelled_invoices_say_so_on_the_page(record: Record) -> None:
    args = (record("partner_aed"), record("company_aed"))
    draft = {**record("invoice_aed"), "state": "draft"}
    assert "DRAFT — NOT A TAX INVOICE" in pdf_text(render_invoice_pdf(draft, *args, lang="en"))
    cancelled = {**record("invoice_aed"), "state": "cancelled"}
    assert "CANCELLED" in pdf_text(render_invoice_pdf(cancelled, *args, lang="en"))


def test_invoice_queued_offline_without_server_totals_prints_recomputed_ones(
    record: Record,
) -> None:
    invoice = record("invoice_aed")
    for key in ("subtotal", "taxTotal", "total", "taxBreakdown", "amountPaid", "amountDue"):
        invoice.pop(key)
    for line in invoice["lines"]:
        for key in ("subtotal", "taxAmount", "total"):
            line.pop(key)
    invoice["payments"] = []
    text = pdf_text(
        render_invoice_pdf(invoice, record("partner_aed"), record("company_aed"), lang="en")
    )
    assert "Total (incl. VAT) AED 4,545.52" in text
    assert "Amount Due AED 4,545.52" in text
    assert "TOTALS DIFFER" not in text
