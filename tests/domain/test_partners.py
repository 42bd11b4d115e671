"""Tax registration numbers by country (the server's rules) and credit limits, as the
partner form checks them before anything is queued."""

from __future__ import annotations

from decimal import Decimal

import pytest

from arkan_desktop.domain.partners import (
    CreditLimitRefusal,
    TaxNumberRefusal,
    credit_limit_refusal,
    levies_vat,
    normalise_tax_number,
    tax_number_refusal,
)


@pytest.mark.parametrize(
    ("country", "number", "refusal"),
    [
        ("AE", "100123456789012", None),
        ("AE", "100 1234 5678 9013", None),  # groups as people type them
        ("AE", "100-1234-5678-9013", None),
        ("ae", "100123456789012", None),
        ("AE", "200123456789012", TaxNumberRefusal.UAE_TRN),
        ("AE", "10012345678901", TaxNumberRefusal.UAE_TRN),  # 14 digits
        ("AE", "1001234567890123", TaxNumberRefusal.UAE_TRN),  # 16 digits
        ("SA", "310123456789013", None),
        ("SA", "310123456789012", TaxNumberRefusal.SAUDI_VAT),
        ("BH", "200123456789012", None),
        ("BH", "100123456789012", TaxNumberRefusal.BAHRAIN_VAT),
        ("OM", "OM1100001389", None),
        ("OM", "om1100001389", None),
        ("OM", "1100001389", TaxNumberRefusal.OMAN_VATIN),
        ("KW", "KW300123456", None),  # no VAT in Kuwait: any reference is kept
        ("QA", "CR-12345", None),
        ("GB", "GB123456789", None),
        ("AE", "", None),  # a partner need not have one
        ("AE", "100#123", TaxNumberRefusal.CHARACTERS),
        ("KW", "x" * 26, TaxNumberRefusal.TOO_LONG),
    ],
)
def test_tax_numbers_follow_the_partners_country(
    country: str, number: str, refusal: TaxNumberRefusal | None
) -> None:
    assert tax_number_refusal(number, country) is refusal


def test_tax_numbers_are_kept_without_spaces_and_in_capitals() -> None:
    assert normalise_tax_number(" 100 1234-5678 9013 ") == "100123456789013"
    assert normalise_tax_number("om 1100001389") == "OM1100001389"
    assert not levies_vat("kw") and not levies_vat("QA") and levies_vat("AE")


@pytest.mark.parametrize(
    ("limit", "currency", "refusal"),
    [
        (None, "AED", None),
        (Decimal("0"), "AED", None),
        (Decimal("25000.50"), "AED", None),
        (Decimal("25000.500"), "AED", None),  # trailing zeros are no decimals
        (Decimal("1E+5"), "AED", None),
        (Decimal("1.005"), "AED", CreditLimitRefusal.DECIMALS),
        (Decimal("1.005"), "KWD", None),
        (Decimal("-1"), "AED", CreditLimitRefusal.NEGATIVE),
    ],
)
def test_credit_limits(
    limit: Decimal | None, currency: str, refusal: CreditLimitRefusal | None
) -> None:
    assert credit_limit_refusal(limit, currency) is refusal
