"""Partner bank details for payment files: IBAN (mod-97, country length), SWIFT, routing code.

Vendors, clients and employees keep one `bankDetails` object. Saving refuses what a bank
would refuse; reading reports what is wrong with details saved before the rules existed
(imported or seeded data), so a payment file never goes out with an account a bank will
reject. Nothing here writes files or posts entries.
"""

from __future__ import annotations

import re
import string
from typing import Any

from arkan_desktop.sandbox.errors import ApiError
from arkan_desktop.sandbox.unit_of_work import UnitOfWork, _is_uuid

# IBAN lengths by country, from the SWIFT IBAN registry.
IBAN_LENGTHS = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22,
    "BH": 22, "BI": 27, "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24,
    "DE": 22, "DJ": 27, "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18,
    "FK": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27,
    "GT": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27,
    "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20,
    "LV": 21, "LY": 25, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MN": 20, "MR": 27,
    "MT": 31, "MU": 30, "NI": 28, "NL": 18, "NO": 15, "OM": 23, "PK": 24, "PL": 28,
    "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "RU": 33, "SA": 24, "SC": 31,
    "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "SO": 23, "ST": 25, "SV": 28,
    "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
}  # fmt: skip
_SWIFT = re.compile(r"^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$")
PARTNER_KINDS = ("vendor", "client", "employee")
FIELDS = ("bankName", "branch", "accountNumber", "iban", "swiftCode", "routingCode")


def compact(text: str | None) -> str:
    """An account identifier as banks compare it: no spaces, upper case."""
    return re.sub(r"\s+", "", text or "").upper()


def _mod97(text: str) -> int:
    letters = string.ascii_uppercase
    digits = "".join(str(letters.index(ch) + 10) if ch.isalpha() else ch for ch in text)
    return int(digits) % 97


def iban_problem(iban: str) -> str | None:
    """Why a (compacted) IBAN would be refused, or None when it is well formed."""
    if not re.fullmatch(r"[A-Z0-9]+", iban):
        return "may contain only letters and digits"
    country = iban[:2]
    if len(iban) < 5 or not country.isalpha() or not iban[2:4].isdigit():
        return "must start with a country code and two check digits (e.g. AE07…)"
    expected = IBAN_LENGTHS.get(country)
    if expected is None:
        return f"has country code {country}, which does not use IBANs"
    if len(iban) != expected:
        return f"must be {expected} characters for {country}, not {len(iban)}"
    if country == "AE" and not iban[4:].isdigit():
        return "must have only digits after AE and the check digits"
    if _mod97(iban[4:] + iban[:4]) != 1:
        return "has wrong check digits (mod-97 check failed)"
    return None


def with_check_digits(country: str, bban: str) -> str:
    """The IBAN for a country and basic bank account number (check digits computed)."""
    check = 98 - _mod97(bban + country + "00")
    return f"{country}{check:02d}{bban}"


def routing_problem(routing: str, iban: str) -> str | None:
    if not re.fullmatch(r"[0-9]{9}", routing):
        return "must be the 9-digit routing code the Central Bank assigned to the bank"
    # UAE practice (bank upload guides, e.g. Mashreq's IBAN service page): digits 2-4 of
    # the routing code are the bank code that sits at positions 5-7 of an AE IBAN.
    if iban.startswith("AE") and len(iban) == 23 and routing[1:4] != iban[4:7]:
        return f"belongs to bank {routing[1:4]}, but the IBAN is held at bank {iban[4:7]}"
    return None


def swift_problem(swift: str) -> str | None:
    if not _SWIFT.fullmatch(swift):
        return "must be a SWIFT/BIC code of 8 or 11 characters (e.g. EBILAEAD)"
    return None


def find_partner(uow: UnitOfWork, partner_id: str) -> tuple[str, dict[str, Any]]:
    """The vendor, client or employee with this id, and which of them it is."""
    if _is_uuid(partner_id):
        for kind in PARTNER_KINDS:
            record = uow.get(kind, partner_id)
            if record is not None:
                return kind, record
    raise ApiError(404, f"Partner {partner_id} not found (no vendor, client or employee)")


def stored_details(partner: dict[str, Any]) -> dict[str, str]:
    """Saved bank details; a vendor made with only `iban`/`bankName` counts too."""
    saved = dict(partner.get("bankDetails") or {})
    if not saved.get("iban") and partner.get("iban"):
        saved["iban"] = partner["iban"]
    if not saved.get("bankName") and partner.get("bankName"):
        saved["bankName"] = partner["bankName"]
    return {name: str(saved.get(name) or "") for name in FIELDS}


def details_problems(details: dict[str, str]) -> list[str]:
    """What stops these details from going into a payment file, as plain sentences."""
    problems = []
    iban = compact(details["iban"])
    if not iban:
        problems.append("has no IBAN")
    else:
        bad = iban_problem(iban)
        if bad:
            problems.append(f"IBAN {iban} {bad}")
    if details["routingCode"]:
        bad = routing_problem(details["routingCode"], iban)
        if bad:
            problems.append(f"routing code {details['routingCode']} {bad}")
    if details["swiftCode"]:
        bad = swift_problem(details["swiftCode"])
        if bad:
            problems.append(f"SWIFT code {details['swiftCode']} {bad}")
    return problems


def bank_details_view(kind: str, partner: dict[str, Any]) -> dict[str, Any]:
    """The bank-details resource of a partner, with whether it can be paid by file."""
    details = stored_details(partner)
    problems = details_problems(details)
    return {
        "partnerId": partner["id"],
        "partnerType": kind,
        "partnerName": partner["name"],
        **{name: details[name] or None for name in FIELDS},
        "ibanValid": bool(details["iban"]) and iban_problem(compact(details["iban"])) is None,
        "problems": problems,
        "updatedAt": (partner.get("bankDetails") or {}).get("updatedAt") or partner["updatedAt"],
    }


def save_bank_details(
    uow: UnitOfWork, partner_id: str, data: dict[str, Any], at: str | None = None
) -> dict[str, Any]:
    """Replace a partner's bank details after checking them; 400 names every bad field."""
    kind, partner = find_partner(uow, partner_id)
    details = {name: str(data.get(name) or "").strip() for name in FIELDS}
    details["iban"] = compact(details["iban"])
    details["swiftCode"] = compact(details["swiftCode"])
    details["routingCode"] = compact(details["routingCode"])
    errors = []
    if not details["iban"] and not details["accountNumber"]:
        errors.append({"field": "iban", "message": "an IBAN or an account number is required"})
    if details["iban"]:
        bad = iban_problem(details["iban"])
        if bad:
            errors.append({"field": "iban", "message": bad})
    if details["swiftCode"]:
        bad = swift_problem(details["swiftCode"])
        if bad:
            errors.append({"field": "swiftCode", "message": bad})
    if details["routingCode"]:
        bad = routing_problem(details["routingCode"], details["iban"])
        if bad:
            errors.append({"field": "routingCode", "message": bad})
    if errors:
        raise ApiError(400, "Validation failed", errors)
    saved = {name: value or None for name, value in details.items()}
    partner["bankDetails"] = saved
    if kind == "vendor":  # the vendor's own fields follow, so one record never says two things
        partner["iban"] = details["iban"] or None
        partner["bankName"] = details["bankName"] or None
    uow.save(kind, partner, f"{kind}.bank_details_updated", at=at)
    saved["updatedAt"] = partner["updatedAt"]
    uow.emit("accounting", "partner.bank_details_updated")
    return bank_details_view(kind, partner)
