"""Clients and vendors share one shape: a business partner with a tax registration.

Creating and editing check the tax registration number against the partner's country
(see `tax_numbers`) and keep it unique among the company's clients (or vendors). A
credit limit is an amount in the company currency; none means no limit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from pydantic import Field, field_validator

from arkan_desktop.sandbox.accounting.ledger import company_currency
from arkan_desktop.sandbox.api_common import Payload
from arkan_desktop.sandbox.errors import ApiError
from arkan_desktop.sandbox.money import SUPPORTED_CURRENCIES, money, round_money
from arkan_desktop.sandbox.tax_numbers import normalise, tax_number_problem
from arkan_desktop.sandbox.unit_of_work import UnitOfWork

# The seven emirates, as the UAE VAT return (boxes 1a-1g) lists them.
EMIRATES = {
    "AUH": "Abu Dhabi",
    "DXB": "Dubai",
    "SHJ": "Sharjah",
    "AJM": "Ajman",
    "UAQ": "Umm Al Quwain",
    "RAK": "Ras Al Khaimah",
    "FUJ": "Fujairah",
}
# Cities people type, to the emirate they are in.
CITY_EMIRATE = {
    "abu dhabi": "AUH",
    "al ain": "AUH",
    "mussafah": "AUH",
    "dubai": "DXB",
    "jebel ali": "DXB",
    "sharjah": "SHJ",
    "ajman": "AJM",
    "umm al quwain": "UAQ",
    "ras al khaimah": "RAK",
    "fujairah": "FUJ",
}
TAX_ID = r"^[0-9A-Za-z][0-9A-Za-z \-]*$"
NOUNS = {"client": "client", "vendor": "vendor"}


class Address(Payload):
    line1: str = Field(default="", max_length=200)
    line2: str = Field(default="", max_length=200)
    city: str = Field(default="", max_length=100)
    country: str = Field(default="AE", min_length=2, max_length=2)
    emirate: str | None = Field(default=None, description="UAE only: AUH, DXB, SHJ ...")

    @field_validator("country")
    @classmethod
    def _upper_country(cls, value: str) -> str:
        return value.upper()

    @field_validator("emirate")
    @classmethod
    def _known_emirate(cls, value: str | None) -> str | None:
        if value and value.upper() not in EMIRATES:
            raise ValueError(f"must be one of {', '.join(EMIRATES)}")
        return value.upper() if value else None


def _currency(value: str | None) -> str | None:
    if value is not None and value.upper() not in SUPPORTED_CURRENCIES:
        raise ValueError(f"must be one of {', '.join(sorted(SUPPORTED_CURRENCIES))}")
    return value.upper() if value else value


class PartnerCreate(Payload):
    name: str = Field(min_length=1, max_length=200)
    nameAr: str | None = Field(default=None, max_length=200)
    email: str | None = Field(default=None, max_length=254, pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
    phone: str | None = Field(default=None, max_length=40)
    taxId: str | None = Field(default=None, max_length=25, pattern=TAX_ID)
    address: Address = Field(default_factory=Address)
    currency: str | None = None
    paymentTermsDays: int = Field(default=30, ge=0, le=365)
    creditLimit: Decimal | None = Field(default=None, ge=0, max_digits=15, allow_inf_nan=False)
    reference: str | None = Field(default=None, max_length=100)

    _known_currency = field_validator("currency")(_currency)


class VendorCreate(PartnerCreate):
    bankName: str | None = Field(default=None, max_length=100)
    iban: str | None = Field(default=None, max_length=34, pattern=r"^[A-Z]{2}[0-9]{2}[0-9A-Z]+$")


class PartnerUpdate(Payload):
    """Only the fields sent change; `null` clears an optional field."""

    name: str | None = Field(default=None, min_length=1, max_length=200)
    nameAr: str | None = Field(default=None, max_length=200)
    email: str | None = Field(default=None, max_length=254, pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
    phone: str | None = Field(default=None, max_length=40)
    taxId: str | None = Field(default=None, max_length=25, pattern=TAX_ID)
    address: Address | None = None
    currency: str | None = None
    paymentTermsDays: int | None = Field(default=None, ge=0, le=365)
    creditLimit: Decimal | None = Field(default=None, ge=0, max_digits=15, allow_inf_nan=False)
    reference: str | None = Field(default=None, max_length=100)
    isActive: bool | None = None

    _known_currency = field_validator("currency")(_currency)


class VendorUpdate(PartnerUpdate):
    bankName: str | None = Field(default=None, max_length=100)
    iban: str | None = Field(default=None, max_length=34, pattern=r"^[A-Z]{2}[0-9]{2}[0-9A-Z]+$")


def partner_emirate(partner: dict[str, Any]) -> str | None:
    """The emirate a UAE partner is in: as given, else from its city; None outside the UAE."""
    address = partner.get("address") or {}
    if str(address.get("country") or "AE").upper() != "AE":
        return None
    return address.get("emirate") or CITY_EMIRATE.get(str(address.get("city", "")).lower())


def _check_tax_number(uow: UnitOfWork, kind: str, record: dict[str, Any]) -> None:
    number = record.get("taxId")
    if not number:
        record["taxId"] = None
        return
    record["taxId"] = normalise(number)
    country = str((record.get("address") or {}).get("country") or "AE")
    problem = tax_number_problem(record["taxId"], country)
    if problem:
        raise ApiError.field("taxId", problem)
    for other in uow.find(kind, taxId=record["taxId"]):
        if other["id"] != record.get("id"):
            raise ApiError(
                409,
                f"A {NOUNS[kind]} with tax registration {record['taxId']} already exists "
                f"({other['name']})",
                [{"field": "taxId", "message": f"is already registered to {other['name']}"}],
            )


def _credit_limit(record: dict[str, Any], currency: str) -> None:
    limit = record.get("creditLimit")
    if limit is None:
        return
    amount = Decimal(str(limit))
    if round_money(amount, currency) != amount:
        raise ApiError.field("creditLimit", f"has more decimals than {currency} allows")
    record["creditLimit"] = money(amount, currency)


def create_partner(uow: UnitOfWork, kind: str, body: PartnerCreate) -> dict[str, Any]:
    """A new client or vendor, its tax number checked and unique."""
    currency = company_currency(uow)
    record = body.model_dump()
    record["currency"] = record.get("currency") or currency
    record["reference"] = record.get("reference") or ""
    record["isActive"] = True
    _check_tax_number(uow, kind, record)
    _credit_limit(record, currency)
    return uow.add(kind, record)


def update_partner(
    uow: UnitOfWork, kind: str, partner_id: str, body: PartnerUpdate
) -> dict[str, Any]:
    """Change the fields sent; the result is checked as a whole (tax number vs country)."""
    record = uow.require(kind, partner_id, NOUNS[kind].capitalize())
    changes = body.model_dump(exclude_unset=True)
    if "name" in changes and not changes["name"]:
        raise ApiError.field("name", "cannot be empty")
    if changes.get("paymentTermsDays", 0) is None or changes.get("isActive", True) is None:
        raise ApiError.field(
            "paymentTermsDays" if "paymentTermsDays" in changes else "isActive", "cannot be null"
        )
    merged = {**record, **changes}
    if changes.get("address") is None and "address" in changes:
        merged["address"] = record.get("address")
    merged["currency"] = merged.get("currency") or company_currency(uow)
    _check_tax_number(uow, kind, merged)
    _credit_limit(merged, company_currency(uow))
    record.update(merged)
    return uow.save(kind, record)
