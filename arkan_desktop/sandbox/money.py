"""Money and quantities on the sandbox's side of the wire: Decimal in, decimal strings out.

Amounts are rounded half-up to the currency's exponent (AED 2, KWD/BHD/OMR 3) and sent
as strings so that no client ever has to trust a float.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from arkan_desktop.sandbox.errors import ApiError

EXPONENTS = {
    "AED": 2,
    "SAR": 2,
    "USD": 2,
    "EUR": 2,
    "GBP": 2,
    "QAR": 2,
    "KWD": 3,
    "BHD": 3,
    "OMR": 3,
    "JOD": 3,
}
ZERO = Decimal(0)


def exponent(currency: str) -> int:
    return EXPONENTS.get(currency.upper(), 2)


def round_money(amount: Decimal, currency: str) -> Decimal:
    return amount.quantize(Decimal(1).scaleb(-exponent(currency)), rounding=ROUND_HALF_UP)


def money(amount: Decimal, currency: str) -> str:
    """The wire form of an amount: rounded to the currency and always with its decimals."""
    return str(round_money(amount, currency))


def qty(amount: Decimal) -> str:
    """The wire form of a quantity: no trailing zeros, no exponent ("12", "2.5")."""
    normal = amount.normalize()
    return f"{normal:f}" if normal else "0"  # ":f" writes 1E+1 as 10; "-0" becomes "0"


def dec(value: object, field: str = "amount") -> Decimal:
    """A Decimal from a stored string or a payload value; a clear 400 otherwise."""
    try:
        result = Decimal(str(value))
    except (InvalidOperation, ValueError):
        raise ApiError.field(field, "must be a decimal number") from None
    if not result.is_finite():
        raise ApiError.field(field, "must be a finite number")
    return result


SUPPORTED_CURRENCIES = frozenset(EXPONENTS)
