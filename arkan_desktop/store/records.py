"""Reading typed column values out of one server record, tolerantly and exactly.

A missing optional field gives None. A value that cannot be what its column needs (a
missing id, an amount that is not a number, a list where text belongs) raises
`RecordError` naming the resource, the record id and the field, so the caller can skip
or report that record. Nothing here raises anything else.

An amount finer than its column (a computed `line_total` of "249.8750" in a currency of
2 decimals, a quantity of 4 decimals) is not a reason to drop the record: the typed
column keeps a copy rounded half away from zero, and the raw JSON, which is what is
shown and sent back, keeps the server's exact value.
"""

from __future__ import annotations

import json
import re
import secrets
from collections.abc import Mapping
from datetime import UTC, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from arkan_desktop.domain.money import MoneyError, exponent, to_decimal
from arkan_desktop.store.models.base import INT64_MAX, QUANTITY_EXPONENT

# A record the cache stores is at most this big as JSON text, and its id at most this long
# (UUIDs are 36 characters, a stock level's product@location id 73). The largest
# legitimate record is a bank statement with its lines: 5,000 lines (the most one import
# takes) with full SWIFT narratives are 3.1 MB sent and more as the server answers them
# (4.8 MB with every field at its limit); half an answer's 32 MB leaves room above it.
MAX_RECORD_CHARS = 16 << 20
MAX_ID_LENGTH = 256
# How much of an id a message shows.
_SHOWN_ID = 40


def parse_stamp(text: str | None) -> datetime | None:
    """An ISO 8601 timestamp as an aware datetime; None when it cannot be read.

    Any year from 1 to 9999 reads (a .NET default `0001-01-01T00:00:00` included); an
    offset that would carry it out of that range gives None, never an OverflowError."""
    if not isinstance(text, str) or len(text) > 64:
        return None
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    except (ValueError, OverflowError):
        return None


def check_size(resource: str, record_id: str, raw: str) -> None:
    """Refuse a record too big to be one, or whose id is too long to be one."""
    if len(record_id) > MAX_ID_LENGTH:
        reason = f"is {len(record_id):,} characters, more than {MAX_ID_LENGTH}"
        raise RecordError(resource, record_id, "id", reason)
    if len(raw) > MAX_RECORD_CHARS:
        size = f"{len(raw) / (1 << 20):,.1f} MB"
        limit = f"{MAX_RECORD_CHARS >> 20} MB"
        raise RecordError(resource, record_id, "record", f"is {size} of JSON, more than {limit}")


# The wire's usual number form ("1476.19", "-3", "0.125"): read without building a Decimal.
_PLAIN = re.compile(r"(-?)(0|[1-9][0-9]{0,27})(?:\.([0-9]+))?")


def scaled_int(value: object, exponent: int) -> int | None:
    """`value` in units of 10**-exponent when it is a plain decimal string or an int that
    fits exactly; None when it needs the full parser (which also gives the error)."""
    if type(value) is str:
        digits = value[1:] if value[:1] == "-" else value
        whole, dot, fraction = digits.partition(".")
        if not (whole.isdigit() and whole.isascii() and len(whole) <= 28):
            return None
        if dot and not (fraction.isdigit() and fraction.isascii()):
            return None
        if len(fraction) > exponent:
            if fraction[exponent:].strip("0"):
                return None
            fraction = fraction[:exponent]
        units = int(whole + fraction + "0" * (exponent - len(fraction)))
        return -units if value[:1] == "-" else units
    if type(value) is int:
        return value * 10**exponent if abs(value) < 10**28 else None
    return None


class RecordError(ValueError):
    """A record the cache cannot store; names what is wrong where."""

    def __init__(self, resource: str, record_id: str | None, field: str, reason: str) -> None:
        self.resource = resource
        self.record_id = record_id
        self.field = field
        self.reason = reason
        shown = record_id or "(no id)"
        if len(shown) > _SHOWN_ID:
            shown = shown[:_SHOWN_ID] + "…"
        super().__init__(f"{resource} record {shown}: field '{field}' {reason}")


def _json_default(value: object) -> str:
    if isinstance(value, Decimal):
        return format(value, "f") if value.is_finite() else str(value)
    raise TypeError(f"{type(value).__name__} is not JSON")


def dump_json(value: Any) -> str:
    """Compact JSON for request bodies and responses; a `Decimal` becomes its exact decimal
    string (the wire convention: money never travels as a JSON number)."""
    return json.dumps(
        value, ensure_ascii=False, separators=(",", ":"), default=_json_default, allow_nan=False
    )


def dump_raw(record: Any) -> str:
    """A received record as JSON text, faithfully: a `Decimal` (a JSON number the API layer
    parsed exactly) is written back as that number, not as a string or a float.

    The json module cannot emit raw number text, so each Decimal is first written as a
    marked string (NUL, a random per-call nonce, the number, NUL) and the markers are then
    unquoted; a real string would have to contain this call's nonce to be mistaken.
    """
    nonce = ""

    def number_marker(value: object) -> str:
        nonlocal nonce
        if not isinstance(value, Decimal):
            raise TypeError(f"{type(value).__name__} is not JSON")
        if not value.is_finite():
            raise ValueError(f"{value} is not a JSON number")
        nonce = nonce or secrets.token_hex(6)
        return f"\x00{nonce}{value}\x00"

    text = json.dumps(
        record, ensure_ascii=False, separators=(",", ":"), default=number_marker, allow_nan=False
    )
    if nonce:
        text = re.sub(rf'"\\u0000{nonce}([^"\\]*)\\u0000"', r"\1", text)
    return text


def load_json(text: str) -> Any:
    """JSON text back to Python values, numbers with a fraction as `Decimal`, never float."""
    return json.loads(text, parse_float=Decimal)


class RecordReader:
    """Typed access to the fields of one record (or one line of it) for one resource."""

    def __init__(
        self, resource: str, record: object, record_id: str | None = None, prefix: str = ""
    ) -> None:
        self.resource = resource
        self.prefix = prefix
        if not isinstance(record, Mapping):
            raise RecordError(resource, record_id, prefix or "record", "is not a JSON object")
        self.record: Mapping[str, Any] = record
        self.record_id = record_id

    def error(self, field: str, reason: str) -> RecordError:
        return RecordError(self.resource, self.record_id, f"{self.prefix}{field}", reason)

    def require_id(self, field: str = "id") -> str:
        value = self.text(field)
        if not value:
            raise self.error(field, "is missing")
        self.record_id = value
        return value

    def text(self, *names: str) -> str | None:
        """The first present field of `names` as text; numbers are accepted and written out."""
        for name in names:
            value = self.record.get(name)
            if value is None:
                continue
            if isinstance(value, str):
                return value
            if isinstance(value, int) and not isinstance(value, bool):
                return str(value)
            if isinstance(value, Decimal) and value.is_finite():
                return format(value, "f")
            raise self.error(name, f"should be text, not {type(value).__name__}")
        return None

    def flag(self, name: str) -> bool | None:
        value = self.record.get(name)
        if value is None or isinstance(value, bool):
            return value
        raise self.error(name, f"should be true or false, not {type(value).__name__}")

    def currency(self, default: str) -> str:
        value = self.text("currency")
        if value is None or not value.strip():
            return default
        code = value.strip().upper()
        if len(code) > 8:
            raise self.error("currency", "is not a currency code")
        return code

    def decimal(self, *names: str) -> Decimal | None:
        for name in names:
            value = self.record.get(name)
            if value is None:
                continue
            try:
                return to_decimal(value, name)
            except MoneyError as exc:
                raise self.error(name, f"is not a number ({exc})") from None
        return None

    def decimal_text(self, *names: str) -> str | None:
        """An exact decimal as plain text ("12.8865"), for unit prices and rates."""
        for name in names:
            value = self.record.get(name)
            if isinstance(value, str) and _PLAIN.fullmatch(value):
                return value
        amount = self.decimal(*names)
        return None if amount is None else format(amount, "f")

    def _scaled(self, exponent: int, names: tuple[str, ...], what: str) -> int | None:
        """The first present field as an integer count of 10**-exponent units (rounded
        to the unit when finer)."""
        for name in names:
            value = self.record.get(name)
            if value is None:
                continue
            units = scaled_int(value, exponent)
            if units is None:
                units = self._scaled_slowly(name, value, exponent, what)
            if abs(units) > INT64_MAX:
                raise self.error(name, "is too large to store")
            return units
        return None

    def _scaled_slowly(self, name: str, value: object, exponent: int, what: str) -> int:
        """Through domain.money for every form the fast path does not take."""
        try:
            amount = to_decimal(value, name)
        except MoneyError as exc:
            raise self.error(name, f"is not a number ({exc})") from None
        scaled = amount.scaleb(exponent)
        if scaled.scaleb(-exponent) != amount:
            # An absurd exponent ("1E-999999999") underflows to 0: no amount a server means.
            raise self.error(name, f"is not a number {what} can hold ({amount:.3g})")
        # Finer than the column: a rounded copy (the raw JSON keeps the exact value).
        return int(scaled.to_integral_value(rounding=ROUND_HALF_UP))

    def money(self, currency: str, *names: str) -> int | None:
        """Integer minor units of the first present amount field (rounded half away from
        zero when the server gave more decimals than the currency has)."""
        return self._scaled(exponent(currency), names, currency)

    def quantity(self, *names: str) -> int | None:
        """A quantity as the cache's integer thousandths (rounded like `money`)."""
        return self._scaled(QUANTITY_EXPONENT, names, "a quantity")

    def lines(self, name: str) -> list[RecordReader]:
        """Readers for a list of child objects (`lines`, `allocations`); missing means none."""
        value = self.record.get(name)
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.error(name, f"should be a list, not {type(value).__name__}")
        return [
            RecordReader(self.resource, item, self.record_id, f"{self.prefix}{name}[{index}].")
            for index, item in enumerate(value)
        ]
