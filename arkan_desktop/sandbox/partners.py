"""Clients and vendors share one shape: a business partner with a tax registration."""

from __future__ import annotations

from typing import Any

from pydantic import Field, field_validator

from arkan_desktop.sandbox.api_common import Payload
from arkan_desktop.sandbox.money import SUPPORTED_CURRENCIES


class Address(Payload):
    line1: str = Field(default="", max_length=200)
    line2: str = Field(default="", max_length=200)
    city: str = Field(default="", max_length=100)
    country: str = Field(default="AE", min_length=2, max_length=2)


class PartnerCreate(Payload):
    name: str = Field(min_length=1, max_length=200)
    nameAr: str | None = Field(default=None, max_length=200)
    email: str | None = Field(default=None, max_length=254, pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
    phone: str | None = Field(default=None, max_length=40)
    taxId: str | None = Field(default=None, max_length=20, pattern=r"^[0-9A-Za-z]+$")
    address: Address = Field(default_factory=Address)
    currency: str | None = None
    paymentTermsDays: int = Field(default=30, ge=0, le=365)
    reference: str | None = Field(default=None, max_length=100)

    @field_validator("currency")
    @classmethod
    def _known_currency(cls, value: str | None) -> str | None:
        if value is not None and value.upper() not in SUPPORTED_CURRENCIES:
            raise ValueError(f"must be one of {', '.join(sorted(SUPPORTED_CURRENCIES))}")
        return value.upper() if value else value


class VendorCreate(PartnerCreate):
    bankName: str | None = Field(default=None, max_length=100)
    iban: str | None = Field(default=None, max_length=34, pattern=r"^[A-Z]{2}[0-9]{2}[0-9A-Z]+$")


def partner_record(body: PartnerCreate, default_currency: str) -> dict[str, Any]:
    record = body.model_dump()
    record["currency"] = record.get("currency") or default_currency
    record["reference"] = record.get("reference") or ""
    record["isActive"] = True
    return record
