"""Tax registration numbers of partners and companies, checked by the country they are in.

What is checked (the format only; no authority is asked whether the number is issued):
- AE (UAE TRN): 15 digits starting with 100.
- SA (Saudi VAT number): 15 digits starting and ending with 3.
- BH (Bahrain VAT account number): 15 digits starting with 2.
- OM (Oman VATIN): "OM" followed by 10 digits.
- KW and QA levy no VAT: a number is never required and any reference of letters and
  digits (a commercial registration, say) is kept as given.
- Any other country: letters and digits, at most 20 (checked by the request model).
"""

from __future__ import annotations

import re

# country -> (pattern, what the pattern means in words)
FORMATS: dict[str, tuple[re.Pattern[str], str]] = {
    "AE": (re.compile(r"100\d{12}"), "a UAE TRN is 15 digits starting with 100"),
    "SA": (re.compile(r"3\d{13}3"), "a Saudi VAT number is 15 digits starting and ending with 3"),
    "BH": (re.compile(r"2\d{14}"), "a Bahrain VAT account number is 15 digits starting with 2"),
    "OM": (re.compile(r"OM\d{10}"), "an Oman VATIN is OM followed by 10 digits"),
}
NO_VAT = frozenset({"KW", "QA"})


def normalise(number: str) -> str:
    """Spaces and dashes people type between groups of digits are dropped."""
    return re.sub(r"[\s-]", "", number).upper()


def tax_number_problem(number: str, country: str) -> str | None:
    """Why `number` cannot be a tax registration number in `country`, or None if it can."""
    known = FORMATS.get(country.upper())
    if known is None:
        return None
    pattern, rule = known
    if pattern.fullmatch(normalise(number)):
        return None
    return f"is not valid: {rule}"


def levies_vat(country: str) -> bool:
    return country.upper() not in NO_VAT
