"""Invoice and order totals, computed the way Gulf tax invoices are: per line, half-up.

Each line's net is quantity × unit price less its discount, rounded to the currency;
its tax is the net × rate, rounded per line; the document's totals are sums of the
rounded line figures. The client uses this to show totals for work queued offline and
to check the server's totals before printing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from arkan_desktop.domain.money import ZERO, round_to_currency, to_decimal

HUNDRED = Decimal(100)


@dataclass(frozen=True)
class LineAmounts:
    net: Decimal
    tax: Decimal

    @property
    def total(self) -> Decimal:
        return self.net + self.tax


@dataclass(frozen=True)
class Totals:
    subtotal: Decimal
    tax: Decimal
    total: Decimal
    tax_by_rate: dict[Decimal, tuple[Decimal, Decimal]] = field(
        default_factory=dict
    )  # rate -> (base, tax)


def line_amounts(
    quantity: object,
    unit_price: object,
    currency: str,
    discount_percent: object = 0,
    tax_rate: object = 0,
) -> LineAmounts:
    qty = to_decimal(quantity, "quantity")
    price = to_decimal(unit_price, "unit price")
    discount = to_decimal(discount_percent, "discount")
    rate = to_decimal(tax_rate, "tax rate")
    net = round_to_currency(qty * price * (HUNDRED - discount) / HUNDRED, currency)
    tax = round_to_currency(net * rate / HUNDRED, currency)
    return LineAmounts(net, tax)


def document_totals(lines: Iterable[dict[str, object]], currency: str) -> Totals:
    """Totals of invoice-like lines: {quantity, unitPrice, discountPercent?, taxRate?}."""
    subtotal = tax = ZERO
    by_rate: dict[Decimal, tuple[Decimal, Decimal]] = {}
    for line in lines:
        rate = to_decimal(line.get("taxRate") or 0, "tax rate")
        amounts = line_amounts(
            line.get("quantity"),
            line.get("unitPrice"),
            currency,
            line.get("discountPercent") or 0,
            rate,
        )
        subtotal += amounts.net
        tax += amounts.tax
        base, rate_tax = by_rate.get(rate.normalize(), (ZERO, ZERO))
        by_rate[rate.normalize()] = (base + amounts.net, rate_tax + amounts.tax)
    return Totals(subtotal, tax, subtotal + tax, by_rate)
