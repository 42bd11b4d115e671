"""Amounts in words for invoices and receipts, in English and Arabic, per currency.

"Twelve Thousand Four Hundred Thirty-Three UAE Dirhams and Eighty-Five Fils Only";
"فقط اثنا عشر ألفاً وأربعمائة وثلاثة وثلاثون درهماً إماراتياً وخمسة وثمانون فلساً لا غير".
The minor unit follows the currency's exponent (KWD, BHD, OMR: 1/1000). Imports no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from arkan_desktop.domain.money import exponent, round_to_currency


@dataclass(frozen=True)
class ArabicNoun:
    """The forms an Arabic counted noun takes: 1, 2, 3–10, 11–99, and 100s/1000s."""

    one: str
    two: str
    few: str
    many: str
    feminine: bool = False

    def counted(self, n: int) -> str:
        """The noun as it follows the number n (its number words come from arabic_number)."""
        last = n % 100
        if n == 1:
            return f"{self.one} {'واحدة' if self.feminine else 'واحد'}"
        if n == 2:
            return self.two
        if 3 <= last <= 10:
            return self.few
        if 11 <= last <= 99:
            return self.many
        return self.one


@dataclass(frozen=True)
class CurrencyWords:
    major: tuple[str, str]  # English singular, plural
    minor: tuple[str, str]
    major_ar: ArabicNoun
    minor_ar: ArabicNoun


_FILS = ArabicNoun("فلس", "فلسان", "فلوس", "فلساً")
_DIRHAM_SUB = ArabicNoun("درهم", "درهمان", "دراهم", "درهماً")
CURRENCIES: dict[str, CurrencyWords] = {
    "AED": CurrencyWords(
        ("UAE Dirham", "UAE Dirhams"),
        ("Fils", "Fils"),
        ArabicNoun("درهم إماراتي", "درهمان إماراتيان", "دراهم إماراتية", "درهماً إماراتياً"),
        _FILS,
    ),
    "SAR": CurrencyWords(
        ("Saudi Riyal", "Saudi Riyals"),
        ("Halala", "Halalas"),
        ArabicNoun("ريال سعودي", "ريالان سعوديان", "ريالات سعودية", "ريالاً سعودياً"),
        ArabicNoun("هللة", "هللتان", "هللات", "هللة", feminine=True),
    ),
    "KWD": CurrencyWords(
        ("Kuwaiti Dinar", "Kuwaiti Dinars"),
        ("Fils", "Fils"),
        ArabicNoun("دينار كويتي", "ديناران كويتيان", "دنانير كويتية", "ديناراً كويتياً"),
        _FILS,
    ),
    "BHD": CurrencyWords(
        ("Bahraini Dinar", "Bahraini Dinars"),
        ("Fils", "Fils"),
        ArabicNoun("دينار بحريني", "ديناران بحرينيان", "دنانير بحرينية", "ديناراً بحرينياً"),
        _FILS,
    ),
    "OMR": CurrencyWords(
        ("Omani Rial", "Omani Rials"),
        ("Baisa", "Baisa"),
        ArabicNoun("ريال عماني", "ريالان عمانيان", "ريالات عمانية", "ريالاً عمانياً"),
        ArabicNoun("بيسة", "بيستان", "بيسات", "بيسة", feminine=True),
    ),
    "QAR": CurrencyWords(
        ("Qatari Riyal", "Qatari Riyals"),
        ("Dirham", "Dirhams"),
        ArabicNoun("ريال قطري", "ريالان قطريان", "ريالات قطرية", "ريالاً قطرياً"),
        _DIRHAM_SUB,
    ),
    "USD": CurrencyWords(
        ("US Dollar", "US Dollars"),
        ("Cent", "Cents"),
        ArabicNoun("دولار أمريكي", "دولاران أمريكيان", "دولارات أمريكية", "دولاراً أمريكياً"),
        ArabicNoun("سنت", "سنتان", "سنتات", "سنتاً"),
    ),
}

_ONES = [
    "Zero",
    "One",
    "Two",
    "Three",
    "Four",
    "Five",
    "Six",
    "Seven",
    "Eight",
    "Nine",
    "Ten",
    "Eleven",
    "Twelve",
    "Thirteen",
    "Fourteen",
    "Fifteen",
    "Sixteen",
    "Seventeen",
    "Eighteen",
    "Nineteen",
]
_TENS = ["_", "_", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"]
_SCALES = [(10**12, "Trillion"), (10**9, "Billion"), (10**6, "Million"), (1000, "Thousand")]


def english_number(n: int) -> str:
    if n < 0:
        return "Minus " + english_number(-n)
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + (f"-{_ONES[n % 10]}" if n % 10 else "")
    if n < 1000:
        rest = n % 100
        return f"{_ONES[n // 100]} Hundred" + (f" {english_number(rest)}" if rest else "")
    for value, name in _SCALES:
        if n >= value:
            rest = n % value
            head = f"{english_number(n // value)} {name}"
            return head + (f" {english_number(rest)}" if rest else "")
    raise AssertionError(n)


_AR_ONES_M = ["", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة"]
_AR_ONES_F = ["", "واحدة", "اثنتان", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "تسع"]
_AR_TENS = ["", "عشرة", "عشرون", "ثلاثون", "أربعون", "خمسون", "ستون", "سبعون", "ثمانون", "تسعون"]
_AR_HUNDREDS = [
    "",
    "مائة",
    "مائتان",
    "ثلاثمائة",
    "أربعمائة",
    "خمسمائة",
    "ستمائة",
    "سبعمائة",
    "ثمانمائة",
    "تسعمائة",
]
# (value, one, two, few (3–10), many (11–99 and tamyeez)) for thousands and above.
_AR_SCALES = [
    (10**12, "تريليون", "تريليونان", "تريليونات", "تريليوناً"),
    (10**9, "مليار", "ملياران", "مليارات", "ملياراً"),
    (10**6, "مليون", "مليونان", "ملايين", "مليوناً"),
    (1000, "ألف", "ألفان", "آلاف", "ألفاً"),
]


def _arabic_below_thousand(n: int, feminine: bool) -> str:
    ones = _AR_ONES_F if feminine else _AR_ONES_M
    parts: list[str] = []
    if n >= 100:
        parts.append(_AR_HUNDREDS[n // 100])
    rest = n % 100
    if rest == 0:
        pass
    elif rest < 10:
        parts.append(ones[rest])
    elif rest == 10:
        parts.append("عشر" if feminine else "عشرة")
    elif rest == 11:
        parts.append("إحدى عشرة" if feminine else "أحد عشر")
    elif rest == 12:
        parts.append("اثنتا عشرة" if feminine else "اثنا عشر")
    elif rest < 20:
        parts.append(f"{ones[rest % 10]} {'عشرة' if feminine else 'عشر'}")
    else:
        tens = _AR_TENS[rest // 10]
        parts.append(f"{ones[rest % 10]} و{tens}" if rest % 10 else tens)
    return " و".join(parts)


def arabic_number(n: int, feminine: bool = False) -> str:
    """Cardinal number words in Arabic (the form used before a counted noun)."""
    if n == 0:
        return "صفر"
    parts: list[str] = []
    for value, one, two, few, many in _AR_SCALES:
        count, n = divmod(n, value)
        if count == 0:
            continue
        last = count % 100
        if count == 1:
            parts.append(one)
        elif count == 2:
            parts.append(two)
        elif 3 <= count <= 10:
            parts.append(f"{_arabic_below_thousand(count, False)} {few}")
        elif 11 <= last <= 99:
            parts.append(f"{_arabic_below_thousand(count, False)} {many}")
        else:
            parts.append(f"{_arabic_below_thousand(count, False)} {one}")
    if n:
        parts.append(_arabic_below_thousand(n, feminine))
    return " و".join(parts)


def _split(amount: Decimal, currency: str) -> tuple[int, int]:
    rounded = abs(round_to_currency(amount, currency))
    major = int(rounded)
    minor = int((rounded - major).scaleb(exponent(currency)))
    return major, minor


def _words_for(currency: str) -> CurrencyWords:
    code = currency.upper()
    return CURRENCIES.get(
        code,
        CurrencyWords(
            (code, code),
            ("", ""),
            ArabicNoun(code, code, code, code),
            ArabicNoun("", "", "", ""),
        ),
    )


def amount_in_words_en(amount: Decimal, currency: str) -> str:
    words = _words_for(currency)
    major, minor = _split(amount, currency)
    parts = []
    if major or not minor:
        parts.append(f"{english_number(major)} {words.major[0] if major == 1 else words.major[1]}")
    if minor and exponent(currency):
        unit = words.minor[0] if minor == 1 else words.minor[1]
        parts.append(f"{english_number(minor)} {unit}".rstrip())
    text = " and ".join(parts)
    return f"{'Minus ' if amount < 0 else ''}{text} Only"


def _arabic_counted(n: int, noun: ArabicNoun) -> str:
    if n in (1, 2):
        return noun.counted(n)
    return f"{arabic_number(n, noun.feminine)} {noun.counted(n)}"


def amount_in_words_ar(amount: Decimal, currency: str) -> str:
    words = _words_for(currency)
    major, minor = _split(amount, currency)
    parts = []
    if major or not minor:
        parts.append(_arabic_counted(major, words.major_ar))
    if minor and exponent(currency):
        parts.append(_arabic_counted(minor, words.minor_ar))
    sign = "سالب " if amount < 0 else ""
    return f"فقط {sign}{' و'.join(parts)} لا غير"
