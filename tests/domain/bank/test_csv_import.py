"""CSV statements: formats detected from whole columns, confirmed by the user, read exactly."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from arkan_desktop.domain.bank.csv_import import CsvMapping, detect_csv, parse_csv
from arkan_desktop.domain.bank.formats import (
    AmountError,
    detect_date_format,
    detect_decimal_mark,
    parse_amount,
)
from arkan_desktop.domain.bank.statement import StatementError, clean_text

ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


@pytest.mark.parametrize(
    ("cells", "fmt", "ambiguous"),
    [
        (["01/02/2026", "05/06/2026"], "%d/%m/%Y", True),  # no day above 12: cannot tell
        (["01/02/2026", "13/06/2026"], "%d/%m/%Y", False),  # the 13th decides it
        (["01/02/2026", "06/13/2026"], "%m/%d/%Y", False),  # an American export
        (["2026-12-07", "2026-12-08"], "%Y-%m-%d", False),
        (["07-Dec-2026", "15-Nov-2026"], "%d-%b-%Y", False),
        (["07-DEC-26", "15-NOV-26"], "%d-%b-%y", False),
        (["07/12/2026 10:15", "31/12/2026 23:59:59"], "%d/%m/%Y", False),  # times ignored
        (["٠٧/١٢/٢٠٢٦", "١٥/١٢/٢٠٢٦"], "%d/%m/%Y", False),  # Arabic-Indic digits
    ],
)
def test_the_date_layout_is_decided_by_the_whole_column(
    cells: list[str], fmt: str, ambiguous: bool
) -> None:
    guess = detect_date_format(cells)
    assert guess is not None
    assert (guess.fmt, guess.ambiguous) == (fmt, ambiguous)
    if ambiguous:
        assert "%m/%d/%Y" in guess.alternatives


def test_an_undecided_date_column_is_a_question_for_the_user() -> None:
    text = "Date,Description,Amount\r\n01/02/2026,Rent,-5000.00\r\n05/06/2026,Sale,1250.00\r\n"
    proposal = detect_csv(text.encode())
    assert proposal.mapping.date_format == "%d/%m/%Y"  # Gulf usage proposed
    assert proposal.questions == (
        "The dates read as dd/mm/yyyy, but no date in the file rules out mm/dd/yyyy; "
        "please confirm.",
    )
    # The user says month-first: the same file, read their way.
    american = CsvMapping(**{**proposal.mapping.to_dict(), "date_format": "%m/%d/%Y"})
    assert parse_csv(text.encode(), american).lines[1].date.isoformat() == "2026-05-06"


@pytest.mark.parametrize(
    ("cell", "mark", "value"),
    [
        ("1,234.56", ".", "1234.56"),
        ("1.234,56", ",", "1234.56"),
        ("(1,234.56)", ".", "-1234.56"),
        ("1,234.56-", ".", "-1234.56"),
        ("1,234.56 CR", ".", "1234.56"),
        ("1,234.56 Dr", ".", "-1234.56"),
        ("DR 1,234.56", ".", "-1234.56"),
        ("1,234.56DR", ".", "-1234.56"),
        ("AED 1,234.56", ".", "1234.56"),
        ("-1 234,56", ",", "-1234.56"),
        ("12.345", ".", "12.345"),  # KWD has three decimals
        ("12,34,567.50", ".", "1234567.50"),  # Indian (lakh) grouping
        ("١٬٢٣٤٫٥٦", ",", "1234.56"),  # Arabic separators say which is which
        ("٥٠٠٫٠٠ مدين", ".", "-500.00"),
        ("\u200f1,234.56\u200f", ".", "1234.56"),  # right-to-left marks around it
        ("", ".", None),
        ("-", ".", None),
    ],
)
def test_amount_formats(cell: str, mark: str, value: str | None) -> None:
    assert parse_amount(cell, mark) == (None if value is None else Decimal(value))


@pytest.mark.parametrize(
    ("cell", "mark", "words"),
    [
        ("1,23,4.56", ".", "does not follow the column's number format (1,234.56)"),
        ("1.234,56", ".", "does not follow the column's number format (1,234.56)"),
        ("0,125", ".", "does not follow the column's number format (1,234.56)"),
        ("12a", ".", "is not an amount"),
        ("1e999999", ".", "is not an amount"),
        ("99999999999999999999999", ".", "too large"),
        ("(100.00) CR", ".", "both as a credit and negative"),
    ],
)
def test_bad_amounts_say_why(cell: str, mark: str, words: str) -> None:
    with pytest.raises(AmountError, match=words.replace("(", r"\(").replace(")", r"\)")):
        parse_amount(cell, mark)


@pytest.mark.parametrize(
    ("cells", "mark", "decided"),
    [
        (["1,234.56", "12.00"], ".", True),
        (["1.234,56", "12,00"], ",", True),
        (["1,234,567"], ".", True),  # repeated: thousands
        (["1,234", "5,678"], ".", False),  # thousands, or three decimals? nothing says
        (["100", "(250)"], ".", False),
    ],
)
def test_the_decimal_mark_is_decided_by_the_column(
    cells: list[str], mark: str, decided: bool
) -> None:
    guess = detect_decimal_mark(cells)
    assert (guess.decimal_mark, guess.decided) == (mark, decided)


def _write(value: Decimal, mark: str, grouping: bool, negative: str, arabic: bool) -> str:
    places = max(0, -int(value.as_tuple().exponent))
    text = f"{abs(value):,.{places}f}" if grouping else f"{abs(value):.{places}f}"
    if arabic:
        text = text.replace(",", "٬").replace(".", "٫").translate(ARABIC_DIGITS)
    elif mark == ",":
        text = text.translate(str.maketrans(",.", ".,"))
    if value >= 0:
        return {"minus": text, "parens": f"+{text}", "trailing": text, "suffix": f"{text} CR"}[
            negative
        ]
    return {
        "minus": f"-{text}",
        "parens": f"({text})",
        "trailing": f"{text}-",
        "suffix": f"{text} DR",
    }[negative]


@given(
    value=st.decimals(min_value=-(10**12), max_value=10**12, places=2)
    | st.decimals(min_value=-(10**9), max_value=10**9, places=3),
    mark=st.sampled_from([".", ","]),
    grouping=st.booleans(),
    negative=st.sampled_from(["minus", "parens", "trailing", "suffix"]),
    arabic=st.booleans(),
)
def test_amounts_round_trip_through_every_format(
    value: Decimal, mark: str, grouping: bool, negative: str, arabic: bool
) -> None:
    written = _write(value, mark, grouping, negative, arabic)
    assert parse_amount(written, mark) == value


_MEMO = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from(",;|\"'\n\r\t"),
    max_size=40,
)


@given(
    memos=st.lists(_MEMO, min_size=1, max_size=8),
    delimiter=st.sampled_from([",", ";", "\t", "|"]),
)
def test_any_memo_survives_csv_quoting(memos: list[str], delimiter: str) -> None:
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(["Date", "Description", "Amount"])
    for n, memo in enumerate(memos):
        writer.writerow([f"2026-12-{n + 1:02d}", memo, f"{n + 1}.50"])
    mapping = CsvMapping(
        date_column=0,
        date_format="%Y-%m-%d",
        amount_column=2,
        memo_columns=(1,),
        delimiter=delimiter,
    )
    statement = parse_csv(out.getvalue().encode("utf-8"), mapping)
    assert [line.memo for line in statement.lines] == [clean_text(m) for m in memos]
    assert [line.amount for line in statement.lines] == [
        Decimal(f"{n + 1}.50") for n in range(len(memos))
    ]


def test_a_mapping_is_kept_as_plain_json_and_comes_back_equal() -> None:
    mapping = detect_csv(
        "Date;Narration;Debit;Credit;Balance\r\n"
        "07.12.2026;Rent;5.000,00;;10.000,00\r\n"
        "08.12.2026;Sale;;1.250,50;11.250,50\r\n".encode("utf-8-sig")
    ).mapping
    assert (mapping.delimiter, mapping.decimal_mark, mapping.date_format) == (";", ",", "%d.%m.%Y")
    assert mapping.encoding == "utf-8-sig"
    saved = json.dumps(mapping.to_dict())
    assert CsvMapping.from_dict(json.loads(saved)) == mapping


@pytest.mark.parametrize(
    ("damage", "words"),
    [
        ({"date_column": "x"}, "bad date column"),
        ({"amount_column": None, "debit_column": None, "credit_column": None}, "choose an amount"),
        ({"delimiter": '"'}, "delimiter"),
        ({"encoding": "klingon-8"}, "not a known text encoding"),
        ({"memo_columns": ["a"]}, "bad memo columns"),
        ({"decimal_mark": "'"}, "decimal mark"),
    ],
)
def test_a_damaged_saved_mapping_is_refused_with_a_reason(
    damage: dict[str, object], words: str
) -> None:
    data = {**CsvMapping(date_column=0, amount_column=1).to_dict(), **damage}
    with pytest.raises(ValueError, match=words):
        CsvMapping.from_dict(data)


def test_utf8_bom_and_a_dr_cr_column() -> None:
    text = (
        "\ufeffPosting Date,Details,Amount,Dr/Cr,Balance\r\n"
        "01/12/2026,Opening transfer,100.00,CR,1100.00\r\n"
        "02/12/2026,Card purchase,40.00,DR,1060.00\r\n"
    )
    proposal = detect_csv(text.encode("utf-8"))
    assert proposal.header[0] == "Posting Date"  # no BOM left in the first header
    assert proposal.mapping.sign_column == 3
    statement = parse_csv(text.encode("utf-8"), proposal.mapping)
    assert [line.amount for line in statement.lines] == [Decimal("100.00"), Decimal("-40.00")]
    assert statement.opening_balance == Decimal("1000.00")


def test_a_narrative_running_onto_the_next_row_joins_its_line() -> None:
    text = (
        "Date,Description,Amount\r\n"
        "01/12/2026,INWARD TRF FROM AL NOOR,500.00\r\n"
        ",BUILDING MATERIALS LLC INV-2026-0042,\r\n"
        "13/12/2026,BANK CHARGES,-5.00\r\n"
    )
    statement = parse_csv(text.encode(), detect_csv(text.encode()).mapping)
    assert len(statement.lines) == 2
    assert statement.lines[0].memo == "INWARD TRF FROM AL NOOR BUILDING MATERIALS LLC INV-2026-0042"


def test_a_row_with_an_amount_and_no_date_is_refused_by_line() -> None:
    text = "Date,Description,Amount\r\n13/12/2026,Sale,10.00\r\n,Refund,-2.00\r\n"
    with pytest.raises(StatementError, match=r"^Line 3: the row has no date\.$"):
        parse_csv(text.encode(), detect_csv(text.encode()).mapping)


def test_a_file_in_the_wrong_encoding_is_named_not_garbled() -> None:
    arabic = "Date,البيان,Amount\r\n13/12/2026,سداد,10.00\r\n".encode("cp1256")
    mapping = CsvMapping(date_column=0, amount_column=2, memo_columns=(1,), encoding="utf-8")
    with pytest.raises(StatementError, match=r"^Line 1: the file is not utf-8 text"):
        parse_csv(arabic, mapping)
