"""Amounts in words, English and Arabic, with each currency's minor unit."""

from __future__ import annotations

from decimal import Decimal

import pytest

from arkan_desktop.printing.words import (
    amount_in_words_ar,
    amount_in_words_en,
    arabic_number,
    english_number,
)


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (0, "Zero"),
        (15, "Fifteen"),
        (42, "Forty-Two"),
        (100, "One Hundred"),
        (1005, "One Thousand Five"),
        (2_500_017, "Two Million Five Hundred Thousand Seventeen"),
    ],
)
def test_english_numbers(n: int, words: str) -> None:
    assert english_number(n) == words


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (3, "ثلاثة"),
        (11, "أحد عشر"),
        (21, "واحد وعشرون"),
        (105, "مائة وخمسة"),
        (2000, "ألفان"),
        (3000, "ثلاثة آلاف"),
        (12_433, "اثنا عشر ألفاً وأربعمائة وثلاثة وثلاثون"),
        (100_000, "مائة ألف"),
        (5_000_000, "خمسة ملايين"),
    ],
)
def test_arabic_numbers(n: int, words: str) -> None:
    assert arabic_number(n) == words


@pytest.mark.parametrize(
    ("amount", "currency", "english", "arabic"),
    [
        (
            "12433.85",
            "AED",
            "Twelve Thousand Four Hundred Thirty-Three UAE Dirhams and Eighty-Five Fils Only",
            "فقط اثنا عشر ألفاً وأربعمائة وثلاثة وثلاثون درهماً إماراتياً وخمسة وثمانون فلساً لا غير",
        ),
        ("1", "AED", "One UAE Dirham Only", "فقط درهم إماراتي واحد لا غير"),
        ("0.50", "AED", "Fifty Fils Only", "فقط خمسون فلساً لا غير"),
        (
            "383.857",
            "KWD",
            "Three Hundred Eighty-Three Kuwaiti Dinars and Eight Hundred Fifty-Seven Fils Only",
            "فقط ثلاثمائة وثلاثة وثمانون ديناراً كويتياً وثمانمائة وسبعة وخمسون فلساً لا غير",
        ),
        (
            "2000.001",
            "KWD",
            "Two Thousand Kuwaiti Dinars and One Fils Only",
            "فقط ألفان دينار كويتي وفلس واحد لا غير",
        ),
        (
            "13.13",
            "SAR",
            "Thirteen Saudi Riyals and Thirteen Halalas Only",
            "فقط ثلاثة عشر ريالاً سعودياً وثلاث عشرة هللة لا غير",
        ),
        ("7.250", "OMR", "Seven Omani Rials and Two Hundred Fifty Baisa Only", None),
    ],
)
def test_amounts_in_words(amount: str, currency: str, english: str, arabic: str | None) -> None:
    assert amount_in_words_en(Decimal(amount), currency) == english
    if arabic is not None:
        assert amount_in_words_ar(Decimal(amount), currency) == arabic


def test_amounts_round_half_up_to_the_currency_first() -> None:
    assert amount_in_words_en(Decimal("0.005"), "AED") == "One Fils Only"
    assert amount_in_words_en(Decimal("0.0005"), "KWD") == "One Fils Only"
