"""A bad statement file gets one plain sentence naming its line, and nothing is imported.

Each broken sample (tests/domain/bank/samples/broken/) is a good sample with one fault a
bank, a spreadsheet or a hand edit makes. The user reads the sentence in the import
dialog: it must name the line to look at and say what is wrong there, in words.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from arkan_desktop.domain.bank.csv_import import detect_csv
from arkan_desktop.domain.bank.reader import read_statements
from arkan_desktop.domain.bank.statement import StatementError

SAMPLES = Path(__file__).parent / "samples"
MAPPING = detect_csv((SAMPLES / "uae_bank_en.csv").read_bytes()).mapping


@pytest.mark.parametrize(
    ("name", "line", "words"),
    [
        ("csv_bad_amount.csv", 13, "the debit '1,245.3O' is not an amount"),
        ("csv_bad_date.csv", 12, "the date '32/12/2026' is not a dd/mm/yyyy date"),
        ("csv_bad_running_balance.csv", 14, "is not the previous balance 56004.95 plus"),
        ("csv_debit_and_credit.csv", 11, "both a debit and a credit"),
        ("mt940_bad_amount.sta", 26, "the :61: field '2612151215DNSAL"),
        ("mt940_bad_date.sta", 22, "impossible date or amount"),
        ("mt940_no_closing.sta", 2, "has no closing balance (:62F: or :62M:)"),
        ("mt940_unbalanced.sta", 32, "a difference of -27.00"),
        ("camt053_bad_amount.xml", 62, "entry 2: the amount '8,400.50' is not a number"),
        ("camt053_unbalanced.xml", 22, "closing balance is 41752.54 (a difference of 0.09)"),
        ("camt053_no_booking_date.xml", 61, "entry 3: it has no date (BookgDt)"),
        ("camt053_truncated.xml", 96, "the XML is broken"),
        ("camt053_entity_bomb.xml", 2, "refused for safety"),
        ("camt052_report.xml", 1, "a camt.052 message, not a camt.053 statement"),
        ("ofx1_bad_amount.ofx", 51, "its TRNAMT '-8,400.50' is not a number"),
        ("ofx2_bad_date.ofx", 44, "its DTPOSTED '21/12/2026' is not a date"),
        ("ofx2_no_fitid.ofx", 42, "transaction 3: it has no FITID"),
        ("ofx2_mismatched_tags.ofx", 55, "</NAME> is found where </STMTTRN> should be"),
    ],
)
def test_a_broken_file_names_its_line_in_one_sentence(name: str, line: int, words: str) -> None:
    with pytest.raises(StatementError) as caught:
        read_statements((SAMPLES / "broken" / name).read_bytes(), MAPPING)
    error = caught.value
    sentence = str(error)
    assert error.line == line
    assert sentence.startswith(f"Line {line}")
    assert words in sentence
    assert "\n" not in sentence and sentence.endswith(".")
    assert "Traceback" not in sentence and "Error" not in sentence


def test_an_entity_bomb_is_refused_before_anything_expands() -> None:
    """The billion-laughs file would expand to megabytes of "lol"; it must never get that far."""
    data = (SAMPLES / "broken" / "camt053_entity_bomb.xml").read_bytes()
    assert b"<!ENTITY" in data
    with pytest.raises(StatementError, match="DOCTYPE"):
        read_statements(data)


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "The file is empty."),
        (b"   \r\n", "The file is empty."),
        (b"hello,world\r\nno,dates\r\n", "No column of the file holds dates"),
        (b"OFXHEADER:100\r\nnonsense\r\n", "does not start with an OFX header"),
        (b"<html><body>login expired</body></html>", "not an ISO 20022 CAMT statement"),
        (b":25:AE180260001015478963201\r\n:61:x\r\n", "no :20: line"),
    ],
)
def test_files_that_are_not_statements_say_so(data: bytes, words: str) -> None:
    with pytest.raises(StatementError) as caught:
        if data.startswith(b"hello"):
            detect_csv(data)
        else:
            read_statements(data, MAPPING)
    assert words in str(caught.value)
    assert "\n" not in str(caught.value)


def test_without_the_balance_check_a_file_that_does_not_add_up_can_still_be_read() -> None:
    """The dialog can offer "import anyway" after showing the sentence."""
    from arkan_desktop.domain.bank.mt940_import import parse_mt940

    statements = parse_mt940(
        (SAMPLES / "broken" / "mt940_unbalanced.sta").read_bytes(), check_balance=False
    )
    assert statements[1].balance_problem is not None
    assert "does not add up" in statements[1].balance_problem


_SAMPLES = sorted(p for p in SAMPLES.iterdir() if p.is_file())


@settings(max_examples=150, deadline=None)
@given(
    sample=st.sampled_from(_SAMPLES),
    edits=st.lists(
        st.tuples(
            st.floats(min_value=0, max_value=1),
            st.sampled_from(["delete", "insert", "replace"]),
            st.binary(min_size=1, max_size=6),
        ),
        min_size=1,
        max_size=4,
    ),
)
def test_a_damaged_file_is_read_whole_or_refused_in_a_sentence_never_a_crash(
    sample: Path, edits: list[tuple[float, str, bytes]]
) -> None:
    """Files cut short, bytes lost on a USB stick, a hand edit gone wrong: whatever the
    damage, the importer answers with statements or with one StatementError."""
    data = bytearray(sample.read_bytes())
    for where, how, chunk in edits:
        at = int(where * (len(data) - 1))
        if how == "delete":
            del data[at : at + len(chunk) * 4]
        elif how == "insert":
            data[at:at] = chunk
        else:
            data[at : at + len(chunk)] = chunk
    for attempt in (lambda: read_statements(bytes(data), MAPPING), lambda: detect_csv(bytes(data))):
        try:
            attempt()
        except StatementError as error:
            assert "\n" not in str(error) and str(error).endswith(".")
