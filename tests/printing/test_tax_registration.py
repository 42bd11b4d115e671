"""Titles and VAT lines follow the company's VAT registration: rendered and read back."""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pdfplumber
import pytest

from arkan_desktop.printing import Branding, render_invoice_pdf, render_receipt_pdf
from arkan_desktop.printing.tax_registration import vat_registered
from tests.printing.conftest import decode_symbols, pdf_text, rasterise

Record = Callable[[str], Any]


def _outside_vat(record: Record) -> dict[str, Any]:
    """The Kuwaiti demo company as the sandbox's /companies describes it."""
    return {**record("company_kwd"), "taxRegistered": False, "trn": ""}


def _logical_lines(pdf: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        lines = [line for page in document.pages for line in page.extract_text().splitlines()]
    return [unicodedata.normalize("NFKC", line[::-1]) for line in lines]


def test_a_kuwaiti_invoice_without_vat_is_an_invoice_with_no_vat_lines(record: Record) -> None:
    invoice, partner = record("invoice_kwd"), record("partner_kwd")
    assert invoice["taxTotal"] == "0.000"
    text = pdf_text(render_invoice_pdf(invoice, partner, _outside_vat(record), lang="en"))
    assert "INVOICE INV-2026-00315" in text
    for word in ("TAX", "Tax", "VAT", "TRN", "Taxable", "Subtotal", "incl."):
        assert word not in text, word
    assert "Total KWD 383.857" in text and "Amount Due KWD 383.857" in text
    assert "Water Heater 50L 2 41.523 5 78.894" in text  # qty, price, discount, amount

    arabic = _logical_lines(render_invoice_pdf(invoice, partner, _outside_vat(record), lang="ar"))
    assert any(line.strip().endswith("فاتورة") for line in arabic)
    assert not any("ضريب" in line for line in arabic)  # no "tax" of any form
    assert any("الإجمالي" in line for line in arabic)


def test_a_credit_note_outside_vat_is_a_credit_note(record: Record) -> None:
    credit = {
        **record("invoice_kwd"),
        "type": "out_refund",
        "number": "CN-2026-00003",
        "reference": "INV-2026-00315",
        "amountPaid": "0.000",
        "amountDue": "0.000",
    }
    text = pdf_text(render_invoice_pdf(credit, None, _outside_vat(record), lang="en"))
    assert "CREDIT NOTE CN-2026-00003" in text
    assert "TAX" not in text and "VAT" not in text
    assert "Total Credit KWD 383.857" in text
    assert "Original Invoice INV-2026-00315" in text


def test_a_uae_invoice_still_prints_as_a_tax_invoice(record: Record) -> None:
    for company in (record("company_aed"), {**record("company_aed"), "taxRegistered": True}):
        text = pdf_text(
            render_invoice_pdf(record("invoice_aed"), record("partner_aed"), company, lang="en")
        )
        for expected in (
            "TAX INVOICE INV-2026-00202",
            "TRN: 100234567800003",
            "Taxable Amount",
            "Subtotal (excl. VAT) AED 4,329.06",
            "VAT 5% on 4,329.06 AED 216.46",
            "Total (incl. VAT) AED 4,545.52",
        ):
            assert expected in text, expected


def test_tax_charged_by_a_company_marked_outside_vat_still_adds_up(record: Record) -> None:
    company = {**record("company_aed"), "taxRegistered": False}
    text = pdf_text(
        render_invoice_pdf(record("invoice_aed"), record("partner_aed"), company, lang="en")
    )
    assert "INVOICE INV-2026-00202" in text and "TAX INVOICE" not in text
    assert "TRN" not in text
    assert "VAT 5% on 4,329.06 AED 216.46" in text  # the figures on the page still add up


def test_a_draft_outside_vat_does_not_mention_tax_invoices(record: Record) -> None:
    draft = {**record("invoice_kwd"), "state": "draft"}
    text = pdf_text(render_invoice_pdf(draft, None, _outside_vat(record), lang="en"))
    assert "DRAFT" in text and "TAX INVOICE" not in text


def test_the_e_invoice_qr_prints_only_for_a_registered_company(
    record: Record, tmp_path: Path
) -> None:
    branding = Branding(show_qr=True)
    registered = render_invoice_pdf(
        record("invoice_aed"), record("partner_aed"), record("company_aed"), branding, "en"
    )
    outside = render_invoice_pdf(
        record("invoice_kwd"), record("partner_kwd"), _outside_vat(record), branding, "en"
    )
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    assert len(decode_symbols(rasterise(registered, tmp_path / "a", 200)[0])) == 1
    assert decode_symbols(rasterise(outside, tmp_path / "b", 200)[0]) == []


def test_a_receipt_from_a_company_outside_vat_prints_no_trn(record: Record) -> None:
    company = {**_outside_vat(record), "trn": "KW300123456"}
    text = pdf_text(render_receipt_pdf(record("payment"), None, company, lang="en"))
    assert "PAYMENT RECEIPT" in text and "TRN" not in text


@pytest.mark.parametrize(
    ("company", "invoice", "registered"),
    [
        ({"taxRegistered": False, "trn": "100234567800003", "country": "AE"}, None, False),
        ({"taxRegistered": True, "country": "KW"}, None, True),
        # No flag from the server: a TRN in a VAT country, or tax on the invoice.
        ({"taxId": "100234567800003", "country": "AE"}, None, True),
        ({"trn": "300123456700003", "country": "SA"}, {"taxTotal": "0.00"}, True),
        ({"taxId": "KW300123456", "country": "KW"}, {"taxTotal": "0.000"}, False),
        ({"taxId": "", "country": "AE"}, {"taxTotal": "0.00", "lines": []}, False),
        ({"country": "KW"}, {"taxTotal": "5.00"}, True),
        ({}, {"lines": [{"taxRate": "5"}]}, True),
        ({}, {"lines": [{"taxRate": "0", "taxAmount": "0.000"}]}, False),
    ],
)
def test_registration_is_the_companys_word_else_read_from_its_trn_and_the_invoice(
    company: dict[str, Any], invoice: dict[str, Any] | None, registered: bool
) -> None:
    assert vat_registered(company, invoice) is registered
