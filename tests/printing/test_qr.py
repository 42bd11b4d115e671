"""The e-invoice QR code: TLV records in base64 that round-trip, on the page and scanned."""

from __future__ import annotations

import base64
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from arkan_desktop.printing import Branding, PrintingError, invoice_document, render_invoice_pdf
from arkan_desktop.printing.invoice_pdf import einvoice_qr
from arkan_desktop.printing.qr import EInvoiceQr, decode_payload, decode_tlv, encode_tlv, qr_payload
from tests.printing.conftest import decode_symbols, rasterise

Record = Callable[[str], Any]


def test_tlv_lengths_count_utf8_bytes_and_arabic_round_trips() -> None:
    qr = EInvoiceQr(
        "أركان للتجارة ذ.م.م", "100234567800003", "2026-11-19T06:24:15Z", "4545.52", "216.46"
    )
    raw = base64.b64decode(qr_payload(qr))
    assert raw[0] == 1
    assert raw[1] == len("أركان للتجارة ذ.م.م".encode()) == 34  # bytes, not letters (19)
    assert raw[2 : 2 + raw[1]].decode() == "أركان للتجارة ذ.م.م"
    assert decode_payload(qr_payload(qr)) == qr
    assert [tag for tag, _ in decode_tlv(raw)] == [1, 2, 3, 4, 5]


def test_a_field_over_255_bytes_is_refused() -> None:
    with pytest.raises(PrintingError, match="limit is 255"):
        encode_tlv([(1, "ش" * 130)])


def test_invoice_qr_carries_seller_vat_time_and_totals(record: Record) -> None:
    document = invoice_document(record("invoice_aed"), record("partner_aed"), record("company_aed"))
    qr = einvoice_qr(document)
    assert qr == EInvoiceQr(
        seller_name="أركان للتجارة ذ.م.م",
        vat_number="100234567800003",
        timestamp=record("invoice_aed")["postedAt"][:19] + "Z",
        total_with_vat="4545.52",
        vat_total="216.46",
    )


def test_printed_qr_scans_back_to_the_same_records(record: Record, tmp_path: Path) -> None:
    invoice, partner, company = record("invoice_aed"), record("partner_aed"), record("company_aed")
    pdf = render_invoice_pdf(invoice, partner, company, Branding(show_qr=True), "both")
    (page,) = rasterise(pdf, tmp_path, dpi=300)
    (scanned,) = decode_symbols(page)
    expected = einvoice_qr(invoice_document(invoice, partner, company))
    assert decode_payload(scanned) == expected
    assert decode_payload(scanned).seller_name == "أركان للتجارة ذ.م.م"


def test_a_reprint_after_the_invoice_changed_scans_to_what_it_says_now(
    record: Record, tmp_path: Path
) -> None:
    """The encoded QR is kept per content (qr.qr_matrix): a changed invoice gets its own."""
    invoice, partner, company = record("invoice_aed"), record("partner_aed"), record("company_aed")
    changed = {**invoice, "postedAt": "2026-12-01T09:30:00Z"}
    scans = []
    for n, version in enumerate((invoice, changed, invoice)):
        pdf = render_invoice_pdf(version, partner, company, Branding(show_qr=True), "both")
        (tmp_path / str(n)).mkdir()
        (page,) = rasterise(pdf, tmp_path / str(n), dpi=300)
        (scanned,) = decode_symbols(page)
        scans.append(decode_payload(scanned).timestamp)
    posted = invoice["postedAt"][:19] + "Z"
    assert scans == [posted, "2026-12-01T09:30:00Z", posted] and posted != scans[1]
