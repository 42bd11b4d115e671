"""Money for the client: Decimal amounts, currency exponents, minor units, parsing.

Amounts arrive from servers as decimal strings or JSON numbers and become `Decimal`
either way; they are stored as integer minor units (AED 2 decimals, KWD/BHD/OMR 3) so
that they come back exactly. Nothing here ever goes through a float.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

# ISO 4217 minor-unit exponents for the currencies Gulf businesses meet; others default to 2.
EXPONENTS: dict[str, int] = {
    "AED": 2,
    "SAR": 2,
    "QAR": 2,
    "USD": 2,
    "EUR": 2,
    "GBP": 2,
    "INR": 2,
    "EGP": 2,
    "KWD": 3,
    "BHD": 3,
    "OMR": 3,
    "JOD": 3,
    "IQD": 3,
    "LYD": 3,
    "TND": 3,
    "JPY": 0,
    "KRW": 0,
}
ZERO = Decimal(0)
# The currency of a record that names none (the cache's default until the company says).
DEFAULT_CURRENCY = "AED"
# Amounts beyond this are refused as implausible: a parser fed "1e999999" must not hang.
MAX_DIGITS = 30


class MoneyError(ValueError):
    """A value that cannot be an amount; the message says why in plain words."""


def exponent(currency: str) -> int:
    return EXPONENTS.get(currency.upper(), 2)


def to_decimal(value: object, what: str = "amount") -> Decimal:
    """A Decimal from a wire value: a decimal string, an int, or a Decimal JSON number.

    A binary float is refused: by the time a float exists its exactness is already lost.
    """
    if isinstance(value, bool) or value is None:
        raise MoneyError(f"{what} is missing or not a number")
    if isinstance(value, float):
        raise MoneyError(f"{what} arrived as a binary float; parse JSON with Decimal")
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, int):
        result = Decimal(value)
    elif isinstance(value, str):
        text = value.strip().replace(",", "")
        if not text or len(text) > 64:
            raise MoneyError(f"{what} '{value[:20]}' is not a decimal number")
        try:
            result = Decimal(text)
        except InvalidOperation:
            raise MoneyError(f"{what} '{value}' is not a decimal number") from None
    else:
        raise MoneyError(f"{what} has type {type(value).__name__}, not a number")
    if not result.is_finite():
        raise MoneyError(f"{what} is not a finite number")
    if result.adjusted() >= MAX_DIGITS:
        raise MoneyError(f"{what} is implausibly large")
    return result


def round_to_currency(amount: Decimal, currency: str) -> Decimal:
    """Round half-up to the currency's minor unit (how Gulf tax invoices round)."""
    return amount.quantize(Decimal(1).scaleb(-exponent(currency)), rounding=ROUND_HALF_UP)


def to_minor(amount: Decimal, currency: str) -> int:
    """Integer minor units (fils, baisa ...); refuses amounts finer than the currency."""
    scaled = amount.scaleb(exponent(currency))
    if scaled != scaled.to_integral_value():
        raise MoneyError(f"{amount} has more decimals than {currency} allows")
    return int(scaled)


def from_minor(units: int, currency: str) -> Decimal:
    return Decimal(units).scaleb(-exponent(currency))


def format_amount(amount: Decimal, currency: str, grouping: bool = True) -> str:
    """ "1,234.50" for AED, "12.345" for KWD: always the currency's decimals."""
    rounded = round_to_currency(amount, currency)
    places = exponent(currency)
    return f"{rounded:,.{places}f}" if grouping else f"{rounded:.{places}f}"


def total(amounts: list[Decimal] | tuple[Decimal, ...]) -> Decimal:
    return sum(amounts, ZERO)
