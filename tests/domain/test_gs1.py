"""GS1 element strings: fields, separators in every wedge form, clear errors, round trips."""

from __future__ import annotations

import calendar
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from arkan_desktop.domain.barcodes import CodeKind, classify
from arkan_desktop.domain.gs1 import (
    AI_TABLE,
    GS,
    SEPARATOR_FORMS,
    FieldKind,
    Gs1Error,
    gs1_check_digit,
    parse,
)

YEAR = 2026
GTIN = "06291230100002"  # the sandbox's first product, as a GTIN-14
SSCC = "106141411234567897"


def with_check(body: str) -> str:
    """The check digit the long way round, independent of the code under test."""
    weights = [3 if (len(body) - i) % 2 else 1 for i in range(len(body))]
    total = sum(int(d) * w for d, w in zip(body, weights, strict=True))
    return body + str((10 - total % 10) % 10)


# The encoder the tests build strings with. GS1's table of AIs whose length is fixed by
# their first two digits, written out here rather than imported.
PREDEFINED = {"00", "01", "02", "03", "04", "11", "12", "13", "14", "15", "16", "17", "18"}
PREDEFINED |= {"19", "20", "31", "32", "33", "34", "35", "36", "41"}


def encode(pairs: list[tuple[str, str]], separator: str = GS, trailing: bool = False) -> str:
    out = []
    for index, (ai, raw) in enumerate(pairs):
        out.append(ai + raw)
        last = index == len(pairs) - 1
        fixed_forever = ai[:2] in PREDEFINED and not AI_TABLE[ai].variable
        if (not last and not fixed_forever) or (last and trailing):
            out.append(separator)
    return "".join(out)


def test_check_digits_of_known_numbers() -> None:
    assert gs1_check_digit("400638133393") == "1"
    assert gs1_check_digit("590123412345") == "7"
    assert gs1_check_digit("03600029145") == "2"
    assert gs1_check_digit("9638507") == "4"
    assert gs1_check_digit("1001234567890") == "2"
    assert with_check("10614141123456789") == SSCC
    with pytest.raises(ValueError, match="not all digits"):
        gs1_check_digit("12a4")


@given(st.text("0123456789", min_size=1, max_size=17), st.data())
def test_a_single_wrong_digit_is_always_caught(body: str, data: st.DataObject) -> None:
    code = body + gs1_check_digit(body)
    assert code == with_check(body)
    index = data.draw(st.integers(0, len(code) - 1))
    other = data.draw(st.sampled_from([d for d in "0123456789" if d != code[index]]))
    bad = code[:index] + other + code[index + 1 :]
    assert gs1_check_digit(bad[:-1]) != bad[-1]


def test_common_fields_parse_to_typed_values() -> None:
    text = encode(
        [
            ("01", GTIN),
            ("17", "261231"),
            ("10", "LOT-7A"),
            ("21", "SN0001"),
            ("3103", "001250"),
            ("37", "12"),
            ("414", "6291234000001"),
        ]
    )
    message = parse(text, reference_year=YEAR)
    assert message.gtin == GTIN
    assert message.expiry == date(2026, 12, 31)
    assert message.lot == "LOT-7A"
    assert message.serial == "SN0001"
    assert message.net_weight_kg == Decimal("1.250")
    assert message.content_count == 12
    assert message.quantity == 12
    assert message.gln == "6291234000001"
    assert message.get("10") == "LOT-7A"
    assert message.get("nonexistent") is None
    assert message.hri() == (
        f"(01){GTIN}(17)261231(10)LOT-7A(21)SN0001(3103)001250(37)12(414)6291234000001"
    )


def test_sscc_counts_dates_and_weights() -> None:
    message = parse(f"00{SSCC}02{GTIN}11260105" + "15260300" + f"30{5}", reference_year=YEAR)
    assert message.sscc == SSCC
    assert message.content_gtin == GTIN and message.product_gtin == GTIN
    assert message.production_date == date(2026, 1, 5)
    assert message.best_before == date(2026, 3, 31)  # DD=00: the end of the month
    assert message.count == 5 and message.quantity == 5
    assert parse("3100000012").net_weight_kg == Decimal(12)
    assert parse("3105123456").net_weight_kg == Decimal("1.23456")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("280200", date(2028, 2, 29)),  # leap year, end of month
        ("270200", date(2027, 2, 28)),
        ("260400", date(2026, 4, 30)),
        ("760101", date(2076, 1, 1)),  # 50 years ahead of 2026 at most
        ("770101", date(1977, 1, 1)),  # 51 ahead is the last century
    ],
)
def test_expiry_dates_and_the_century_window(raw: str, expected: date) -> None:
    assert parse(f"17{raw}", reference_year=YEAR).expiry == expected


@pytest.mark.parametrize("separator", SEPARATOR_FORMS)
def test_every_separator_form_ends_a_variable_field(separator: str) -> None:
    text = f"01{GTIN}10ABC123{separator}17261231{'21SER9'}"
    message = parse(text, reference_year=YEAR)
    assert [(e.ai.code, e.raw) for e in message.elements] == [
        ("01", GTIN),
        ("10", "ABC123"),
        ("17", "261231"),
        ("21", "SER9"),
    ]


@pytest.mark.parametrize("prefix", ["", "]C1", "]d2", "]Q3", "]e0", GS])
def test_prefixes_and_a_trailing_separator_are_accepted(prefix: str) -> None:
    message = parse(f"{prefix}01{GTIN}{GS}10ABC{GS}\r\n", reference_year=YEAR)
    assert (message.gtin, message.lot) == (GTIN, "ABC")


def test_fixed_length_fields_need_no_separator_but_tolerate_one() -> None:
    without = parse(f"01{GTIN}17261231", reference_year=YEAR)
    with_gs = parse(f"01{GTIN}{GS}17261231{GS}", reference_year=YEAR)
    assert without == with_gs


def test_the_bracketed_human_readable_form() -> None:
    message = parse(f"(01) {GTIN} (17) 261200 (10) AB12", reference_year=YEAR)
    assert (message.gtin, message.expiry, message.lot) == (GTIN, date(2026, 12, 31), "AB12")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        (GS, "empty"),
        ("5912345", "unknown application identifier at character 1: '5912…'"),
        (f"01{GTIN}88", "unknown application identifier at character 17"),
        ("10" + "A" * 21, "BATCH/LOT \\(10\\) is 21 characters, more than its maximum of 20"),
        ("10" + "A" * 25, "group separator \\(FNC1\\) is probably missing"),
        ("301210ABC", "VAR. COUNT \\(30\\) must be digits, found '1210ABC': a group separator"),
        (
            "0106291230100005",
            "GTIN \\(01\\) 06291230100005 has a wrong check digit \\(expected 2\\)",
        ),
        ("00106141411234567890", "SSCC \\(00\\) .* wrong check digit \\(expected 7\\)"),
        ("4146291234000007", "LOC No. \\(414\\) .* wrong check digit \\(expected 1\\)"),
        ("0106291230", "GTIN \\(01\\) needs 14 characters, found 8"),
        (f"01062912{GS}30100002", "GTIN \\(01\\) needs 14 characters, found 6"),
        ("17261301", "month 13"),
        ("17260230", "day 30"),
        ("1726AB01", "USE BY OR EXPIRY \\(17\\) must be digits"),
        ("10AB CD", "contains ' ', which GS1 does not allow"),
        (f"10{GS}", "BATCH/LOT \\(10\\) has no value"),
        ("422784" + "10ABC", "ORIGIN \\(422\\) must be followed by a group separator"),
        (f"10AB{GS}10CD", "BATCH/LOT \\(10\\) appears twice with different values"),
        ("(59)12", "does not start with a bracketed application identifier"),
        ("(17)2612", "USE BY OR EXPIRY \\(17\\) needs 6 characters, found 4"),
    ],
)
def test_errors_say_what_is_wrong(text: str, message: str) -> None:
    with pytest.raises(Gs1Error, match=message):
        parse(text, reference_year=YEAR)


def test_every_ai_gs1_publishes_is_read_not_only_the_stations_own() -> None:
    """Price (3922), company-internal (91), production time (8008) and TPX (235) were
    refused as "unknown application identifier" when the table was only ours; they come
    from biip's copy of GS1's table now, as digits or text, separators and all."""
    scan = f"01{GTIN}3922001250{GS}91INTERNAL-7{GS}80082612071530{GS}235TPX-ABC"
    message = parse(scan, reference_year=YEAR)
    assert message.gtin == GTIN
    assert [(e.ai.code, e.value) for e in message.elements[1:]] == [
        ("3922", "001250"),
        ("91", "INTERNAL-7"),
        ("8008", "2612071530"),
        ("235", "TPX-ABC"),
    ]
    assert message.elements[1].ai.label == "PRICE (3922)"
    bracketed = parse(f"(01){GTIN}(3922)001250(91)INTERNAL-7", reference_year=YEAR)
    assert message.hri().startswith(bracketed.hri())
    # A published measure reads as one: area in square metres, two decimals (3142).
    assert parse("3142001234").elements[0].value == Decimal("12.34")
    # Their rules hold too: 8008 is at most 12 digits, and text is GS1's character set.
    with pytest.raises(Gs1Error, match="PROD TIME \\(8008\\) is 13 characters"):
        parse("8008" + "1" * 13)
    with pytest.raises(Gs1Error, match="INTERNAL \\(91\\) contains ' '"):
        parse("91A B")


def test_the_same_field_twice_with_the_same_value_is_read_once() -> None:
    assert len(parse(f"10AB{GS}10AB").elements) == 1


# Round trips of generated element strings.

CSET_82 = "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz"
DIGITS = "0123456789"


@st.composite
def yymmdd(draw: st.DrawFn) -> str:
    yy, month = draw(st.integers(0, 99)), draw(st.integers(1, 12))
    year = 2000 + yy if yy - YEAR % 100 < 51 else 1900 + yy
    day = draw(st.integers(0, calendar.monthrange(year, month)[1]))
    return f"{yy:02d}{month:02d}{day:02d}"


def raw_value(code: str) -> st.SearchStrategy[str]:
    ai = AI_TABLE[code]
    if ai.kind is FieldKind.CHECKED:
        return st.text(DIGITS, min_size=ai.length - 1, max_size=ai.length - 1).map(with_check)
    if ai.kind is FieldKind.DATE:
        return yymmdd()
    if ai.kind is FieldKind.TEXT:
        # "<GS>" and "<FNC1>" are separator spellings, so a value cannot hold them.
        return st.text(CSET_82, min_size=1, max_size=ai.length).filter(
            lambda s: "<GS>" not in s and "<FNC1>" not in s
        )
    size = (1, ai.length) if ai.variable else (ai.length, ai.length)
    return st.text(DIGITS, min_size=size[0], max_size=size[1])


@st.composite
def element_pairs(draw: st.DrawFn) -> list[tuple[str, str]]:
    codes = draw(st.lists(st.sampled_from(sorted(AI_TABLE)), min_size=1, max_size=6, unique=True))
    return [(code, draw(raw_value(code))) for code in codes]


def expected_value(code: str, raw: str) -> object:
    ai = AI_TABLE[code]
    if ai.kind is FieldKind.COUNT:
        return int(raw)
    if ai.kind is FieldKind.MEASURE:
        return Decimal(int(raw)) / Decimal(10) ** ai.decimals
    return raw


@given(
    element_pairs(),
    st.sampled_from(SEPARATOR_FORMS),
    st.booleans(),
    st.sampled_from(["", "]C1", "]d2", "]Q3", "]e0", GS]),
)
def test_generated_element_strings_round_trip(
    pairs: list[tuple[str, str]], separator: str, trailing: bool, prefix: str
) -> None:
    text = prefix + encode(pairs, separator, trailing)
    message = parse(text, reference_year=YEAR)
    assert [(e.ai.code, e.raw) for e in message.elements] == pairs
    for element in message.elements:
        if isinstance(element.value, date):
            raw = element.raw
            assert element.value.strftime("%y%m") == raw[:4]
            day = int(raw[4:]) or calendar.monthrange(element.value.year, element.value.month)[1]
            assert element.value.day == day
        else:
            assert element.value == expected_value(element.ai.code, element.raw)


@given(element_pairs(), st.sampled_from(["]C1", "]d2", "]Q3", "]e0"]), st.booleans())
def test_classify_reads_generated_strings_behind_a_symbology_prefix(
    pairs: list[tuple[str, str]], prefix: str, trailing: bool
) -> None:
    code = classify(prefix + encode(pairs, GS, trailing) + "\r", reference_year=YEAR)
    assert code.kind is CodeKind.GS1, code.problem
    assert code.aim is not None and code.aim.code == prefix
    assert code.gs1 is not None
    assert [(e.ai.code, e.raw) for e in code.gs1.elements] == pairs
    gtin = dict(pairs).get("01") or dict(pairs).get("02")
    assert (code.product.gtin14 if code.product else None) == gtin


@given(element_pairs().filter(lambda pairs: all("(" not in raw for _, raw in pairs)))
def test_the_bracketed_form_round_trips(pairs: list[tuple[str, str]]) -> None:
    message = parse("".join(f"({ai}){raw}" for ai, raw in pairs), reference_year=YEAR)
    assert [(e.ai.code, e.raw) for e in message.elements] == pairs
    assert parse(message.hri(), reference_year=YEAR) == message
