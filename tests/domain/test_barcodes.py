"""Scanned text to typed codes: check digits, AIM prefixes, kinds, keyboard-layout garbling."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from arkan_desktop.domain.barcodes import (
    CodeKind,
    ProductFormat,
    ProductNumber,
    check_digit,
    classify,
    ean13_to_upca,
    is_valid_ean8,
    is_valid_ean13,
    is_valid_gtin,
    is_valid_gtin14,
    is_valid_upca,
    shown,
    strip_aim,
    to_gtin14,
    upca_to_ean13,
)
from arkan_desktop.domain.scanner_input import (
    ARABIC_101,
    FRENCH_AZERTY,
    GERMAN_QWERTZ,
    KeyboardLayout,
    LayoutMismatch,
    layout_readings,
)

YEAR = 2026
# What the sandbox seeds: EAN-13s under 6291 23 (AE company) and 6292 23 (KW company).
SANDBOX_EANS = ["6291230100002", "6291230100019", "6291230100415", "6292230100009"]
KNOWN_GTINS = ["4006381333931", "5901234123457", "036000291452", "96385074", "10012345678902"]


def sandbox_ean13(prefix: str, serial: int) -> str:
    body = f"{prefix}{serial:06d}"
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


def typed_on(layout: KeyboardLayout, text: str) -> str:
    """What a scanner sending US keys types on a PC set to `layout`."""
    keys = dict(layout.typed())
    return "".join(keys.get(c, c) for c in text)


@pytest.mark.parametrize("code", KNOWN_GTINS + SANDBOX_EANS)
def test_known_numbers_have_good_check_digits(code: str) -> None:
    assert is_valid_gtin(code)
    assert check_digit(code[:-1]) == code[-1]
    wrong = code[:-1] + str((int(code[-1]) + 1) % 10)
    assert not is_valid_gtin(wrong)


def test_each_format_checks_its_own_length() -> None:
    assert is_valid_ean13("4006381333931") and not is_valid_ean13("036000291452")
    assert is_valid_upca("036000291452") and not is_valid_upca("96385074")
    assert is_valid_ean8("96385074") and not is_valid_ean8("4006381333931")
    assert is_valid_gtin14("10012345678902") and not is_valid_gtin14("4006381333931")
    assert not is_valid_gtin("12345") and not is_valid_gtin("40063813339３1")


def test_upc_a_is_an_ean13_with_a_leading_zero() -> None:
    assert upca_to_ean13("036000291452") == "0036000291452"
    assert is_valid_ean13(upca_to_ean13("036000291452"))
    assert ean13_to_upca("0036000291452") == "036000291452"
    assert ean13_to_upca("4006381333931") is None
    assert to_gtin14("96385074") == "00000096385074"
    with pytest.raises(ValueError, match="not a UPC-A"):
        upca_to_ean13("12345")
    with pytest.raises(ValueError, match="not an EAN-13"):
        ean13_to_upca("036000291452")
    with pytest.raises(ValueError, match="not a GTIN"):
        to_gtin14("1234567")


def test_lookup_keys_cover_every_form_a_record_may_hold() -> None:
    assert ProductNumber("036000291452").lookup_keys() == (
        "036000291452",
        "00036000291452",
        "0036000291452",
    )
    assert ProductNumber("00000096385074").lookup_keys() == (
        "00000096385074",
        "0000096385074",
        "000096385074",
        "96385074",
    )
    assert ProductNumber("6291230100002").lookup_keys() == ("6291230100002", "06291230100002")


@given(st.sampled_from(["629123", "629223"]), st.integers(0, 999_999))
def test_sandbox_ean13s_are_products(prefix: str, serial: int) -> None:
    ean = sandbox_ean13(prefix, serial)
    code = classify(ean)
    assert code.kind is CodeKind.PRODUCT and code.usable
    assert code.product is not None and code.product.format is ProductFormat.EAN_13
    assert code.value == ean and code.product.gtin14 == "0" + ean


@pytest.mark.parametrize(
    ("raw", "fmt"),
    [
        ("6291230100002", ProductFormat.EAN_13),
        ("036000291452", ProductFormat.UPC_A),
        ("96385074", ProductFormat.EAN_8),
        ("10012345678902", ProductFormat.GTIN_14),
    ],
)
def test_product_numbers_by_length(raw: str, fmt: ProductFormat) -> None:
    code = classify(raw + "\r\n")
    assert code.kind is CodeKind.PRODUCT
    assert code.product is not None and code.product.format is fmt
    assert code.describe() == f"{fmt.value} {raw}"


def test_a_bad_check_digit_is_reported_as_such() -> None:
    code = classify("6291230100005")
    assert code.kind is CodeKind.BAD_CHECK_DIGIT and not code.usable
    assert code.product is not None and code.product.expected_check_digit == "2"
    assert "should end in 2, not 5" in code.problem
    assert code.describe() == code.problem


@pytest.mark.parametrize(
    ("prefix", "symbology", "gs1"),
    [
        ("]C0", "Code 128", False),
        ("]C1", "GS1-128", True),
        ("]E0", "EAN-13/UPC", False),
        ("]E4", "EAN-8", False),
        ("]d2", "GS1 DataMatrix", True),
        ("]Q3", "GS1 QR Code", True),
        ("]e0", "GS1 DataBar", True),
        ("]A0", "Code 39", False),
        ("]X9", "other symbology", False),
    ],
)
def test_aim_identifiers_are_stripped_and_named(prefix: str, symbology: str, gs1: bool) -> None:
    aim, rest = strip_aim(prefix + "0106291230100002")
    assert aim is not None and rest == "0106291230100002"
    assert (aim.code, aim.symbology, aim.gs1) == (prefix, symbology, gs1)


def test_no_aim_identifier_leaves_the_text_alone() -> None:
    assert strip_aim("LOC-WH1-A-01-1") == (None, "LOC-WH1-A-01-1")
    assert strip_aim("]") == (None, "]")


@pytest.mark.parametrize("prefix", ["]E0", "]C0", "]I1", ""])
def test_product_numbers_behind_a_prefix(prefix: str) -> None:
    code = classify(prefix + "6291230100002")
    assert code.kind is CodeKind.PRODUCT and code.value == "6291230100002"
    assert code.text == "6291230100002" and code.raw == prefix + "6291230100002"


def test_an_ean_symbol_that_is_not_a_product_number_is_unknown() -> None:
    code = classify("]E0ABC")
    assert code.kind is CodeKind.UNKNOWN
    assert code.problem == "EAN-13/UPC symbol, but 'ABC' is not a product number"


@pytest.mark.parametrize(
    "raw",
    [
        "]C10106291230100002172612311012AB",
        "]d20106291230100002\x1d3712\x1d",
        "0106291230100002172612311012AB",  # a GS1-128 read without AIM identifier
        "(01)06291230100002(17)261231(10)12AB",
        "10ABC<GS>0106291230100002",
    ],
)
def test_gs1_strings_carry_the_product(raw: str) -> None:
    code = classify(raw, reference_year=YEAR)
    assert code.kind is CodeKind.GS1, code.problem
    assert code.product is not None and code.product.gtin14 == "06291230100002"
    assert "06291230100002" in code.product.lookup_keys()
    assert code.gs1 is not None and code.describe().startswith("GS1 (")


def test_a_gs1_count_is_a_quantity() -> None:
    code = classify("]C10206291230100002" + "3724", reference_year=YEAR)
    assert code.quantity == 24
    assert classify("6291230100002").quantity is None


def test_an_unreadable_gs1_string_says_why() -> None:
    code = classify("]C10106291230100005")
    assert code.kind is CodeKind.BAD_GS1 and not code.usable
    assert code.problem == (
        "Unreadable GS1 code: GTIN (01) 06291230100005 has a wrong check digit (expected 2)"
    )


@pytest.mark.parametrize(
    "raw", ["LOC-WH1-A-01-1", "loc-wh1-a-01-1", "]C0LOC-WH1-A-01-1", "LOC-WH2-RECV\t"]
)
def test_location_codes(raw: str) -> None:
    code = classify(raw)
    assert code.kind is CodeKind.LOCATION
    assert code.value == raw.upper().removeprefix("]C0").strip()
    assert code.location_code == code.value.removeprefix("LOC-")
    assert code.describe() == f"Location {code.location_code}"


@pytest.mark.parametrize(
    "raw",
    [
        "PO-2026-00042",
        "po-2026-00042",
        "PO 2026 00042",
        "PO/2026/00042",
        "PO202600042",
        "PO:PO-2026-00042",
        "*PO-2026-00042*",
    ],
)
def test_purchase_order_numbers_and_label_forms(raw: str) -> None:
    code = classify(raw)
    assert code.kind is CodeKind.PURCHASE_ORDER
    assert code.value == "PO-2026-00042"
    assert code.location_code is None


@pytest.mark.parametrize("raw", ["EL-1001", "OF-1000", "TL-1214/B", "12345"])
def test_sku_like_text(raw: str) -> None:
    code = classify(raw)
    assert code.kind is CodeKind.SKU and code.value == raw and code.usable


@pytest.mark.parametrize("raw", ["hello world", "ABC", "#$%", "]C0", "  ", "LOC-", "€19"])
def test_unknown_text_is_kept_raw(raw: str) -> None:
    code = classify(raw)
    assert code.kind is CodeKind.UNKNOWN and not code.usable
    assert code.raw == raw
    assert code.problem in ("Nothing was read", f"Unknown code: {code.text}")


def test_control_characters_are_shown_visibly() -> None:
    assert shown("10AB\x1d17\x04") == "10AB<GS>17<04>"
    assert classify("\x01\x02").problem == "Unknown code: <01><02>"


@given(st.text(max_size=60))
def test_classify_never_raises(raw: str) -> None:
    code = classify(raw, reference_year=YEAR)
    assert code.raw == raw and isinstance(code.value, str)
    assert code.usable or code.problem


# Keyboard-layout garbling.


def test_the_azerty_digit_row_reads_back_as_digits() -> None:
    readings = layout_readings("à&é\"'(-è_ç")
    assert readings[0].layout is FRENCH_AZERTY
    assert readings[0].mismatch is LayoutMismatch.PC_LAYOUT
    assert readings[0].text == "0123456789"


@pytest.mark.parametrize(
    ("layout", "garbled", "value"),
    [
        (FRENCH_AZERTY, '-éç&é"à&ààààé', "6291230100002"),
        (FRENCH_AZERTY, "LOC)ZH&)Q)à&)&", "LOC-WH1-A-01-1"),
        (FRENCH_AZERTY, "PO)éàé-)ààà'é", "PO-2026-00042"),
        (FRENCH_AZERTY, "EL)&àà&", "EL-1001"),
        (GERMAN_QWERTZ, "LOCßWH1ßAß01ß1", "LOC-WH1-A-01-1"),
        (GERMAN_QWERTZ, "POß2026ß00042", "PO-2026-00042"),
        (GERMAN_QWERTZ, "+C10106291230100002", "(01)06291230100002"),
        (ARABIC_101, "/×}-\u064bأ1-\u0650-01-1", "LOC-WH1-A-01-1"),
        (ARABIC_101, "ثم-1001", "EL-1001"),  # unshifted keys: Arabic letters
        (ARABIC_101, "د}10106291230100002", "(01)06291230100002"),
        (ARABIC_101, "٦٢٩١٢٣٠١٠٠٠٠٢", "6291230100002"),  # Arabic-Indic digits
    ],
)
def test_garbled_codes_are_reported_with_layout_and_correction(
    layout: KeyboardLayout, garbled: str, value: str
) -> None:
    code = classify(garbled, reference_year=YEAR)
    assert code.kind is CodeKind.GARBLED and not code.usable
    assert code.garbling is not None and code.garbling.layout is layout
    assert code.corrected is not None and code.corrected.usable
    assert code.value == code.corrected.value == value
    assert layout.name in code.problem and "English (US)" in code.problem


def test_a_scanner_set_to_azerty_on_a_us_pc() -> None:
    code = classify("LOC6ZH!6Q6)!6!")
    assert code.kind is CodeKind.GARBLED and code.value == "LOC-WH1-A-01-1"
    assert code.garbling is not None
    assert code.garbling.mismatch is LayoutMismatch.SCANNER_LAYOUT
    assert "scanner is set to a French (AZERTY) keyboard" in code.garbling.advice


def test_a_good_code_is_never_called_garbled() -> None:
    for raw in ["LOC-WH1-A-01-1", "6291230100002", "PO-2026-00042", "EL-1001"]:
        assert classify(raw).kind is not CodeKind.GARBLED


LOCATIONS = st.builds(
    "LOC-{}-{}-{:02d}-{}".format,
    st.sampled_from(["WH1", "WH2"]),
    st.sampled_from("ABCD"),
    st.integers(1, 5),
    st.integers(1, 3),
)
PURCHASE_ORDERS = st.builds("PO-{}-{:05d}".format, st.integers(2020, 2030), st.integers(1, 99999))
SKUS = st.builds(
    "{}-{}".format, st.sampled_from(["EL", "OF", "TL", "FD", "CL"]), st.integers(1000, 9999)
)
EANS = st.builds(sandbox_ean13, st.sampled_from(["629123", "629223"]), st.integers(0, 999_999))


@given(
    st.sampled_from([FRENCH_AZERTY, GERMAN_QWERTZ, ARABIC_101]),
    st.one_of(LOCATIONS, PURCHASE_ORDERS, SKUS),
)
def test_garbled_codes_map_back_under_each_layout(layout: KeyboardLayout, original: str) -> None:
    code = classify(typed_on(layout, original))
    assert code.kind is CodeKind.GARBLED
    assert code.garbling is not None and code.garbling.layout is layout
    assert code.value == original


@given(EANS)
def test_eans_typed_on_the_azerty_digit_row_map_back(ean: str) -> None:
    code = classify(typed_on(FRENCH_AZERTY, ean))
    assert code.kind is CodeKind.GARBLED and code.value == ean
    assert code.corrected is not None and code.corrected.kind is CodeKind.PRODUCT
