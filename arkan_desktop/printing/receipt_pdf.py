"""Payment receipts (money received) and payment vouchers (money paid) as PDF bytes.

Same page family as the invoices: header, title bar, footer with "Page X of Y".
Imports no Qt.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from arkan_desktop.printing.branding import Branding, Language, check_language
from arkan_desktop.printing.document import (
    DocumentKind,
    PrintableReceipt,
    Record,
    display_date,
    receipt_document,
)
from arkan_desktop.printing.invoice_layout import Band, PageHeader, build_pdf, content_width
from arkan_desktop.printing.invoice_pdf import CANCELLED_GREY, DRAFT_AMBER
from arkan_desktop.printing.invoice_tables import (
    BODY,
    RULE,
    boxed,
    labelled,
    money,
    party_block,
    value,
)
from arkan_desktop.printing.text import BidiText, TextStyle
from arkan_desktop.printing.wording import METHODS, TITLES, both, joined, pick
from arkan_desktop.printing.words import amount_in_words_ar, amount_in_words_en


def _allocations(receipt: PrintableReceipt, language: Language, width: float) -> Table:
    head = TextStyle(size=7, bold=True, align="right" if language == "ar" else "left")
    rows: list[list[object]] = [
        [
            BidiText(" | ".join(pick(both("applied_to"), language)), head),
            BidiText(" | ".join(pick(both("amount"), language)), head.but(align="right")),
        ]
    ]
    for allocation in receipt.allocations:
        rows.append([allocation.invoice_number, money(allocation.amount, receipt.currency)])
    if receipt.unallocated:
        rows.append(
            [
                BidiText(" | ".join(pick(both("unallocated"), language)), BODY),
                money(receipt.unallocated, receipt.currency),
            ]
        )
    table = Table(rows, colWidths=[width - 40 * mm, 40 * mm])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 1), (-1, -1), "ArkanSans"),
                ("FONTSIZE", (0, 1), (-1, -1), 8.5),
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return table


def receipt_flowables(
    receipt: PrintableReceipt, branding: Branding, language: Language
) -> list[Flowable]:
    width = content_width(branding)
    inbound = receipt.kind is DocumentKind.PAYMENT_RECEIPT
    party = party_block(both("received_from" if inbound else "paid_to"), receipt.party, language)
    method = METHODS.get(receipt.method, (receipt.method, receipt.method))
    rows = [
        (both("receipt_number"), receipt.number),
        (both("issue_date"), display_date(receipt.issue_date)),
        (both("method"), joined(method, language, " / ")),
    ]
    if receipt.reference:
        rows.append((both("payment_ref"), receipt.reference))
    left = width * 0.48
    details = labelled(
        [(pair, value(text, BODY.but(bold=True), language)) for pair, text in rows],
        language,
        width - left - 10 - 4 * mm,
        label_width=25 * mm if language == "both" else 30 * mm,
    )
    cells = [party, details] if language != "ar" else [details, party]
    story: list[Flowable] = [boxed(cells, [left, width - left], branding), Spacer(1, 6 * mm)]
    amount_text = f"{receipt.currency} {money(receipt.amount, receipt.currency)}"
    amount_key = "amount_received" if inbound else "amount_paid"
    big = BODY.but(size=13, bold=True)
    amount_row = labelled(
        [(both(amount_key), value(amount_text, big, language))],
        language,
        width,
        BODY.but(size=10, bold=True),
        45 * mm,
    )
    amount_row.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), branding.accent),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    story += [amount_row, Spacer(1, 3 * mm)]
    english, arabic = both("in_words")
    if language in ("en", "both"):
        story.append(
            BidiText(f"{english}: {amount_in_words_en(receipt.amount, receipt.currency)}", BODY)
        )
    if language in ("ar", "both"):
        story.append(
            BidiText(f"{arabic}: {amount_in_words_ar(receipt.amount, receipt.currency)}", BODY)
        )
    if receipt.memo:
        story += [
            Spacer(1, 3 * mm),
            BidiText(f"{joined(both('memo'), language, ' | ')}: {receipt.memo}", BODY),
        ]
    if receipt.allocations or receipt.unallocated:
        story += [Spacer(1, 5 * mm), _allocations(receipt, language, width)]
    signature = BidiText(
        "_______________________      " + " | ".join(pick(both("signature"), language)),
        BODY.but(align="right" if language == "ar" else "left"),
    )
    story += [Spacer(1, 18 * mm), signature]
    return story


def render_receipt_pdf(
    payment: Record,
    partner: Record | None,
    company: Record,
    branding: Branding | None = None,
    lang: str | None = None,
) -> bytes:
    """A payment receipt (inbound) or payment voucher (outbound) as PDF bytes."""
    branding = branding or Branding()
    language = check_language(lang or branding.language)
    receipt = receipt_document(payment, partner, company)
    bands: list[Band] = []
    if receipt.state == "draft":
        bands.append(
            Band(
                "DRAFT · مسودة" if language == "both" else joined(("DRAFT", "مسودة"), language),
                DRAFT_AMBER,
            )
        )
    elif receipt.state == "cancelled":
        bands.append(Band(joined(both("cancelled"), language, " · "), CANCELLED_GREY))
    header = PageHeader(
        title=TITLES[receipt.kind],
        number=receipt.number,
        seller=receipt.seller,
        branding=branding,
        language=language,
        bands=bands,
    )
    title = f"{TITLES[receipt.kind][0]} {receipt.number}"
    return build_pdf(
        receipt_flowables(receipt, branding, language), header, title, receipt.seller.name
    )
