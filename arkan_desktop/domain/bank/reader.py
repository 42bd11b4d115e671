"""Which kind of statement file the user picked, and reading it with the right importer.

The Bank tab hands over the file's bytes; `statement_format` tells CSV, MT940, CAMT.053
or OFX from the content (a bank's file names are no guide), and `read_statements` reads
it whole or raises one `StatementError`. A CSV file needs the bank account's confirmed
`CsvMapping` (see `csv_import.detect_csv` for the first time). Pure: no I/O.
"""

from __future__ import annotations

import re
from enum import Enum

from arkan_desktop.domain.bank.camt053 import parse_camt053
from arkan_desktop.domain.bank.csv_import import parse_csv
from arkan_desktop.domain.bank.csv_mapping import CsvMapping
from arkan_desktop.domain.bank.mt940_import import parse_mt940
from arkan_desktop.domain.bank.ofx_import import parse_ofx
from arkan_desktop.domain.bank.statement import Statement, StatementError

# Bank statement files are small; anything larger is not one (and must not be parsed).
MAX_FILE_BYTES = 50 * 2**20


class StatementFormat(Enum):
    CSV = "csv"
    MT940 = "mt940"
    CAMT053 = "camt053"
    OFX = "ofx"


def statement_format(data: bytes) -> StatementFormat:
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"OFXHEADER") or b"<OFX>" in head.upper() or b"<?OFX" in head:
        return StatementFormat.OFX
    if head.startswith(b"<"):
        return StatementFormat.CAMT053
    if re.search(rb"(?m)^:(20|25|28C|60[FM]|61|86):", head) or head.startswith(b"{1:"):
        return StatementFormat.MT940
    return StatementFormat.CSV


def read_statements(
    data: bytes, mapping: CsvMapping | None = None, *, check_balance: bool = True
) -> list[Statement]:
    """The statements in a file, or one StatementError naming the line that is wrong.

    With `check_balance` False a statement whose lines do not add up to its closing
    balance is returned all the same (its `balance_problem` says so) for the user to
    decide on.
    """
    if len(data) > MAX_FILE_BYTES:
        raise StatementError(None, "the file is larger than any bank statement (over 50 MB)")
    if not data.strip():
        raise StatementError(None, "the file is empty")
    kind = statement_format(data)
    if kind is StatementFormat.OFX:
        return parse_ofx(data)
    if kind is StatementFormat.CAMT053:
        return parse_camt053(data, check_balance=check_balance)
    if kind is StatementFormat.MT940:
        return parse_mt940(data, check_balance=check_balance)
    if mapping is None:
        raise StatementError(None, "a CSV statement needs its columns chosen before it is read")
    return [parse_csv(data, mapping, check_balance=check_balance)]
