"""ISO 20022 CAMT.053 bank-to-customer statements (versions .02 to .13) into `Statement`s.

Read with `defusedxml` and DTDs forbidden: a statement never declares one, and a file
that does (entity bombs, external entities) is refused before anything expands. Read:
Stmt/Id, Acct/Id/IBAN (or Othr/Id), Acct/Ccy, FrToDt, Bal (OPBD or PRCD opening, CLBD
closing), and each booked Ntry: Amt and Ccy, CdtDbtInd, BookgDt, ValDt, AcctSvcrRef,
NtryDtls/TxDtls (Refs/EndToEndId, RltdPties Dbtr/Cdtr names and accounts, RmtInf Ustrd
and Strd references), AddtlNtryInf. Pending entries (Sts PDNG) are left out, as they are
from the booked balances. Errors name the line and the element. Pure: no I/O, no Qt.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from decimal import Decimal
from typing import Any

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser

from arkan_desktop.domain.bank.statement import (
    Statement,
    StatementError,
    StatementLine,
    check_balances,
    clean_text,
    finish,
    plausible,
)

_NAMESPACE = re.compile(r"^\{urn:iso:std:iso:20022:tech:xsd:camt\.(\d{3})\.001\.(\d{2})\}Document$")
_AMOUNT = re.compile(r"^\d{1,18}(\.\d{1,5})?$")
_NO_REFERENCE = {"", "NOTPROVIDED", "NONREF", "NONE"}
OPENING_CODES = ("OPBD", "PRCD")  # opening booked; previous closing booked as a fallback
CLOSING_CODES = ("CLBD",)


class _Builder(ET.TreeBuilder):
    """A tree builder that remembers the line each element starts on."""

    def __init__(self) -> None:
        super().__init__()
        self.lines: dict[int, int] = {}
        self.expat: Any = None

    def start(self, tag: str, attrs: dict[str, str]) -> ET.Element:
        element = super().start(tag, attrs)
        self.lines[id(element)] = self.expat.CurrentLineNumber if self.expat else 0
        return element


class _Doc:
    """The parsed document with its namespace and line numbers, for finding and blaming."""

    def __init__(self, root: ET.Element, ns: str, lines: dict[int, int]) -> None:
        self.root, self.ns, self.lines = root, ns, lines

    def path(self, path: str) -> str:
        return "/".join(f"{{{self.ns}}}{p}" for p in path.split("/"))

    def find(self, element: ET.Element, path: str) -> ET.Element | None:
        return element.find(self.path(path))

    def all(self, element: ET.Element, path: str) -> list[ET.Element]:
        return element.findall(self.path(path))

    def text(self, element: ET.Element | None, *paths: str) -> str:
        if element is None:
            return ""
        for path in paths:
            found = self.find(element, path)
            if found is not None and found.text and found.text.strip():
                return found.text.strip()
        return ""

    def line(self, element: ET.Element) -> int:
        return self.lines.get(id(element), 0)

    def error(self, element: ET.Element, message: str, where: str) -> StatementError:
        return StatementError(self.line(element) or None, message, where)


def _parse_xml(data: bytes | str) -> tuple[ET.Element, dict[int, int]]:
    builder = _Builder()
    parser = DefusedXMLParser(target=builder, forbid_dtd=True)
    builder.expat = parser.parser
    try:
        parser.feed(data.encode("utf-8") if isinstance(data, str) else data)
        root = parser.close()
    except DefusedXmlException:
        line = builder.expat.CurrentLineNumber if builder.expat else None
        raise StatementError(
            line,
            "the file declares a DOCTYPE or entities, which a bank statement never does; "
            "it is refused for safety",
        ) from None
    except LookupError as error:  # <?xml encoding="..."?> names no known encoding
        raise StatementError(1, f"the XML declares an encoding no one knows ({error})") from None
    except ET.ParseError as error:
        line, _column = error.position
        reason = str(error).split(":")[0]
        raise StatementError(line, f"the XML is broken ({reason})") from None
    return root, builder.lines


def _amount(doc: _Doc, holder: ET.Element, where: str) -> tuple[Decimal, str]:
    """The signed amount of a Bal or Ntry and its currency."""
    amt = doc.find(holder, "Amt")
    if amt is None or not (amt.text or "").strip():
        raise doc.error(holder, "it has no amount (Amt)", where)
    text = (amt.text or "").strip()
    if not _AMOUNT.match(text):
        raise doc.error(amt, f"the amount '{text[:30]}' is not a number like 1234.56", where)
    value = Decimal(text)
    if not plausible(value):
        raise doc.error(amt, f"the amount '{text[:30]}' is too large", where)
    indicator = doc.text(holder, "CdtDbtInd")
    if indicator not in ("CRDT", "DBIT"):
        raise doc.error(holder, "its CdtDbtInd is neither CRDT nor DBIT", where)
    return (value if indicator == "CRDT" else -value), amt.get("Ccy", "")


def _date(doc: _Doc, holder: ET.Element, path: str, where: str, required: bool) -> dt.date | None:
    element = doc.find(holder, path)
    text = doc.text(element, "Dt", "DtTm")
    if not text:
        if required:
            raise doc.error(holder, f"it has no date ({path})", where)
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        assert element is not None
        raise doc.error(element, f"'{text[:30]}' is not a date", where) from None


def _party(doc: _Doc, details: ET.Element, credit: bool) -> tuple[str, str]:
    """(name, account) of whoever paid us (credit) or whom we paid (debit)."""
    role = "Dbtr" if credit else "Cdtr"
    parties = doc.find(details, "RltdPties")
    if parties is None:
        return "", ""
    name = doc.text(
        parties, f"{role}/Nm", f"{role}/Pty/Nm", f"Ultmt{role}/Nm", f"Ultmt{role}/Pty/Nm"
    )
    account = doc.text(parties, f"{role}Acct/Id/IBAN", f"{role}Acct/Id/Othr/Id")
    return name, account


def _entry(doc: _Doc, entry: ET.Element, where: str) -> StatementLine:
    amount, _currency = _amount(doc, entry, where)
    booked = _date(doc, entry, "BookgDt", where, required=True)
    assert booked is not None
    memo: list[str] = []
    references: list[str] = []
    name = account = ""
    for details in doc.all(entry, "NtryDtls/TxDtls"):
        reference = doc.text(details, "Refs/EndToEndId")
        if reference.upper() not in _NO_REFERENCE:
            references.append(reference)
        cheque = doc.text(details, "Refs/ChqNb")
        if cheque and not references:
            references.append(cheque)
        if not name:
            name, account = _party(doc, details, amount > 0)
        memo += [
            u.text.strip() for u in doc.all(details, "RmtInf/Ustrd") if u.text and u.text.strip()
        ]
        structured = doc.all(details, "RmtInf/Strd/CdtrRefInf/Ref")
        memo += [r.text.strip() for r in structured if r.text and r.text.strip()]
        memo.append(doc.text(details, "AddtlTxInf"))
    memo.append(doc.text(entry, "AddtlNtryInf"))
    seen: list[str] = []
    for part in memo:
        if part and part not in seen:
            seen.append(part)
    return StatementLine(
        date=booked,
        value_date=_date(doc, entry, "ValDt", where, required=False),
        amount=amount,
        reference=clean_text(references[0] if references else "", 140),
        memo=clean_text(" ".join(seen)),
        counterparty=clean_text(name, 200),
        counterparty_account=clean_text(account, 42),
        bank_reference=clean_text(doc.text(entry, "AcctSvcrRef"), 140),
    )


def _booked(doc: _Doc, entry: ET.Element) -> bool:
    status = doc.text(entry, "Sts/Cd") or doc.text(entry, "Sts") or "BOOK"
    return status.upper() == "BOOK"


def _statement(doc: _Doc, stmt: ET.Element, check_balance: bool) -> Statement:
    identifier = doc.text(stmt, "Id")
    label = f"statement {identifier}" if identifier else "statement"
    account = doc.text(stmt, "Acct/Id/IBAN", "Acct/Id/Othr/Id")
    currency = doc.text(stmt, "Acct/Ccy")
    balances: dict[str, tuple[Decimal, ET.Element]] = {}
    for n, bal in enumerate(doc.all(stmt, "Bal"), start=1):
        code = doc.text(bal, "Tp/CdOrPrtry/Cd", "Tp/CdOrPrtry/Prtry")
        value, ccy = _amount(doc, bal, f"{label}, balance {n} ({code or 'no code'})")
        currency = currency or ccy
        balances.setdefault(code, (value, bal))
    opening = next((balances[c][0] for c in OPENING_CODES if c in balances), None)
    closing = balances.get("CLBD")
    lines = []
    for n, entry in enumerate(doc.all(stmt, "Ntry"), start=1):
        if _booked(doc, entry):
            lines.append(_entry(doc, entry, f"{label}, entry {n}"))
    statement = finish(
        lines,
        account=clean_text(account, 42),
        currency=currency,
        opening=opening,
        closing=closing[0] if closing else None,
        start=_day(doc.text(stmt, "FrToDt/FrDtTm")),
        end=_day(doc.text(stmt, "FrToDt/ToDtTm")),
        identifier=clean_text(identifier, 100),
    )
    if check_balance and closing is not None:
        check_balances(statement, doc.line(closing[1]) or None, f"{label}, closing balance")
    return statement


def _day(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


def parse_camt053(data: bytes | str, *, check_balance: bool = True) -> list[Statement]:
    """Every Stmt of a CAMT.053 file, or one StatementError naming the line and element."""
    root, lines = _parse_xml(data)
    match = _NAMESPACE.match(root.tag)
    if match is None:
        raise StatementError(
            1, f"the file is not an ISO 20022 CAMT statement (its root is {root.tag})"
        )
    message, version = match.groups()
    if message != "053":
        raise StatementError(1, f"the file is a camt.{message} message, not a camt.053 statement")
    if not 2 <= int(version) <= 13:
        raise StatementError(1, f"camt.053 version {version} is not supported (.02 to .13 are)")
    doc = _Doc(root, root.tag[1:].split("}")[0], lines)
    statements = doc.all(root, "BkToCstmrStmt/Stmt")
    if not statements:
        raise StatementError(None, "the file holds no statement (no BkToCstmrStmt/Stmt)")
    return [_statement(doc, stmt, check_balance) for stmt in statements]
