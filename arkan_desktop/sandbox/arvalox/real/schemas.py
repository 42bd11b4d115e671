"""What the real backend accepts: request bodies with its field rules, so that a refusal is
FastAPI's own 422 `{"detail": [{type, loc, msg, input, ctx}]}`.

The rules follow backend/app/schemas/{auth,customer,invoice,payment}.py: passwords of at
least 8 characters, e-mail addresses checked, invoices with `invoice_date` and `due_date`
and items whose quantity and unit price have at most 2 decimals (no tax field: unknown
fields are ignored), payments by one of five methods and never dated in the future.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from typing import Annotated

from pydantic import AfterValidator, BaseModel, Field, ValidationInfo, field_validator
from pydantic_core import PydanticCustomError

from arkan_desktop.sandbox.arvalox.real.store import local_today

INVOICE_STATUS = "^(draft|sent|paid|overdue|cancelled)$"
CUSTOMER_STATUS = "^(active|inactive|suspended)$"
PAYMENT_METHOD = "^(cash|check|bank_transfer|credit_card|online)$"
PAYMENT_STATUS = "^(completed|pending|failed|cancelled)$"
# Top-level domains that e-mail validation refuses as special-use (RFC 6761 and others).
_SPECIAL_USE = frozenset({"arpa", "invalid", "local", "localhost", "onion", "test"})
_LABEL = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$")


def _email(value: str) -> str:
    """Pydantic's EmailStr: a valid address, its domain lower-cased."""

    def refuse(reason: str) -> PydanticCustomError:
        return PydanticCustomError(
            "value_error", "value is not a valid email address: {reason}", {"reason": reason}
        )

    local, at, domain = value.strip().rpartition("@")
    if not at or "@" in local:
        raise refuse("An email address must have exactly one @-sign.")
    if not local:
        raise refuse("There must be something before the @-sign.")
    labels = domain.lower().split(".")
    if len(labels) < 2 or not all(_LABEL.match(label) for label in labels):
        raise refuse("The part after the @-sign is not valid.")
    if labels[-1] in _SPECIAL_USE:
        raise refuse(
            "The part after the @-sign is a special-use or reserved name "
            "that cannot be used with email."
        )
    return f"{local}@{'.'.join(labels)}"


Email = Annotated[str, AfterValidator(_email)]


class LoginRequest(BaseModel):
    email: Email
    password: str = Field(min_length=8)


class RefreshTokenRequest(BaseModel):
    refresh_token: str


class RegisterRequest(BaseModel):
    email: Email
    password: str = Field(min_length=8)
    first_name: str = Field(min_length=1, max_length=100)
    last_name: str = Field(min_length=1, max_length=100)
    organization_name: str = Field(min_length=1, max_length=255)
    organization_slug: str | None = Field(default=None, max_length=100)
    currency_code: str | None = Field(default=None, min_length=3, max_length=3)
    currency_symbol: str | None = Field(default=None, min_length=1, max_length=10)
    currency_name: str | None = Field(default=None, min_length=1, max_length=100)


class CustomerCreate(BaseModel):
    customer_code: str = Field(min_length=1, max_length=50)
    name: str | None = Field(default=None, max_length=255)
    email: Email | None = None
    phone: str | None = Field(default=None, max_length=50)
    billing_address: str | None = Field(default=None, max_length=500)
    shipping_address: str | None = Field(default=None, max_length=500)
    credit_limit: float | None = Field(default=0.0, ge=0)
    payment_terms: int = Field(default=30, ge=0, le=365)
    tax_id: str | None = Field(default=None, max_length=50)
    status: str = Field(default="active", pattern=CUSTOMER_STATUS)


class CustomerUpdate(BaseModel):
    customer_code: str | None = Field(default=None, min_length=1, max_length=50)
    name: str | None = Field(default=None, max_length=255)
    email: Email | None = None
    phone: str | None = Field(default=None, max_length=50)
    billing_address: str | None = Field(default=None, max_length=500)
    shipping_address: str | None = Field(default=None, max_length=500)
    credit_limit: float | None = Field(default=None, ge=0)
    payment_terms: int | None = Field(default=None, ge=0, le=365)
    tax_id: str | None = Field(default=None, max_length=50)
    status: str | None = Field(default=None, pattern=CUSTOMER_STATUS)


class InvoiceItemCreate(BaseModel):
    description: str = Field(min_length=1, max_length=500)
    quantity: Decimal = Field(gt=0, decimal_places=2)
    unit_price: Decimal = Field(ge=0, decimal_places=2)


class _Dated(BaseModel):
    @field_validator("due_date", check_fields=False)
    @classmethod
    def _due_after_invoice_date(cls, due: date | None, info: ValidationInfo) -> date | None:
        issued = info.data.get("invoice_date")
        if due is not None and issued is not None and due < issued:
            raise ValueError("Due date must be after invoice date")
        return due


class InvoiceCreate(_Dated):
    invoice_number: str = Field(min_length=1, max_length=50)
    customer_id: int = Field(gt=0)
    invoice_date: date
    due_date: date
    status: str = Field(default="draft", pattern=INVOICE_STATUS)
    notes: str | None = Field(default=None, max_length=1000)
    items: list[InvoiceItemCreate] = Field(min_length=1)


class InvoiceUpdate(_Dated):
    invoice_number: str | None = Field(default=None, min_length=1, max_length=50)
    customer_id: int | None = Field(default=None, gt=0)
    invoice_date: date | None = None
    due_date: date | None = None
    status: str | None = Field(default=None, pattern=INVOICE_STATUS)
    notes: str | None = Field(default=None, max_length=1000)
    items: list[InvoiceItemCreate] | None = None


class InvoiceStatusUpdate(BaseModel):
    status: str = Field(pattern=INVOICE_STATUS)


class PaymentCreate(BaseModel):
    payment_date: date
    amount: Decimal = Field(gt=0, decimal_places=2)
    payment_method: str = Field(pattern=PAYMENT_METHOD)
    reference_number: str | None = Field(default=None, max_length=100)
    notes: str | None = Field(default=None, max_length=500)
    invoice_id: int = Field(gt=0)

    @field_validator("payment_date")
    @classmethod
    def _not_in_the_future(cls, day: date) -> date:
        # The server's own local date, not the client's.
        if day > local_today():
            raise ValueError("Payment date cannot be in the future")
        return day
