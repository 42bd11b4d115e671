"""Typed amounts: read in the user's locale, refused when ambiguous, never a new magnitude.

The properties run 600 examples each here (hypothesis's default is 100); set
HYPOTHESIS_EXAMPLES to run more (the change was checked with 20,000).
"""

from __future__ import annotations

import os
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from arkan_desktop.domain.typed_amount import (
    ARABIC_DECIMAL,
    MAX_INTEGER_DIGITS,
    MINUS_SIGNS,
    Reason,
    TypedAmountError,
    format_typed_amount,
    parse_typed_amount,
)

EXAMPLES = int(os.environ.get("HYPOTHESIS_EXAMPLES", "600"))
MANY = settings(max_examples=EXAMPLES, deadline=None)
# (decimal separator, grouping separator) as QLocale gives them
LOCALES = {
    "en": (".", ","),
    "de": (",", "."),
    "fr": (",", "\u202f"),
    "ru": (",", "\u00a0"),
    "de_CH": (".", "'"),
    "ar": (".", ","),  # the window reads Arabic with ٫ ٬ always, and . , as in the Gulf
    "ar_EG": (ARABIC_DECIMAL, "\u066c"),
}
ZEROS = st.sampled_from(["0", "\u0660", "\u06f0"])


def parse(text: str, locale: str = "en", max_decimals: int | None = None) -> Decimal:
    decimal_sep, group_sep = LOCALES[locale]
    return parse_typed_amount(
        text, decimal_sep=decimal_sep, group_sep=group_sep, max_decimals=max_decimals
    )


def reason(text: str, locale: str = "en", max_decimals: int | None = None) -> Reason:
    with pytest.raises(TypedAmountError) as refused:
        parse(text, locale, max_decimals)
    return refused.value.reason


@pytest.mark.parametrize(
    ("locale", "text", "expected"),
    [
        ("en", "1,234.56", "1234.56"),
        ("en", "12.5", "12.5"),
        ("en", "  12.50 ", "12.50"),
        ("en", "-12.5", "-12.5"),
        ("en", "\u2212 12.5", "-12.5"),  # U+2212 and a space after the sign
        ("en", "\u061c-12.5", "-12.5"),  # QLocale("ar")'s minus: ALM then "-"
        ("en", "\u200e-1,000", "-1000"),
        ("en", "+3", "3"),
        ("en", ".5", "0.5"),
        ("en", "5.", "5"),
        ("en", "007", "7"),
        ("en", "-0", "0"),
        ("en", "1,234", "1234"),  # valid grouping is grouping, as English writes it
        ("en", "1 234.5", "1234.5"),
        ("en", "1\u00a0234\u00a0567", "1234567"),
        ("en", "12,34,567.89", "1234567.89"),  # Indian grouping
        ("en", "\u0661\u0662\u066b\u0665", "12.5"),  # ١٢٫٥
        ("en", "\u0661\u066c\u0662\u0663\u0664\u066b\u0665", "1234.5"),  # ١٬٢٣٤٫٥
        ("en", "\u06f1\u06f2\u06f3", "123"),  # ۱۲۳
        ("ar", "\u0661\u0662\u066b\u0665", "12.5"),
        ("ar", "12.5", "12.5"),
        ("ar", "1,234.5", "1234.5"),
        ("ar_EG", "\u0661\u066c\u0662\u0663\u0664\u066b\u0665\u0660", "1234.50"),
        ("de", "1.234", "1234"),
        ("de", "1.234,5", "1234.5"),
        ("de", "1,5", "1.5"),
        ("fr", "1\u202f234,5", "1234.5"),
        ("fr", "1 234,5", "1234.5"),
        ("ru", "1\u00a0234\u00a0567,25", "1234567.25"),
        ("de_CH", "1'234.50", "1234.50"),
        ("de_CH", "1\u2019234.50", "1234.50"),
        ("en", "999,999,999,999.999", "999999999999.999"),
    ],
)
def test_accepted(locale: str, text: str, expected: str) -> None:
    value = parse(text, locale)
    assert value == Decimal(expected)
    assert str(value) == expected  # the digits typed, not only an equal value


@pytest.mark.parametrize(
    ("locale", "text", "expected"),
    [
        ("en", "12,5", Reason.DECIMAL_SEPARATOR),  # not 125
        ("en", "0,125", Reason.DECIMAL_SEPARATOR),  # not 125
        ("en", "1,2345", Reason.DECIMAL_SEPARATOR),
        ("en", ",5", Reason.DECIMAL_SEPARATOR),
        ("en", "5,", Reason.DECIMAL_SEPARATOR),
        ("en", "1.234,5", Reason.DECIMAL_SEPARATOR),
        ("ar", "12,5", Reason.DECIMAL_SEPARATOR),
        ("de", "1.5", Reason.DECIMAL_SEPARATOR),
        ("fr", "1.5", Reason.DECIMAL_SEPARATOR),
        ("fr", "1,234.5", Reason.DECIMAL_SEPARATOR),
        ("ar_EG", "12.5", Reason.DECIMAL_SEPARATOR),
        ("en", "1,23.4", Reason.GROUPING),
        ("en", "1,234,56", Reason.GROUPING),
        ("en", "12 5", Reason.GROUPING),
        ("en", "1,234 567", Reason.GROUPING),  # two kinds of grouping
        ("en", "1,,234", Reason.GROUPING),
        ("en", "1\u066c23", Reason.GROUPING),  # ٬ is never a decimal separator
        ("en", "1.234 5", Reason.GROUPING),
        ("en", "1.2.3", Reason.TWO_DECIMAL_MARKS),
        ("en", "1.234.567", Reason.TWO_DECIMAL_MARKS),
        ("en", "1\u066b2.3", Reason.TWO_DECIMAL_MARKS),
        ("en", "1_000", Reason.SYMBOL),
        ("en", "$12", Reason.SYMBOL),
        ("en", "5%", Reason.SYMBOL),
        ("en", "1'000", Reason.SYMBOL),
        ("en", "1e3", Reason.LETTERS),
        ("en", "NaN", Reason.LETTERS),
        ("en", "Infinity", Reason.LETTERS),
        ("en", "inf", Reason.LETTERS),
        ("en", "12\u0632", Reason.LETTERS),  # ز: the "." key on the Arabic layout
        ("en", "", Reason.EMPTY),
        ("en", " \u00a0\u200f", Reason.EMPTY),
        ("en", "-", Reason.NO_DIGITS),
        ("en", "+.", Reason.NO_DIGITS),
        ("en", "1-2", Reason.SIGN),
        ("en", "12-", Reason.SIGN),
        ("en", "--1", Reason.SIGN),
        ("en", "-+1", Reason.SIGN),
        ("en", "1234567890123", Reason.TOO_LARGE),
        ("en", "1" + "0" * 40, Reason.TOO_LARGE),
        ("en", "0." + "0" * 30 + "1", Reason.TOO_MANY_DECIMALS),
    ],
)
def test_refused(locale: str, text: str, expected: Reason) -> None:
    assert reason(text, locale) == expected


def test_decimals_are_counted_without_trailing_zeros() -> None:
    assert parse("12.500", max_decimals=2) == Decimal("12.5")
    assert reason("12.505", max_decimals=2) == Reason.TOO_MANY_DECIMALS
    assert reason("1.5", max_decimals=0) == Reason.TOO_MANY_DECIMALS
    with pytest.raises(TypedAmountError) as refused:
        parse("0.0001", max_decimals=3)
    assert refused.value.detail == "3"


def test_the_largest_value_and_one_more_digit() -> None:
    assert parse("9" * MAX_INTEGER_DIGITS) == Decimal("9" * MAX_INTEGER_DIGITS)
    assert reason("1" + "0" * MAX_INTEGER_DIGITS) == Reason.TOO_LARGE
    assert parse("0" * 30 + "1") == 1  # leading zeros are no magnitude


def test_separators_that_cannot_be_are_a_programming_error() -> None:
    with pytest.raises(ValueError, match="decimal separator"):
        parse_typed_amount("1", decimal_sep="x", group_sep=",")
    with pytest.raises(ValueError, match="grouping separator"):
        parse_typed_amount("1", decimal_sep=".", group_sep=".")


def test_formatting_in_arabic_digits_and_separators() -> None:
    text = format_typed_amount(
        Decimal("-1234567.5"),
        decimal_sep=ARABIC_DECIMAL,
        group_sep="\u066c",
        zero_digit="\u0660",
        minus="\u061c-",
        places=2,
    )
    assert text == "\u061c-\u0661\u066c\u0662\u0663\u0664\u066c\u0665\u0666\u0667\u066b\u0665\u0660"
    assert format_typed_amount(Decimal("-0.001"), places=2) == "0.00"
    assert format_typed_amount(Decimal("1E+3"), grouping=False) == "1000"


# --- properties ----------------------------------------------------------------------------


@st.composite
def amounts(draw: st.DrawFn) -> Decimal:
    places = draw(st.integers(min_value=0, max_value=6))
    units = draw(st.integers(min_value=-(10 ** (MAX_INTEGER_DIGITS + places)) + 1,
                             max_value=10 ** (MAX_INTEGER_DIGITS + places) - 1))  # fmt: skip
    return Decimal(units).scaleb(-places)


@MANY
@given(
    amounts(),
    st.sampled_from(sorted(LOCALES)),
    st.booleans(),
    ZEROS,
    st.sampled_from(["-", "\u2212", "\u061c-", "\u200e-"]),
)
def test_formatted_amounts_read_back_exactly(
    value: Decimal, locale: str, grouping: bool, zero: str, minus: str
) -> None:
    decimal_sep, group_sep = LOCALES[locale]
    text = format_typed_amount(
        value, decimal_sep=decimal_sep, group_sep=group_sep, zero_digit=zero, minus=minus,
        grouping=grouping,
    )  # fmt: skip
    back = parse(text, locale)
    assert back == value
    assert back.as_tuple().exponent == value.as_tuple().exponent  # the same decimals shown


DIGIT_CHARS = "0123456789\u0660\u0661\u0665\u0669\u06f0\u06f4\u06f9"
SEPARATORS = ".,\u066b\u066c \u00a0\u202f'"
TYPED = st.text(alphabet=DIGIT_CHARS + SEPARATORS + "-+\u2212", max_size=24)


def _ascii_digits(text: str) -> str:
    out = []
    for c in text:
        for zero in ("0", "\u0660", "\u06f0"):
            if 0 <= ord(c) - ord(zero) <= 9:
                out.append(str(ord(c) - ord(zero)))
    return "".join(out)


@MANY
@given(TYPED, st.sampled_from(sorted(LOCALES)))
def test_no_input_changes_the_magnitude_typed(text: str, locale: str) -> None:
    """Whatever is accepted has the typed digits, the decimal point where the user put it."""
    decimal_sep, _ = LOCALES[locale]
    try:
        value = parse(text, locale)
    except TypedAmountError:
        return
    marks = [i for i, c in enumerate(text) if c in (decimal_sep, ARABIC_DECIMAL)]
    assert len(marks) <= 1
    typed = _ascii_digits(text)
    before = len(_ascii_digits(text[: marks[0]])) if marks else len(typed)
    whole, fraction = typed[:before].lstrip("0") or "0", typed[before:]
    assert format(abs(value), "f") == whole + ("." + fraction if fraction else "")
    assert (value < 0) == (value != 0 and any(c in MINUS_SIGNS for c in text))


@MANY
@given(st.text(max_size=40), st.sampled_from(sorted(LOCALES)), st.none() | st.integers(0, 6))
def test_random_text_is_a_number_or_a_typed_amount_error(
    text: str, locale: str, max_decimals: int | None
) -> None:
    try:
        value = parse(text, locale, max_decimals)
    except TypedAmountError as error:
        assert isinstance(error.reason, Reason)
        return
    assert value.is_finite()
    assert abs(value) < Decimal(10) ** MAX_INTEGER_DIGITS


@MANY
@given(TYPED, st.sampled_from(sorted(LOCALES)))
def test_accepted_amounts_keep_to_the_decimals_allowed(text: str, locale: str) -> None:
    try:
        value = parse(text, locale, max_decimals=3)
    except TypedAmountError:
        return
    assert value == value.quantize(Decimal("0.001"))


@MANY
@given(amounts(), st.sampled_from(["en", "de", "fr", "ar"]))
def test_a_decimal_comma_in_the_wrong_locale_is_never_read_as_grouping(
    value: Decimal, locale: str
) -> None:
    """The other convention's decimal separator with 1, 2 or 4+ decimals is refused."""
    decimal_sep, _group = LOCALES[locale]
    other = "," if decimal_sep == "." else "."
    text = format(abs(value), "f")
    whole, _, fraction = text.partition(".")
    if not fraction or len(fraction) == 3:
        return
    typed = f"{whole}{other}{fraction}"
    with pytest.raises(TypedAmountError) as refused:
        parse(typed, locale)
    assert refused.value.reason == Reason.DECIMAL_SEPARATOR
