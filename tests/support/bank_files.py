"""Bank statement files written for the tests, in each format's documented layout.

`statement_lines` turns payments the sandbox holds into the lines a bank would print for
them (the money, the payer's or payee's name in capitals, the payment's reference and
the invoices it paid in the narrative); `csv_file`, `mt940_file`, `camt053_file` and
`ofx_file` write those lines as a Gulf bank's CSV export, a SWIFT MT940 message, an ISO
20022 camt.053.001.02 document and an OFX 2.2 response, with opening and closing balances
that add up. The layouts follow the real-format samples in tests/domain/bank/samples.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any
from xml.sax.saxutils import escape

IBAN = "AE070331234567890123456"


@dataclass(frozen=True)
class Line:
    date: dt.date
    amount: Decimal
    reference: str
    memo: str
    counterparty: str


@dataclass(frozen=True)
class Statement:
    identifier: str
    opening: Decimal
    lines: tuple[Line, ...]
    currency: str = "AED"
    account: str = IBAN

    @property
    def closing(self) -> Decimal:
        return self.opening + sum((x.amount for x in self.lines), Decimal(0))


def line_for(payment: Mapping[str, Any], delay: int = 0) -> Line:
    """What the bank prints for a posted payment, `delay` days after it."""
    inbound = payment["type"] == "inbound"
    invoices = " ".join(a["invoiceNumber"] for a in payment.get("allocations") or [])
    words = "TRANSFER FROM" if inbound else "TRANSFER TO"
    name = str(payment["partnerName"]).upper()
    return Line(
        date=dt.date.fromisoformat(payment["date"]) + dt.timedelta(days=delay),
        amount=Decimal(str(payment["amount"])) * (1 if inbound else -1),
        reference=str(payment.get("reference") or ""),
        memo=f"{words} {name} {invoices}".strip(),
        counterparty=name,
    )


def statement_of(
    identifier: str, opening: Decimal, lines: Iterable[Line], currency: str = "AED"
) -> Statement:
    ordered = tuple(sorted(lines, key=lambda x: x.date))
    return Statement(identifier, opening, ordered, currency)


def _dmy(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


def csv_file(st: Statement) -> bytes:
    """A Gulf bank's CSV export: account details, then a header and one row per line."""
    rows = [
        "Account Statement",
        f"IBAN,{st.account}",
        f"Currency,{st.currency}",
        "",
        "Transaction Date,Narration,Reference,Beneficiary Name,Debit,Credit,Running Balance",
    ]
    balance = st.opening
    for x in st.lines:
        balance += x.amount
        debit = f"{-x.amount:,.2f}" if x.amount < 0 else ""
        credit = f"{x.amount:,.2f}" if x.amount > 0 else ""
        cells = [
            _dmy(x.date),
            x.memo,
            x.reference,
            x.counterparty,
            debit,
            credit,
            f"{balance:,.2f}",
        ]
        rows.append(",".join(f'"{c}"' if "," in c else c for c in cells))
    return ("\r\n".join(rows) + "\r\n").encode("utf-8")


def _swift_amount(value: Decimal) -> str:
    return f"{abs(value):.2f}".replace(".", ",")


def _swift_balance(tag: str, day: dt.date, value: Decimal, currency: str) -> str:
    mark = "C" if value >= 0 else "D"
    return f":{tag}:{mark}{day:%y%m%d}{currency}{_swift_amount(value)}"


def _swift_lines(text: str, width: int = 65) -> list[str]:
    """Text cut into SWIFT lines, never next to a space (a reader joins the lines as
    they are, and a space at either end of one is lost)."""
    lines = []
    while len(text) > width:
        cut = width
        while cut > 1 and " " in (text[cut - 1], text[cut]):
            cut -= 1
        lines.append(text[:cut])
        text = text[cut:]
    return [*lines, text]


def mt940_file(st: Statement) -> bytes:
    """A SWIFT MT940 customer statement message (one statement)."""
    first, last = st.lines[0].date, st.lines[-1].date
    out = [
        "{1:F01EBILAEADAXXX0000000000}{2:I940ARKNAEADXXXXN}{4:",
        f":20:{st.identifier[:16]}",
        f":25:{st.account}",
        ":28C:00001/001",
        _swift_balance("60F", first, st.opening, st.currency),
    ]
    for n, x in enumerate(st.lines, start=1):
        mark = "C" if x.amount > 0 else "D"
        reference = (x.reference or "NONREF")[:16]
        out.append(
            f":61:{x.date:%y%m%d}{x.date:%m%d}{mark}{_swift_amount(x.amount)}"
            f"NTRF{reference}//FT{x.date:%y%m%d}{n:04d}"
        )
        party = "ORDP" if x.amount > 0 else "BENM"
        narrative = f"/EREF/{x.reference}/{party}//NAME/{x.counterparty}/REMI/USTD//{x.memo}/"
        out.append(":86:" + "\r\n".join(_swift_lines(narrative)[:6]))
    out.append(_swift_balance("62F", last, st.closing, st.currency))
    out.append("-}")
    return ("\r\n".join(out) + "\r\n").encode("ascii", "replace")


def _camt_entry(n: int, x: Line, currency: str) -> str:
    credit = x.amount > 0
    party, account = ("Dbtr", "DbtrAcct") if credit else ("Cdtr", "CdtrAcct")
    return f"""      <Ntry>
        <NtryRef>{n}</NtryRef>
        <Amt Ccy="{currency}">{abs(x.amount):.2f}</Amt>
        <CdtDbtInd>{"CRDT" if credit else "DBIT"}</CdtDbtInd>
        <Sts>BOOK</Sts>
        <BookgDt><Dt>{x.date.isoformat()}</Dt></BookgDt>
        <ValDt><Dt>{x.date.isoformat()}</Dt></ValDt>
        <AcctSvcrRef>FT{x.date:%y%m%d}{n:04d}</AcctSvcrRef>
        <NtryDtls>
          <TxDtls>
            <Refs><EndToEndId>{escape(x.reference or "NOTPROVIDED")}</EndToEndId></Refs>
            <RltdPties>
              <{party}><Nm>{escape(x.counterparty)}</Nm></{party}>
              <{account}><Id><IBAN>AE460260001015478963201</IBAN></Id></{account}>
            </RltdPties>
            <RmtInf><Ustrd>{escape(x.memo)}</Ustrd></RmtInf>
          </TxDtls>
        </NtryDtls>
      </Ntry>"""


def _camt_balance(code: str, value: Decimal, day: dt.date, currency: str) -> str:
    return f"""      <Bal>
        <Tp><CdOrPrtry><Cd>{code}</Cd></CdOrPrtry></Tp>
        <Amt Ccy="{currency}">{abs(value):.2f}</Amt>
        <CdtDbtInd>{"CRDT" if value >= 0 else "DBIT"}</CdtDbtInd>
        <Dt><Dt>{day.isoformat()}</Dt></Dt>
      </Bal>"""


def camt053_file(st: Statement) -> bytes:
    """An ISO 20022 bank-to-customer statement (camt.053.001.02), one statement."""
    first, last = st.lines[0].date, st.lines[-1].date
    entries = "\n".join(_camt_entry(n, x, st.currency) for n, x in enumerate(st.lines, 1))
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
  <BkToCstmrStmt>
    <GrpHdr>
      <MsgId>{escape(st.identifier)}-MSG</MsgId>
      <CreDtTm>{last.isoformat()}T23:00:00+04:00</CreDtTm>
    </GrpHdr>
    <Stmt>
      <Id>{escape(st.identifier)}</Id>
      <CreDtTm>{last.isoformat()}T23:00:00+04:00</CreDtTm>
      <FrToDt>
        <FrDtTm>{first.isoformat()}T00:00:00+04:00</FrDtTm>
        <ToDtTm>{last.isoformat()}T23:59:59+04:00</ToDtTm>
      </FrToDt>
      <Acct>
        <Id><IBAN>{st.account}</IBAN></Id>
        <Ccy>{st.currency}</Ccy>
      </Acct>
{_camt_balance("OPBD", st.opening, first, st.currency)}
{_camt_balance("CLBD", st.closing, last, st.currency)}
{entries}
    </Stmt>
  </BkToCstmrStmt>
</Document>
""".encode()


def _ofx_transaction(n: int, x: Line) -> str:
    kind = "CREDIT" if x.amount > 0 else "DEBIT"
    return f"""          <STMTTRN>
            <TRNTYPE>{kind}</TRNTYPE>
            <DTPOSTED>{x.date:%Y%m%d}</DTPOSTED>
            <TRNAMT>{x.amount:.2f}</TRNAMT>
            <FITID>FT{x.date:%y%m%d}{n:04d}</FITID>
            <REFNUM>{escape(x.reference)}</REFNUM>
            <NAME>{escape(x.counterparty[:32])}</NAME>
            <MEMO>{escape(x.memo)}</MEMO>
          </STMTTRN>"""


def ofx_file(st: Statement) -> bytes:
    """An OFX 2.2 bank statement response (OFX gives the closing balance only)."""
    first, last = st.lines[0].date, st.lines[-1].date
    transactions = "\n".join(_ofx_transaction(n, x) for n, x in enumerate(st.lines, 1))
    return f"""<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<?OFX OFXHEADER="200" VERSION="220" SECURITY="NONE" OLDFILEUID="NONE" NEWFILEUID="NONE"?>
<OFX>
  <SIGNONMSGSRSV1>
    <SONRS>
      <STATUS><CODE>0</CODE><SEVERITY>INFO</SEVERITY></STATUS>
      <DTSERVER>{last:%Y%m%d}230000.000[+4:GST]</DTSERVER>
      <LANGUAGE>ENG</LANGUAGE>
    </SONRS>
  </SIGNONMSGSRSV1>
  <BANKMSGSRSV1>
    <STMTTRNRS>
      <TRNUID>1</TRNUID>
      <STATUS><CODE>0</CODE><SEVERITY>INFO</SEVERITY></STATUS>
      <STMTRS>
        <CURDEF>{st.currency}</CURDEF>
        <BANKACCTFROM>
          <BANKID>033</BANKID>
          <ACCTID>{st.account}</ACCTID>
          <ACCTTYPE>CHECKING</ACCTTYPE>
        </BANKACCTFROM>
        <BANKTRANLIST>
          <DTSTART>{first:%Y%m%d}</DTSTART>
          <DTEND>{last:%Y%m%d}</DTEND>
{transactions}
        </BANKTRANLIST>
        <LEDGERBAL>
          <BALAMT>{st.closing:.2f}</BALAMT>
          <DTASOF>{last:%Y%m%d}</DTASOF>
        </LEDGERBAL>
      </STMTRS>
    </STMTTRNRS>
  </BANKMSGSRSV1>
</OFX>
""".encode()


WRITERS = {"csv": csv_file, "mt940": mt940_file, "camt053": camt053_file, "ofx": ofx_file}
SUFFIXES = {"csv": ".csv", "mt940": ".sta", "camt053": ".xml", "ofx": ".ofx"}


def lines_of(payments: Sequence[Mapping[str, Any]]) -> list[Line]:
    return [line_for(p, n % 3) for n, p in enumerate(payments)]
