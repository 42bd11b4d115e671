"""What a server keeps of a write, and the writes it would not keep as meant.

A server may store no tax on invoices, keep only 2 decimals of a unit price or take only
some payment methods. Sending such a write anyway loses something silently (a taxed
invoice stored untaxed) or fails later in the outbox. `WriteRules` says what a server
keeps (each connector has its `write_rules`); `invoice_problems` and `payment_problems`
say, field by field in the app's names (`lines[0].taxRate`), what a draft would lose.
The write builders (sync/commands) refuse such a draft with `WriteRefused` before it is
queued, so the editor shows it on the field; a connector refuses it again as a rejection
if one reaches it all the same. Pure functions: nothing here sends or stores.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from arkan_desktop.api.errors import ApiError, ApiErrorKind, FieldError

_HUNDRED = Decimal(100)
# The payment methods the app knows, in the order a form lists them: the reference's four,
# and "online" where a server says it takes it (`WriteRules.payment_methods`).
PAYMENT_METHODS = ("bank", "cash", "card", "cheque", "online")
# How a method the app offers is said in a sentence.
METHOD_WORDS = {
    "bank": "bank transfer",
    "card": "card",
    "cheque": "cheque",
    "cash": "cash",
    "online": "online",
}


@dataclass(frozen=True)
class WriteRules:
    """What a server keeps of the writes it is sent (the defaults: everything)."""

    stores_invoice_tax: bool = True  # False: the server would keep a taxed invoice untaxed
    unit_price_decimals: int | None = None  # None: as many as the app sends
    quantity_decimals: int | None = None
    # The app's payment methods the server takes (None: all of them).
    payment_methods: frozenset[str] | None = None


class WriteRefused(ValueError):
    """A write the server would not keep as meant, refused before it is queued: one
    sentence, and the fields it concerns (the app's names)."""

    def __init__(self, message: str, field_errors: list[FieldError]) -> None:
        super().__init__(message)
        self.message = message
        self.field_errors = field_errors

    def as_rejection(self) -> ApiError:
        """The same refusal as a server's rejection (for a write that reached the connector)."""
        return ApiError(
            ApiErrorKind.REJECTED, self.message, status=422, field_errors=self.field_errors
        )


def _decimal(value: Any) -> Decimal | None:
    if value is None or value == "" or isinstance(value, bool | float):
        return None
    try:
        number = Decimal(str(value).strip())
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def _places(value: Decimal) -> int:
    exponent = value.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def net_unit_price(line: Mapping[str, Any]) -> Decimal | None:
    """A line's unit price after its discount, as a server without discounts is sent it."""
    price = _decimal(line.get("unitPrice"))
    discount = _decimal(line.get("discountPercent")) or Decimal(0)
    if price is None:
        return None
    return price * (_HUNDRED - discount) / _HUNDRED if discount else price


def invoice_problems(lines: list[Any], rules: WriteRules) -> list[FieldError]:
    """What a server with these rules would not keep of an invoice's lines."""
    problems: list[FieldError] = []
    for index, line in enumerate(lines):
        if not isinstance(line, Mapping):
            continue
        where = f"lines[{index}]"
        rate = _decimal(line.get("taxRate"))
        if not rules.stores_invoice_tax and rate:
            problems.append(FieldError(f"{where}.taxRate", "This server keeps no tax on invoices"))
        price = net_unit_price(line)
        places = rules.unit_price_decimals
        if places is not None and price is not None and _places(price) > places:
            discounted = "" if price == _decimal(line.get("unitPrice")) else " after the discount"
            problems.append(
                FieldError(
                    f"{where}.unitPrice",
                    f"Unit prices on this server have at most {places} decimals "
                    f"({format(price.normalize(), 'f')}{discounted})",
                )
            )
        quantity = _decimal(line.get("quantity"))
        places = rules.quantity_decimals
        if places is not None and quantity is not None and _places(quantity) > places:
            problems.append(
                FieldError(
                    f"{where}.quantity", f"Quantities on this server have at most {places} decimals"
                )
            )
    return problems


def check_invoice(lines: list[Any], rules: WriteRules) -> None:
    """Refuse (`WriteRefused`) an invoice the server would not keep as meant."""
    problems = invoice_problems(lines, rules)
    if not problems:
        return
    if any(p.field.endswith(".taxRate") for p in problems):
        message = (
            "This server does not store tax on invoices, so this invoice would be kept "
            "without its tax: remove the tax rates, or record it where tax is kept"
        )
    else:
        message = problems[0].message
    raise WriteRefused(message, problems)


def payment_problems(method: Any, rules: WriteRules) -> list[FieldError]:
    allowed = rules.payment_methods
    if allowed is None or method in allowed:
        return []
    said = METHOD_WORDS.get(str(method), str(method))
    takes = ", ".join(METHOD_WORDS.get(m, m) for m in sorted(allowed))
    return [FieldError("method", f"This server does not record {said} payments (only {takes})")]


def check_payment(method: Any, rules: WriteRules) -> None:
    """Refuse (`WriteRefused`) a payment by a method the server does not take."""
    problems = payment_problems(method, rules)
    if problems:
        raise WriteRefused(problems[0].message, problems)


def check_customer(customer: Mapping[str, Any] | None) -> None:
    """Refuse a new invoice for a customer the server marks inactive or suspended."""
    status = str((customer or {}).get("status") or "active").lower()
    if status in ("inactive", "suspended"):
        message = f"This customer is {status}"
        raise WriteRefused(message, [FieldError("partnerId", message)])
