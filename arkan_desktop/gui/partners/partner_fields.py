"""The checks of the partner form's fields, in words, as the user leaves each field.

The rules are `domain.partners`' (the tax registration number of the partner's country,
the credit limit) and `domain.bank.iban`'s (a vendor's IBAN); this module only words
their reasons, and names the countries the form offers.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from arkan_desktop.domain.bank.iban import IbanProblem, check_iban
from arkan_desktop.domain.money import exponent
from arkan_desktop.domain.partners import (
    CreditLimitRefusal,
    TaxNumberRefusal,
    tax_number_refusal,
)

translate = QCoreApplication.translate


def countries() -> list[tuple[str, str]]:
    """(code, name) of the countries the form offers: the Gulf first, then trade partners."""
    return [
        ("AE", translate("PartnerForm", "United Arab Emirates")),
        ("SA", translate("PartnerForm", "Saudi Arabia")),
        ("BH", translate("PartnerForm", "Bahrain")),
        ("OM", translate("PartnerForm", "Oman")),
        ("KW", translate("PartnerForm", "Kuwait")),
        ("QA", translate("PartnerForm", "Qatar")),
        ("EG", translate("PartnerForm", "Egypt")),
        ("JO", translate("PartnerForm", "Jordan")),
        ("IN", translate("PartnerForm", "India")),
        ("PK", translate("PartnerForm", "Pakistan")),
        ("CN", translate("PartnerForm", "China")),
        ("TR", translate("PartnerForm", "Türkiye")),
        ("GB", translate("PartnerForm", "United Kingdom")),
        ("DE", translate("PartnerForm", "Germany")),
        ("US", translate("PartnerForm", "United States")),
    ]


def tax_number_hint(country: str) -> str:
    """What a tax registration number looks like in `country` (the field's placeholder)."""
    hints = {
        "AE": translate("PartnerForm", "TRN: 15 digits starting with 100"),
        "SA": translate("PartnerForm", "VAT number: 15 digits starting and ending with 3"),
        "BH": translate("PartnerForm", "VAT account number: 15 digits starting with 2"),
        "OM": translate("PartnerForm", "VATIN: OM followed by 10 digits"),
        "KW": translate("PartnerForm", "No VAT in Kuwait: any reference, or leave empty"),
        "QA": translate("PartnerForm", "No VAT in Qatar: any reference, or leave empty"),
    }
    return hints.get(country.upper(), translate("PartnerForm", "Optional"))


def tax_number_problem(text: str, country: str) -> str:
    """Why `text` is not a tax registration number in `country`, in a sentence ("" if it is)."""
    refusal = tax_number_refusal(text, country)
    if refusal is None:
        return ""
    words = {
        TaxNumberRefusal.UAE_TRN: translate(
            "PartnerForm", "A UAE TRN is 15 digits starting with 100 (e.g. 100 1234 5678 9012)"
        ),
        TaxNumberRefusal.SAUDI_VAT: translate(
            "PartnerForm", "A Saudi VAT number is 15 digits starting and ending with 3"
        ),
        TaxNumberRefusal.BAHRAIN_VAT: translate(
            "PartnerForm", "A Bahrain VAT account number is 15 digits starting with 2"
        ),
        TaxNumberRefusal.OMAN_VATIN: translate(
            "PartnerForm", "An Oman VATIN is OM followed by 10 digits (e.g. OM1100001389)"
        ),
        TaxNumberRefusal.CHARACTERS: translate(
            "PartnerForm", "Use only letters, digits, spaces and dashes"
        ),
        TaxNumberRefusal.TOO_LONG: translate("PartnerForm", "At most 25 characters"),
    }
    return words[refusal]


def credit_limit_problem(refusal: CreditLimitRefusal, currency: str) -> str:
    if refusal is CreditLimitRefusal.NEGATIVE:
        return translate("PartnerForm", "A credit limit cannot be negative")
    return (
        translate("PartnerForm", "An amount in %1 has at most %2 decimals")
        .replace("%1", currency)
        .replace("%2", str(exponent(currency)))
    )


def iban_problem(text: str) -> str:
    """Why a vendor's IBAN is wrong, in a sentence ("" when it is right or empty)."""
    if not text.strip():
        return ""
    problems = check_iban(text).problems
    if not problems:
        return ""
    words = {
        IbanProblem.BAD_CHARACTERS: translate("PartnerForm", "An IBAN has only letters and digits"),
        IbanProblem.UNKNOWN_COUNTRY: translate("PartnerForm", "An IBAN starts with a country code"),
        IbanProblem.WRONG_LENGTH: translate("PartnerForm", "This IBAN is too short or too long"),
        IbanProblem.BAD_FORMAT: translate(
            "PartnerForm", "This IBAN does not follow its country's layout"
        ),
        IbanProblem.BAD_CHECK_DIGITS: translate(
            "PartnerForm", "The check digits of this IBAN are wrong (a typo?)"
        ),
        IbanProblem.UNKNOWN_BANK: translate("PartnerForm", "No bank has the code in this IBAN"),
    }
    return words.get(problems[0], translate("PartnerForm", "This is not a valid IBAN"))
