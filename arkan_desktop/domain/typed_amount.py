"""Numbers a person types (amounts, quantities, prices, rates): read exactly, or refused.

`parse_typed_amount` reads what a clerk typed in a field, in the separators of the user's
locale, and never guesses: a text that could mean two different magnitudes is refused
with a reason (`TypedAmountError.reason`), so the window can say what to type instead.
`format_typed_amount` writes a Decimal the way the same rules read it back. Wire values
(server JSON) go through `domain.money.to_decimal`, not through here. No Qt, no I/O.

The rules, for a locale whose decimal separator is D and grouping separator G
(English: D "." G ","; German: D "," G "."; French/Russian: D "," G a no-break space):

- Digits: ASCII 0-9, Arabic-Indic ٠-٩ and Eastern Arabic-Indic ۰-۹ (mixed freely; each is
  the same digit). Invisible direction marks (LRM, RLM, ALM, isolates) are ignored.
- Decimal separators: D, and the Arabic decimal separator ٫ in every locale. At most one.
  ".5" is 0.5 and "5." is 5.
- Grouping separators: G, the Arabic thousands separator ٬, and spaces (plain, no-break,
  narrow no-break, thin) in every locale; one kind per number. Grouping is only read as
  grouping where it is valid, before the decimal separator: the first group has 1-3 digits
  and does not start with 0, every later group has 3 ("1,234,567.5"), or Indian style
  2-digit groups before a last group of 3 ("12,34,567.5").
- A sign: "+" or a minus ("-", U+2212 "−", the small, full-width and dash forms; the
  Arabic minus is an ALM mark before "-", and the mark is ignored) before the digits,
  spaces allowed after it. A minus anywhere else is refused.
- Never accepted: letters (so no "1e3", "NaN", "Infinity"), "_" and every other symbol.

Refused as ambiguous rather than guessed (`Reason.DECIMAL_SEPARATOR`):
- G where it cannot be grouping, when it is the only separator and could be a decimal
  separator elsewhere: "12,5", "0,125", "1,2345", ",5" in English (not 125, 125, 12345, 5);
  "1.5" in German. With valid grouping it is grouping: "1,234" is 1234 in English and
  "1.234" is 1234 in German, as the locale writes them.
- "." or "," that is neither D nor G in the locale ("1.5" in French, "1.234,5" in English).
- Two decimal separators ("1.234.567" in English) are refused (`Reason.TWO_DECIMAL_MARKS`);
  grouping in the wrong place ("1,23.4", "1,234,56", "12 5") is `Reason.GROUPING`.

Whatever is accepted keeps the typed digits: the value's digits are the typed digits with
the separators removed (and leading zeros dropped), with the decimal point where the user
put it. Limits: at most `max_integer_digits` (12 by default: a trillion, larger than
any line a desk types, and small enough that quantity x price and a document's sum of
lines stay within the cache's 64-bit minor units) and `max_decimals` significant decimals
(trailing zeros do not count; 18 at most whatever the caller allows).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import Enum

MAX_INTEGER_DIGITS = 12
MAX_DECIMALS = 18
ARABIC_DECIMAL = "\u066b"  # ٫
ARABIC_GROUP = "\u066c"  # ٬
SPACES = frozenset(" \u00a0\u202f\u2009\u2007")
APOSTROPHES = frozenset("'\u2019")  # Swiss grouping, typed either way
MINUS_SIGNS = frozenset("-\u2212\ufe63\uff0d\u2010\u2011\u2012\u2013")
PLUS_SIGNS = frozenset("+\uff0b")
# Direction marks and zero-width characters: invisible, and pasted along with Arabic text.
INVISIBLE = frozenset(
    "\u200b\u200c\u200d\u200e\u200f\u061c\ufeff\u202a\u202b\u202c\u202d\u202e"
    "\u2066\u2067\u2068\u2069"
)
# Characters that are a decimal separator in some locale: refused where they cannot be
# read one way only.
MAYBE_DECIMAL = frozenset(".,")
DIGIT_ZEROS = ("0", "\u0660", "\u06f0")  # ASCII, Arabic-Indic, Eastern Arabic-Indic
_DIGITS = {chr(ord(zero) + n): str(n) for zero in DIGIT_ZEROS for n in range(10)}


class Reason(Enum):
    EMPTY = "empty"
    LETTERS = "letters"
    SYMBOL = "symbol"  # a character that is no digit, sign or separator ("_", "$", "%")
    SIGN = "sign"  # a minus or plus that is not at the start
    NO_DIGITS = "no digits"
    DECIMAL_SEPARATOR = "decimal separator"  # ambiguous: refused rather than guessed
    TWO_DECIMAL_MARKS = "two decimal marks"
    GROUPING = "grouping"
    TOO_MANY_DECIMALS = "too many decimals"
    TOO_LARGE = "too large"


# What a field refuses as it is typed: nothing typed after these makes the text a number.
NEVER_A_NUMBER = frozenset({Reason.LETTERS, Reason.SYMBOL})


class TypedAmountError(ValueError):
    """Typed text that is not a number under the rules; `reason` says which rule."""

    def __init__(self, reason: Reason, text: str, detail: str = "") -> None:
        super().__init__(f"{reason.value}: {text[:40]!r}" + (f" ({detail})" if detail else ""))
        self.reason = reason
        self.text = text
        self.detail = detail  # the offending character, or the limit that was passed


@dataclass(frozen=True)
class _Scan:
    digits: str  # the ASCII digits, in order
    point: int | None  # how many digits come before the decimal separator, if there is one
    groups: list[str]  # the integer part's digit runs between grouping separators
    group_kinds: set[str]
    fraction_separator: str  # a grouping separator met after the decimal separator


def parse_typed_amount(
    text: str,
    *,
    decimal_sep: str,
    group_sep: str,
    max_decimals: int | None = None,
    max_integer_digits: int = MAX_INTEGER_DIGITS,
) -> Decimal:
    """The Decimal a person meant by `text`, or TypedAmountError with the rule it breaks."""
    _check_separators(decimal_sep, group_sep)
    body = "".join(c for c in text if c not in INVISIBLE).strip()
    if not body:
        raise TypedAmountError(Reason.EMPTY, text)
    _refuse_foreign_characters(text, body, decimal_sep, group_sep)
    negative = body[0] in MINUS_SIGNS
    if body[0] in MINUS_SIGNS | PLUS_SIGNS:
        body = body[1:].lstrip()
    if any(c in MINUS_SIGNS or c in PLUS_SIGNS for c in body):
        raise TypedAmountError(Reason.SIGN, text)
    scan = _scan(text, body, decimal_sep, group_sep)
    if not scan.digits:
        raise TypedAmountError(Reason.NO_DIGITS, text)
    _check_grouping(text, scan, group_sep)
    point = len(scan.digits) if scan.point is None else scan.point
    whole, fraction = scan.digits[:point].lstrip("0"), scan.digits[point:]
    if len(whole) > max_integer_digits:
        raise TypedAmountError(Reason.TOO_LARGE, text, str(max_integer_digits))
    allowed = MAX_DECIMALS if max_decimals is None else min(max_decimals, MAX_DECIMALS)
    if len(fraction.rstrip("0")) > allowed or len(fraction) > MAX_DECIMALS * 2:
        raise TypedAmountError(Reason.TOO_MANY_DECIMALS, text, str(allowed))
    value = Decimal(f"{'-' if negative else ''}{whole or '0'}{'.' if fraction else ''}{fraction}")
    return abs(value) if value == 0 else value  # "-0" is 0


def format_typed_amount(
    value: Decimal,
    *,
    decimal_sep: str = ".",
    group_sep: str = ",",
    zero_digit: str = "0",
    minus: str = "-",
    places: int | None = None,
    grouping: bool = True,
) -> str:
    """`value` as a person would type it in the locale (what `parse_typed_amount` reads).

    `places` rounds half-up to that many decimals (a currency's); None keeps the value's
    own decimals. `zero_digit` picks the digits ("٠" for Arabic-Indic)."""
    if not value.is_finite():
        raise ValueError(f"{value} is not a finite number")
    if places is not None:
        value = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    whole, _, fraction = format(abs(value), "f").partition(".")
    if grouping:
        runs: list[str] = []
        while len(whole) > 3:
            whole, run = whole[:-3], whole[-3:]
            runs.insert(0, run)
        whole = group_sep.join([whole, *runs])
    out = whole + (decimal_sep + fraction if fraction else "")
    if zero_digit != "0":
        base = ord(zero_digit) - ord("0")
        out = "".join(chr(ord(c) + base) if c.isascii() and c.isdigit() else c for c in out)
    return (minus if value < 0 else "") + out


def _check_separators(decimal_sep: str, group_sep: str) -> None:
    if decimal_sep not in (".", ",", ARABIC_DECIMAL):
        raise ValueError(f"decimal separator {decimal_sep!r} is not . , or ٫")
    if len(group_sep) != 1 or group_sep == decimal_sep or group_sep in _DIGITS:
        raise ValueError(f"grouping separator {group_sep!r} cannot group digits")


def _is_decimal(c: str, decimal_sep: str) -> bool:
    return c in (decimal_sep, ARABIC_DECIMAL)


def _group_kind(c: str, group_sep: str) -> str | None:
    """The grouping character's kind (all spaces are one kind), or None if c is none."""
    if c in SPACES:
        return " "
    if c == ARABIC_GROUP:
        return c
    if c == group_sep or (group_sep in APOSTROPHES and c in APOSTROPHES):
        return "'" if c in APOSTROPHES else c
    return None


def _refuse_foreign_characters(text: str, body: str, decimal_sep: str, group_sep: str) -> None:
    """Letters first, then other symbols: what no further typing could make a number."""
    for c in body:
        if c.isalpha():
            raise TypedAmountError(Reason.LETTERS, text, c)
    for c in body:
        known = (
            c in _DIGITS
            or c in MINUS_SIGNS
            or c in PLUS_SIGNS
            or c in MAYBE_DECIMAL
            or _is_decimal(c, decimal_sep)
            or _group_kind(c, group_sep) is not None
        )
        if not known:
            raise TypedAmountError(Reason.SYMBOL, text, c)


def _scan(text: str, body: str, decimal_sep: str, group_sep: str) -> _Scan:
    digits: list[str] = []
    groups: list[str] = [""]
    kinds: set[str] = set()
    point: int | None = None
    fraction_separator = ""
    for c in body:
        if c in _DIGITS:
            digits.append(_DIGITS[c])
            if point is None:
                groups[-1] += _DIGITS[c]
        elif _is_decimal(c, decimal_sep):
            if point is not None:
                raise TypedAmountError(Reason.TWO_DECIMAL_MARKS, text, c)
            point = len(digits)
        elif (kind := _group_kind(c, group_sep)) is not None:
            if point is not None:
                fraction_separator = fraction_separator or c
            else:
                kinds.add(kind)
                groups.append("")
        else:  # "." or "," that is neither separator of this locale
            raise TypedAmountError(Reason.DECIMAL_SEPARATOR, text, c)
    return _Scan("".join(digits), point, groups, kinds, fraction_separator)


def _check_grouping(text: str, scan: _Scan, group_sep: str) -> None:
    if scan.fraction_separator:
        reason = (
            Reason.DECIMAL_SEPARATOR
            if scan.fraction_separator in MAYBE_DECIMAL
            else (Reason.GROUPING)
        )
        raise TypedAmountError(reason, text, scan.fraction_separator)
    groups = scan.groups
    if len(groups) == 1:
        return
    if len(scan.group_kinds) == 1 and _valid_groups(groups):
        return
    lone = len(groups) == 2 and scan.point is None and len(scan.group_kinds) == 1
    if lone and next(iter(scan.group_kinds)) in MAYBE_DECIMAL:
        raise TypedAmountError(Reason.DECIMAL_SEPARATOR, text, group_sep)
    raise TypedAmountError(Reason.GROUPING, text)


def _valid_groups(groups: list[str]) -> bool:
    first, middle, last = groups[0], groups[1:-1], groups[-1]
    if not 1 <= len(first) <= 3 or first.startswith("0") or len(last) != 3:
        return False
    if all(len(g) == 3 for g in middle):
        return True
    return len(first) <= 2 and all(len(g) == 2 for g in middle)  # Indian: 12,34,567
