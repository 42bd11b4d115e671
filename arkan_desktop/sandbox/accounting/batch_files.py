"""The text of payment files: UAEFTS transfers, a generic CSV, and the WPS salary file (SIF).

Pure functions from checked rows to file text; no database, no validation of business
rules (batch_payments does that). Every file ends lines with CRLF, as bank upload
portals built for Excel-made files expect.

UAEFTS: the layout Arkan publishes for its batch-payment export (docs.arkanerp.com,
"Batch Payment Export"): a pipe-delimited header, one detail line per payment and a
trailer. The Central Bank's own UAEFTS messages are bank-to-bank; what a company uploads
is its bank's bulk-transfer file, so field limits follow common bank practice: names and
references in the SWIFT character set, at most 35 characters.

WPS: the Salary Information File of the UAE Wage Protection System (CBUAE/MOHRE "WPS
file formats"): comma-separated, one EDR (Employee Detail Record) per employee, then one
SCR (Salary Control Record) as the last line, named EEEEEEEEEEEEEYYMMDDHHMMSS.SIF. The
EVP (variable pay breakdown) record some banks add is not part of the published layout
and is not written.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from arkan_desktop.sandbox.money import ZERO

CRLF = "\r\n"
# The SWIFT "x" character set: what every bank's transfer file accepts.
_NOT_SWIFT = re.compile(r"[^A-Za-z0-9/\-?:().,'+ ]+")
NAME_LENGTH = 35


def swift_text(text: str, length: int = NAME_LENGTH) -> str:
    """Text a transfer file can carry: other characters become spaces, then trimmed."""
    cleaned = " ".join(_NOT_SWIFT.sub(" ", text).split())
    return cleaned[:length].rstrip()


def amount_text(amount: Decimal) -> str:
    return f"{amount:.2f}"


@dataclass(frozen=True)
class Transfer:
    """One payment as a transfer file lists it."""

    number: str
    date: str
    beneficiary: str
    iban: str
    account_number: str
    bank_name: str
    swift_code: str
    routing_code: str
    amount: Decimal
    currency: str
    reference: str
    category: str


@dataclass(frozen=True)
class Sender:
    company_name: str
    bank_name: str
    account_number: str
    iban: str
    swift_code: str


def uaefts_file(reference: str, sender: Sender, value_date: date, rows: list[Transfer]) -> str:
    total = sum((r.amount for r in rows), ZERO)
    lines = [
        "|".join(
            [
                "HDR",
                reference,
                swift_text(sender.company_name),
                sender.account_number,
                sender.iban,
                value_date.strftime("%Y%m%d"),
                amount_text(total),
                str(len(rows)),
            ]
        )
    ]
    for seq, row in enumerate(rows, start=1):
        lines.append(
            "|".join(
                [
                    "DTL",
                    f"{seq:04d}",
                    swift_text(row.beneficiary),
                    row.account_number,
                    row.iban,
                    swift_text(row.bank_name),
                    amount_text(row.amount),
                    row.currency,
                    swift_text(row.reference or row.number),
                ]
            )
        )
    lines.append("|".join(["TRL", str(len(rows)), amount_text(total)]))
    return CRLF.join(lines) + CRLF


CSV_COLUMNS = [
    "Sequence",
    "Payment Number",
    "Payment Date",
    "Beneficiary Name",
    "Beneficiary IBAN",
    "Account Number",
    "Bank Name",
    "SWIFT Code",
    "Routing Code",
    "Amount",
    "Currency",
    "Reference",
]


def _cell(text: str) -> str:
    # A cell starting with = + - @ is a formula to a spreadsheet; the quote keeps it text.
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def csv_file(rows: list[Transfer]) -> str:
    """A header and one row per payment; totals travel with the batch, not in the file,
    because a trailer row breaks the generic importers this format is for."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator=CRLF)
    writer.writerow(CSV_COLUMNS)
    for seq, row in enumerate(rows, start=1):
        writer.writerow(
            [
                seq,
                row.number,
                row.date,
                _cell(row.beneficiary),
                row.iban,
                _cell(row.account_number),
                _cell(row.bank_name),
                row.swift_code,
                row.routing_code,
                amount_text(row.amount),
                row.currency,
                _cell(row.reference),
            ]
        )
    return out.getvalue()


@dataclass(frozen=True)
class SalaryRecord:
    """One employee's salary as an EDR carries it."""

    person_id: str  # 14 digits, zero-padded
    routing_code: str  # the agent (employee's bank) routing code, 9 digits
    account: str  # IBAN (or salary card number)
    pay_start: str
    pay_end: str
    days: int
    fixed: Decimal
    variable: Decimal
    days_on_leave: int


def sif_name(employer_id: str, created: datetime) -> str:
    return f"{employer_id.zfill(13)}{created:%y%m%d%H%M%S}.SIF"


def sif_file(
    *,
    employer_id: str,
    employer_routing_code: str,
    created: datetime,
    salary_month: date,
    currency: str,
    reference: str,
    rows: list[SalaryRecord],
) -> str:
    lines = [
        ",".join(
            [
                "EDR",
                r.person_id.zfill(14),
                r.routing_code,
                r.account,
                r.pay_start,
                r.pay_end,
                str(r.days),
                amount_text(r.fixed),
                amount_text(r.variable),
                str(r.days_on_leave),
            ]
        )
        for r in rows
    ]
    total = sum((r.fixed + r.variable for r in rows), ZERO)
    lines.append(
        ",".join(
            [
                "SCR",
                employer_id.zfill(13),
                employer_routing_code,
                created.strftime("%Y-%m-%d"),
                created.strftime("%H%M"),
                salary_month.strftime("%m%Y"),
                str(len(rows)),
                amount_text(total),
                currency,
                swift_text(reference, 35).replace(",", " "),
            ]
        )
    )
    return CRLF.join(lines) + CRLF
