"""OFX bank and card statements (1.x SGML and 2.x XML), read with `ofxtools`, into `Statement`s.

STMTRS (and CCSTMTRS): CURDEF, BANKACCTFROM/ACCTID, BANKTRANLIST (DTSTART, DTEND, each
STMTTRN's DTPOSTED, DTAVAIL, TRNAMT, FITID, NAME or PAYEE, MEMO, CHECKNUM, REFNUM) and
LEDGERBAL. OFX gives no opening balance: it is the ledger balance less the lines. Dates
are the bank's own calendar days (ofxtools turns them into UTC, which can move a
midnight posting to the day before; the written day is kept). ofxtools' parser is
regex-based and never expands entities. Errors name the line. Pure: no I/O, no Qt.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import warnings
import xml.etree.ElementTree as ET
from decimal import Decimal, InvalidOperation
from typing import Any

from ofxtools.header import OFXHeaderError, parse_header
from ofxtools.Parser import OFXTree, ParseError, TreeBuilder

from arkan_desktop.domain.bank.statement import (
    Statement,
    StatementError,
    StatementLine,
    clean_text,
    finish,
    plausible,
)

_POSITION = re.compile(r"position=\[(\d+):(\d+)\]")
_SETTING = re.compile(r"Can't set (\w+)\.(\w+) to (.*?):")
_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})")
_STATEMENTS = ("STMTRS", "CCSTMTRS")


class _Text:
    """The file's text, to turn what ofxtools reports into line numbers."""

    def __init__(self, data: bytes) -> None:
        self.text = data.decode("utf-8", "replace").replace("\r\n", "\n")

    def offset_of(self, needle: str, occurrence: int = 0, start: int = 0) -> int:
        at = start - 1
        for _ in range(occurrence + 1):
            at = self.text.find(needle, at + 1)
            if at < 0:
                return -1
        return at

    def line_at(self, offset: int) -> int | None:
        return None if offset < 0 else self.text.count("\n", 0, offset) + 1

    def line_of(self, needle: str, occurrence: int = 0) -> int | None:
        return self.line_at(self.offset_of(needle, occurrence))

    def field_line(self, transaction: int, tag: str) -> int | None:
        """The line of `<tag>` inside the n-th STMTTRN (the STMTTRN's own line without it)."""
        start = self.offset_of("<STMTTRN>", transaction)
        end = self.text.find("<STMTTRN>", start + 1) if start >= 0 else -1
        found = self.text.find(f"<{tag}>", start)
        if start >= 0 and found >= 0 and (end < 0 or found < end):
            return self.line_at(found)
        return self.line_at(start)


def _day(text: str | None) -> dt.date | None:
    """The calendar day as written (YYYYMMDD...), before any time zone."""
    match = _DATE.match((text or "").strip())
    if match is None:
        return None
    try:
        return dt.date(*(int(g) for g in match.groups()))
    except ValueError:
        return None


def _check_transactions(root: ET.Element, text: _Text) -> None:
    """Name the first STMTTRN whose date or amount is wrong (ofxtools would not say which)."""
    for n, trn in enumerate(root.iter("STMTTRN")):
        fitid = (trn.findtext("FITID") or "").strip()
        where = f"transaction {n + 1}" + (f" (FITID {fitid})" if fitid else "")
        posted = (trn.findtext("DTPOSTED") or "").strip()
        if _day(posted) is None:
            what = f"its DTPOSTED '{posted[:20]}' is not a date" if posted else "it has no DTPOSTED"
            raise StatementError(text.field_line(n, "DTPOSTED"), what, where)
        amount = (trn.findtext("TRNAMT") or "").strip()
        try:
            value = Decimal(amount)
        except InvalidOperation:
            value = Decimal("NaN")
        if not amount or not plausible(value) or not re.fullmatch(r"[+-]?\d*\.?\d+", amount):
            what = f"its TRNAMT '{amount[:20]}' is not a number" if amount else "it has no TRNAMT"
            raise StatementError(text.field_line(n, "TRNAMT"), what, where)
        if not fitid:
            what = "it has no FITID (the bank's id for the transaction)"
            raise StatementError(text.line_of("<STMTTRN>", n), what, where)


class _Builder(TreeBuilder):
    """ofxtools' tree builder that also checks that closing tags close what is open, so a
    misplaced </NAME> is reported where it is, not as a crash at the end of the file."""

    def __init__(self) -> None:
        super().__init__()
        self.calls = 0
        self.open: list[str] = []

    def _feedmatch(self, tag: str, text: str | None, closetag: str | None) -> None:
        self.calls += 1
        if tag.startswith("/"):
            if not self.open or self.open[-1] != tag[1:]:
                expected = f"</{self.open[-1]}>" if self.open else "no closing tag"
                raise ParseError(f"<{tag}> is found where {expected} should be")
            self.open.pop()
        elif not text and not closetag:
            self.open.append(tag)
        super()._feedmatch(tag, text, closetag)


def _read(data: bytes, text: _Text) -> tuple[ET.Element, Any]:
    tree = OFXTree()
    builder = _Builder()
    try:
        tree.parse(io.BytesIO(data), parser=builder)
        if builder.open:
            raise ParseError(f"<{builder.open[-1]}> is never closed")
    except OFXHeaderError:
        raise StatementError(1, "the file does not start with an OFX header") from None
    except UnicodeDecodeError as error:
        reason = f"the OFX file is not text in its declared encoding ({error.reason})"
        raise StatementError(None, reason) from None
    except Exception as error:  # ParseError, or IndexError and such from ofxtools' builder
        reason = ""
        if isinstance(error, ParseError):  # ofxtools quotes the whole body after " in "
            reason = _POSITION.sub("", str(error)).split(" in ")[0].strip(" -")[:100]
        line = _builder_line(data, text, builder.calls)
        raise StatementError(
            line, f"the OFX markup is broken ({reason or 'tags do not nest'})"
        ) from None
    root = tree.getroot()
    assert root is not None  # the parse above built the tree or raised
    _check_transactions(root, text)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # ofxtools warns about over-long IBANs in ACCTID
            return root, tree.convert()
    except Exception as error:  # ofxtools raises OFXSpecError, TypeError, InvalidOperation ...
        raise _convert_error(str(error), text) from None


def _builder_line(data: bytes, text: _Text, calls: int) -> int | None:
    """The file line of the tag the builder was at when it failed."""
    if calls <= 0:
        return None
    try:
        _header, body = parse_header(io.BytesIO(data))
    except Exception:
        return None
    for n, match in enumerate(TreeBuilder.regex.finditer(body), start=1):
        if n == calls:
            snippet = f"<{match['tag']}>"
            return text.line_of(snippet, body.count(snippet, 0, match.start()))
    return None


def _convert_error(message: str, text: _Text) -> StatementError:
    found = _SETTING.search(message)
    if found is None:
        return StatementError(None, f"the OFX data is not valid ({message[:120]})")
    aggregate, field, value = found.groups()
    tag = field.upper()
    line = text.line_of(f"<{tag}>{value}") if value != "None" else text.line_of(f"<{aggregate}>")
    if value == "None":
        return StatementError(line, f"the {aggregate} has no {tag}, which OFX requires")
    return StatementError(line, f"the {tag} '{value[:30]}' is not valid OFX")


def _line(trn: Any, raw: ET.Element) -> StatementLine:
    name = trn.name or (trn.payee.name if getattr(trn, "payee", None) is not None else "")
    reference = trn.checknum or getattr(trn, "refnum", None) or ""
    posted = _day(raw.findtext("DTPOSTED"))
    assert posted is not None  # checked by _check_transactions
    return StatementLine(
        date=posted,
        value_date=_day(raw.findtext("DTAVAIL")) or _day(raw.findtext("DTUSER")),
        amount=Decimal(trn.trnamt),
        reference=clean_text(reference, 140),
        memo=clean_text(trn.memo or ""),
        counterparty=clean_text(name, 200),
        counterparty_account=clean_text(_account_to(trn), 42),
        bank_reference=clean_text(trn.fitid, 140),
    )


def _account_to(trn: Any) -> str:
    for attribute in ("bankacctto", "ccacctto"):
        account = getattr(trn, attribute, None)
        if account is not None:
            return str(account.acctid)
    return ""


def _statement(stmt: Any, raw: ET.Element) -> Statement:
    transactions = list(stmt.banktranlist or [])
    raws = list(raw.iter("STMTTRN"))
    if len(raws) != len(transactions):  # STMTTRN outside BANKTRANLIST, which OFX forbids
        raise StatementError(None, "a transaction (STMTTRN) is outside the BANKTRANLIST")
    lines = [_line(trn, r) for trn, r in zip(transactions, raws, strict=True)]
    closing = Decimal(stmt.ledgerbal.balamt) if stmt.ledgerbal is not None else None
    total = sum((line.amount for line in lines), Decimal(0))
    tranlist = raw.find("BANKTRANLIST")
    # The file's only balance is the closing one: nothing to check the lines against.
    return finish(
        lines,
        account=clean_text(stmt.account.acctid, 42),
        currency=str(stmt.curdef),
        opening=None if closing is None else closing - total,
        closing=closing,
        start=_day(tranlist.findtext("DTSTART")) if tranlist is not None else None,
        end=_day(tranlist.findtext("DTEND")) if tranlist is not None else None,
    )


def parse_ofx(data: bytes | str) -> list[Statement]:
    """Every bank or card statement in an OFX file, or one StatementError naming the line."""
    raw_bytes = data.encode("utf-8") if isinstance(data, str) else data
    raw_bytes = raw_bytes.removeprefix(b"\xef\xbb\xbf")
    text = _Text(raw_bytes)
    root, ofx = _read(raw_bytes, text)
    raws = [e for e in root.iter() if e.tag in _STATEMENTS]
    statements = list(getattr(ofx, "statements", []))
    if not statements:
        raise StatementError(None, "the OFX file holds no bank or card statement (STMTRS)")
    if len(raws) != len(statements):
        raise StatementError(None, "the OFX file mixes statements that cannot be told apart")
    return [_statement(stmt, raw) for stmt, raw in zip(statements, raws, strict=True)]
