"""Every statement format a Gulf bank gives reads into the same Statement, exactly.

The samples (tests/domain/bank/samples/, written for these tests with each format's
documented fields) describe one December of one UAE account: a CSV export in a UAE
bank's layout, an MT940 file of two statements, a CAMT.053 .02 and a .08 statement, and
an OFX 1.x SGML and a 2.x XML statement. Whatever the format, the user must see the same
seven movements, to the fils, and the same opening and closing balances.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from arkan_desktop.domain.bank.camt053 import parse_camt053
from arkan_desktop.domain.bank.csv_import import detect_csv, parse_csv
from arkan_desktop.domain.bank.ofx_import import parse_ofx
from arkan_desktop.domain.bank.reader import StatementFormat, read_statements, statement_format
from arkan_desktop.domain.bank.statement import Statement, StatementError

SAMPLES = Path(__file__).parent / "samples"
D = dt.date
DECEMBER = [
    (D(2026, 12, 1), "12500.00"),
    (D(2026, 12, 3), "-8400.50"),
    (D(2026, 12, 7), "3150.75"),
    (D(2026, 12, 14), "-1245.30"),
    (D(2026, 12, 15), "-22000.00"),
    (D(2026, 12, 21), "7800.00"),
    (D(2026, 12, 28), "-52.50"),
]


def read(name: str) -> list[Statement]:
    data = (SAMPLES / name).read_bytes()
    if name.endswith(".csv"):
        return [parse_csv(data, detect_csv(data).mapping)]
    return read_statements(data)


@pytest.mark.parametrize(
    "files",
    [
        ["uae_bank_en.csv"],
        ["mt940_two_statements.sta"],
        ["camt053_v02.xml", "camt053_v08.xml"],
        ["ofx1_sgml.ofx", "ofx2_xml.ofx"],
    ],
    ids=["csv", "mt940", "camt053", "ofx"],
)
def test_every_format_reads_the_same_december_to_the_fils(files: list[str]) -> None:
    statements = [s for name in files for s in read(name)]
    lines = [line for s in statements for line in s.lines]
    assert [(line.date, line.amount) for line in lines] == [(d, Decimal(a)) for d, a in DECEMBER]
    # Exact decimals as the bank wrote them, never floats: "12500.00" keeps its scale.
    assert all(type(line.amount) is Decimal for line in lines)
    assert [str(line.amount) for line in lines] == [a for _, a in DECEMBER]
    assert statements[0].opening_balance == Decimal("50000.00")
    assert statements[-1].closing_balance == Decimal("41752.45")
    for statement in statements:
        assert statement.balance_problem is None
        assert statement.start is not None and statement.end is not None
        assert type(statement.start) is dt.date and type(statement.lines[0].date) is dt.date
    # The DEWA bill was booked on the 14th for value on the 13th, in every format.
    dewa = lines[3]
    assert dewa.value_date == D(2026, 12, 13)


def test_mt940_two_statements_and_its_narratives() -> None:
    first, second = read("mt940_two_statements.sta")
    assert (first.account, first.currency) == ("AE180260001015478963201", "AED")
    assert first.identifier == "STMT261201001 00335/001"
    assert (first.closing_balance, second.opening_balance) == (Decimal("57250.25"),) * 2
    noor, steel, cheque = first.lines
    # SWIFT structured narrative: /EREF/ /ORDP//NAME/ /IBAN/ /REMI/USTD// across two lines.
    assert noor.counterparty == "AL NOOR BUILDING MATERIALS LLC"
    assert noor.counterparty_account == "AE070331234567890123456"
    assert noor.memo == "PAYMENT FOR INV-2026-0042 DEC 2026"
    assert (noor.reference, noor.bank_reference) == ("INV-2026-0042", "FT26335K1A2B")
    assert steel.counterparty == "EMIRATES STEEL INDUSTRIES"  # /BENM/ for money out
    assert steel.memo == "SUPPLIER PAYMENT PAY/2026/0107"
    # Free text over two lines; NONREF is no reference.
    assert cheque.memo == "CHEQUE DEPOSIT 000412 DESERT ROSE CONTRACTING INV 2026 0051"
    assert cheque.reference == ""
    dewa = second.lines[0]
    # ?00/?20/?21/?31/?32 sub-fields.
    assert dewa.counterparty == "DUBAI ELECTRICITY AND WATER"
    assert dewa.counterparty_account == "AE650260000000000000001"
    assert "DEWA BILL 2001457896" in dewa.memo
    shams = second.lines[2]
    assert shams.counterparty == "SHAMS AL KHALEEJ GENERAL TRADING"  # /ORDP/ without //NAME/
    assert shams.memo == "INV20260063 INV20260064"


def test_camt053_versions_02_and_08_read_parties_references_and_skip_pending() -> None:
    (v02,) = read("camt053_v02.xml")
    (v08,) = read("camt053_v08.xml")
    assert (v02.account, v02.currency, v02.identifier) == (
        "AE180260001015478963201",
        "AED",
        "STMT-1015478963201-2026-12-07",
    )
    assert (v02.start, v02.end) == (D(2026, 12, 1), D(2026, 12, 7))
    noor = v02.lines[0]
    assert (noor.counterparty, noor.counterparty_account) == (
        "AL NOOR BUILDING MATERIALS LLC",
        "AE070331234567890123456",
    )
    assert (noor.reference, noor.bank_reference) == ("INV-2026-0042", "FT26335K1A2B")
    assert v02.lines[1].counterparty == "EMIRATES STEEL INDUSTRIES"  # Cdtr for a debit
    assert v02.lines[2].reference == "000412"  # NOTPROVIDED skipped, the cheque number kept
    # .08 names parties under Pty, puts Sts in a Cd, and opens from PRCD.
    assert v08.opening_balance == Decimal("57250.25")
    assert v08.lines[0].counterparty == "DUBAI ELECTRICITY AND WATER AUTHORITY"
    assert v08.lines[0].memo == "DEWA BILL 2001457896 DECEMBER 2026"
    assert v08.lines[2].memo == "INV20260063 INV20260064"  # structured creditor references
    assert len(v08.lines) == 4  # the pending (PDNG) entry is not a booked line
    assert Decimal("999.00") not in [line.amount for line in v08.lines]


def test_ofx_sgml_and_xml_read_names_memos_and_check_numbers() -> None:
    (sgml,) = read("ofx1_sgml.ofx")
    (xml,) = read("ofx2_xml.ofx")
    assert (sgml.account, sgml.currency) == ("1015478963201", "AED")
    # OFX gives only the ledger balance: the opening is what the lines leave.
    assert (sgml.opening_balance, sgml.closing_balance) == (
        Decimal("50000.00"),
        Decimal("57250.25"),
    )
    cheque = sgml.lines[2]
    assert (cheque.reference, cheque.counterparty, cheque.memo) == (
        "000412",
        "DESERT ROSE CONTRACTING",
        "INV 2026 0051",
    )
    assert cheque.bank_reference == "000412"  # FITID
    assert xml.account == "AE180260001015478963201"  # longer than OFX's 22: kept whole
    assert xml.lines[0].reference == "DEWA1214"  # REFNUM
    assert (xml.start, xml.end) == (D(2026, 12, 8), D(2026, 12, 28))


def test_ofx_keeps_the_day_the_bank_wrote_whatever_the_time_zone() -> None:
    """ofxtools turns 00:00 in Dubai (+4) into 20:00 the day before in UTC; the bank's
    statement says the 1st, and so must we."""
    original = (SAMPLES / "ofx1_sgml.ofx").read_bytes()
    data = original.replace(b"<DTPOSTED>20261201\r", b"<DTPOSTED>20261201000000.000[+4:GST]\r")
    assert data != original
    assert parse_ofx(data)[0].lines[0].date == D(2026, 12, 1)


def test_arabic_csv_in_windows_1256_newest_first() -> None:
    data = (SAMPLES / "bank_ar_cp1256.csv").read_bytes()
    proposal = detect_csv(data)
    mapping = proposal.mapping
    assert mapping.encoding == "cp1256"
    assert proposal.header == ("التاريخ", "البيان", "المرجع", "المبلغ", "الرصيد")
    assert (mapping.account, mapping.currency) == ("SA0380000000608010167519", "SAR")
    assert mapping.date_format == "%d-%b-%Y" and proposal.questions == ()
    statement = parse_csv(data, mapping)
    # The bank lists newest first; the running balances put the lines in order.
    assert [line.date for line in statement.lines] == sorted(line.date for line in statement.lines)
    assert statement.opening_balance == Decimal("112000.00")
    assert statement.closing_balance == Decimal("118465.00")
    inward = statement.lines[2]
    assert inward.amount == Decimal("18500.00")
    assert inward.memo == "تحويل وارد من مؤسسة الريان للتجارة فاتورة INV-2026-0071"
    assert inward.reference == "TRF8841"


def test_uae_csv_proposal_reads_the_preamble_and_header() -> None:
    proposal = detect_csv((SAMPLES / "uae_bank_en.csv").read_bytes())
    m = proposal.mapping
    assert (m.skip_rows, m.has_header, m.delimiter) == (6, True, ",")
    assert (m.date_column, m.value_date_column, m.memo_columns) == (0, 1, (2,))
    assert (m.debit_column, m.credit_column, m.balance_column, m.reference_column) == (4, 5, 6, 3)
    assert (m.account, m.currency) == ("AE070331234567890123456", "AED")
    assert proposal.questions == ()  # 14/12, 15/12 ... decide day-first; 12,500.00 the mark


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("uae_bank_en.csv", StatementFormat.CSV),
        ("bank_ar_cp1256.csv", StatementFormat.CSV),
        ("mt940_two_statements.sta", StatementFormat.MT940),
        ("camt053_v02.xml", StatementFormat.CAMT053),
        ("camt053_v08.xml", StatementFormat.CAMT053),
        ("ofx1_sgml.ofx", StatementFormat.OFX),
        ("ofx2_xml.ofx", StatementFormat.OFX),
    ],
)
def test_the_format_is_told_from_the_content(name: str, kind: StatementFormat) -> None:
    assert statement_format((SAMPLES / name).read_bytes()) is kind


def test_a_csv_file_without_its_mapping_is_refused_plainly() -> None:
    with pytest.raises(StatementError) as caught:
        read_statements((SAMPLES / "uae_bank_en.csv").read_bytes())
    assert str(caught.value) == "A CSV statement needs its columns chosen before it is read."


def test_camt053_file_with_two_statements_gives_both() -> None:
    text = (SAMPLES / "camt053_v02.xml").read_text()
    start, end = text.index("<Stmt>"), text.index("</Stmt>") + len("</Stmt>")
    doubled = text[:end] + text[start:end] + text[end:]
    assert len(parse_camt053(doubled.encode())) == 2
