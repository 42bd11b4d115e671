"""Customers and vendors as the partner form checks them: tax registration numbers by
country, and credit limits.

The tax registration number rules are the server's (its partners validation): a UAE TRN
is 15 digits starting with 100; a Saudi VAT number 15 digits starting and ending with 3;
a Bahrain VAT account number 15 digits starting with 2; an Oman VATIN "OM" and 10
digits. Kuwait and Qatar levy no VAT: any reference is kept. Elsewhere: letters, digits,
spaces and dashes. Spaces and dashes people type between groups are dropped before the
check. A credit limit is an amount of the company's currency, not negative, with no
more decimals than the currency has; empty means no limit. Each rule answers with a
reason from an enum (or None); the window puts it in words. Pure.
"""

from __future__ import annotations

import enum
import re
from decimal import Decimal

from arkan_desktop.domain.money import exponent

# The countries the form offers first (the Gulf), in the order they are listed.
GULF_COUNTRIES = ("AE", "SA", "BH", "OM", "KW", "QA")
NO_VAT_COUNTRIES = frozenset({"KW", "QA"})
TAX_NUMBER_MAX = 25  # what the server stores


class TaxNumberRefusal(enum.Enum):
    """Why a text cannot be a partner's tax registration number in its country."""

    UAE_TRN = "uae_trn"  # not 15 digits starting with 100
    SAUDI_VAT = "saudi_vat"  # not 15 digits starting and ending with 3
    BAHRAIN_VAT = "bahrain_vat"  # not 15 digits starting with 2
    OMAN_VATIN = "oman_vatin"  # not OM and 10 digits
    CHARACTERS = "characters"  # something other than letters, digits, spaces and dashes
    TOO_LONG = "too_long"


_FORMATS: dict[str, tuple[re.Pattern[str], TaxNumberRefusal]] = {
    "AE": (re.compile(r"100\d{12}"), TaxNumberRefusal.UAE_TRN),
    "SA": (re.compile(r"3\d{13}3"), TaxNumberRefusal.SAUDI_VAT),
    "BH": (re.compile(r"2\d{14}"), TaxNumberRefusal.BAHRAIN_VAT),
    "OM": (re.compile(r"OM\d{10}"), TaxNumberRefusal.OMAN_VATIN),
}
_ALLOWED = re.compile(r"[0-9A-Za-z][0-9A-Za-z \-]*")


def normalise_tax_number(text: str) -> str:
    """The number as the server keeps it: no spaces or dashes, upper case."""
    return re.sub(r"[\s-]", "", text).upper()


def levies_vat(country: str) -> bool:
    return country.upper() not in NO_VAT_COUNTRIES


def tax_number_refusal(text: str, country: str) -> TaxNumberRefusal | None:
    """Why `text` cannot be a tax registration number in `country` (None: it can, or it
    is empty: a partner need not have one)."""
    typed = text.strip()
    if not typed:
        return None
    if not _ALLOWED.fullmatch(typed):
        return TaxNumberRefusal.CHARACTERS
    if len(typed) > TAX_NUMBER_MAX:
        return TaxNumberRefusal.TOO_LONG
    known = _FORMATS.get(country.upper())
    if known is None:
        return None
    pattern, refusal = known
    return None if pattern.fullmatch(normalise_tax_number(typed)) else refusal


class CreditLimitRefusal(enum.Enum):
    NEGATIVE = "negative"
    DECIMALS = "decimals"  # more decimals than the currency has


def credit_limit_refusal(limit: Decimal | None, currency: str) -> CreditLimitRefusal | None:
    """Why `limit` cannot be a credit limit in `currency` (None: it can; None is no limit)."""
    if limit is None:
        return None
    if limit < 0:
        return CreditLimitRefusal.NEGATIVE
    places = limit.normalize().as_tuple().exponent
    if isinstance(places, int) and -places > exponent(currency):
        return CreditLimitRefusal.DECIMALS
    return None
