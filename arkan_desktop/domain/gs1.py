"""GS1 element strings (GS1-128, GS1 DataMatrix, GS1 QR): application identifiers to fields.

`parse` reads what a scanner sends for a GS1 symbol — AI after AI, variable-length fields
ended by a group separator (FNC1) in whichever form the keyboard wedge delivers it — and
returns typed fields, or raises `Gs1Error` with a plain message. The AIs the station
reads into fields of its own (GTIN, lot, expiry, weights…) are in `AI_TABLE`, one `_add`
line each; every other AI GS1 publishes (price 392n, company-internal 91–99, production
time 8008, TPX 235, …) comes from biip's copy of GS1's table, a maintained library,
imported the first time a scan needs it (about 0.15 s, once) and read as digits or text.
Pure Python; knows nothing of products or the cache.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum

GS = "\x1d"
# How FNC1 reaches us through a keyboard wedge: ASCII 29 itself (also what Ctrl+] types),
# the control picture ␝, "↔" (Alt+29 on Windows goes through the OEM code page, where 29
# is drawn as ↔), and the placeholder texts scanners can be configured to send instead.
SEPARATOR_FORMS: tuple[str, ...] = (
    GS,
    "\u241d",
    "\u2194",
    "<GS>",
    "{GS}",
    "[GS]",
    "<FNC1>",
    "{FNC1}",
    "[FNC1]",
)
# AIM symbology identifiers that announce a GS1 element string (FNC1 in first position).
GS1_AIM_PREFIXES: tuple[str, ...] = ("]C1", "]d2", "]Q3", "]e0", "]J1")
# GS1 General Specifications 5.10.1 "invariant characters plus": what text AIs may hold.
CSET_82 = frozenset(
    "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz"
)
# AIs starting with these two digits have a length fixed by GS1 for ever (total, AI
# included), so they never need a separator after them (GS1 General Specifications 7.8.5).
PREDEFINED_LENGTHS: dict[str, int] = {
    "00": 20,
    "01": 16,
    "02": 16,
    "03": 16,
    "04": 18,
    **{str(prefix): 8 for prefix in range(11, 20)},
    "20": 4,
    **{str(prefix): 10 for prefix in range(31, 37)},
    "41": 16,
}


class Gs1Error(ValueError):
    """An element string that cannot be read; the message says why in plain words."""


class FieldKind(Enum):
    DIGITS = "digits"  # kept as text: "0629…"
    CHECKED = "checked digits"  # GTIN, SSCC, GLN: digits whose last is a GS1 check digit
    TEXT = "text"  # lot, serial: GS1 character set 82
    DATE = "date"  # YYMMDD, DD=00 meaning the whole month
    COUNT = "count"  # digits → int
    MEASURE = "measure"  # digits with the decimals the AI's last digit gives → Decimal


Gs1Value = str | int | Decimal | date


@dataclass(frozen=True)
class ApplicationIdentifier:
    code: str
    field: str  # our name for it: "gtin", "lot", "expiry"
    title: str  # GS1's data title, shown to people
    kind: FieldKind
    length: int  # exact length, or the maximum when variable
    variable: bool = False
    decimals: int = 0

    @property
    def predefined_length(self) -> bool:
        return not self.variable and self.code[:2] in PREDEFINED_LENGTHS

    @property
    def needs_separator(self) -> bool:
        """Whether a separator must follow this field when another field comes after it."""
        return not self.predefined_length

    @property
    def label(self) -> str:
        return f"{self.title} ({self.code})"


AI_TABLE: dict[str, ApplicationIdentifier] = {}


def _add(
    code: str,
    field: str,
    title: str,
    kind: FieldKind,
    length: int,
    variable: bool = False,
    decimals: int = 0,
) -> None:
    AI_TABLE[code] = ApplicationIdentifier(code, field, title, kind, length, variable, decimals)


_add("00", "sscc", "SSCC", FieldKind.CHECKED, 18)
_add("01", "gtin", "GTIN", FieldKind.CHECKED, 14)
_add("02", "content_gtin", "CONTENT", FieldKind.CHECKED, 14)
_add("10", "lot", "BATCH/LOT", FieldKind.TEXT, 20, variable=True)
_add("11", "production_date", "PROD DATE", FieldKind.DATE, 6)
_add("12", "due_date", "DUE DATE", FieldKind.DATE, 6)
_add("13", "packaging_date", "PACK DATE", FieldKind.DATE, 6)
_add("15", "best_before", "BEST BEFORE", FieldKind.DATE, 6)
_add("16", "sell_by", "SELL BY", FieldKind.DATE, 6)
_add("17", "expiry", "USE BY OR EXPIRY", FieldKind.DATE, 6)
_add("20", "variant", "VARIANT", FieldKind.DIGITS, 2)
_add("21", "serial", "SERIAL", FieldKind.TEXT, 20, variable=True)
_add("240", "additional_id", "ADDITIONAL ID", FieldKind.TEXT, 30, variable=True)
_add("241", "customer_part_number", "CUST. PART No.", FieldKind.TEXT, 30, variable=True)
_add("30", "count", "VAR. COUNT", FieldKind.COUNT, 8, variable=True)
_add("37", "content_count", "COUNT", FieldKind.COUNT, 8, variable=True)
for _n in range(6):
    _add(f"310{_n}", "net_weight_kg", "NET WEIGHT (kg)", FieldKind.MEASURE, 6, decimals=_n)
    _add(f"320{_n}", "net_weight_lb", "NET WEIGHT (lb)", FieldKind.MEASURE, 6, decimals=_n)
    _add(f"330{_n}", "gross_weight_kg", "GROSS WEIGHT (kg)", FieldKind.MEASURE, 6, decimals=_n)
_add("400", "customer_po", "ORDER NUMBER", FieldKind.TEXT, 30, variable=True)
_add("410", "ship_to_gln", "SHIP TO LOC", FieldKind.CHECKED, 13)
_add("413", "ship_for_gln", "SHIP FOR LOC", FieldKind.CHECKED, 13)
_add("414", "location_gln", "LOC No.", FieldKind.CHECKED, 13)
_add("415", "pay_to_gln", "PAY TO", FieldKind.CHECKED, 13)
_add("422", "origin_country", "ORIGIN", FieldKind.DIGITS, 3)


# biip's formats: "N2+N14", "N4+N..15", "N3+X..28", "N4+N8[+N..4]"; a part is a
# character set (N digits, X/Y/Z text) and a length, ".." before a maximum.
_FORMAT_PART = re.compile(r"([NXYZ])(\.\.)?(\d+)")
_MEASURE = re.compile(r"3[1-6]\d\d")  # trade measures: six digits, the AI's last digit
# says how many of them are decimals (GS1 General Specifications 3.6)


def _published(code: str) -> ApplicationIdentifier | None:
    """The AI `code` (exactly) from GS1's published table, kept in `AI_TABLE` once read."""
    from biip import ParseError
    from biip.gs1_application_identifiers import GS1ApplicationIdentifier

    try:
        found = GS1ApplicationIdentifier.extract(code)
    except ParseError:
        return None
    if found.ai != code:
        return None
    _, _, data = found.format.partition("+")
    parts = _FORMAT_PART.findall(data)
    if not parts:
        return None
    length = sum(int(size) for _, _, size in parts)
    variable = "[" in data or any(dots for _, dots, _ in parts)
    digits_only = all(charset == "N" for charset, _, _ in parts)
    if digits_only and not variable and _MEASURE.fullmatch(code) and length == 6:
        kind, decimals = FieldKind.MEASURE, int(code[3])
    else:
        kind, decimals = (FieldKind.DIGITS if digits_only else FieldKind.TEXT), 0
    title = found.data_title or found.description
    ai = ApplicationIdentifier(code, f"ai_{code}", title, kind, length, variable, decimals)
    AI_TABLE[code] = ai
    return ai


def lookup(code: str) -> ApplicationIdentifier | None:
    """The application identifier `code` ("01", "3922"), ours or GS1's; None if unknown."""
    return AI_TABLE.get(code) or (_published(code) if code.isdigit() else None)


def gs1_check_digit(body: str) -> str:
    """The GS1 mod-10 check digit for `body` (all digits, check digit not included)."""
    if not body.isascii() or not body.isdigit():
        raise ValueError(f"'{body}' is not all digits")
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return str(-total % 10)


@dataclass(frozen=True)
class Gs1Element:
    ai: ApplicationIdentifier
    raw: str  # the data as it was in the string
    value: Gs1Value


@dataclass(frozen=True)
class Gs1Message:
    elements: tuple[Gs1Element, ...]

    def get(self, field: str) -> Gs1Value | None:
        """The value of the field named `field` ("lot") or with AI code `field` ("10")."""
        for element in self.elements:
            if field in (element.ai.field, element.ai.code):
                return element.value
        return None

    def _text(self, field: str) -> str | None:
        value = self.get(field)
        return value if isinstance(value, str) else None

    def _date(self, field: str) -> date | None:
        value = self.get(field)
        return value if isinstance(value, date) else None

    def _int(self, field: str) -> int | None:
        value = self.get(field)
        return value if isinstance(value, int) else None

    @property
    def gtin(self) -> str | None:
        return self._text("gtin")

    @property
    def content_gtin(self) -> str | None:
        return self._text("content_gtin")

    @property
    def sscc(self) -> str | None:
        return self._text("sscc")

    @property
    def lot(self) -> str | None:
        return self._text("lot")

    @property
    def serial(self) -> str | None:
        return self._text("serial")

    @property
    def gln(self) -> str | None:
        return self._text("location_gln")

    @property
    def expiry(self) -> date | None:
        return self._date("expiry")

    @property
    def best_before(self) -> date | None:
        return self._date("best_before")

    @property
    def production_date(self) -> date | None:
        return self._date("production_date")

    @property
    def count(self) -> int | None:
        return self._int("count")

    @property
    def content_count(self) -> int | None:
        return self._int("content_count")

    @property
    def net_weight_kg(self) -> Decimal | None:
        value = self.get("net_weight_kg")
        return value if isinstance(value, Decimal) else None

    @property
    def product_gtin(self) -> str | None:
        """The trade item this scan is about: AI 01, or the contents (02) of a logistic unit."""
        return self.gtin or self.content_gtin

    @property
    def quantity(self) -> int | None:
        """How many units the scan stands for, when the symbol says so (AI 37, else 30)."""
        return self.content_count if self.content_count is not None else self.count

    def hri(self) -> str:
        """The human-readable form printed under the symbol: (01)0629…(17)261231…"""
        return "".join(f"({element.ai.code}){element.raw}" for element in self.elements)


def normalise_separators(text: str) -> str:
    """Every wedge form of FNC1 turned into ASCII 29."""
    for form in SEPARATOR_FORMS[1:]:
        if form in text:
            text = text.replace(form, GS)
    return text


def parse(text: str, *, reference_year: int | None = None) -> Gs1Message:
    """The fields of a GS1 element string, in order.

    Accepts a leading GS1 AIM identifier (]C1, ]d2, ]Q3, ]e0, ]J1), a leading FNC1, any
    separator form, a trailing separator, and the bracketed human-readable form
    "(01)…(10)…". Two-digit years are placed by GS1's sliding window around
    `reference_year` (this year when not given).
    """
    body = normalise_separators(text.strip(" \r\n\t"))
    for prefix in GS1_AIM_PREFIXES:
        if body.startswith(prefix):
            body = body[len(prefix) :]
            break
    year = reference_year if reference_year is not None else datetime.now(UTC).year
    pairs = _bracketed_pairs(body) if body.startswith("(") else _raw_pairs(body)
    if not pairs:
        raise Gs1Error("the GS1 string is empty")
    elements: list[Gs1Element] = []
    seen: dict[str, str] = {}
    for ai, raw in pairs:
        if ai.code in seen:
            if seen[ai.code] != raw:
                raise Gs1Error(f"{ai.label} appears twice with different values")
            continue
        seen[ai.code] = raw
        elements.append(Gs1Element(ai, raw, _value(ai, raw, year)))
    return Gs1Message(tuple(elements))


def _match_ai(body: str, pos: int) -> ApplicationIdentifier:
    for size in (2, 3, 4):
        ai = AI_TABLE.get(body[pos : pos + size])
        if ai is not None:
            return ai
    for size in (2, 3, 4):
        ai = lookup(body[pos : pos + size])
        if ai is not None:
            return ai
    shown = body[pos : pos + 4].replace(GS, "<GS>")
    raise Gs1Error(f"unknown application identifier at character {pos + 1}: '{shown}…'")


def _raw_pairs(body: str) -> list[tuple[ApplicationIdentifier, str]]:
    pairs: list[tuple[ApplicationIdentifier, str]] = []
    pos = 0
    while pos < len(body):
        if body[pos] == GS:  # leading FNC1, one after a fixed field, or a trailing one
            pos += 1
            continue
        ai = _match_ai(body, pos)
        pos += len(ai.code)
        if ai.variable:
            end = body.find(GS, pos)
            end = len(body) if end < 0 else end
            raw = body[pos:end]
            if len(raw) > ai.length:
                raise Gs1Error(
                    f"{ai.label} is {len(raw)} characters, more than its maximum of "
                    f"{ai.length}: a group separator (FNC1) is probably missing after it"
                )
        else:
            raw = body[pos : pos + ai.length]
            if len(raw) < ai.length or GS in raw:
                found = raw.split(GS)[0]
                raise Gs1Error(
                    f"{ai.label} needs {ai.length} characters, found {len(found)} ('{found}')"
                )
            end = pos + ai.length
            if ai.needs_separator and end < len(body) and body[end] != GS:
                raise Gs1Error(
                    f"{ai.label} must be followed by a group separator (FNC1) before the next field"
                )
        pairs.append((ai, raw))
        pos = end
    return pairs


_BRACKETED_AI = re.compile(r"\((\d{2,4})\)")


def _bracketed_pairs(body: str) -> list[tuple[ApplicationIdentifier, str]]:
    """AIs in brackets, as printed under the symbol: (01)0629…(17)261231(10)AB-12."""
    markers = [m for m in _BRACKETED_AI.finditer(body) if lookup(m.group(1)) is not None]
    if not markers or markers[0].start() != 0:
        raise Gs1Error(f"'{body[:12]}…' does not start with a bracketed application identifier")
    pairs: list[tuple[ApplicationIdentifier, str]] = []
    for index, marker in enumerate(markers):
        end = markers[index + 1].start() if index + 1 < len(markers) else len(body)
        ai = AI_TABLE[marker.group(1)]
        raw = body[marker.end() : end].replace(GS, "").strip()
        if len(raw) > ai.length or (not ai.variable and len(raw) != ai.length):
            wanted = f"at most {ai.length}" if ai.variable else f"{ai.length}"
            raise Gs1Error(f"{ai.label} needs {wanted} characters, found {len(raw)} ('{raw}')")
        pairs.append((ai, raw))
    return pairs


def _value(ai: ApplicationIdentifier, raw: str, reference_year: int) -> Gs1Value:
    if not raw:
        raise Gs1Error(f"{ai.label} has no value")
    if ai.kind is FieldKind.TEXT:
        bad = next((c for c in raw if c not in CSET_82), None)
        if bad is not None:
            shown = "a group separator" if bad == GS else repr(bad)
            raise Gs1Error(f"{ai.label} contains {shown}, which GS1 does not allow there")
        return raw
    if not (raw.isascii() and raw.isdigit()):
        hint = ": a group separator (FNC1) may be missing after it" if ai.variable else ""
        raise Gs1Error(f"{ai.label} must be digits, found '{raw}'{hint}")
    if ai.kind is FieldKind.CHECKED:
        expected = gs1_check_digit(raw[:-1])
        if raw[-1] != expected:
            raise Gs1Error(f"{ai.label} {raw} has a wrong check digit (expected {expected})")
        return raw
    if ai.kind is FieldKind.DATE:
        return _date(ai, raw, reference_year)
    if ai.kind is FieldKind.COUNT:
        return int(raw)
    if ai.kind is FieldKind.MEASURE:
        return Decimal(int(raw)).scaleb(-ai.decimals)
    return raw


def _date(ai: ApplicationIdentifier, raw: str, reference_year: int) -> date:
    yy, month, day = int(raw[:2]), int(raw[2:4]), int(raw[4:6])
    # GS1 General Specifications 7.12: a two-digit year lies within 49 years behind and
    # 50 years ahead of the current year.
    century, this_yy = divmod(reference_year, 100)
    if yy - this_yy >= 51:
        century -= 1
    elif yy - this_yy <= -50:
        century += 1
    year = century * 100 + yy
    if not 1 <= month <= 12:
        raise Gs1Error(f"{ai.label} {raw} is not a date (YYMMDD): month {month:02d}")
    last_day = calendar.monthrange(year, month)[1]
    if day > last_day:
        raise Gs1Error(f"{ai.label} {raw} is not a date (YYMMDD): day {day:02d}")
    # DD=00 means only the month is given; GS1 reads an expiry as the month's last day.
    return date(year, month, day or last_day)
