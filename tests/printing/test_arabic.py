"""Arabic prints shaped, right to left on every wrapped line, and with a glyph for every char."""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pdfplumber
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate

from arkan_desktop.printing import Branding, render_invoice_pdf, render_receipt_pdf
from arkan_desktop.printing.fonts import (
    FONT_FILES,
    REGULAR,
    glyph_set,
    register_fonts,
    to_visual,
    wrap_logical,
)
from arkan_desktop.printing.label_sheet import render_labels_pdf
from arkan_desktop.printing.labels import product_labels
from arkan_desktop.printing.text import BidiText, TextStyle

Record = Callable[[str], Any]

PARAGRAPH = (
    "يرجى التوقيع على إشعار الاستلام عند وصول البضاعة إلى الموقع وإعادة نسخة موقعة إلى قسم"
    " الحسابات خلال سبعة أيام من تاريخ التسليم، ولا تقبل المرتجعات بعد ذلك إلا بموافقة خطية"
    " من الإدارة"
)


def _lines(pdf: bytes) -> list[tuple[float, list[dict[str, Any]]]]:
    """Each printed line's characters, left to right, top to bottom."""
    rows: dict[float, list[dict[str, Any]]] = {}
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        for page_number, page in enumerate(document.pages):
            for char in page.chars:
                # The baseline (text matrix), not the box: the faces' descents differ.
                key = page_number * 10_000 - round(char["matrix"][5], 0)
                rows.setdefault(key, []).append(char)
    return [(key, sorted(chars, key=lambda c: c["x0"])) for key, chars in sorted(rows.items())]


def _logical(visual: str) -> str:
    """Back from right-to-left presentation forms to reading order and plain letters."""
    return unicodedata.normalize("NFKC", visual[::-1])


def test_a_wrapped_arabic_paragraph_reads_in_order_on_every_line() -> None:
    column = 60 * mm
    logical_lines = wrap_logical(PARAGRAPH, REGULAR, 11, column)
    assert len(logical_lines) >= 4
    assert " ".join(logical_lines) == PARAGRAPH  # wrapped in reading order, nothing lost
    out = io.BytesIO()
    # The frame pads 6 pt each side: margins chosen so the text column is `column` wide.
    left = 20 * mm - 6
    doc = SimpleDocTemplate(
        out, pagesize=A4, leftMargin=left, rightMargin=A4[0] - left - column - 12
    )
    doc.build([BidiText(PARAGRAPH, TextStyle(size=11))])
    lines = _lines(out.getvalue())
    printed = [_logical("".join(c["text"] for c in chars)) for _key, chars in lines]
    assert printed == logical_lines  # the first line holds the paragraph's start, and so on
    # Right-aligned: every line ends at the same right edge.
    assert len({round(chars[-1]["x1"]) for _key, chars in lines}) == 1


def test_shaping_joins_letters_and_makes_the_lam_alef_ligature() -> None:
    visual = to_visual("لا إله")
    assert "\ufefb" in visual or "\ufef9" in visual or "\ufefc" in visual
    assert all(not ("\u0621" <= c <= "\u064a") for c in visual)  # only presentation forms


def test_brackets_in_arabic_still_open_towards_what_they_enclose() -> None:
    # Drawn left to right, "أركان (الكويت)" must read "(تيوكلا) ناكرأ", not ")تيوكلا( ناكرأ".
    for logical in ("أركان (الكويت)", "مدين (KWD)", "الخصم [5٪]"):
        visual = to_visual(logical, rtl=True)
        opening = min(i for i, c in enumerate(visual) if c in "([")
        closing = min(i for i, c in enumerate(visual) if c in ")]")
        assert opening < closing, visual


def test_numbers_inside_arabic_keep_their_left_to_right_digits(record: Record) -> None:
    pdf = render_invoice_pdf(
        record("invoice_aed"), record("partner_aed"), record("company_aed"), lang="ar"
    )
    lines = ["".join(c["text"] for c in chars) for _key, chars in _lines(pdf)]
    trn_lines = [line for line in lines if "100234567800003" in line]
    assert trn_lines, "the seller's TRN must print as one left-to-right number"
    assert any(_logical(line).startswith("الرقم الضريبي") for line in trn_lines)


def _glyphs_by_font() -> dict[str, frozenset[int]]:
    register_fonts()
    return {Path(file).stem: glyph_set(face) for face, file in FONT_FILES.items()}


def _assert_every_glyph_exists(pdf: bytes) -> int:
    glyphs = _glyphs_by_font()
    checked = 0
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        for page in document.pages:
            for char in page.chars:
                font = char["fontname"].split("+")[-1]
                assert font in glyphs, f"unexpected font {font}"
                for code in map(ord, char["text"]):
                    assert code in glyphs[font], f"{font} has no glyph for U+{code:04X}"
                    checked += 1
    return checked


def test_no_missing_glyphs_in_bilingual_documents_and_labels(record: Record) -> None:
    company = record("company_aed")
    partner = record("partner_aed")
    invoice = record("invoice_aed")
    invoice["notes"] = PARAGRAPH + " — Delivered to Al Quoz, site 4."
    documents = [
        render_invoice_pdf(invoice, partner, company, Branding(show_qr=True), "both"),
        render_invoice_pdf(invoice, partner, company, lang="ar"),
        render_receipt_pdf(record("payment"), partner, company, lang="both"),
    ]
    arabic_product = {**record("products")[0], "name": "شريط تغليف Packing Tape"}
    documents.append(render_labels_pdf(product_labels([(arabic_product, 2)]), "avery-l7160"))
    for pdf in documents:
        assert _assert_every_glyph_exists(pdf) > 50


def test_arabic_names_of_both_parties_print(record: Record) -> None:
    pdf = render_invoice_pdf(
        record("invoice_aed"), record("partner_aed"), record("company_aed"), lang="both"
    )
    logical = [_logical("".join(c["text"] for c in chars)) for _key, chars in _lines(pdf)]
    assert any("أركان للتجارة ذ.م.م" in line for line in logical)
    assert any(line.strip().endswith("الفجر") or "الفجر" in line for line in logical)
    assert any("فاتورة ضريبية" in line for line in logical)


def test_a_character_no_bundled_font_has_prints_as_a_question_mark(record: Record) -> None:
    product = {**record("products")[0], "name": "Tape 中 roll"}
    pdf = render_labels_pdf(product_labels([(product, 1)]), "avery-l7163")
    _assert_every_glyph_exists(pdf)
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        assert "Tape ? roll" in document.pages[0].extract_text()
