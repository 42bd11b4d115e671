"""SWIFT MT940 statements, read with the `mt-940` library, into `Statement`s.

Tags :20: :25: :28C: :60F:/:60M: :61: :86: :62F:/:62M: (and :64:/:65:, ignored), any
number of statements in one file, SWIFT envelopes ({1:...}{4: ... -}) allowed. The :86:
narrative becomes memo, counterparty and reference whether it is free text, `?20`..`?32`
sub-fields, or `/REMI/`, `/ORDP/`, `/BENM/` style codes. A file is imported whole or
raises one `StatementError` naming the line. Pure: no I/O, no Qt.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Any

import mt940
from mt940 import processors

from arkan_desktop.domain.bank.statement import (
    Statement,
    StatementError,
    StatementLine,
    check_balances,
    clean_text,
    finish,
)

_TAG = re.compile(r"^:(?P<tag>[0-9]{2}[A-Z]?|NS):", re.MULTILINE)
_ENVELOPE = re.compile(r"^(\{[1-5]:.*|-\}?|\}|\$)\s*$")
# Codes of the SWIFT structured narrative (/CODE/value) in :86:; the party codes may
# carry sub-fields of their own ("/ORDP//NAME/ACME LLC/IBAN/AE07...").
_CODES = (
    "REMI|ORDP|BENM|EREF|NAME|IBAN|BIC|ADDR|CNTP|TRTP|RTRN|MARF|CSID|PREF|ULTC|ULTD|PURP"
    "|ACCW|INFO|OCMT|CHGS|EXCH|ORDB|BENF|ID|CODE|SVWZ"
)
_CODE = re.compile(rf"/({_CODES})/")
_NO_REFERENCE = {"", "NONREF", "NOTPROVIDED", "NONE"}
_OPTIONS = mt940.Options.all()
_PROCESSORS = {
    "post_transaction_details": [processors.transaction_details_post_processor_with_space]
}
_REQUIRED = (
    ("25", "account line (:25:)"),
    ("60", "opening balance (:60F: or :60M:)"),
    ("62", "closing balance (:62F: or :62M:)"),
)


def _tags(text: str) -> list[tuple[int, str, str]]:
    """(line, tag, value) for every tag, envelope lines left out."""
    found = []
    matches = list(_TAG.finditer(text))
    for i, match in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        line = text.count("\n", 0, match.start()) + 1
        found.append((line, match["tag"], text[match.end() : end].strip()))
    return found


def _check_tag(line: int, tag: str, value: str) -> None:
    """Raise naming `line` when the library cannot read this one tag."""
    tags = mt940.tags.TAG_BY_ID
    known = tags.get(tag) or tags.get(int(tag[:2]) if tag[:2].isdigit() else tag[:2])
    if known is None:
        raise StatementError(line, f"':{tag}:' is not an MT940 tag")
    first = value.splitlines()[0][:40] if value else ""
    match = known.re.match(value)
    if match is None:
        raise StatementError(line, f"the :{tag}: field '{first}' is not in the MT940 layout")
    try:  # the values (dates, amounts), as the library will read them
        known(mt940.models.Transactions(options=_OPTIONS), match.groupdict())
    except Exception:  # the library raises ValueError, InvalidOperation, KeyError ...
        raise StatementError(
            line, f"the :{tag}: field '{first}' has an impossible date or amount"
        ) from None


def _structured(details: str) -> dict[str, str]:
    """`/CODE/value` pairs of a structured :86: (later codes of the same name appended)."""
    parts = _CODE.split(details)
    found: dict[str, str] = {}
    for code, raw in zip(parts[1::2], parts[2::2], strict=True):
        value = raw.strip("/ ")
        if code == "NAME" and "party_name" not in found:
            found["party_name"] = value
        found[code] = f"{found[code]} {value}".strip() if code in found else value
    return found


def _narrative(data: dict[str, Any], amount: Decimal) -> dict[str, str]:
    """memo, counterparty, counterparty_account and reference from one :86:."""
    if "posting_text" in data or "purpose" in data:  # ?20..?32 sub-fields, read by the library
        memo = " ".join(str(data[k]) for k in ("posting_text", "purpose") if data.get(k))
        return {
            "memo": memo,
            "counterparty": str(data.get("applicant_name") or data.get("recipient_name") or ""),
            "counterparty_account": str(data.get("applicant_iban") or ""),
            "reference": str(data.get("end_to_end_reference") or ""),
        }
    raw = str(data.get("transaction_details") or "")
    if not _CODE.search(raw):
        return {"memo": " ".join(raw.splitlines()), "counterparty": "", "reference": ""}
    codes = _structured("".join(raw.splitlines()))
    party = codes.get("ORDP" if amount > 0 else "BENM") or codes.get("CNTP", "")
    name = codes.get("party_name") or party.split("/")[0]
    remittance = re.sub(r"^(USTD|STRD/CUR)/+", "", codes.get("REMI", ""))
    return {
        "memo": " ".join(v for v in (remittance, codes.get("INFO", "")) if v),
        "counterparty": name,
        "counterparty_account": codes.get("IBAN") or codes.get("ACCW", ""),
        "reference": codes.get("EREF", ""),
    }


def _day(value: Any) -> dt.date | None:
    """A plain date (the library's own Date subclass would leak into our model)."""
    return None if value is None else dt.date(value.year, value.month, value.day)


def _line(data: dict[str, Any]) -> StatementLine:
    amount: Decimal = data["amount"].amount
    told = {"counterparty_account": "", **_narrative(data, amount)}
    reference = told["reference"] or str(data.get("customer_reference") or "")
    if reference.strip().upper() in _NO_REFERENCE:
        reference = ""
    value_date = _day(data["date"])
    booked = _day(data.get("entry_date")) or value_date
    assert booked is not None  # the :61: pattern requires its value date
    return StatementLine(
        date=booked,
        value_date=value_date,
        amount=amount,
        reference=clean_text(reference, 140),
        memo=clean_text(told["memo"]),
        counterparty=clean_text(told["counterparty"], 200),
        counterparty_account=clean_text(told["counterparty_account"], 42),
        bank_reference=clean_text(data.get("bank_reference"), 140),
    )


def _balance(data: dict[str, Any], *keys: str) -> Decimal | None:
    for key in keys:
        balance = data.get(key)
        if balance is not None and hasattr(balance.amount, "amount"):
            return Decimal(balance.amount.amount)
    return None


def _statement(block: str, first_line: int, tags: list[tuple[int, str, str]]) -> Statement:
    seen = {tag[:2] for _, tag, _ in tags}
    for number, what in _REQUIRED:
        if number not in seen:
            raise StatementError(first_line, f"the statement starting here has no {what}")
    # Each tag checked first (the library logs an error and says not where on a bad one).
    for line, tag, value in tags:
        _check_tag(line, tag, value)
    try:
        parsed = mt940.parse(block, processors=_PROCESSORS, options=_OPTIONS)  # type: ignore[arg-type]
    except Exception:
        raise StatementError(first_line, "the statement starting here cannot be read") from None
    data = parsed.data
    lines = [_line(t.data) for t in parsed]
    account = clean_text(data.get("account_identification"), 42)
    number = "/".join(str(data[k]) for k in ("statement_number", "sequence_number") if data.get(k))
    identifier = " ".join(v for v in (clean_text(data.get("transaction_reference")), number) if v)
    opening = _balance(
        data, "final_opening_balance", "intermediate_opening_balance", "opening_balance"
    )
    closing = _balance(
        data, "final_closing_balance", "intermediate_closing_balance", "closing_balance"
    )
    closed = data.get("final_closing_balance") or data.get("intermediate_closing_balance")
    return finish(
        lines,
        account=account,
        currency=parsed.currency or "",
        opening=opening,
        closing=closing,
        end=_day(closed.date) if closed is not None else None,
        identifier=identifier,
    )


def parse_mt940(data: bytes | str, *, check_balance: bool = True) -> list[Statement]:
    """Every statement in an MT940 file, or one StatementError naming the line."""
    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("latin-1")  # SWIFT's character set is a subset of both
    else:
        text = data.removeprefix("\ufeff")
    # Envelope lines become blank (not removed) so that line numbers stay the file's.
    text = "\n".join(
        "" if _ENVELOPE.match(line.strip()) else line
        for line in text.replace("\r\n", "\n").split("\n")
    )
    tags = _tags(text)
    starts = [i for i, (_, tag, _) in enumerate(tags) if tag == "20"]
    if not starts:
        raise StatementError(None, "the file has no MT940 statement (no :20: line)")
    if starts[0] != 0:
        line, tag, _ = tags[0]
        raise StatementError(line, f"the :{tag}: field comes before any statement's :20:")
    statements = []
    lines = text.split("\n")
    for n, start in enumerate(starts):
        stop = starts[n + 1] if n + 1 < len(starts) else len(tags)
        block_tags = tags[start:stop]
        first_line = block_tags[0][0]
        last_line = tags[stop][0] - 1 if stop < len(tags) else len(lines)
        block = "\n".join(lines[first_line - 1 : last_line])
        statement = _statement(block, first_line, block_tags)
        if check_balance:
            closing_line = next(
                (line for line, tag, _ in block_tags if tag.startswith("62")), first_line
            )
            check_balances(statement, closing_line)
        statements.append(statement)
    return statements
