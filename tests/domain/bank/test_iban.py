"""IBAN checks before a payment file: each problem named, each payee named by the clerk's words."""

from __future__ import annotations

import pytest

from arkan_desktop.domain.bank.iban import IbanProblem, Payee, check_iban, check_payees

MASHREQ = "AE070331234567890123456"
ENBD = "AE180260001015478963201"


def test_a_good_uae_iban_names_its_bank() -> None:
    check = check_iban("ae07 0331 2345 6789 0123 456")
    assert check.ok
    assert (check.iban, check.country, check.bank_code) == (MASHREQ, "AE", "033")
    assert (check.bank_name, check.bic) == ("Mashreqbank", "BOMLAEADXXX")
    assert check.formatted == "AE07 0331 2345 6789 0123 456"
    assert check_iban(ENBD).bank_name == "Emirates NBD Bank PJSC"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (None, IbanProblem.MISSING),
        ("   ", IbanProblem.MISSING),
        ("AE07-0331-2345", IbanProblem.BAD_CHARACTERS),
        ("AE07 0331 2345 6789 0123 45٦", IbanProblem.BAD_CHARACTERS),
        ("XX070331234567890123456", IbanProblem.UNKNOWN_COUNTRY),
        ("AE07033123456789012345", IbanProblem.WRONG_LENGTH),
        ("AE070331234567890123457", IbanProblem.BAD_CHECK_DIGITS),  # last digit mistyped
        ("AE070331234567890123465", IbanProblem.BAD_CHECK_DIGITS),  # two digits swapped
        ("AE46009000000012345678A", IbanProblem.BAD_FORMAT),  # UAE IBANs are all digits
        ("AE239990001234567890123", IbanProblem.UNKNOWN_BANK),  # no UAE bank has code 999
    ],
)
def test_each_problem_has_its_reason(text: str | None, problem: IbanProblem) -> None:
    check = check_iban(text)
    assert not check.ok
    assert check.problems[0] is problem


def test_a_foreign_iban_is_refused_for_a_uae_file_only() -> None:
    german = "DE89370400440532013000"
    assert check_iban(german).ok  # a CSV transfer file may pay abroad
    check = check_iban(german, country="AE")
    assert check.problems == (IbanProblem.WRONG_COUNTRY,)
    assert check.bank_name == "Commerzbank"


def test_payees_with_a_missing_or_bad_iban_are_each_named_before_export() -> None:
    payees = [
        Payee("p1", "Al Noor Building Materials LLC", MASHREQ),
        Payee("p2", "Emirates Steel Industries", None),
        Payee("p3", "Desert Rose Contracting", "AE070331234567890123457"),
        Payee("p4", "Pearl Catering Services", ENBD),
        Payee("p5", "Rhine Machinery GmbH", "DE89370400440532013000"),
    ]
    problems = check_payees(payees, country="AE")
    assert [p.partner_id for p in problems] == ["p2", "p3", "p5"]
    assert [p.sentence for p in problems] == [
        "Emirates Steel Industries has no IBAN.",
        "Desert Rose Contracting has an IBAN whose check digits are wrong (likely a typo): "
        "AE070331234567890123457.",
        "Rhine Machinery GmbH has an IBAN from another country (DE).",
    ]
    assert [p.partner_id for p in check_payees(payees, country=None)] == ["p2", "p3"]
