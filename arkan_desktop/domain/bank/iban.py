"""IBAN checks with `schwifty`, and the check of payees' bank details before a payment file.

`check_iban` says what is wrong with an IBAN as `IbanProblem`s (country, length,
characters, check digits, bank code) and, when it is right, which bank it belongs to
(schwifty knows the UAE's bank codes). `check_payees` runs before a UAEFTS, WPS or CSV
export and names every partner whose IBAN is missing or wrong, one sentence each, so
that nothing is exported with a payee the bank will reject. Pure: no I/O.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from schwifty import IBAN
from schwifty.exceptions import (
    InvalidBankCode,
    InvalidChecksumDigits,
    InvalidCountryCode,
    InvalidLength,
    InvalidStructure,
    SchwiftyException,
)


class IbanProblem(Enum):
    MISSING = "missing"
    BAD_CHARACTERS = "bad_characters"  # something other than letters and digits
    UNKNOWN_COUNTRY = "unknown_country"  # no IBAN country starts with these letters
    WRONG_LENGTH = "wrong_length"  # not the country's IBAN length
    BAD_FORMAT = "bad_format"  # the country's layout (letters where digits go ...)
    BAD_CHECK_DIGITS = "bad_check_digits"  # a typo: the check digits do not agree
    UNKNOWN_BANK = "unknown_bank"  # well formed, but no bank has this code
    WRONG_COUNTRY = "wrong_country"  # a foreign IBAN where the payment file needs a local one


_SENTENCES = {
    IbanProblem.MISSING: "has no IBAN",
    IbanProblem.BAD_CHARACTERS: "has an IBAN with characters other than letters and digits",
    IbanProblem.UNKNOWN_COUNTRY: "has an IBAN that starts with no country's code",
    IbanProblem.WRONG_LENGTH: "has an IBAN of the wrong length for its country",
    IbanProblem.BAD_FORMAT: "has an IBAN that does not follow its country's layout",
    IbanProblem.BAD_CHECK_DIGITS: "has an IBAN whose check digits are wrong (likely a typo)",
    IbanProblem.UNKNOWN_BANK: "has an IBAN whose bank code belongs to no known bank",
    IbanProblem.WRONG_COUNTRY: "has an IBAN from another country",
}
# Countries whose bank codes schwifty lists in full: an unknown code there is an error.
_BANKS_LISTED = frozenset({"AE"})


@dataclass(frozen=True)
class IbanCheck:
    text: str  # what was given
    iban: str  # compact ("AE070331234567890123456"), "" when unreadable
    problems: tuple[IbanProblem, ...]
    country: str = ""
    bank_code: str = ""
    bank_name: str = ""  # "" when schwifty does not know the bank
    bic: str = ""

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def formatted(self) -> str:
        """In blocks of four, as printed on cheques and invoices."""
        return " ".join(self.iban[i : i + 4] for i in range(0, len(self.iban), 4))


_EXCEPTIONS: tuple[tuple[type[SchwiftyException], IbanProblem], ...] = (
    (InvalidCountryCode, IbanProblem.UNKNOWN_COUNTRY),
    (InvalidLength, IbanProblem.WRONG_LENGTH),
    (InvalidChecksumDigits, IbanProblem.BAD_CHECK_DIGITS),
    (InvalidBankCode, IbanProblem.UNKNOWN_BANK),
    (InvalidStructure, IbanProblem.BAD_FORMAT),
)


def _problem(error: SchwiftyException) -> IbanProblem:
    for kind, problem in _EXCEPTIONS:
        if isinstance(error, kind):
            if problem is IbanProblem.BAD_FORMAT and "characters" in str(error):
                return IbanProblem.BAD_CHARACTERS
            return problem
    return IbanProblem.BAD_FORMAT


def check_iban(text: str | None, country: str | None = None) -> IbanCheck:
    """What is wrong with an IBAN (nothing: `ok`), and its bank when schwifty knows it.

    `country` asks for an IBAN of that country (a UAEFTS or WPS file pays UAE accounts).
    """
    given = (text or "").strip()
    compact = "".join(given.split()).upper()
    if not compact:
        return IbanCheck(given, "", (IbanProblem.MISSING,))
    if not compact.isalnum() or not compact.isascii():
        return IbanCheck(given, "", (IbanProblem.BAD_CHARACTERS,))
    try:
        iban = IBAN(compact, allow_invalid=True)
        iban.validate()
    except SchwiftyException as error:
        return IbanCheck(given, compact, (_problem(error),), country=compact[:2])
    problems = []
    bank = iban.bank
    if bank is None and iban.country_code in _BANKS_LISTED:
        problems.append(IbanProblem.UNKNOWN_BANK)
    if country and iban.country_code != country.upper():
        problems.append(IbanProblem.WRONG_COUNTRY)
    bic = iban.bic
    return IbanCheck(
        given,
        str(iban),
        tuple(problems),
        country=iban.country_code,
        bank_code=iban.bank_code,
        bank_name=(bank.name if bank is not None else "") or "",
        bic=str(bic) if bic is not None else "",
    )


@dataclass(frozen=True)
class Payee:
    """A partner to be paid by bank file, with the bank details the ERP holds."""

    partner_id: str
    name: str
    iban: str | None


@dataclass(frozen=True)
class PayeeProblem:
    partner_id: str
    name: str
    check: IbanCheck
    sentence: str  # "Al Noor Trading LLC has an IBAN whose check digits are wrong ..."


def describe(name: str, check: IbanCheck) -> str:
    """One plain sentence naming the partner and the first problem with its IBAN."""
    problem = check.problems[0]
    sentence = f"{name or 'A partner with no name'} {_SENTENCES[problem]}"
    if problem is IbanProblem.WRONG_COUNTRY:
        sentence += f" ({check.country})"
    elif problem is not IbanProblem.MISSING and check.text:
        sentence += f": {check.text[:42]}"
    return sentence + "."


def check_payees(payees: Iterable[Payee], country: str | None = "AE") -> list[PayeeProblem]:
    """Every payee whose IBAN would make the payment file fail, in the order given.

    `country` is the country the file pays into ("AE" for UAEFTS and WPS; None for a
    CSV file that may pay abroad).
    """
    problems = []
    for payee in payees:
        check = check_iban(payee.iban, country)
        if not check.ok:
            problems.append(
                PayeeProblem(payee.partner_id, payee.name, check, describe(payee.name, check))
            )
    return problems
