"""Reports as CSV and XLSX: written for real and read back (csv module; the XLSX's own XML)."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from xml.etree import ElementTree

import pytest

from arkan_desktop.printing import PrintingError, TabularReport
from arkan_desktop.printing.spreadsheet import write_csv, write_xlsx
from tests.printing.report_samples import ledger, mixed_currencies

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
EXCEL_EPOCH = date(1899, 12, 30)


def _csv(
    report_lang: str, report_maker: Callable[[], TabularReport] = ledger
) -> tuple[bytes, list[list[str]]]:
    out = io.BytesIO()
    write_csv(report_maker(), out, report_lang)
    data = out.getvalue()
    return data, list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))


def test_csv_has_a_bom_human_headings_and_exact_plain_numbers() -> None:
    data, rows = _csv("en")
    assert data.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 (and Arabic) only with it
    assert rows[0] == [
        "Date",
        "Entry",
        "Memo",
        "State",
        "Debit (KWD)",
        "Credit (KWD)",
        "Balance (KWD)",
    ]
    assert rows[1][0] == "Account 1100 Cash at bank" and set(rows[1][1:]) == {""}
    first = rows[2]
    assert first[:4] == ["2026-03-02", "JE-2026-00001", "Sale to Al Fajr", "Posted"]
    assert [Decimal(v) for v in (first[4], first[6])] == [Decimal("1.125"), Decimal("1.125")]
    assert first[5] == ""
    assert rows[3][6] == "-1.375"  # the minus in front, three decimals
    assert rows[-1] == ["", "", "", "Total", "3607.500", "3690.000", "-82.500"]
    for row in rows[1:]:
        for cell in row[4:]:
            assert "," not in cell  # a spreadsheet reads 3607.500, never "3,607.500"
    assert sum(1 for row in rows if row[1].startswith("JE-")) == 120


def test_csv_in_arabic_has_arabic_headings_and_words() -> None:
    _data, rows = _csv("ar")
    assert rows[0][0] == "التاريخ" and rows[0][4] == "مدين (KWD)"
    assert rows[2][3] == "مرحّل"
    assert rows[-1][3] == "الإجمالي"
    _data, rows = _csv("both")
    assert rows[0][0] == "Date / التاريخ"
    assert rows[2][3] == "Posted / مرحّل"


def test_csv_defuses_text_a_spreadsheet_would_run_as_a_formula() -> None:
    _data, rows = _csv("en", mixed_currencies)
    assert rows[4][1] == "'=HYPERLINK(1)"
    assert rows[2][3] == "-43.932"  # an amount is a number, not text to defuse
    assert rows[1][2:] == ["2", "1234.50"]
    assert rows[4][2:] == ["0.125", "7.000"]  # BHD: three decimals


@dataclass
class Sheet:
    cells: dict[str, tuple[str, str, int]]  # "B4" -> (type, value, style index)
    formats: list[tuple[str, bool, bool]]  # per style index: (number format, bold, border)
    xml: str

    def value(self, ref: str) -> str:
        return self.cells[ref][1]

    def style(self, ref: str) -> tuple[str, bool, bool]:
        return self.formats[self.cells[ref][2]]


BUILTIN_FORMATS = {0: "General", 3: "#,##0", 4: "#,##0.00"}


def _read_xlsx(data: bytes) -> Sheet:
    with zipfile.ZipFile(io.BytesIO(data)) as book:
        sheet = ElementTree.fromstring(book.read("xl/worksheets/sheet1.xml"))
        strings = [
            "".join(t.text or "" for t in si.iter(f"{{{NS['m']}}}t"))
            for si in ElementTree.fromstring(book.read("xl/sharedStrings.xml"))
        ]
        styles = ElementTree.fromstring(book.read("xl/styles.xml"))
        xml = book.read("xl/worksheets/sheet1.xml").decode()
    custom = {
        int(f.get("numFmtId", "0")): f.get("formatCode", "")
        for f in styles.iterfind("m:numFmts/m:numFmt", NS)
    }
    fonts = [f.find("m:b", NS) is not None for f in styles.iterfind("m:fonts/m:font", NS)]
    borders = [
        any(side.get("style") for side in b) for b in styles.iterfind("m:borders/m:border", NS)
    ]
    formats = []
    for xf in styles.iterfind("m:cellXfs/m:xf", NS):
        number = int(xf.get("numFmtId", "0"))
        formats.append(
            (
                custom.get(number) or BUILTIN_FORMATS.get(number, str(number)),
                fonts[int(xf.get("fontId", "0"))],
                borders[int(xf.get("borderId", "0"))],
            )
        )
    cells = {}
    for cell in sheet.iterfind("m:sheetData/m:row/m:c", NS):
        kind = cell.get("t", "n")
        raw = cell.findtext("m:v", "", NS)
        cells[cell.get("r", "")] = (
            kind,
            strings[int(raw)] if kind == "s" else raw,
            int(cell.get("s", "0")),
        )
    return Sheet(cells, formats, xml)


def _xlsx(lang: str, maker: Callable[[], TabularReport] = ledger) -> Sheet:
    out = io.BytesIO()
    write_xlsx(maker(), out, lang)
    return _read_xlsx(out.getvalue())


def test_xlsx_holds_numbers_as_exact_numbers_with_currency_decimals_and_dates_as_dates() -> None:
    sheet = _xlsx("en")
    assert sheet.value("A1") == "General Ledger"
    assert sheet.value("A2") == "1 Mar 2026 – 31 Mar 2026"
    assert [sheet.value(f"{c}4") for c in "ABCDE"] == [
        "Date",
        "Entry",
        "Memo",
        "State",
        "Debit (KWD)",
    ]
    assert sheet.value("A5") == "Account 1100 Cash at bank"
    # Row 6: JE-2026-00001 on 2 Mar 2026, debit 1.125.
    kind, serial, _style = sheet.cells["A6"]
    assert kind == "n" and EXCEL_EPOCH + timedelta(days=int(serial)) == date(2026, 3, 2)
    assert sheet.style("A6")[0] == "dd mmm yyyy"
    assert sheet.cells["E6"][0] == "n" and Decimal(sheet.value("E6")) == Decimal("1.125")
    assert sheet.style("E6")[0] == "#,##0.000"  # KWD: three decimals
    assert Decimal(sheet.value("G7")) == Decimal("-1.375")
    assert "F6" not in sheet.cells  # no credit on that line: an empty cell, not "0"


def test_xlsx_totals_are_bold_numbers_and_the_header_row_is_frozen() -> None:
    sheet = _xlsx("en")
    last = max(int(re.sub(r"\D", "", ref)) for ref in sheet.cells if ref.startswith("E"))
    assert sheet.value(f"D{last}") == "Total"
    assert Decimal(sheet.value(f"E{last}")) == Decimal("3607.5")
    assert Decimal(sheet.value(f"G{last}")) == Decimal("-82.5")
    number_format, bold, border = sheet.style(f"E{last}")
    assert (number_format, bold, border) == ("#,##0.000", True, True)
    assert sheet.style("E6")[1] is False
    assert sheet.style("A4")[1] is True  # the header row
    assert re.search(
        r'<pane ySplit="4" topLeftCell="A5" activePane="bottomLeft" state="frozen"', sheet.xml
    )
    widths = [float(w) for w in re.findall(r'<col [^>]*width="([\d.]+)"', sheet.xml)]
    assert len(widths) == 7 and max(widths) > min(widths)  # sized by content
    assert 'rightToLeft="1"' not in sheet.xml
    assert sheet.value(f"A{last + 2}") == "As of 19 Nov 2026 14:05"


def test_xlsx_of_mixed_currencies_formats_each_amount_by_its_currency() -> None:
    sheet = _xlsx("en", mixed_currencies)
    assert sheet.value("A1") == "Invoices" and "A2" not in sheet.cells
    assert [sheet.value(f"D{r}") for r in (4, 5, 6, 7)] == [
        "1234.50",
        "-43.932",
        "98765.43",
        "7.000",
    ]
    assert [sheet.style(f"D{r}")[0] for r in (4, 5, 6, 7)] == [
        "#,##0.00",
        "#,##0.000",
        "#,##0.00",
        "#,##0.000",
    ]
    assert sheet.style("C4")[0] == "#,##0.000"  # quantities: the most decimals in the column
    assert (
        sheet.value("B7") == "=HYPERLINK(1)" and sheet.cells["B7"][0] == "s"
    )  # text, not a formula


def test_xlsx_in_arabic_is_a_right_to_left_sheet_with_arabic_labels() -> None:
    sheet = _xlsx("ar")
    assert 'rightToLeft="1"' in sheet.xml
    assert sheet.value("A1") == "دفتر الأستاذ العام"
    assert sheet.value("E4") == "مدين (KWD)"
    assert sheet.value("D6") == "مرحّل"
    assert sheet.style("A6")[0] == "dd/mm/yyyy"


def test_writing_to_a_folder_that_does_not_exist_is_one_clear_sentence(tmp_path: Path) -> None:
    target = tmp_path / "gone" / "ledger.xlsx"
    with pytest.raises(PrintingError, match=r"^cannot write .*ledger\.xlsx: No such file"):
        write_xlsx(ledger(3), target, "en")
    written = tmp_path / "ledger.csv"
    assert write_csv(ledger(3), written, "en") == 3
    assert written.read_bytes().startswith(b"\xef\xbb\xbf")
