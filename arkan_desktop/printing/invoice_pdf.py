"""Tax invoices, simplified tax invoices and credit notes as PDF bytes, from cached dicts.

`render_invoice_pdf(invoice, partner, company, branding, lang)` is what the GUI preview,
the station and `arkan-desktop print invoice` call; it needs no network. Imports no Qt.
"""

from __future__ import annotations

from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from arkan_desktop.domain.money import format_amount
from arkan_desktop.printing.branding import Branding, Language, check_language
from arkan_desktop.printing.document import (
    DocumentKind,
    PrintableInvoice,
    Record,
    display_date,
    invoice_document,
)
from arkan_desktop.printing.invoice_layout import Band, PageHeader, build_pdf, content_width
from arkan_desktop.printing.invoice_tables import (
    BODY,
    LABEL,
    boxed,
    labelled,
    lines_table,
    party_block,
    totals_table,
    value,
)
from arkan_desktop.printing.qr import EInvoiceQr, QrCode, qr_payload
from arkan_desktop.printing.text import BidiText
from arkan_desktop.printing.wording import both, document_title, joined, pick
from arkan_desktop.printing.words import amount_in_words_ar, amount_in_words_en

WARNING_RED = HexColor("#B00020")
DRAFT_AMBER = HexColor("#B26A00")
CANCELLED_GREY = HexColor("#6B6B6B")


def einvoice_qr(document: PrintableInvoice) -> EInvoiceQr:
    """The QR fields; the seller's Arabic name when it has one (as registered in the Gulf)."""
    timestamp = document.timestamp
    if len(timestamp) == 10:
        timestamp += "T00:00:00Z"
    elif "." in timestamp:
        timestamp = timestamp.split(".")[0] + "Z"
    return EInvoiceQr(
        seller_name=document.seller.name_ar or document.seller.name,
        vat_number=document.seller.tax_id,
        timestamp=timestamp,
        total_with_vat=format_amount(document.total, document.currency, grouping=False),
        vat_total=format_amount(document.tax_total, document.currency, grouping=False),
    )


def warning_bands(document: PrintableInvoice, language: Language) -> list[Band]:
    bands: list[Band] = []
    if not document.totals_match:
        first = document.differences[0]
        more = f" (+{len(document.differences) - 1} more)" if len(document.differences) > 1 else ""
        bands.append(
            Band(f"{joined(both('mismatch'), language, ' · ')} — {first}{more}", WARNING_RED)
        )
    if document.state == "draft":
        draft = both("draft" if document.vat_registered else "draft_no_vat")
        bands.append(Band(joined(draft, language, " · "), DRAFT_AMBER))
    elif document.state == "cancelled":
        bands.append(Band(joined(both("cancelled"), language, " · "), CANCELLED_GREY))
    return bands


def _differences_box(document: PrintableInvoice, width: float) -> Flowable:
    lines = [f"• {d}" for d in document.differences]
    text = BidiText(
        ["Totals recomputed from the lines do not match the server's:", *lines],
        BODY.but(color=WARNING_RED),
    )
    table = Table([[text]], colWidths=[width])
    table.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, WARNING_RED)]))
    return table


def _details(document: PrintableInvoice, language: Language, width: float) -> Table:
    credit = document.kind is DocumentKind.CREDIT_NOTE
    rows = [
        (both("credit_number" if credit else "number"), document.number),
        (both("date" if not credit else "issue_date"), display_date(document.issue_date)),
    ]
    if not credit and document.due_date:
        rows.append((both("due_date"), display_date(document.due_date)))
    rows.append((both("currency"), document.currency))
    if document.incoterm:
        rows.append((both("incoterm"), document.incoterm))
    if document.original_number:
        rows.append((both("original"), document.original_number))
    if document.reference:
        rows.append((both("reference"), document.reference))
    return labelled(
        [(pair, value(text, BODY.but(bold=True), language)) for pair, text in rows],
        language,
        width,
        label_width=25 * mm if language == "both" else 30 * mm,
    )


def _parties(document: PrintableInvoice, branding: Branding, language: Language) -> Table:
    width = content_width(branding)
    left = width * 0.48
    buyer = party_block(both("buyer"), document.buyer, language)
    details = _details(document, language, width - left - 10 - 4 * mm)
    cells: list[object] = [buyer, details] if language != "ar" else [details, buyer]
    widths = [left, width - left] if language != "ar" else [width - left, left]
    table = boxed(cells, widths, branding)
    if language == "ar":
        table.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (0, 0), None),
                    ("BACKGROUND", (-1, 0), (-1, 0), branding.accent),
                ]
            )
        )
    return table


def _totals_and_qr(document: PrintableInvoice, branding: Branding, language: Language) -> Table:
    width = content_width(branding)
    totals_width = 112 * mm if language == "both" else 88 * mm
    totals = totals_table(document, language, totals_width, branding.accent)
    side: list[Flowable] = []
    if branding.show_qr and document.vat_registered:  # the QR carries the VAT number
        side.append(QrCode(qr_payload(einvoice_qr(document)), 30 * mm))
    cells: list[object] = [side, totals] if language != "ar" else [totals, side]
    widths = [width - totals_width, totals_width]
    if language == "ar":
        widths.reverse()
    table = Table([cells], colWidths=widths)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _in_words(document: PrintableInvoice, language: Language) -> list[Flowable]:
    amount = document.total  # the document's total incl. VAT, as Gulf invoices word it
    out: list[Flowable] = []
    english, arabic = both("in_words")
    if language in ("en", "both"):
        out.append(BidiText(f"{english}: {amount_in_words_en(amount, document.currency)}", BODY))
    if language in ("ar", "both"):
        out.append(BidiText(f"{arabic}: {amount_in_words_ar(amount, document.currency)}", BODY))
    return out


def _payment_instructions(
    document: PrintableInvoice, branding: Branding, language: Language
) -> list[Flowable]:
    bank = document.bank
    if document.kind is DocumentKind.CREDIT_NOTE or not (bank.name or bank.iban):
        return []
    width = content_width(branding)
    rows = [
        (both("bank"), bank.name),
        (both("account_name"), document.seller.name),
        (both("iban"), bank.iban),
    ]
    if bank.swift:
        rows.append((both("swift"), bank.swift))
    table = labelled(
        [(pair, value(text, BODY, language)) for pair, text in rows if text],
        language,
        width * 0.62,
    )
    heading = BidiText(
        "  |  ".join(pick(both("payment"), language)),
        LABEL.but(bold=True, align="right" if language == "ar" else "left"),
    )
    quote = BidiText(
        pick(both("quote", number=document.number), language),
        BODY.but(size=7.5, align="right" if language == "ar" else "auto"),
    )
    return [KeepTogether([heading, Spacer(1, 1.5 * mm), table, Spacer(1, 1 * mm), quote])]


def invoice_flowables(
    document: PrintableInvoice, branding: Branding, language: Language
) -> list[Flowable]:
    width = content_width(branding)
    story: list[Flowable] = []
    if not document.totals_match:
        story += [_differences_box(document, width), Spacer(1, 3 * mm)]
    story += [_parties(document, branding, language), Spacer(1, 4 * mm)]
    story += [lines_table(document, branding, language, width), Spacer(1, 3 * mm)]
    closing: list[Flowable] = [_totals_and_qr(document, branding, language), Spacer(1, 3 * mm)]
    closing += _in_words(document, language)
    story.append(KeepTogether(closing))
    story.append(Spacer(1, 5 * mm))
    story += _payment_instructions(document, branding, language)
    if document.notes:
        notes = [f"{joined(both('notes'), language, ' | ')}: {document.notes}"]
        story += [Spacer(1, 3 * mm), BidiText(notes, BODY)]
    return story


def render_invoice_pdf(
    invoice: Record,
    partner: Record | None,
    company: Record,
    branding: Branding | None = None,
    lang: str | None = None,
) -> bytes:
    """A customer invoice or credit note as PDF bytes.

    `partner` is the customer record (its TRN decides tax invoice vs simplified); None
    prints the invoice's `partnerName` without a TRN. `lang` (en, ar, both) overrides the
    branding's language for this print.
    """
    branding = branding or Branding()
    language = check_language(lang or branding.language)
    document = invoice_document(invoice, partner, company)
    return render_document_pdf(document, branding, language)


def render_document_pdf(
    document: PrintableInvoice, branding: Branding, language: Language
) -> bytes:
    heading = document_title(document.kind, document.vat_registered)
    header = PageHeader(
        title=heading,
        number=document.number,
        seller=document.seller,
        branding=branding,
        language=language,
        bands=warning_bands(document, language),
    )
    title = f"{heading[0]} {document.number}"
    return build_pdf(
        invoice_flowables(document, branding, language), header, title, document.seller.name
    )
