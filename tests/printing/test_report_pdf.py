"""Reports and lists as PDF: rendered for real and read back (text, positions) with pdfplumber."""

from __future__ import annotations

import io
import os
import re
import subprocess
import unicodedata
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from PIL import Image

from arkan_desktop.printing import PrintingError
from arkan_desktop.printing.fonts import has_arabic
from arkan_desktop.printing.report import ReportColumn, ReportRow, TabularReport
from arkan_desktop.printing.report_pdf import render_report_pdf
from tests.printing.conftest import pdf_pages_text, pdf_text, require_tool
from tests.printing.report_samples import LONG_MEMO, ledger, mixed_currencies

Record = Callable[[str], Any]


def _found(pdf: bytes, text: str, page: int = 0) -> list[dict[str, Any]]:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return list(document.pages[page].search(text, regex=False))


def _point_x(match: dict[str, Any]) -> float:
    """The x of the decimal point of a printed number (its right end when it has none)."""
    points = [c["x0"] for c in match["chars"] if c["text"] == "."]
    return round(points[0] if points else match["x1"], 1)


def _logical(visual: str) -> str:
    return unicodedata.normalize("NFKC", visual[::-1])


def test_a_long_ledger_pages_with_header_row_totals_footnote_and_page_numbers(
    record: Record,
) -> None:
    pdf = render_report_pdf(ledger(120), record("company_kwd"), lang="en")
    pages = pdf_pages_text(pdf)
    assert len(pages) >= 3
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text
        assert "GENERAL LEDGER 1 Mar 2026 – 31 Mar 2026" in text
        assert "Date Entry Memo State Debit (KWD) Credit (KWD)" in text, f"no header on {number}"
        assert "As of 19 Nov 2026 14:05" in text
        assert "Arkan Demo Kuwait W.L.L." in text
    everything = "\n".join(pages)
    for n in range(1, 121):
        assert everything.count(f"JE-2026-{n:05d}") == 1, n
    assert everything.count("Account 1") == 3  # a heading per group of 40
    assert "Subtotal 402.500 430.000" in pages[0] + pages[1]  # entries 1-40
    # Debits: n + 0.125 on the 60 odd n; credits: n + 0.5 on the 60 even n.
    assert "Total 3,607.500 3,690.000 -82.500" in pages[-1]
    assert "Sale to Al Fajr" in everything and not has_arabic(everything)


def _save_for_readme(pdf: bytes, name: str, folder: Path) -> None:
    """With ARKAN_SCREENSHOTS=DIR (as tests/gui/screenshots.py), page 1 is saved as DIR/NAME."""
    target = os.environ.get("ARKAN_SCREENSHOTS")
    if target:
        source = folder / "page.pdf"
        source.write_bytes(pdf)
        command = [require_tool("pdftoppm", "poppler-utils"), "-r", "90", "-png", "-singlefile"]
        subprocess.run([*command, str(source), str(folder / "page")], check=True, timeout=120)
        Image.open(folder / "page.png").save(Path(target) / name, optimize=True)


def test_the_ledger_says_the_same_in_english_and_arabic(record: Record, tmp_path: Path) -> None:
    figures = {}
    for lang in ("en", "ar"):
        pdf = render_report_pdf(ledger(30, 15), record("company_kwd"), lang=lang)
        figures[lang] = sorted(re.findall(r"-?[\d,]+\.\d{3}", pdf_text(pdf)))
        (tmp_path / lang).mkdir()
        _save_for_readme(pdf, f"report-{lang}.png", tmp_path / lang)
    assert len(figures["en"]) == 30 * 2 + 2 * 2 + 3  # 2 a line, 2 a subtotal, 3 in the totals
    assert figures["ar"] == figures["en"]


def test_amounts_line_up_on_their_decimal_point_in_english_and_arabic(record: Record) -> None:
    for lang in ("en", "ar"):
        pdf = render_report_pdf(mixed_currencies(), record("company_aed"), lang=lang)
        amounts = [_found(pdf, text)[0] for text in ("1,234.50", "-43.932", "98,765.43", "7.000")]
        assert len({_point_x(m) for m in amounts}) == 1, lang  # AED 2, KWD/BHD 3 decimals
        quantities = [_found(pdf, text)[0] for text in ("12.75", "0.125", "1,250", "2")]
        assert len({_point_x(m) for m in quantities[:3]}) == 1, lang
        # Right-aligned on the point in both directions: the whole 1,250 ends where .75 begins.
        assert _point_x(quantities[2]) == _point_x(quantities[0])


def test_arabic_mirrors_the_columns_and_english_does_not(record: Record) -> None:
    positions = {}
    for lang in ("en", "ar"):
        pdf = render_report_pdf(mixed_currencies(), record("company_aed"), lang=lang)
        number = _found(pdf, "INV-2")[0]["x0"]
        total = _found(pdf, "-43.932")[0]["x0"]
        positions[lang] = number < total
    assert positions == {"en": True, "ar": False}


def test_negative_amounts_keep_their_minus_in_front_in_every_language(record: Record) -> None:
    for lang in ("en", "ar", "both"):
        text = pdf_text(render_report_pdf(mixed_currencies(), record("company_aed"), lang=lang))
        assert "-43.932" in text, lang
        assert "43.932-" not in text, lang


def test_long_text_wraps_inside_its_own_column(record: Record) -> None:
    for lang in ("en", "ar"):
        pdf = render_report_pdf(ledger(20), record("company_kwd"), lang=lang)
        posted = _found(pdf, "7.125")[0]  # the debit of the long memo's row
        memo_words = [
            m for word in ("Payment", "FT2611190042", "charges") for m in _found(pdf, word)
        ]
        assert memo_words[0]["top"] < memo_words[-1]["top"], "the memo wraps"
        if lang == "en":  # memo, state, then the debit to its right
            assert max(m["x1"] for m in memo_words) < posted["x0"]
        else:  # mirrored: the debit is to the left of the memo
            assert min(m["x0"] for m in memo_words) > posted["x1"]
        assert " ".join(LONG_MEMO.split()[:4]) in pdf_text(pdf)


def test_arabic_headings_and_words_read_right_to_left(record: Record) -> None:
    pdf = render_report_pdf(ledger(10), record("company_kwd"), lang="ar")
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        lines = document.pages[0].extract_text().splitlines()
    logical = [_logical(line) for line in lines]
    assert any("دفتر الأستاذ العام" in line for line in logical)
    assert any("بيع إلى الفجر" in line for line in logical)
    assert any("(KWD)" in line for line in lines)  # brackets keep their direction
    assert not any(")KWD(" in line for line in lines)
    text = "\n".join(lines)
    assert "GENERAL LEDGER" not in text and "Posted" not in text


def test_both_languages_print_english_and_arabic_side_by_side(record: Record) -> None:
    text = pdf_text(render_report_pdf(ledger(10), record("company_kwd"), lang="both"))
    assert "GENERAL LEDGER" in text and "Debit" in text and "Posted" in text
    assert has_arabic(text)


def test_a_wide_report_turns_the_page_and_a_narrow_one_does_not(record: Record) -> None:
    wide = TabularReport(
        title=("Aged receivables", "أعمار الذمم المدينة"),
        columns=(
            ReportColumn("Customer"),
            *(ReportColumn(f"{d}-{d + 29} days", "money") for d in range(0, 360, 30)),
        ),
        rows=[("Al Fajr Trading FZCO", *(Decimal("1234567.89"),) * 12)],
    )
    with pdfplumber.open(
        io.BytesIO(render_report_pdf(wide, record("company_aed"), lang="en"))
    ) as document:
        page = document.pages[0]
        assert page.width > page.height
        assert "1,234,567.89" in page.extract_text()
    narrow = render_report_pdf(mixed_currencies(), record("company_aed"), lang="en")
    with pdfplumber.open(io.BytesIO(narrow)) as document:
        assert document.pages[0].width < document.pages[0].height


def test_an_empty_report_says_so(record: Record) -> None:
    empty = TabularReport(("Vendor bills", "فواتير الموردين"), (ReportColumn("Vendor"),), rows=[])
    text = pdf_text(render_report_pdf(empty, record("company_aed"), lang="en"))
    assert "Nothing to show for this selection." in text
    assert "VENDOR BILLS" in text


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ([("INV-1", "x", Decimal(1))], "row 1 has 3 cells but the report has 4 columns"),
        ([("INV-1", "x", Decimal(1), "lots")], "row 1, column 'Total': 'lots' is not a number"),
        ([("INV-1", "x", Decimal(1), 1.5)], "row 1, column 'Total': '1.5' is a binary float"),
        ([("INV-1", "x", "two", Decimal(1))], "row 1, column 'Quantity': 'two' is not a number"),
        ([ReportRow(("a", "b"), "group")], "row 1 is a group heading and holds one text"),
    ],
)
def test_bad_rows_are_refused_in_one_sentence_naming_row_and_column(
    record: Record, rows: list[Any], message: str
) -> None:
    report = mixed_currencies()
    bad = TabularReport(report.title, report.columns, rows, currency="AED")
    with pytest.raises(PrintingError, match="^" + message.replace("(", r"\(")) as refused:
        render_report_pdf(bad, record("company_aed"))
    assert "\n" not in str(refused.value)


def test_a_money_cell_without_a_currency_is_refused(record: Record) -> None:
    report = mixed_currencies()
    bad = TabularReport(
        report.title, report.columns, [("INV-1", "x", None, Decimal(1))], currency=""
    )
    with pytest.raises(PrintingError, match="has no currency"):
        render_report_pdf(bad, record("company_aed"))


def test_a_cell_longer_than_a_page_is_cut_short_instead_of_failing(record: Record) -> None:
    huge = ("word " * 4000, "كلمة " * 4000)
    report = TabularReport(
        title=("Journal", "اليومية"),
        columns=(
            ReportColumn("Memo"),
            *(ReportColumn(f"Account {n}", "money") for n in range(14)),
        ),
        rows=[(huge, *(Decimal("1234567.891"),) * 14), ("short", *(Decimal(1),) * 14)],
        currency="KWD",
    )
    pages = pdf_pages_text(render_report_pdf(report, record("company_kwd"), lang="both"))
    assert "…" in pages[0]
    assert "short" in "\n".join(pages)
