"""Scanned text to a typed code: product numbers, GS1 strings, locations, purchase orders.

`classify` strips the AIM symbology identifier, checks GTIN check digits, hands GS1
element strings to `gs1.parse`, recognises location and purchase-order barcodes and
SKU-like text, and recognises a code garbled by a keyboard-layout mismatch. It looks
nothing up: matching a code to cached products or locations is the caller's job.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from arkan_desktop.domain.gs1 import (
    AI_TABLE,
    GS,
    Gs1Error,
    Gs1Message,
    gs1_check_digit,
    normalise_separators,
)
from arkan_desktop.domain.gs1 import parse as parse_gs1
from arkan_desktop.domain.scanner_input import (
    KNOWN_LAYOUTS,
    KeyboardLayout,
    LayoutReading,
    layout_readings,
)

check_digit = gs1_check_digit


class CodeKind(Enum):
    PRODUCT = "product"  # a GTIN/EAN/UPC with a good check digit
    BAD_CHECK_DIGIT = "bad check digit"  # shaped like one, but the check digit is wrong
    GS1 = "gs1"  # a GS1 element string that parsed
    BAD_GS1 = "bad gs1"  # announced or shaped as GS1, but unreadable
    LOCATION = "location"
    PURCHASE_ORDER = "purchase order"
    SKU = "sku"  # text that could be a SKU
    GARBLED = "garbled"  # a code typed through the wrong keyboard layout
    UNKNOWN = "unknown"


USABLE_KINDS = frozenset(
    {CodeKind.PRODUCT, CodeKind.GS1, CodeKind.LOCATION, CodeKind.PURCHASE_ORDER, CodeKind.SKU}
)
# What a layout correction must turn into to count (SKU-like text only in narrow cases).
_CONVINCING_KINDS = USABLE_KINDS - {CodeKind.SKU}


class ProductFormat(Enum):
    EAN_8 = "EAN-8"
    UPC_A = "UPC-A"
    EAN_13 = "EAN-13"
    GTIN_14 = "GTIN-14"


_FORMAT_BY_LENGTH = {
    8: ProductFormat.EAN_8,
    12: ProductFormat.UPC_A,
    13: ProductFormat.EAN_13,
    14: ProductFormat.GTIN_14,
}


def _digits(text: str) -> bool:
    return text.isascii() and text.isdigit()


def is_valid_gtin(code: str) -> bool:
    """An EAN-8, UPC-A, EAN-13 or GTIN-14 with a correct check digit."""
    return len(code) in _FORMAT_BY_LENGTH and _digits(code) and check_digit(code[:-1]) == code[-1]


def is_valid_ean13(code: str) -> bool:
    return len(code) == 13 and is_valid_gtin(code)


def is_valid_ean8(code: str) -> bool:
    return len(code) == 8 and is_valid_gtin(code)


def is_valid_upca(code: str) -> bool:
    return len(code) == 12 and is_valid_gtin(code)


def is_valid_gtin14(code: str) -> bool:
    return len(code) == 14 and is_valid_gtin(code)


def upca_to_ean13(upc: str) -> str:
    """A UPC-A is the EAN-13 with a leading 0."""
    if len(upc) != 12 or not _digits(upc):
        raise ValueError(f"'{upc}' is not a UPC-A (12 digits)")
    return "0" + upc


def ean13_to_upca(ean: str) -> str | None:
    """The UPC-A of an EAN-13 starting with 0; None for any other EAN-13."""
    if len(ean) != 13 or not _digits(ean):
        raise ValueError(f"'{ean}' is not an EAN-13 (13 digits)")
    return ean[1:] if ean.startswith("0") else None


def to_gtin14(code: str) -> str:
    """Any GTIN (8, 12, 13 or 14 digits) in its 14-digit form."""
    if len(code) not in _FORMAT_BY_LENGTH or not _digits(code):
        raise ValueError(f"'{code}' is not a GTIN (8, 12, 13 or 14 digits)")
    return code.zfill(14)


@dataclass(frozen=True)
class ProductNumber:
    digits: str  # as scanned: 8, 12, 13 or 14 digits

    @property
    def format(self) -> ProductFormat:
        return _FORMAT_BY_LENGTH[len(self.digits)]

    @property
    def gtin14(self) -> str:
        return self.digits.zfill(14)

    @property
    def expected_check_digit(self) -> str:
        return check_digit(self.digits[:-1])

    @property
    def check_digit_ok(self) -> bool:
        return self.digits[-1] == self.expected_check_digit

    def lookup_keys(self) -> tuple[str, ...]:
        """The number in every form a product record may hold it: as scanned, GTIN-14,
        EAN-13, UPC-A and EAN-8 (each only where the leading zeros allow it)."""
        gtin = self.gtin14
        keys = [self.digits, gtin]
        for zeros in (1, 2, 6):  # EAN-13, UPC-A, EAN-8
            if gtin.startswith("0" * zeros):
                keys.append(gtin[zeros:])
        return tuple(dict.fromkeys(keys))


@dataclass(frozen=True)
class AimIdentifier:
    """The "]Cm" prefix a scanner can send to say which symbology it read."""

    code: str
    symbology: str
    gs1: bool = False


# The identifiers the station meets, by exact code; others are named by their letter.
_AIM_CODES: dict[str, tuple[str, bool]] = {
    "]C0": ("Code 128", False),
    "]C1": ("GS1-128", True),
    "]E0": ("EAN-13/UPC", False),
    "]E4": ("EAN-8", False),
    "]e0": ("GS1 DataBar", True),
    "]d1": ("Data Matrix", False),
    "]d2": ("GS1 DataMatrix", True),
    "]Q1": ("QR Code", False),
    "]Q3": ("GS1 QR Code", True),
    "]J1": ("GS1 DotCode", True),
    "]I0": ("Interleaved 2 of 5", False),
    "]I1": ("ITF-14", False),
}
_AIM_LETTERS = {
    "A": "Code 39",
    "C": "Code 128",
    "E": "EAN/UPC",
    "e": "GS1 DataBar",
    "d": "Data Matrix",
    "Q": "QR Code",
    "I": "Interleaved 2 of 5",
    "F": "Codabar",
    "G": "Code 93",
    "L": "PDF417",
    "z": "Aztec",
    "J": "DotCode",
}
_AIM = re.compile(r"\][A-Za-z][0-9A-Za-z]")
_PRODUCT_SYMBOLOGIES = frozenset("EI")  # EAN/UPC and ITF carry nothing but a GTIN


def strip_aim(text: str) -> tuple[AimIdentifier | None, str]:
    """The AIM symbology identifier at the start of `text` (if any) and the rest."""
    if not _AIM.match(text):
        return None, text
    code = text[:3]
    symbology, gs1 = _AIM_CODES.get(code, (_AIM_LETTERS.get(code[1], "other symbology"), False))
    return AimIdentifier(code, symbology, gs1), text[3:]


_LOCATION = re.compile(r"LOC-([A-Z0-9][A-Z0-9._/-]*)")
# "PO-2026-00042", and the forms labels and scanner settings turn it into: "PO 2026 00042",
# "PO/2026/00042", "PO202600042", "PO:PO-2026-00042", a Code 39 "*PO-2026-00042*".
_PURCHASE_ORDER = re.compile(
    r"\*?(?:PO\s*[:#]\s*)?PO\s*[-/_ ]?\s*((?:19|20)\d{2})\s*[-/_ ]?\s*(\d{3,8})\*?"
)
_SKU = re.compile(r"[A-Za-z0-9][A-Za-z0-9._/-]{2,39}")


@dataclass(frozen=True)
class ScannedCode:
    kind: CodeKind
    raw: str  # exactly as received
    text: str  # without the AIM identifier and surrounding whitespace
    value: str  # the code in the form to look up or show: digits, LOC-…, PO-…, SKU, HRI
    aim: AimIdentifier | None = None
    product: ProductNumber | None = None  # also for a GS1 string carrying AI 01 or 02
    gs1: Gs1Message | None = None
    garbling: LayoutReading | None = None
    corrected: ScannedCode | None = None  # what a garbled code reads as
    problem: str = ""  # why it cannot be used, in plain words

    @property
    def usable(self) -> bool:
        return self.kind in USABLE_KINDS

    @property
    def quantity(self) -> int | None:
        """The count the symbol carries (GS1 AI 37 or 30), if any."""
        return self.gs1.quantity if self.gs1 is not None else None

    @property
    def location_code(self) -> str | None:
        return self.value[len("LOC-") :] if self.kind is CodeKind.LOCATION else None

    def describe(self) -> str:
        """One line for the station's list of recent scans."""
        if self.kind is CodeKind.PRODUCT and self.product is not None:
            return f"{self.product.format.value} {self.value}"
        if self.kind is CodeKind.GS1:
            return f"GS1 {self.value}"
        if self.kind is CodeKind.LOCATION:
            return f"Location {self.location_code}"
        if self.kind is CodeKind.PURCHASE_ORDER:
            return f"Purchase order {self.value}"
        if self.kind is CodeKind.SKU:
            return f"SKU {self.value}"
        return self.problem


def shown(text: str) -> str:
    """Text with control characters made visible, for messages: GS as <GS>."""
    return "".join(
        "<GS>" if c == GS else f"<{ord(c):02X}>" if ord(c) < 32 or c == "\x7f" else c for c in text
    )


def classify(
    raw: str,
    *,
    reference_year: int | None = None,
    layouts: Iterable[KeyboardLayout] = KNOWN_LAYOUTS,
) -> ScannedCode:
    """What a scanned (or typed) text is. Never raises: an unreadable text is UNKNOWN.

    `reference_year` places GS1 two-digit years (this year when not given); `layouts` are
    the keyboard layouts whose mismatch is recognised.
    """
    code = _read(raw, reference_year)
    if code.kind in (CodeKind.UNKNOWN, CodeKind.SKU):
        garbled = _garbled(raw, code, reference_year, layouts)
        if garbled is not None:
            return garbled
    return code


def _read(raw: str, reference_year: int | None) -> ScannedCode:
    text = raw.strip(" \r\n\t")
    aim, body = strip_aim(text)

    def result(kind: CodeKind, value: str = "", problem: str = "") -> ScannedCode:
        return ScannedCode(kind, raw, body, value or body, aim, problem=problem)

    if not body:
        return result(CodeKind.UNKNOWN, problem="Nothing was read")
    normalised = normalise_separators(body)
    if (aim is not None and aim.gs1) or GS in normalised or _bracketed_gs1(body):
        return _gs1(raw, body, aim, reference_year)
    if _digits(body) and len(body) in _FORMAT_BY_LENGTH:
        return _product(raw, body, aim)
    if aim is not None and aim.code[1] in _PRODUCT_SYMBOLOGIES:
        return result(
            CodeKind.UNKNOWN,
            problem=f"{aim.symbology} symbol, but '{shown(body)}' is not a product number",
        )
    if _bare_gs1(body):
        return _gs1(raw, body, aim, reference_year)
    upper = body.upper()
    if location := _LOCATION.fullmatch(upper):
        return result(CodeKind.LOCATION, f"LOC-{location.group(1)}")
    if order := _PURCHASE_ORDER.fullmatch(upper):
        return result(CodeKind.PURCHASE_ORDER, f"PO-{order.group(1)}-{order.group(2)}")
    if _SKU.fullmatch(body) and any(c.isdigit() for c in body):
        return result(CodeKind.SKU)
    return result(CodeKind.UNKNOWN, problem=f"Unknown code: {shown(body)}")


def _bracketed_gs1(body: str) -> bool:
    """The human-readable form, "(01)0629…(10)…", as typed from under the symbol."""
    opening = re.match(r"\((\d{2,4})\)", body)
    return opening is not None and opening.group(1) in AI_TABLE


def _bare_gs1(body: str) -> bool:
    """A GS1 string sent without AIM identifier: it opens with an SSCC or a GTIN."""
    if body.startswith("00"):
        return len(body) >= 20 and _digits(body[:20])
    return body.startswith(("01", "02")) and len(body) >= 16 and _digits(body[2:16])


def _product(raw: str, digits: str, aim: AimIdentifier | None) -> ScannedCode:
    number = ProductNumber(digits)
    if number.check_digit_ok:
        return ScannedCode(CodeKind.PRODUCT, raw, digits, digits, aim, product=number)
    return ScannedCode(
        CodeKind.BAD_CHECK_DIGIT,
        raw,
        digits,
        digits,
        aim,
        product=number,
        problem=(
            f"{number.format.value} {digits} has a wrong check digit: it should end in "
            f"{number.expected_check_digit}, not {digits[-1]} (misread or mistyped)"
        ),
    )


def _gs1(raw: str, body: str, aim: AimIdentifier | None, reference_year: int | None) -> ScannedCode:
    try:
        message = parse_gs1(body, reference_year=reference_year)
    except Gs1Error as error:
        return ScannedCode(
            CodeKind.BAD_GS1, raw, body, body, aim, problem=f"Unreadable GS1 code: {error}"
        )
    gtin = message.product_gtin
    return ScannedCode(
        CodeKind.GS1,
        raw,
        body,
        message.hri(),
        aim,
        product=ProductNumber(gtin) if gtin else None,
        gs1=message,
    )


def _garbled(
    raw: str,
    as_read: ScannedCode,
    reference_year: int | None,
    layouts: Iterable[KeyboardLayout],
) -> ScannedCode | None:
    text = raw.strip(" \r\n\t")
    fallback: tuple[LayoutReading, ScannedCode] | None = None
    weak_allowed = as_read.kind is CodeKind.UNKNOWN
    for reading in layout_readings(text, layouts):
        meant = reading.text
        # Barcodes are upper case; a reading of unshifted keys comes out lower case.
        variants = (meant.upper(), meant) if meant == meant.lower() else (meant,)
        for variant in variants:
            code = _read(variant, reference_year)
            if code.kind in _CONVINCING_KINDS:
                return _garbled_code(raw, text, reading, code)
            if fallback is None and weak_allowed and _catalogue_sku(code):
                fallback = (reading, code)
    return _garbled_code(raw, text, *fallback) if fallback else None


def _catalogue_sku(code: ScannedCode) -> bool:
    """SKU-like text shaped like a catalogue SKU (letters, a separator, digits: EL-1001).

    Junk corrects into looser SKU-like text too easily ("#$%" → "345", "LOC-" → "LOC6").
    """
    value = code.value
    return (
        code.kind is CodeKind.SKU
        and any(c.isalpha() for c in value)
        and any(c in "-_./" for c in value)
    )


def _garbled_code(raw: str, text: str, reading: LayoutReading, code: ScannedCode) -> ScannedCode:
    return ScannedCode(
        CodeKind.GARBLED,
        raw,
        text,
        code.value,
        garbling=reading,
        corrected=code,
        problem=(
            f"Keyboard layout mismatch ({reading.layout.name}): "
            f"this reads as {code.describe()}. {reading.advice}"
        ),
    )
